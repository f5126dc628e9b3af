//! Internal-audit work packages (内审工作包, issue 19).
//!
//! Out: the IP manager makes one package per auditor: a copy of the project
//! through the backup API, holding only that auditor's departments' checklist
//! lines of the audit, with an identity row (`audit_package`).
//!
//! On the laptop: a package opens like a project but every write is recorded
//! by SQLite's session extension (`Project::write`), attached to every table
//! but the log and this bookkeeping; a write that touches anything but the
//! auditor's own checklist lines and the nonconformities raised in the
//! package is refused. Each write's changeset is stored in the write's own
//! transaction (`audit_package_change`), so what was committed survives a
//! crash or a restart.
//!
//! Back: the stored changesets are combined (`Changegroup`) into one results
//! file: a Chinese, line-based header naming the project, package, audit and
//! auditor, then the changeset; SHA-256 over both. The import checks the file
//! (complete, unaltered, this project, a package made here, not merged
//! before), lists what it adds and changes and the conflicts (a line changed
//! in the project since the package was made: the changeset's old values
//! differ from the project's), and applies it in one transaction with the
//! auditor as the change log's operator and the package as its source.
//! Nonconformities raised in two packages have colliding row ids and numbers:
//! they are inserted with fresh ids and, when the number is taken, the next
//! free number.

use std::collections::BTreeSet;
use std::io::Read;
use std::path::Path;

use rusqlite::fallible_streaming_iterator::FallibleStreamingIterator;
use rusqlite::hooks::Action;
use rusqlite::session::{Changegroup, ChangesetIter, Session};
use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension};
use sha2::{Digest, Sha256};

use super::{now, sqlite_file, tmp_sibling, Project};
use crate::attachments::{hex, AttachmentStore, StoredFile};
use crate::error::{CoreError, ErrorCode, Result};
use crate::model::{
    AuditMergeReport, AuditPackageInfo, AuditResultsExport, AuditResultsPreview, ConflictDecision,
    ConflictField, ConflictSide, Grade, Judgement, MergeChange, MergeChangeKind, MergeConflict,
};
use crate::paths::file_label;

/// Tables the package's session does not record: the log (its own triggers
/// write it on both sides) and the package bookkeeping.
const NOT_CAPTURED: &[&str] = &["change_log", "change_log_operator", "audit_package_change"];

/// Columns of a checklist line an auditor may change.
const LINE_COLUMNS: &[&str] = &["judgement", "observed", "question"];

const MAGIC: &str = "贯标助手内审结果 GBAUDIT-RESULTS 1";

/// Results files are the changes and the evidence files: anything bigger than
/// this is not one of ours.
const MAX_RESULTS: u64 = 1024 * 1024 * 1024;

/// The identity of an open package (the `audit_package` row).
#[derive(Debug, Clone)]
pub(crate) struct PackageIdentity {
    package_id: String,
    project_id: String,
    audit_id: i64,
    audit_number: String,
    auditor_id: i64,
    auditor_name: String,
    departments: Vec<i64>,
    created_at: String,
    base_hash: String,
    nc_base_id: i64,
    evidence_base_id: i64,
}

impl PackageIdentity {
    pub(crate) fn auditor_name(&self) -> &str {
        &self.auditor_name
    }
}

/// Reads the package identity of a file (`None` for a project).
pub(crate) fn load_identity(conn: &Connection) -> Result<Option<PackageIdentity>> {
    let row = conn
        .query_row(
            "SELECT package_id, project_id, audit_id, audit_number, auditor_id, auditor_name,
                    departments, created_at, base_hash, nc_base_id, evidence_base_id
               FROM audit_package WHERE id = 1",
            [],
            |r| {
                Ok((
                    PackageIdentity {
                        package_id: r.get(0)?,
                        project_id: r.get(1)?,
                        audit_id: r.get(2)?,
                        audit_number: r.get(3)?,
                        auditor_id: r.get(4)?,
                        auditor_name: r.get(5)?,
                        departments: Vec::new(),
                        created_at: r.get(7)?,
                        base_hash: r.get(8)?,
                        nc_base_id: r.get(9)?,
                        evidence_base_id: r.get(10)?,
                    },
                    r.get::<_, String>(6)?,
                ))
            },
        )
        .optional()?;
    Ok(match row {
        None => None,
        Some((mut ident, deps)) => {
            ident.departments = serde_json::from_str(&deps)
                .map_err(|_| CoreError::storage("内审工作包的部门信息无法读取"))?;
            Some(ident)
        }
    })
}

/// One operation of a changeset: per column, `None` when the changeset does
/// not carry it (an UPDATE's unchanged columns).
#[derive(Debug, Clone)]
struct Op {
    table: String,
    action: Action,
    old: Vec<Option<Value>>,
    new: Vec<Option<Value>>,
}

fn decode(bytes: &[u8]) -> rusqlite::Result<Vec<Op>> {
    let mut cursor: &[u8] = bytes;
    let input: &mut dyn Read = &mut cursor;
    let mut it = ChangesetIter::start_strm(&input)?;
    let mut out = Vec::new();
    while let Some(item) = it.next()? {
        let (table, action, n) = {
            let op = item.op()?;
            (
                op.table_name().to_string(),
                op.code(),
                op.number_of_columns() as usize,
            )
        };
        let mut old = vec![None; n];
        let mut new = vec![None; n];
        for i in 0..n {
            if matches!(action, Action::SQLITE_UPDATE | Action::SQLITE_DELETE) {
                old[i] = item.old_value(i).ok().map(Value::from);
            }
            if matches!(action, Action::SQLITE_UPDATE | Action::SQLITE_INSERT) {
                new[i] = item.new_value(i).ok().map(Value::from);
            }
        }
        out.push(Op {
            table,
            action,
            old,
            new,
        });
    }
    Ok(out)
}

fn column_names(conn: &Connection, table: &str) -> Result<Vec<String>> {
    let mut st = conn.prepare("SELECT name FROM pragma_table_info(?1) ORDER BY cid")?;
    let v = st
        .query_map([table], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    Ok(v)
}

fn col(cols: &[String], name: &str) -> Result<usize> {
    cols.iter()
        .position(|c| c == name)
        .ok_or_else(|| CoreError::storage(format!("表结构缺少列 {name}")))
}

fn int(v: &Option<Value>) -> Option<i64> {
    match v {
        Some(Value::Integer(i)) => Some(*i),
        _ => None,
    }
}

fn text(v: &Option<Value>) -> String {
    match v {
        Some(Value::Text(s)) => s.clone(),
        Some(Value::Integer(i)) => i.to_string(),
        Some(Value::Real(f)) => f.to_string(),
        _ => String::new(),
    }
}

fn refused_write() -> CoreError {
    CoreError::invalid(
        "内审工作包中只能记录本人负责部门的检查表判定、审核记录、审核证据和在本工作包中提出的不符合项；这项修改未保存。",
    )
}

/// Whether a checklist line is one of the package auditor's.
fn own_line(tx: &Connection, ident: &PackageIdentity, id: Option<i64>) -> Result<bool> {
    let Some(id) = id else { return Ok(false) };
    let row: Option<(i64, i64)> = tx
        .query_row(
            "SELECT audit_id, department_id FROM checklist_item WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    Ok(row.is_some_and(|(a, d)| a == ident.audit_id && ident.departments.contains(&d)))
}

/// Checks a package write: only the auditor's lines (judgement, note,
/// question) and nonconformities raised in the package, in their departments.
fn check_package_ops(tx: &Connection, ident: &PackageIdentity, ops: &[Op]) -> Result<()> {
    let line_cols = column_names(tx, "checklist_item")?;
    let nc_cols = column_names(tx, "nonconformity")?;
    let ev_cols = column_names(tx, "audit_evidence")?;
    for op in ops {
        match (op.table.as_str(), op.action) {
            ("checklist_item", Action::SQLITE_UPDATE) => {
                let id = int(&op.old[col(&line_cols, "id")?]).ok_or_else(refused_write)?;
                let mine = own_line(tx, ident, Some(id))?;
                let only_lines = op
                    .new
                    .iter()
                    .enumerate()
                    .all(|(i, v)| v.is_none() || LINE_COLUMNS.contains(&line_cols[i].as_str()));
                if !mine || !only_lines {
                    return Err(refused_write());
                }
            }
            ("nonconformity", Action::SQLITE_INSERT) => {
                let id = int(&op.new[col(&nc_cols, "id")?]).unwrap_or(0);
                let audit = int(&op.new[col(&nc_cols, "audit_id")?]);
                let dep = int(&op.new[col(&nc_cols, "department_id")?]).unwrap_or(0);
                if id <= ident.nc_base_id
                    || audit != Some(ident.audit_id)
                    || !ident.departments.contains(&dep)
                {
                    return Err(refused_write());
                }
            }
            ("nonconformity", Action::SQLITE_UPDATE | Action::SQLITE_DELETE) => {
                let id = int(&op.old[col(&nc_cols, "id")?]).unwrap_or(0);
                if id <= ident.nc_base_id {
                    return Err(refused_write());
                }
            }
            // A file added on the laptop: it comes back only with evidence
            // that refers to it.
            ("attachment", Action::SQLITE_INSERT) => {}
            ("audit_evidence", Action::SQLITE_INSERT) => {
                let v =
                    |name: &str| -> Result<Option<i64>> { Ok(int(&op.new[col(&ev_cols, name)?])) };
                let for_line = own_line(tx, ident, v("checklist_item_id")?)?;
                let for_nc = v("nonconformity_id")?.is_some_and(|n| n > ident.nc_base_id);
                if v("id")?.unwrap_or(0) <= ident.evidence_base_id
                    || v("audit_id")? != Some(ident.audit_id)
                    || !(for_line || for_nc)
                {
                    return Err(refused_write());
                }
            }
            ("audit_evidence", Action::SQLITE_DELETE) => {
                if int(&op.old[col(&ev_cols, "id")?]).unwrap_or(0) <= ident.evidence_base_id {
                    return Err(refused_write());
                }
            }
            _ => return Err(refused_write()),
        }
    }
    Ok(())
}

/// A session over one write of a package (see `Project::write`).
pub(crate) fn start_session(conn: &Connection) -> Result<Session<'_>> {
    let mut s = Session::new(conn)?;
    s.table_filter(Some(|t: &str| !NOT_CAPTURED.contains(&t)));
    s.attach(None::<&str>)?;
    Ok(s)
}

/// Ends a package write's session: checks what it recorded and stores it
/// in the same transaction.
pub(crate) fn finish_session(
    tx: &Connection,
    mut session: Session<'_>,
    ident: &PackageIdentity,
) -> Result<()> {
    if session.is_empty() {
        return Ok(());
    }
    let mut bytes = Vec::new();
    session.changeset_strm(&mut bytes)?;
    drop(session);
    let ops = decode(&bytes)?;
    if ops.is_empty() {
        return Ok(());
    }
    check_package_ops(tx, ident, &ops)?;
    tx.execute(
        "INSERT INTO audit_package_change (at, changeset) VALUES (?1, ?2)",
        params![now(), bytes],
    )?;
    Ok(())
}

/// The parsed header of a results file.
#[derive(Debug, Clone)]
struct Results {
    project_id: String,
    package_id: String,
    audit_id: i64,
    audit_number: String,
    auditor_id: i64,
    auditor_name: String,
    departments: Vec<i64>,
    department_names: Vec<String>,
    package_created_at: String,
    base_hash: String,
    exported_at: String,
    schema_version: u32,
    sha256: String,
    payload: Vec<u8>,
    /// The evidence files carried after the changeset, by SHA-256.
    files: std::collections::HashMap<String, Vec<u8>>,
}

fn not_results(path: &Path, why: &str) -> CoreError {
    CoreError::new(
        ErrorCode::Corrupted,
        format!(
            "“{}”不是完整的内审结果文件（{why}），未导入，项目未改变。",
            file_label(path)
        ),
    )
}

fn read_results(path: &Path) -> Result<Results> {
    let size = std::fs::metadata(path)
        .map_err(|e| CoreError::not_found(format!("无法读取“{}”：{e}", file_label(path))))?
        .len();
    if size > MAX_RESULTS {
        return Err(not_results(path, "文件过大"));
    }
    let bytes = std::fs::read(path)?;
    let split = bytes
        .windows(2)
        .position(|w| w == b"\n\n")
        .ok_or_else(|| not_results(path, "缺少文件头"))?;
    let head =
        std::str::from_utf8(&bytes[..split]).map_err(|_| not_results(path, "文件头无法读取"))?;
    let payload = &bytes[split + 2..];
    let mut lines = head.lines();
    if lines.next() != Some(MAGIC) {
        return Err(not_results(path, "不是贯标助手导出的审核结果"));
    }
    let mut fields = std::collections::HashMap::new();
    for l in lines {
        let (k, v) = l
            .split_once(": ")
            .ok_or_else(|| not_results(path, "文件头格式不对"))?;
        fields.insert(k, v.to_string());
    }
    let get = |k: &str| {
        fields
            .get(k)
            .cloned()
            .ok_or_else(|| not_results(path, &format!("文件头缺少“{k}”")))
    };
    let num = |k: &str| -> Result<i64> {
        get(k)?
            .parse()
            .map_err(|_| not_results(path, &format!("文件头“{k}”不是数字")))
    };
    let length = num("变更数据长度")?;
    // Results written before evidence existed carry no files.
    let files_len = fields
        .get("证据文件长度")
        .map(|v| v.parse::<i64>())
        .transpose()
        .map_err(|_| not_results(path, "文件头“证据文件长度”不是数字"))?
        .unwrap_or(0);
    if length < 0 || files_len < 0 || length + files_len != payload.len() as i64 {
        return Err(not_results(
            path,
            &format!(
                "数据应为 {} 字节，实际 {} 字节，文件被截断或改动过",
                length + files_len,
                payload.len()
            ),
        ));
    }
    let sha = get("SHA-256")?;
    let signed = head
        .rfind("\nSHA-256: ")
        .ok_or_else(|| not_results(path, "文件头缺少校验值"))?;
    let mut h = Sha256::new();
    h.update(&bytes[..signed + 1]);
    h.update(payload);
    if hex(&h.finalize()) != sha {
        return Err(not_results(path, "校验值不符，文件被改动过"));
    }
    let (changeset, mut rest) = payload.split_at(length as usize);
    let mut files = std::collections::HashMap::new();
    for entry in fields
        .get("证据文件")
        .map(String::as_str)
        .unwrap_or("")
        .split(',')
        .filter(|e| !e.is_empty())
    {
        let (file_sha, size) = entry
            .split_once(':')
            .and_then(|(s, n)| Some((s.to_string(), n.parse::<usize>().ok()?)))
            .ok_or_else(|| not_results(path, "证据文件清单格式不对"))?;
        if size > rest.len() {
            return Err(not_results(path, "证据文件不完整"));
        }
        let (file, after) = rest.split_at(size);
        if crate::attachments::sha256_hex(file) != file_sha {
            return Err(not_results(path, "证据文件的校验值不符"));
        }
        files.insert(file_sha, file.to_vec());
        rest = after;
    }
    if !rest.is_empty() {
        return Err(not_results(path, "证据文件清单与数据不符"));
    }
    Ok(Results {
        project_id: get("项目标识")?,
        package_id: get("工作包标识")?,
        audit_id: num("审核标识")?,
        audit_number: get("审核编号")?,
        auditor_id: num("审核员标识")?,
        auditor_name: get("审核员")?,
        departments: get("部门标识")?
            .split(',')
            .filter(|s| !s.is_empty())
            .map(|s| s.parse().map_err(|_| not_results(path, "部门标识不是数字")))
            .collect::<Result<_>>()?,
        department_names: get("审核部门")?
            .split('、')
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect(),
        package_created_at: get("工作包生成时间")?,
        base_hash: get("工作包基准校验")?,
        exported_at: get("导出时间")?,
        schema_version: num("数据版本")? as u32,
        sha256: sha,
        payload: changeset.to_vec(),
        files,
    })
}

/// A checklist line's change, ready to apply.
struct LineChange {
    id: i64,
    set: Vec<(String, Value)>,
    conflict: bool,
}

/// A nonconformity to insert: its columns (without `id`) and values.
struct NcInsert {
    columns: Vec<String>,
    values: Vec<Value>,
    number: String,
}

struct Plan {
    preview: AuditResultsPreview,
    lines: Vec<LineChange>,
    ncs: Vec<NcInsert>,
    evidence: Vec<EvidenceInsert>,
}

/// Where a piece of evidence's file comes from.
enum EvidenceFile {
    /// Carried in the results: stored and recorded on merge.
    New(StoredFile, Vec<u8>),
    /// A file the project holds already.
    Existing(i64),
}

/// Evidence to insert: for a line of the project or for the `nc`-th
/// nonconformity of the plan (its id is known only once inserted).
struct EvidenceInsert {
    line: Option<i64>,
    nc: Option<usize>,
    file: EvidenceFile,
    note: String,
    created_at: String,
}

fn judgement_label(v: &Option<Value>) -> String {
    match v {
        Some(Value::Text(s)) => Judgement::from_code(s)
            .map(|j| j.label().to_string())
            .unwrap_or_else(|| s.clone()),
        _ => "未判定".to_string(),
    }
}

fn shown(field: &str, v: &Option<Value>) -> String {
    if field == "judgement" {
        judgement_label(v)
    } else {
        text(v)
    }
}

fn field_label(field: &str) -> &'static str {
    match field {
        "judgement" => "判定",
        "observed" => "审核记录",
        _ => "审核内容",
    }
}

fn short(s: &str, n: usize) -> String {
    if s.chars().count() > n {
        format!("{}…", s.chars().take(n).collect::<String>())
    } else {
        s.to_string()
    }
}

impl Project {
    /// The open file's package identity, if it is a work package.
    pub fn audit_package(&self) -> Result<Option<AuditPackageInfo>> {
        let Some(ident) = &self.package else {
            return Ok(None);
        };
        let count: i64 =
            self.conn()
                .query_row("SELECT count(*) FROM audit_package_change", [], |r| {
                    r.get(0)
                })?;
        Ok(Some(AuditPackageInfo {
            package_id: ident.package_id.clone(),
            project_id: ident.project_id.clone(),
            audit_id: ident.audit_id,
            audit_number: ident.audit_number.clone(),
            auditor_id: ident.auditor_id,
            auditor_name: ident.auditor_name.clone(),
            department_ids: ident.departments.clone(),
            department_names: department_names(self.conn(), &ident.departments)?,
            created_at: ident.created_at.clone(),
            base_hash: ident.base_hash.clone(),
            change_count: count as u32,
            nc_base_id: ident.nc_base_id,
        }))
    }

    /// Refuses `out` when it is the open file itself (a rename would replace it).
    fn refuse_own_file(&self, out: &Path, what: &str) -> Result<()> {
        let same = out == self.path || same_file::is_same_file(out, &self.path).unwrap_or(false);
        if same {
            return Err(CoreError::conflict(format!(
                "{what}的目标就是当前打开的文件，请选择其他位置或文件名。"
            )));
        }
        Ok(())
    }

    fn refuse_in_package(&self, what: &str) -> Result<()> {
        if self.package.is_some() {
            return Err(CoreError::conflict(format!(
                "这是内审工作包，不能{what}；请在项目文件中操作。"
            )));
        }
        Ok(())
    }

    /// The project's identity (shared by its copies, backups and packages).
    pub fn project_id(&self) -> Result<String> {
        Ok(self.conn().query_row(
            "SELECT project_id FROM project_identity WHERE id = 1",
            [],
            |r| r.get(0),
        )?)
    }

    /// The departments `auditor_id` audits in `audit_id` (the schedule's slots).
    fn auditor_departments(&self, audit_id: i64, auditor_id: i64) -> Result<Vec<i64>> {
        let mut st = self.conn().prepare(
            "SELECT DISTINCT s.department_id FROM audit_slot s JOIN audit_slot_auditor x ON x.slot_id = s.id
              WHERE s.audit_id = ?1 AND x.person_id = ?2 AND s.kind = 'department' AND s.department_id IS NOT NULL
              ORDER BY s.department_id",
        )?;
        let v = st
            .query_map([audit_id, auditor_id], |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<i64>>>()?;
        Ok(v)
    }

    /// SHA-256 of the audit's checklist lines and nonconformities.
    fn audit_hash(&self, audit_id: i64) -> Result<String> {
        let mut h = Sha256::new();
        for sql in [
            "SELECT json_array(id, department_id, clause, question, judgement, observed) FROM checklist_item
              WHERE audit_id = ?1 ORDER BY id",
            "SELECT json_array(id, number, department_id, clause, fact, grade) FROM nonconformity
              WHERE audit_id = ?1 ORDER BY id",
        ] {
            let mut st = self.conn().prepare(sql)?;
            for r in st.query_map([audit_id], |r| r.get::<_, String>(0))? {
                h.update(r?.as_bytes());
                h.update(b"\n");
            }
        }
        Ok(hex(&h.finalize()))
    }

    /// Makes the work package of `auditor_id` for `audit_id` at `out`: a copy
    /// of the project (backup API) with only that auditor's departments'
    /// checklist lines of the audit; the project records it as issued.
    pub fn create_audit_package(
        &mut self,
        audit_id: i64,
        auditor_id: i64,
        out: &Path,
    ) -> Result<AuditPackageInfo> {
        self.refuse_in_package("生成内审工作包")?;
        self.refuse_own_file(out, "生成内审工作包")?;
        let a = self.audit(audit_id)?;
        if a.completed {
            return Err(CoreError::conflict(format!(
                "{} 已完成，不能再生成内审工作包",
                a.number
            )));
        }
        let Some(pos) = a.auditor_ids.iter().position(|&p| p == auditor_id) else {
            return Err(CoreError::invalid(format!(
                "该人员不是 {} 的审核员，不能为其生成内审工作包",
                a.number
            )));
        };
        let auditor_name = a.auditor_names[pos].clone();
        let departments = self.auditor_departments(audit_id, auditor_id)?;
        if departments.is_empty() {
            return Err(CoreError::invalid(format!(
                "{auditor_name} 在 {} 的日程中没有被安排审核任何部门；请先在审核计划的日程中安排，再生成工作包",
                a.number
            )));
        }
        let project_id = self.project_id()?;
        let package_id: String =
            self.conn()
                .query_row("SELECT lower(hex(randomblob(16)))", [], |r| r.get(0))?;
        let base_hash = self.audit_hash(audit_id)?;
        let nc_base_id: i64 =
            self.conn()
                .query_row("SELECT COALESCE(max(id), 0) FROM nonconformity", [], |r| {
                    r.get(0)
                })?;
        let evidence_base_id: i64 =
            self.conn()
                .query_row("SELECT COALESCE(max(id), 0) FROM audit_evidence", [], |r| {
                    r.get(0)
                })?;
        let created_at = now();
        let deps_json = serde_json::to_string(&departments).expect("ids serialise");

        let tmp = tmp_sibling(out);
        let _ = std::fs::remove_file(&tmp);
        self.copy_to(&tmp, "生成内审工作包")?;
        let finish = || -> Result<()> {
            let mut c = sqlite_file::open_rw(&tmp)?;
            let tx = c.transaction()?;
            tx.execute(
                "UPDATE change_log_operator SET name = '', source = '生成内审工作包' WHERE id = 1",
                [],
            )?;
            tx.execute(
                "DELETE FROM checklist_item WHERE audit_id = ?1
                   AND department_id NOT IN (SELECT value FROM json_each(?2))",
                params![audit_id, deps_json],
            )?;
            tx.execute("DELETE FROM audit_package_issued", [])?;
            tx.execute("DELETE FROM audit_package_change", [])?;
            tx.execute(
                "INSERT INTO audit_package (id, package_id, project_id, audit_id, audit_number, auditor_id,
                     auditor_name, departments, created_at, base_hash, nc_base_id, evidence_base_id)
                 VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                params![
                    package_id,
                    project_id,
                    audit_id,
                    a.number,
                    auditor_id,
                    auditor_name,
                    deps_json,
                    created_at,
                    base_hash,
                    nc_base_id,
                    evidence_base_id
                ],
            )?;
            tx.execute(
                "UPDATE change_log_operator SET name = ?1, source = '' WHERE id = 1",
                [&auditor_name],
            )?;
            tx.commit()?;
            let _ = c.pragma_update(None, "wal_checkpoint", "TRUNCATE");
            c.close().map_err(|(_, e)| CoreError::from(e))?;
            Ok(())
        };
        if let Err(e) = finish() {
            let _ = std::fs::remove_file(&tmp);
            return Err(CoreError::storage(format!(
                "生成内审工作包失败：{}",
                e.message
            )));
        }
        if let Err(e) = self.write(|tx| {
            tx.execute(
                "INSERT INTO audit_package_issued (package_id, audit_id, auditor_id, auditor_name, created_at, base_hash)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![package_id, audit_id, auditor_id, auditor_name, created_at, base_hash],
            )?;
            Ok(())
        }) {
            let _ = std::fs::remove_file(&tmp);
            return Err(e);
        }
        std::fs::rename(&tmp, out)?;
        Ok(AuditPackageInfo {
            package_id,
            project_id,
            audit_id,
            audit_number: a.number,
            auditor_id,
            auditor_name,
            department_names: department_names(self.conn(), &departments)?,
            department_ids: departments,
            created_at,
            base_hash,
            change_count: 0,
            nc_base_id,
        })
    }

    /// The package's recorded changes combined into one changeset.
    fn package_changeset(&self) -> Result<Vec<u8>> {
        let mut group = Changegroup::new()?;
        let mut st = self
            .conn()
            .prepare("SELECT changeset FROM audit_package_change ORDER BY id")?;
        for blob in st.query_map([], |r| r.get::<_, Vec<u8>>(0))? {
            let blob = blob?;
            let mut r: &[u8] = &blob;
            group.add_stream(&mut r)?;
        }
        let mut out = Vec::new();
        group.output_strm(&mut out)?;
        Ok(out)
    }

    /// The files of the evidence added in the package, read from `store`:
    /// `(sha256, bytes)` in the order of the evidence.
    fn evidence_files(
        &self,
        store: &AttachmentStore,
        ops: &[Op],
    ) -> Result<Vec<(String, Vec<u8>)>> {
        let att_cols = column_names(self.conn(), "attachment")?;
        let ev_cols = column_names(self.conn(), "audit_evidence")?;
        let mut out: Vec<(String, Vec<u8>)> = Vec::new();
        for ev in ops
            .iter()
            .filter(|o| o.table == "audit_evidence" && o.action == Action::SQLITE_INSERT)
        {
            let att_id = int(&ev.new[col(&ev_cols, "attachment_id")?]);
            let Some(att) = att_id.and_then(|id| inserted_attachment(ops, &att_cols, id)) else {
                continue; // a file the project holds already
            };
            let sha = text(&att.new[col(&att_cols, "sha256")?]);
            if out.iter().any(|(s, _)| *s == sha) {
                continue;
            }
            let name = text(&att.new[col(&att_cols, "file_name")?]);
            let bytes = store.read(&sha).ok_or_else(|| {
                CoreError::not_found(format!(
                    "证据文件“{name}”在本机的附件库中找不到或已损坏，审核结果未导出；请在检查表中移除这份证据后重新添加。"
                ))
            })?;
            out.push((sha, bytes));
        }
        Ok(out)
    }

    /// Writes the package's results (every change since it was made, and the
    /// files of the evidence added) to `out`.
    pub fn export_audit_results(
        &self,
        store: &AttachmentStore,
        out: &Path,
    ) -> Result<AuditResultsExport> {
        let Some(ident) = &self.package else {
            return Err(CoreError::conflict(
                "当前文件不是内审工作包；审核结果只能从内审工作包导出。",
            ));
        };
        self.refuse_own_file(out, "导出审核结果")?;
        let payload = self.package_changeset()?;
        let ops = decode(&payload)?;
        if ops.is_empty() {
            return Err(CoreError::invalid("工作包中还没有任何审核记录，无需导出。"));
        }
        let lines = ops.iter().filter(|o| o.table == "checklist_item").count() as u32;
        let ncs = ops.iter().filter(|o| o.table == "nonconformity").count() as u32;
        let evidence = ops
            .iter()
            .filter(|o| o.table == "audit_evidence" && o.action == Action::SQLITE_INSERT)
            .count() as u32;
        let files = self.evidence_files(store, &ops)?;
        let file_list = files
            .iter()
            .map(|(sha, b)| format!("{sha}:{}", b.len()))
            .collect::<Vec<_>>()
            .join(",");
        let files_len: usize = files.iter().map(|(_, b)| b.len()).sum();
        let names = department_names(self.conn(), &ident.departments)?;
        let head = format!(
            "{MAGIC}\n项目标识: {}\n工作包标识: {}\n审核编号: {}\n审核标识: {}\n审核员: {}\n审核员标识: {}\n审核部门: {}\n部门标识: {}\n工作包生成时间: {}\n工作包基准校验: {}\n导出时间: {}\n数据版本: {}\n检查表条目: {lines}\n不符合项: {ncs}\n审核证据: {evidence}\n变更数据长度: {}\n证据文件: {file_list}\n证据文件长度: {files_len}\n",
            ident.project_id,
            ident.package_id,
            ident.audit_number,
            ident.audit_id,
            ident.auditor_name,
            ident.auditor_id,
            names.join("、"),
            ident
                .departments
                .iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>()
                .join(","),
            ident.created_at,
            ident.base_hash,
            now(),
            self.schema_version()?,
            payload.len(),
        );
        let mut h = Sha256::new();
        h.update(head.as_bytes());
        h.update(&payload);
        for (_, b) in &files {
            h.update(b);
        }
        let sha = hex(&h.finalize());
        let mut bytes = head.into_bytes();
        bytes.extend_from_slice(format!("SHA-256: {sha}\n\n").as_bytes());
        bytes.extend_from_slice(&payload);
        for (_, b) in &files {
            bytes.extend_from_slice(b);
        }
        if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)?;
        }
        let tmp = tmp_sibling(out);
        std::fs::write(&tmp, &bytes)?;
        std::fs::rename(&tmp, out)?;
        Ok(AuditResultsExport {
            path: out.to_string_lossy().to_string(),
            sha256: sha,
            size: bytes.len() as u64,
            lines_changed: lines,
            nonconformities: ncs,
            evidence_files: evidence,
        })
    }

    /// Checks a results file against this project and lists what it would
    /// change and where it conflicts; changes nothing.
    pub fn preview_audit_results(&self, path: &Path) -> Result<AuditResultsPreview> {
        Ok(self.plan_merge(path)?.preview)
    }

    fn plan_merge(&self, path: &Path) -> Result<Plan> {
        self.refuse_in_package("导入审核结果")?;
        let r = read_results(path)?;
        if r.project_id != self.project_id()? {
            return Err(CoreError::conflict(format!(
                "“{}”是另一个项目的审核结果（{} 的 {}），不属于本项目，未导入；项目未改变。",
                file_label(path),
                r.auditor_name,
                r.audit_number
            )));
        }
        let issued: Option<(i64, i64, Option<String>)> = self
            .conn()
            .query_row(
                "SELECT audit_id, auditor_id, merged_at FROM audit_package_issued WHERE package_id = ?1",
                [&r.package_id],
                |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
            )
            .optional()?;
        let Some((audit_id, auditor_id, merged_at)) = issued else {
            return Err(CoreError::conflict(format!(
                "本项目文件没有生成过“{}”所属的工作包（{} 的 {}），可能是从项目的其他副本生成的，未导入；项目未改变。",
                file_label(path),
                r.auditor_name,
                r.audit_number
            )));
        };
        if let Some(at) = merged_at {
            return Err(CoreError::conflict(format!(
                "{} 的 {} 审核结果已于 {} 导入过，不能重复导入；项目未改变。",
                r.auditor_name,
                r.audit_number,
                at.replace('T', " ")
            )));
        }
        if audit_id != r.audit_id || auditor_id != r.auditor_id {
            return Err(not_results(path, "文件头与生成的工作包不符"));
        }
        if r.schema_version != self.schema_version()? {
            return Err(CoreError::conflict(format!(
                "审核结果来自数据版本 {} 的工作包，本项目为版本 {}；请双方使用同一版本的贯标助手后再导入。项目未改变。",
                r.schema_version,
                self.schema_version()?
            )));
        }
        let a = self.audit(audit_id)?;
        if a.completed {
            return Err(CoreError::conflict(format!(
                "{} 已完成，不能再导入审核结果；项目未改变。",
                a.number
            )));
        }
        let ops = decode(&r.payload).map_err(|_| not_results(path, "变更数据无法读取"))?;
        let line_cols = column_names(self.conn(), "checklist_item")?;
        let nc_cols = column_names(self.conn(), "nonconformity")?;
        let dep_name = |id: i64| -> String {
            self.conn()
                .query_row("SELECT name FROM department WHERE id = ?1", [id], |x| {
                    x.get(0)
                })
                .unwrap_or_else(|_| format!("部门 {id}"))
        };
        let mut changes = Vec::new();
        let mut conflicts = Vec::new();
        let mut lines = Vec::new();
        let mut ncs = Vec::new();
        let mut numbers_taken: BTreeSet<String> = BTreeSet::new();
        let mut nc_count: i64 = self.conn().query_row(
            "SELECT count(*) FROM nonconformity WHERE audit_id = ?1",
            [audit_id],
            |x| x.get(0),
        )?;
        let altered = || not_results(path, "包含工作包不允许的修改");
        let mut nc_ids: Vec<i64> = Vec::new();
        for op in &ops {
            match (op.table.as_str(), op.action) {
                ("checklist_item", Action::SQLITE_UPDATE) => {
                    let id = int(&op.old[col(&line_cols, "id")?]).ok_or_else(altered)?;
                    let changed: Vec<usize> =
                        (0..op.new.len()).filter(|&i| op.new[i].is_some()).collect();
                    if changed
                        .iter()
                        .any(|&i| !LINE_COLUMNS.contains(&line_cols[i].as_str()))
                    {
                        return Err(altered());
                    }
                    let current: Option<Vec<Value>> = self
                        .conn()
                        .query_row("SELECT * FROM checklist_item WHERE id = ?1", [id], |x| {
                            (0..line_cols.len())
                                .map(|i| x.get::<_, Value>(i))
                                .collect::<rusqlite::Result<Vec<_>>>()
                        })
                        .optional()?;
                    let Some(current) = current else {
                        conflicts.push(MergeConflict {
                            checklist_item_id: id,
                            department_name: String::new(),
                            clause: String::new(),
                            question: String::new(),
                            missing: true,
                            fields: changed
                                .iter()
                                .map(|&i| ConflictField {
                                    field: line_cols[i].clone(),
                                    label: field_label(&line_cols[i]).to_string(),
                                    base: shown(&line_cols[i], &op.old[i]),
                                    project: "（该条目已从检查表删除）".to_string(),
                                    package: shown(&line_cols[i], &op.new[i]),
                                })
                                .collect(),
                        });
                        lines.push(LineChange {
                            id,
                            set: Vec::new(),
                            conflict: true,
                        });
                        continue;
                    };
                    let line_audit = int(&Some(current[col(&line_cols, "audit_id")?].clone()));
                    let dep =
                        int(&Some(current[col(&line_cols, "department_id")?].clone())).unwrap_or(0);
                    if line_audit != Some(audit_id) || !r.departments.contains(&dep) {
                        return Err(altered());
                    }
                    // Columns the project does not hold yet.
                    let todo: Vec<usize> = changed
                        .iter()
                        .copied()
                        .filter(|&i| op.new[i].as_ref() != Some(&current[i]))
                        .collect();
                    if todo.is_empty() {
                        continue;
                    }
                    let conflict = todo
                        .iter()
                        .any(|&i| op.old[i].as_ref() != Some(&current[i]));
                    let clause = text(&Some(current[col(&line_cols, "clause")?].clone()));
                    let question = text(&Some(current[col(&line_cols, "question")?].clone()));
                    if conflict {
                        conflicts.push(MergeConflict {
                            checklist_item_id: id,
                            department_name: dep_name(dep),
                            clause,
                            question,
                            missing: false,
                            fields: todo
                                .iter()
                                .map(|&i| ConflictField {
                                    field: line_cols[i].clone(),
                                    label: field_label(&line_cols[i]).to_string(),
                                    base: shown(&line_cols[i], &op.old[i]),
                                    project: shown(&line_cols[i], &Some(current[i].clone())),
                                    package: shown(&line_cols[i], &op.new[i]),
                                })
                                .collect(),
                        });
                    } else {
                        let judged = todo.iter().any(|&i| line_cols[i] == "judgement");
                        changes.push(MergeChange {
                            kind: if judged {
                                MergeChangeKind::Judged
                            } else {
                                MergeChangeKind::Noted
                            },
                            record_id: id,
                            department_name: dep_name(dep),
                            clause,
                            summary: todo
                                .iter()
                                .map(|&i| {
                                    format!(
                                        "{}：{}",
                                        field_label(&line_cols[i]),
                                        short(&shown(&line_cols[i], &op.new[i]), 60)
                                    )
                                })
                                .collect::<Vec<_>>()
                                .join("；"),
                        });
                    }
                    lines.push(LineChange {
                        id,
                        set: todo
                            .iter()
                            .map(|&i| {
                                (
                                    line_cols[i].clone(),
                                    op.new[i].clone().unwrap_or(Value::Null),
                                )
                            })
                            .collect(),
                        conflict,
                    });
                }
                ("nonconformity", Action::SQLITE_INSERT) => {
                    let v = |name: &str| -> Result<Option<Value>> {
                        Ok(op.new[col(&nc_cols, name)?].clone())
                    };
                    let dep = int(&v("department_id")?).unwrap_or(0);
                    if int(&v("audit_id")?) != Some(audit_id) || !r.departments.contains(&dep) {
                        return Err(altered());
                    }
                    // Fresh number when the package's is taken here.
                    let mut number = text(&v("number")?);
                    let taken = |n: &str, set: &BTreeSet<String>| -> Result<bool> {
                        Ok(set.contains(n)
                            || self.conn().query_row(
                                "SELECT EXISTS (SELECT 1 FROM nonconformity WHERE number = ?1)",
                                [n],
                                |x| x.get(0),
                            )?)
                    };
                    if number.is_empty() || taken(&number, &numbers_taken)? {
                        loop {
                            nc_count += 1;
                            number = format!("{}-NC{:02}", a.number, nc_count);
                            if !taken(&number, &numbers_taken)? {
                                break;
                            }
                        }
                    }
                    numbers_taken.insert(number.clone());
                    let mut columns = Vec::new();
                    let mut values = Vec::new();
                    for (i, c) in nc_cols.iter().enumerate() {
                        if c == "id" {
                            continue;
                        }
                        let value = match c.as_str() {
                            "number" => Value::Text(number.clone()),
                            "auditor_id" => match &op.new[i] {
                                Some(Value::Integer(p)) => Value::Integer(*p),
                                _ => Value::Integer(r.auditor_id),
                            },
                            _ => op.new[i].clone().unwrap_or(Value::Null),
                        };
                        columns.push(c.clone());
                        values.push(value);
                    }
                    let grade = match text(&v("grade")?).as_str() {
                        "major" => Grade::Major.label(),
                        _ => Grade::Minor.label(),
                    };
                    changes.push(MergeChange {
                        kind: MergeChangeKind::NcRaised,
                        record_id: int(&v("id")?).unwrap_or(0),
                        department_name: dep_name(dep),
                        clause: text(&v("clause")?),
                        summary: format!(
                            "不符合项 {number}（{grade}）：{}",
                            short(&text(&v("fact")?), 60)
                        ),
                    });
                    nc_ids.push(int(&v("id")?).unwrap_or(0));
                    ncs.push(NcInsert {
                        columns,
                        values,
                        number,
                    });
                }
                // Files and evidence: read once the lines and NCs are known.
                ("attachment" | "audit_evidence", Action::SQLITE_INSERT) => {}
                _ => return Err(altered()),
            }
        }
        let evidence = self
            .plan_evidence(&ops, &r, &nc_ids, &ncs, &mut changes, &dep_name)
            .map_err(|e| match e.code {
                ErrorCode::Storage => e,
                _ => not_results(path, &e.message),
            })?;
        Ok(Plan {
            preview: AuditResultsPreview {
                package: AuditPackageInfo {
                    package_id: r.package_id,
                    project_id: r.project_id,
                    audit_id,
                    audit_number: r.audit_number,
                    auditor_id,
                    auditor_name: r.auditor_name,
                    department_ids: r.departments,
                    department_names: r.department_names,
                    created_at: r.package_created_at,
                    base_hash: r.base_hash,
                    change_count: ops.len() as u32,
                    nc_base_id: 0,
                },
                exported_at: r.exported_at,
                results_sha256: r.sha256,
                changes,
                conflicts,
            },
            lines,
            ncs,
            evidence,
        })
    }

    /// The evidence a results file adds, each listed in `changes`: a line's
    /// must be one of the auditor's (evidence of a line deleted since is
    /// listed as not imported), an NC's one raised in the package; a new
    /// file must be carried in the results.
    #[allow(clippy::too_many_arguments)]
    fn plan_evidence(
        &self,
        ops: &[Op],
        r: &Results,
        nc_ids: &[i64],
        ncs: &[NcInsert],
        changes: &mut Vec<MergeChange>,
        dep_name: &dyn Fn(i64) -> String,
    ) -> Result<Vec<EvidenceInsert>> {
        let att_cols = column_names(self.conn(), "attachment")?;
        let ev_cols = column_names(self.conn(), "audit_evidence")?;
        let altered = || CoreError::invalid("包含工作包不允许的修改");
        let mut out = Vec::new();
        for ev in ops
            .iter()
            .filter(|o| o.table == "audit_evidence" && o.action == Action::SQLITE_INSERT)
        {
            let v =
                |name: &str| -> Result<Option<Value>> { Ok(ev.new[col(&ev_cols, name)?].clone()) };
            if int(&v("audit_id")?) != Some(r.audit_id) {
                return Err(altered());
            }
            let att_id = int(&v("attachment_id")?).ok_or_else(altered)?;
            let file = match inserted_attachment(ops, &att_cols, att_id) {
                Some(a) => {
                    let f =
                        |name: &str| -> Result<String> { Ok(text(&a.new[col(&att_cols, name)?])) };
                    let sha = f("sha256")?;
                    let bytes = r.files.get(&sha).cloned().ok_or_else(|| {
                        CoreError::invalid(format!(
                            "缺少证据文件“{}”",
                            f("file_name").unwrap_or_default()
                        ))
                    })?;
                    EvidenceFile::New(
                        StoredFile {
                            sha256: sha,
                            file_name: f("file_name")?,
                            media_type: f("media_type")?,
                            size: bytes.len() as u64,
                        },
                        bytes,
                    )
                }
                None => {
                    let here: bool = self.conn().query_row(
                        "SELECT EXISTS (SELECT 1 FROM attachment WHERE id = ?1)",
                        [att_id],
                        |x| x.get(0),
                    )?;
                    if !here {
                        return Err(altered());
                    }
                    EvidenceFile::Existing(att_id)
                }
            };
            let (name, size) = match &file {
                EvidenceFile::New(f, _) => (f.file_name.clone(), f.size),
                EvidenceFile::Existing(id) => {
                    let a = self.attachment(*id)?;
                    (a.file_name, a.size)
                }
            };
            let note = text(&v("note")?);
            let created_at = text(&v("created_at")?);
            let (line, nc) = match (int(&v("checklist_item_id")?), int(&v("nonconformity_id")?)) {
                (Some(line), None) => (Some(line), None),
                (None, Some(nc)) => (
                    None,
                    Some(nc_ids.iter().position(|&i| i == nc).ok_or_else(altered)?),
                ),
                _ => return Err(altered()),
            };
            let (department, clause, target) = if let Some(line) = line {
                let row: Option<(i64, i64, String)> = self
                    .conn()
                    .query_row(
                        "SELECT audit_id, department_id, clause FROM checklist_item WHERE id = ?1",
                        [line],
                        |x| Ok((x.get(0)?, x.get(1)?, x.get(2)?)),
                    )
                    .optional()?;
                match row {
                    Some((a, d, c)) if a == r.audit_id && r.departments.contains(&d) => {
                        (dep_name(d), c, "检查表条目".to_string())
                    }
                    Some(_) => return Err(altered()),
                    None => {
                        // The line is listed as a conflict already; its evidence cannot come in.
                        changes.push(MergeChange {
                            kind: MergeChangeKind::Evidence,
                            record_id: line,
                            department_name: String::new(),
                            clause: String::new(),
                            summary: format!("证据“{name}”：该检查表条目已从项目中删除，不导入"),
                        });
                        continue;
                    }
                }
            } else {
                let n = &ncs[nc.expect("nc evidence")];
                let get = |c: &str| {
                    n.columns
                        .iter()
                        .position(|x| x == c)
                        .map(|i| n.values[i].clone())
                };
                (
                    dep_name(int(&get("department_id")).unwrap_or(0)),
                    text(&get("clause")),
                    format!("不符合项 {}", n.number),
                )
            };
            changes.push(MergeChange {
                kind: MergeChangeKind::Evidence,
                record_id: int(&v("id")?).unwrap_or(0),
                department_name: department,
                clause,
                summary: format!(
                    "{target}的证据“{name}”（{}）{}",
                    crate::export::package::size_label(size),
                    if note.is_empty() {
                        String::new()
                    } else {
                        format!("：{}", short(&note, 40))
                    }
                ),
            });
            out.push(EvidenceInsert {
                line,
                nc,
                file,
                note,
                created_at,
            });
        }
        Ok(out)
    }

    /// Merges a results file: checked as [`Project::preview_audit_results`]
    /// does, every conflict decided by `decisions` (else nothing changes),
    /// applied in one transaction with the auditor as the change log's
    /// operator and the package as its source.
    pub fn merge_audit_results(
        &mut self,
        store: &AttachmentStore,
        path: &Path,
        decisions: &[ConflictDecision],
    ) -> Result<AuditMergeReport> {
        let plan = self.plan_merge(path)?;
        let p = &plan.preview;
        let decision = |id: i64| decisions.iter().find(|d| d.checklist_item_id == id);
        let undecided: Vec<&MergeConflict> = p
            .conflicts
            .iter()
            .filter(|c| decision(c.checklist_item_id).is_none())
            .collect();
        if !undecided.is_empty() {
            return Err(CoreError::conflict(format!(
                "有 {} 处冲突需要决定（{}）：这些检查表条目在工作包生成后已在项目中改动。请逐条选择保留项目中的内容或采用工作包的修改；未导入，项目未改变。",
                undecided.len(),
                undecided
                    .iter()
                    .map(|c| format!("{} {}", c.department_name, c.clause))
                    .collect::<Vec<_>>()
                    .join("、")
            )));
        }
        if let Some(c) = p.conflicts.iter().find(|c| {
            c.missing
                && decision(c.checklist_item_id).map(|d| d.keep) == Some(ConflictSide::Package)
        }) {
            return Err(CoreError::invalid(format!(
                "检查表条目（编号 {}）已从项目中删除，无法采用工作包的修改；请选择保留项目。未导入，项目未改变。",
                c.checklist_item_id
            )));
        }
        let source = format!(
            "内审工作包：{} {}（{}）",
            p.package.audit_number,
            p.package.auditor_name,
            &p.package.package_id[..p.package.package_id.len().min(8)]
        );
        let auditor = p.package.auditor_name.clone();
        let package_id = p.package.package_id.clone();
        let sha = p.results_sha256.clone();
        let mut kept_project = 0;
        let mut took_package = 0;
        let mut lines_changed = 0;
        for l in &plan.lines {
            match (l.conflict, decision(l.id).map(|d| d.keep)) {
                (true, Some(ConflictSide::Project)) => kept_project += 1,
                (true, _) => {
                    took_package += 1;
                    lines_changed += 1
                }
                (false, _) => lines_changed += 1,
            }
        }
        // The evidence files go into the store first: content-addressed, so a
        // merge that fails after leaves only files nothing refers to.
        for e in &plan.evidence {
            if let EvidenceFile::New(f, bytes) = &e.file {
                if store.put_bytes(&f.file_name, bytes)?.sha256 != f.sha256 {
                    return Err(CoreError::storage(format!(
                        "证据文件“{}”存入附件库后校验不符，未导入；项目未改变。",
                        f.file_name
                    )));
                }
            }
        }
        self.write(|tx| {
            let (old_name, old_source): (String, String) = tx.query_row(
                "SELECT name, source FROM change_log_operator WHERE id = 1",
                [],
                |x| Ok((x.get(0)?, x.get(1)?)),
            )?;
            tx.execute(
                "UPDATE change_log_operator SET name = ?1, source = ?2 WHERE id = 1",
                params![auditor, source],
            )?;
            for l in &plan.lines {
                if l.set.is_empty()
                    || (l.conflict
                        && decision(l.id).map(|d| d.keep) == Some(ConflictSide::Project))
                {
                    continue;
                }
                let set = l
                    .set
                    .iter()
                    .enumerate()
                    .map(|(i, (c, _))| format!("\"{c}\" = ?{}", i + 1))
                    .collect::<Vec<_>>()
                    .join(", ");
                let mut values: Vec<Value> = l.set.iter().map(|(_, v)| v.clone()).collect();
                values.push(Value::Integer(l.id));
                tx.execute(
                    &format!(
                        "UPDATE checklist_item SET {set} WHERE id = ?{}",
                        values.len()
                    ),
                    params_from_iter(values.iter()),
                )?;
            }
            let mut nc_new_ids = Vec::new();
            for n in &plan.ncs {
                let cols = n
                    .columns
                    .iter()
                    .map(|c| format!("\"{c}\""))
                    .collect::<Vec<_>>()
                    .join(", ");
                let marks = (1..=n.values.len())
                    .map(|i| format!("?{i}"))
                    .collect::<Vec<_>>()
                    .join(", ");
                tx.execute(
                    &format!("INSERT INTO nonconformity ({cols}) VALUES ({marks})"),
                    params_from_iter(n.values.iter()),
                )?;
                nc_new_ids.push(tx.last_insert_rowid());
            }
            // One attachment row per file, however many pieces of evidence show it.
            let mut file_ids: Vec<(String, i64)> = Vec::new();
            for e in &plan.evidence {
                let attachment_id = match &e.file {
                    EvidenceFile::Existing(id) => *id,
                    EvidenceFile::New(f, _) => {
                        match file_ids.iter().find(|(sha, _)| *sha == f.sha256) {
                            Some((_, id)) => *id,
                            None => {
                                let id = super::attachments::insert(tx, f)?;
                                file_ids.push((f.sha256.clone(), id));
                                id
                            }
                        }
                    }
                };
                tx.execute(
                    "INSERT INTO audit_evidence (audit_id, checklist_item_id, nonconformity_id, attachment_id, note, created_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    params![
                        p.package.audit_id,
                        e.line,
                        e.nc.map(|i| nc_new_ids[i]),
                        attachment_id,
                        e.note,
                        e.created_at
                    ],
                )?;
            }
            tx.execute(
                "UPDATE audit_package_issued SET merged_at = ?1, results_sha256 = ?2 WHERE package_id = ?3",
                params![now(), sha, package_id],
            )?;
            tx.execute(
                "UPDATE change_log_operator SET name = ?1, source = ?2 WHERE id = 1",
                params![old_name, old_source],
            )?;
            Ok(())
        })?;
        Ok(AuditMergeReport {
            auditor_name: p.package.auditor_name.clone(),
            audit_number: p.package.audit_number.clone(),
            lines_changed,
            nonconformities: plan.ncs.iter().map(|n| n.number.clone()).collect(),
            kept_project,
            took_package,
            evidence_files: plan.evidence.len() as u32,
        })
    }
}

/// The changeset's insert of attachment `id`: a file added in the package.
fn inserted_attachment<'a>(ops: &'a [Op], att_cols: &[String], id: i64) -> Option<&'a Op> {
    let at = att_cols.iter().position(|c| c == "id")?;
    ops.iter().find(|o| {
        o.table == "attachment" && o.action == Action::SQLITE_INSERT && int(&o.new[at]) == Some(id)
    })
}

fn department_names(conn: &Connection, ids: &[i64]) -> Result<Vec<String>> {
    ids.iter()
        .map(|id| {
            Ok(conn
                .query_row("SELECT name FROM department WHERE id = ?1", [id], |r| {
                    r.get::<_, String>(0)
                })
                .optional()?
                .unwrap_or_else(|| format!("部门 {id}")))
        })
        .collect()
}
