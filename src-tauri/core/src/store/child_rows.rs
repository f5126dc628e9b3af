//! Rows that list a record's values (a person's roles, a department's parts,
//! a document's clauses): replaced by deleting and adding only the values
//! that change, so the change history shows each.

use rusqlite::params;

use crate::error::Result;

/// Makes the rows of `table` whose `key` is `id` hold exactly `values` in `column`.
pub(super) fn replace<S: AsRef<str>>(
    tx: &rusqlite::Transaction,
    (table, key, column): (&str, &str, &str),
    id: i64,
    values: &[S],
) -> Result<()> {
    let values: Vec<&str> = values.iter().map(AsRef::as_ref).collect();
    tx.execute(
        &format!(
            "DELETE FROM {table} WHERE {key} = ?1 AND {column} NOT IN (SELECT value FROM json_each(?2))"
        ),
        params![id, serde_json::to_string(&values).expect("values serialise")],
    )?;
    let mut st = tx.prepare(&format!(
        "INSERT INTO {table} ({key}, {column}) VALUES (?1, ?2) ON CONFLICT DO NOTHING"
    ))?;
    for v in values {
        st.execute(params![id, v])?;
    }
    Ok(())
}
