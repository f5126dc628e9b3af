//! Per-user settings kept beside the projects: the recent-files list, the
//! last project and the operator name the change history records, written
//! atomically so a crash never leaves half a file.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::Result;

const FILE: &str = "settings.json";
const MAX_RECENT: usize = 10;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RecentFile {
    pub path: String,
    /// Enterprise name when last open (or the file name).
    pub name: String,
    /// RFC 3339
    pub opened_at: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct Settings {
    pub recent: Vec<RecentFile>,
    pub last_project: Option<String>,
    /// Who is using the app: recorded with every change ('' = not set).
    pub operator: String,
}

impl Settings {
    /// Loads settings; a missing or unreadable file gives defaults (the old file is kept aside).
    pub fn load(data_dir: &Path) -> Settings {
        let path = data_dir.join(FILE);
        match std::fs::read(&path) {
            Ok(bytes) => serde_json::from_slice(&bytes).unwrap_or_else(|_| {
                let _ = std::fs::rename(&path, data_dir.join("settings.json.broken"));
                Settings::default()
            }),
            Err(_) => Settings::default(),
        }
    }

    pub fn save(&self, data_dir: &Path) -> Result<()> {
        std::fs::create_dir_all(data_dir)?;
        let tmp = data_dir.join(format!("{FILE}.tmp"));
        let bytes = serde_json::to_vec_pretty(self).expect("settings serialise");
        {
            use std::io::Write;
            let mut f = std::fs::File::create(&tmp)?;
            f.write_all(&bytes)?;
            f.sync_all()?;
        }
        std::fs::rename(&tmp, data_dir.join(FILE))?;
        Ok(())
    }

    /// Puts `path` first in the recent list and makes it the last project.
    pub fn touch(&mut self, path: &Path, name: &str) {
        let p = path.to_string_lossy().to_string();
        self.recent.retain(|r| r.path != p);
        self.recent.insert(
            0,
            RecentFile {
                path: p.clone(),
                name: name.to_string(),
                opened_at: chrono::Local::now().to_rfc3339(),
            },
        );
        self.recent.truncate(MAX_RECENT);
        self.last_project = Some(p);
    }

    /// Drops entries whose file no longer exists.
    pub fn prune(&mut self) {
        self.recent.retain(|r| PathBuf::from(&r.path).exists());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_list_round_trips_and_dedupes() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Settings::load(dir.path());
        for i in 0..12 {
            s.touch(&dir.path().join(format!("{i}.gbproj")), "甲");
        }
        s.touch(&dir.path().join("3.gbproj"), "乙");
        s.save(dir.path()).unwrap();
        let s2 = Settings::load(dir.path());
        assert_eq!(s2.recent.len(), 10);
        assert!(s2.recent[0].path.ends_with("3.gbproj"));
        assert_eq!(
            s2.recent
                .iter()
                .filter(|r| r.path.ends_with("3.gbproj"))
                .count(),
            1
        );
        assert_eq!(s2.last_project, Some(s2.recent[0].path.clone()));
    }

    #[test]
    fn broken_settings_file_gives_defaults() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(FILE), "{not json").unwrap();
        assert_eq!(Settings::load(dir.path()), Settings::default());
        assert!(dir.path().join("settings.json.broken").exists());
    }
}
