//! What the shell keeps between commands: the open project, the settings and
//! the catalog loaded once at start.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, OnceLock};

use guanbiao_core::attachments::AttachmentStore;
use guanbiao_core::catalog::{self, Catalog, ProgramProfile, StandardEdition};
use guanbiao_core::dates::today;
use guanbiao_core::model::ProjectChanged;
use guanbiao_core::settings::Settings;
use guanbiao_core::startup::StartupFailure;
use guanbiao_core::store::backup::BackupStore;
use guanbiao_core::{paths, CoreError, ErrorCode, Project, Result};

/// Hears which tables a command wrote.
type ChangeListener = Box<dyn Fn(&ProjectChanged) + Send + Sync>;

pub struct AppState {
    pub data_dir: PathBuf,
    /// A malformed asset is reported to the UI with its file and field.
    pub catalog: std::result::Result<Catalog, CoreError>,
    project: Mutex<Project>,
    settings: Mutex<Settings>,
    first_answered: AtomicBool,
    /// Told which tables a command wrote (the window's `project-changed` event).
    on_change: OnceLock<ChangeListener>,
}

pub fn data_dir_from_args() -> Option<PathBuf> {
    let mut args = std::env::args_os().skip(1);
    while let Some(a) = args.next() {
        if a == "--data-dir" {
            return args.next().map(PathBuf::from);
        }
    }
    None
}

impl AppState {
    /// Loads the catalog and opens the last project, or creates one on first
    /// start. What stops it is a start-up failure the user is told of.
    pub fn start(data_dir: Option<PathBuf>) -> std::result::Result<AppState, StartupFailure> {
        let unwritable = |dir: Option<&Path>, e: CoreError| StartupFailure::DataDir {
            dir: dir.map(Path::to_path_buf),
            detail: e.message,
        };
        let data_dir = match data_dir {
            Some(d) => d,
            None => paths::data_dir().map_err(|e| unwritable(None, e))?,
        };
        std::fs::create_dir_all(&data_dir).map_err(|e| unwritable(Some(&data_dir), e.into()))?;
        let settings = Settings::load(&data_dir)?;
        Self::open(data_dir.clone(), settings).map_err(|e| unwritable(Some(&data_dir), e))
    }

    fn open(data_dir: PathBuf, mut settings: Settings) -> Result<AppState> {
        let catalog = catalog::load();
        if let Err(e) = &catalog {
            eprintln!("{}", e.message);
        }
        settings.prune();
        let mut project = open_last_or_default(&data_dir, &settings, catalog.as_ref().ok())?;
        if let Err(e) = project.set_operator(&settings.operator) {
            eprintln!("操作人姓名无效：{}", e.message);
        }
        settings.touch(project.path(), &project.profile()?.name);
        settings.save(&data_dir)?;
        Ok(AppState {
            data_dir,
            catalog,
            project: Mutex::new(project),
            settings: Mutex::new(settings),
            first_answered: AtomicBool::new(false),
            on_change: OnceLock::new(),
        })
    }

    /// Sets who hears of the tables a command wrote (once, at start).
    pub fn on_change(&self, listener: impl Fn(&ProjectChanged) + Send + Sync + 'static) {
        let _ = self.on_change.set(Box::new(listener));
    }

    /// Runs `f` on the open project, then tells the listener which tables it
    /// wrote (`Project::tracking_changes`), so the views showing them reload.
    pub fn with<T>(&self, f: impl FnOnce(&mut Project) -> Result<T>) -> Result<T> {
        self.mark_answered();
        let mut p = self
            .project
            .lock()
            .map_err(|_| CoreError::new(ErrorCode::Storage, "内部状态异常，请重启贯标助手"))?;
        let (out, changed) = p.tracking_changes(f);
        if let Some(listener) = self.on_change.get() {
            match changed {
                Ok(tables) if tables.is_empty() => {}
                Ok(tables) => listener(&ProjectChanged { tables }),
                Err(e) => eprintln!("无法读取变更记录：{}", e.message),
            }
        }
        out
    }

    /// Runs `f` on the open project and the program profile it follows.
    pub fn with_program<T>(
        &self,
        f: impl FnOnce(&mut Project, &ProgramProfile) -> Result<T>,
    ) -> Result<T> {
        let catalog = self.catalog()?;
        self.with(|p| {
            let program = p.program(catalog)?;
            f(p, &program)
        })
    }

    /// Runs `f` on the open project, the standard edition it uses and its program.
    pub fn with_standard<T>(
        &self,
        f: impl FnOnce(&mut Project, &StandardEdition, &ProgramProfile) -> Result<T>,
    ) -> Result<T> {
        let catalog = self.catalog()?;
        self.with(|p| {
            let (program, standard) = p.program_and_standard(catalog)?;
            f(p, &standard, &program)
        })
    }

    /// Where this user's project backups are kept.
    pub fn backups(&self) -> BackupStore {
        BackupStore::new(&self.data_dir)
    }

    /// Opens `path` (with backups) and makes it the open project.
    pub fn open_path(&self, path: &Path) -> Result<guanbiao_core::model::ProjectInfo> {
        self.switch_to(Project::open_with_backups(path, &self.backups())?)
    }

    pub fn attachments(&self) -> AttachmentStore {
        AttachmentStore::new(&self.data_dir)
    }

    pub fn catalog(&self) -> Result<&Catalog> {
        self.mark_answered();
        self.catalog.as_ref().map_err(Clone::clone)
    }

    /// Replaces the open project (the old one is closed) and records it as recent.
    pub fn switch_to(&self, mut project: Project) -> Result<guanbiao_core::model::ProjectInfo> {
        let info = project.info()?;
        {
            let mut settings = self.settings.lock().expect("settings lock");
            if let Err(e) = project.set_operator(&settings.operator) {
                eprintln!("操作人姓名无效：{}", e.message);
            }
            settings.touch(project.path(), &info.enterprise_name);
            settings.save(&self.data_dir)?;
        }
        let old = std::mem::replace(&mut *self.project.lock().expect("project lock"), project);
        let _ = old.close();
        Ok(info)
    }

    pub fn recent(&self) -> Vec<guanbiao_core::settings::RecentFile> {
        let mut s = self.settings.lock().expect("settings lock");
        s.prune();
        s.recent.clone()
    }

    pub fn settings(&self) -> Settings {
        self.settings.lock().expect("settings lock").clone()
    }

    /// Saves the operator name the change history records, and applies it to the open project.
    pub fn set_operator(&self, name: &str) -> Result<Settings> {
        let name = guanbiao_core::store::normalise_operator(name)?;
        self.with(|p| p.set_operator(&name))?;
        let mut settings = self.settings.lock().expect("settings lock");
        settings.operator = name;
        settings.save(&self.data_dir)?;
        Ok(settings.clone())
    }

    /// For the start-up benchmark: says when the first command was answered.
    fn mark_answered(&self) {
        if !self.first_answered.swap(true, Ordering::Relaxed)
            && std::env::var_os("GUANBIAO_STARTUP_PROBE").is_some()
        {
            println!("guanbiao:first-command");
        }
    }
}

/// Opens `path`; while it is held by another instance (typically the one
/// just closed, still writing its last checkpoint) it is tried again for a
/// few seconds before giving up.
fn open_waiting_for_release(path: &Path, data_dir: &Path) -> Result<Project> {
    let backups = BackupStore::new(data_dir);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    loop {
        match Project::open_with_backups(path, &backups) {
            Err(e) if e.code == ErrorCode::AlreadyOpen && std::time::Instant::now() < deadline => {
                std::thread::sleep(std::time::Duration::from_millis(100));
            }
            other => return other,
        }
    }
}

/// On first start, a project on the edition certifiable today.
fn open_last_or_default(
    data_dir: &Path,
    settings: &Settings,
    catalog: Option<&Catalog>,
) -> Result<Project> {
    if let Some(last) = &settings.last_project {
        match open_waiting_for_release(Path::new(last), data_dir) {
            Ok(p) => return Ok(p),
            Err(e) => eprintln!("无法打开上次的项目：{}", e.message),
        }
    }
    let dir = paths::default_projects_dir(data_dir);
    let default = dir.join(format!("贯标项目.{}", paths::PROJECT_EXTENSION));
    if default.exists() {
        if let Ok(p) = open_waiting_for_release(&default, data_dir) {
            return Ok(p);
        }
    }
    let mut n = 1;
    loop {
        let candidate = if n == 1 {
            default.clone()
        } else {
            dir.join(format!("贯标项目-{n}.{}", paths::PROJECT_EXTENSION))
        };
        if !candidate.exists() {
            return match catalog {
                Some(c) => Project::create_on(&candidate, c.default_standard(today())),
                None => Project::create(&candidate),
            };
        }
        n += 1;
    }
}
