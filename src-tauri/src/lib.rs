//! The desktop shell: a thin layer of Tauri commands over `guanbiao-core`.

mod commands;
mod single_instance;
mod state;

use state::AppState;

/// Starts the app. The data directory is `--data-dir DIR`, else `$GUANBIAO_DATA_DIR`,
/// else the platform's user data directory.
pub fn run() {
    let data_dir = state::data_dir_from_args();
    let mut builder = tauri::Builder::default();
    // First, so a second launch hands over before it opens any project.
    if let Some(p) = single_instance::plugin(data_dir.is_some()) {
        builder = builder.plugin(p);
    }
    builder
        .plugin(tauri_plugin_dialog::init())
        // Export: shows the produced package in the file manager.
        .plugin(tauri_plugin_opener::init())
        .setup(move |app| {
            use tauri::Manager;
            match AppState::start(data_dir) {
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
                Err(e) => {
                    eprintln!("贯标助手无法启动：{}", e.message);
                    std::process::exit(1);
                }
            }
        })
        .invoke_handler(commands::handler())
        .run(tauri::generate_context!())
        .expect("贯标助手运行失败");
}
