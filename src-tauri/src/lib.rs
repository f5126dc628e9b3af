//! The desktop shell: a thin layer of Tauri commands over `guanbiao-core`.

mod commands;
mod single_instance;
mod startup;
mod state;

use guanbiao_core::startup::StartupFailure;

use state::AppState;

/// Starts the app. The data directory is `--data-dir DIR`, else `$GUANBIAO_DATA_DIR`,
/// else the platform's user data directory. What stops it from starting is
/// told in a message box and `启动失败.log`, with exit code 1.
pub fn run() {
    let data_dir = state::data_dir_from_args();
    let asked_dir = data_dir.clone();
    if let Err(failure) = startup::check_webview() {
        startup::fail(&failure, asked_dir.as_deref());
    }
    let mut builder = tauri::Builder::default();
    // First, so a second launch hands over before it opens any project.
    if let Some(p) = single_instance::plugin(data_dir.is_some()) {
        builder = builder.plugin(p);
    }
    let app = builder
        .plugin(tauri_plugin_dialog::init())
        // Export: shows the produced package in the file manager.
        .plugin(tauri_plugin_opener::init())
        .setup(move |app| {
            use tauri::Manager;
            match AppState::start(data_dir.clone()) {
                Ok(s) => {
                    // Launched with a project file (e.g. a double-click): open it.
                    let argv: Vec<String> = std::env::args().collect();
                    let cwd = std::env::current_dir().unwrap_or_default();
                    if let Some(file) = single_instance::project_arg(&argv, &cwd) {
                        if let Err(e) = s.open_path(&file) {
                            eprintln!("无法打开 {}：{}", file.display(), e.message);
                        }
                    }
                    // Views reload themselves from what a command changed.
                    let window = app.handle().clone();
                    s.on_change(move |changed| {
                        use tauri::Emitter;
                        if let Err(e) = window.emit("project-changed", changed) {
                            eprintln!("无法通知窗口数据已变更：{e}");
                        }
                    });
                    app.manage(s);
                    Ok(())
                }
                Err(failure) => startup::fail(&failure, data_dir.as_deref()),
            }
        })
        .invoke_handler(commands::handler())
        .build(tauri::generate_context!());
    match app {
        Ok(app) => app.run(|_, _| {}),
        Err(e) => startup::fail(
            &StartupFailure::from_window_error(e.to_string()),
            asked_dir.as_deref(),
        ),
    }
}
