//! The correspondence from one edition's leaf clauses to its successor's,
//! read from the successor's `previous` column (many-to-many, and inferred
//! where the successor's table is provisional). Records are kept on leaf
//! clauses, so a `previous` key naming a heading stands for its leaves.

use super::StandardEdition;

#[derive(Debug, Clone)]
pub struct Correspondence {
    /// `(new leaf key, old leaf keys it carries on)`, in the new table's order.
    pairs: Vec<(String, Vec<String>)>,
}

impl Correspondence {
    pub fn between(old: &StandardEdition, new: &StandardEdition) -> Correspondence {
        let pairs = new
            .leaves()
            .map(|n| {
                let mut olds: Vec<String> = Vec::new();
                for p in &n.previous {
                    for leaf in leaves_under(old, p) {
                        if !olds.contains(&leaf) {
                            olds.push(leaf);
                        }
                    }
                }
                olds.sort_by_key(|k| old.position(k));
                (n.key.clone(), olds)
            })
            .collect();
        Correspondence { pairs }
    }

    /// The old leaves a new leaf carries on (empty: new in this edition).
    pub fn previous(&self, new_key: &str) -> &[String] {
        self.pairs
            .iter()
            .find(|(n, _)| n == new_key)
            .map(|(_, o)| o.as_slice())
            .unwrap_or(&[])
    }

    /// The new leaves an old clause is carried on by, in the new table's order.
    pub fn successors(&self, old_key: &str) -> Vec<String> {
        self.pairs
            .iter()
            .filter(|(_, o)| o.iter().any(|k| k == old_key))
            .map(|(n, _)| n.clone())
            .collect()
    }

    /// The new leaves with no counterpart in the old edition.
    pub fn without_previous(&self) -> Vec<String> {
        self.pairs
            .iter()
            .filter(|(_, o)| o.is_empty())
            .map(|(n, _)| n.clone())
            .collect()
    }

    /// Every `(new leaf, old leaves)` pair.
    pub fn pairs(&self) -> &[(String, Vec<String>)] {
        &self.pairs
    }
}

/// The leaf keys at or under `key` in `edition` (none when it lacks the key).
fn leaves_under(edition: &StandardEdition, key: &str) -> Vec<String> {
    if edition.clause(key).is_none() {
        return Vec::new();
    }
    if edition.is_leaf(key) {
        return vec![key.to_string()];
    }
    edition
        .clauses
        .iter()
        .filter(|c| c.parent.as_deref() == Some(key))
        .flat_map(|c| leaves_under(edition, &c.key))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::standard::{gbt29490_2013, gbt29490_2023};

    #[test]
    fn every_2013_leaf_is_carried_on_and_new_clauses_are_listed() {
        let (old, new) = (gbt29490_2013().unwrap(), gbt29490_2023().unwrap());
        let c = Correspondence::between(&old, &new);
        for o in old.leaves() {
            assert!(
                !c.successors(&o.key).is_empty(),
                "{} has no successor",
                o.key
            );
        }
        assert_eq!(c.successors("7.4.1").len(), 3);
        assert_eq!(c.previous("acquisition"), ["7.1"]);
        let fresh = c.without_previous();
        assert!(fresh.contains(&"compliance_culture".to_string()));
        assert!(fresh.contains(&"prohibited_patent".to_string()));
        assert!(!fresh.contains(&"acquisition".to_string()));
    }
}
