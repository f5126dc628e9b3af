//! Drives the real app window: tauri-driver (WebDriver) in front of
//! WebKitWebDriver, under the X display the test command provides (Xvfb).

pub mod app;
pub mod demo;
pub mod measure;
pub mod records;
pub mod webdriver;

pub use app::App;
pub use demo::{ok, open_demo};
pub use webdriver::{Element, Session};
