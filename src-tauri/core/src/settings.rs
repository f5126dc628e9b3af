//! Per-user settings kept beside the projects: the recent-files list, the
//! last project and the operator name the change history records, written
//! atomically so a crash never leaves half a file.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::Result;
use crate::startup::StartupFailure;

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
    /// Loads settings; a missing file gives defaults. A file that cannot be
    /// read, or is not valid, is a start-up failure the user is told of; an
    /// invalid one is first renamed aside (`settings.json.broken`, numbered
    /// when that exists), so that the next start uses defaults and the old
    /// content is kept for whoever wants it back.
    pub fn load(data_dir: &Path) -> std::result::Result<Settings, StartupFailure> {
        let path = data_dir.join(FILE);
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Settings::default()),
            Err(e) => {
                return Err(StartupFailure::Settings {
                    path,
                    kept_as: None,
                    detail: e.to_string(),
                })
            }
        };
        let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&bytes);
        serde_json::from_slice(bytes).map_err(|e| {
            let aside = aside_name(data_dir);
            match std::fs::rename(&path, &aside) {
                Ok(()) => StartupFailure::Settings {
                    path,
                    kept_as: Some(aside),
                    detail: e.to_string(),
                },
                Err(rename) => StartupFailure::Settings {
                    path,
                    kept_as: None,
                    detail: format!("{e}；改名失败：{rename}"),
                },
            }
        })
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

/// `settings.json.broken`, else the first free `settings.json.broken-N`.
fn aside_name(data_dir: &Path) -> PathBuf {
    let first = data_dir.join(format!("{FILE}.broken"));
    if !first.exists() {
        return first;
    }
    (2..)
        .map(|n| data_dir.join(format!("{FILE}.broken-{n}")))
        .find(|p| !p.exists())
        .expect("a free name")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_list_round_trips_and_dedupes() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Settings::load(dir.path()).unwrap();
        for i in 0..12 {
            s.touch(&dir.path().join(format!("{i}.gbproj")), "甲");
        }
        s.touch(&dir.path().join("3.gbproj"), "乙");
        s.save(dir.path()).unwrap();
        let s2 = Settings::load(dir.path()).unwrap();
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
    fn a_broken_settings_file_is_told_and_kept_aside_so_the_next_start_works() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("settings.json.broken"), "older").unwrap();
        std::fs::write(dir.path().join(FILE), "{not json").unwrap();
        let failure = Settings::load(dir.path()).unwrap_err();
        let kept = dir.path().join("settings.json.broken-2");
        match &failure {
            StartupFailure::Settings { kept_as, .. } => assert_eq!(kept_as.as_ref(), Some(&kept)),
            other => panic!("{other:?}"),
        }
        assert_eq!(failure.title(), "贯标助手无法启动：设置文件已损坏");
        let text = failure.message();
        assert!(text.contains("settings.json.broken-2"), "{text}");
        assert!(text.contains("请重新启动"), "{text}");
        assert_eq!(std::fs::read_to_string(&kept).unwrap(), "{not json");
        assert_eq!(
            std::fs::read_to_string(dir.path().join("settings.json.broken")).unwrap(),
            "older",
            "an earlier broken file is not overwritten"
        );
        // The next start: defaults.
        assert_eq!(Settings::load(dir.path()).unwrap(), Settings::default());
    }

    #[test]
    fn a_settings_file_written_by_notepad_with_a_bom_is_read() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(FILE), "\u{feff}{\"operator\": \"王芳\"}").unwrap();
        assert_eq!(Settings::load(dir.path()).unwrap().operator, "王芳");
    }

    #[test]
    fn an_unreadable_settings_file_is_told_and_left_in_place() {
        let dir = tempfile::tempdir().unwrap();
        // A directory where the file should be cannot be read as one.
        std::fs::create_dir(dir.path().join(FILE)).unwrap();
        let failure = Settings::load(dir.path()).unwrap_err();
        assert!(
            matches!(&failure, StartupFailure::Settings { kept_as: None, .. }),
            "{failure:?}"
        );
        assert!(failure.message().contains("无法读取设置文件"));
        assert!(dir.path().join(FILE).is_dir(), "left where it was");
    }
}
