//! The desktop shell: a thin layer of Tauri commands over `guanbiao-core`.

mod commands;
mod state;

use state::AppState;

/// Starts the app. The data directory is `--data-dir DIR`, else `$GUANBIAO_DATA_DIR`,
/// else the platform's user data directory.
pub fn run() {
    let data_dir = state::data_dir_from_args();
    let app_state = match AppState::start(data_dir) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("贯标助手无法启动：{}", e.message);
            std::process::exit(1);
        }
    };
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        // Export: shows the produced package in the file manager.
        .plugin(tauri_plugin_opener::init())
        .manage(app_state)
        .invoke_handler(commands::handler())
        .run(tauri::generate_context!())
        .expect("贯标助手运行失败");
}
