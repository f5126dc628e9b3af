//! Other subsidies received for the same 贯标 (a city or district award, an
//! earlier year's): recorded so that readiness can warn where the program
//! forbids double or excess subsidy (`rules/readiness/subsidies.rs`).

use chrono::NaiveDate;
use rusqlite::{params, Row};

use super::{now, Project};
use crate::error::{CoreError, Result};
use crate::model::{OtherSubsidy, OtherSubsidyInput};
use crate::validate;

/// Above this an amount is a typing mistake (the largest 贯标 awards seen are 10 万元).
const MAX_YUAN: i64 = 100_000_000;

const SELECT: &str = "SELECT id, grantor, amount_yuan, received_on, note FROM other_subsidy";

fn row(r: &Row) -> rusqlite::Result<OtherSubsidy> {
    Ok(OtherSubsidy {
        id: r.get(0)?,
        grantor: r.get(1)?,
        amount_yuan: r.get(2)?,
        received_on: r.get(3)?,
        note: r.get(4)?,
    })
}

/// The input checked and trimmed, each refusal naming its field in Chinese.
fn clean(input: &OtherSubsidyInput, today: NaiveDate) -> Result<(String, u32, NaiveDate, String)> {
    let grantor = validate::required("奖补单位", &input.grantor, 100)?;
    let amount = match input.amount_yuan {
        None => return Err(CoreError::invalid("请填写奖补金额")),
        Some(a) if a < 0 => return Err(CoreError::invalid(format!("奖补金额 {a} 元不能为负数"))),
        Some(a) if a > MAX_YUAN => {
            return Err(CoreError::invalid(format!("奖补金额 {a} 元不合理")))
        }
        Some(a) => a as u32,
    };
    let received = validate::required_date("收到日期", input.received_on)?;
    if received > today {
        return Err(CoreError::invalid(format!(
            "收到日期 {received} 晚于今天（{today}）：请登记已经收到的奖补"
        )));
    }
    let note = validate::optional("备注", &input.note, 500)?;
    Ok((grantor, amount, received, note))
}

impl Project {
    /// Every subsidy recorded, oldest first.
    pub fn other_subsidies(&self) -> Result<Vec<OtherSubsidy>> {
        let mut st = self
            .conn()
            .prepare(&format!("{SELECT} ORDER BY received_on, id"))?;
        let rows = st.query_map([], row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn other_subsidy(&self, id: i64) -> Result<OtherSubsidy> {
        self.other_subsidies()?
            .into_iter()
            .find(|s| s.id == id)
            .ok_or_else(|| CoreError::not_found(format!("奖补记录（编号 {id}）不存在")))
    }

    pub fn add_other_subsidy(&mut self, input: &OtherSubsidyInput) -> Result<OtherSubsidy> {
        let (grantor, amount, received, note) = clean(input, crate::dates::today())?;
        let id = self.write(|tx| {
            let t = now();
            tx.execute(
                "INSERT INTO other_subsidy (grantor, amount_yuan, received_on, note, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
                params![grantor, amount, received, note, t],
            )?;
            Ok(tx.last_insert_rowid())
        })?;
        self.other_subsidy(id)
    }

    pub fn update_other_subsidy(
        &mut self,
        id: i64,
        input: &OtherSubsidyInput,
    ) -> Result<OtherSubsidy> {
        let (grantor, amount, received, note) = clean(input, crate::dates::today())?;
        let changed = self.write(|tx| {
            Ok(tx.execute(
                "UPDATE other_subsidy SET grantor = ?1, amount_yuan = ?2, received_on = ?3,
                        note = ?4, updated_at = ?5
                  WHERE id = ?6",
                params![grantor, amount, received, note, now(), id],
            )?)
        })?;
        if changed == 0 {
            return Err(CoreError::not_found(format!("奖补记录（编号 {id}）不存在")));
        }
        self.other_subsidy(id)
    }

    /// Deletes a subsidy entered by mistake; the change log keeps what it was.
    pub fn delete_other_subsidy(&mut self, id: i64) -> Result<()> {
        let deleted =
            self.write(|tx| Ok(tx.execute("DELETE FROM other_subsidy WHERE id = ?1", [id])?))?;
        if deleted == 0 {
            return Err(CoreError::not_found(format!("奖补记录（编号 {id}）不存在")));
        }
        Ok(())
    }
}
