//! guanbiao-cli.exe carries the product's version resource, read back with
//! Windows' own API (GetFileVersionInfoW / VerQueryValueW), as Explorer's
//! 属性 → 详细信息 shows it.

use std::os::windows::ffi::OsStrExt;
use std::path::Path;

use windows_sys::Win32::Storage::FileSystem::{
    GetFileVersionInfoSizeW, GetFileVersionInfoW, VerQueryValueW,
};

fn wide(s: impl AsRef<std::ffi::OsStr>) -> Vec<u16> {
    s.as_ref().encode_wide().chain([0]).collect()
}

/// The string `key` of the 中文(简体) Unicode block, if any.
fn version_string(exe: &Path, key: &str) -> Option<String> {
    let path = wide(exe);
    let mut handle = 0;
    let size = unsafe { GetFileVersionInfoSizeW(path.as_ptr(), &mut handle) };
    if size == 0 {
        return None;
    }
    let mut data = vec![0u8; size as usize];
    let ok = unsafe { GetFileVersionInfoW(path.as_ptr(), 0, size, data.as_mut_ptr().cast()) };
    assert_ne!(ok, 0, "GetFileVersionInfoW");
    let query = wide(format!("\\StringFileInfo\\080404b0\\{key}"));
    let mut value: *mut core::ffi::c_void = std::ptr::null_mut();
    let mut len = 0u32;
    let found =
        unsafe { VerQueryValueW(data.as_ptr().cast(), query.as_ptr(), &mut value, &mut len) };
    if found == 0 || len == 0 {
        return None;
    }
    let units = unsafe { std::slice::from_raw_parts(value as *const u16, len as usize) };
    Some(
        String::from_utf16_lossy(units)
            .trim_end_matches('\0')
            .to_string(),
    )
}

#[test]
fn the_cli_exe_names_the_product_its_version_and_publisher() {
    let exe = Path::new(env!("CARGO_BIN_EXE_guanbiao-cli"));
    let get = |k: &str| version_string(exe, k).unwrap_or_else(|| panic!("{k} missing"));
    assert_eq!(get("ProductName"), "贯标助手");
    assert_eq!(get("FileDescription"), "贯标助手命令行工具");
    assert_eq!(get("FileVersion"), env!("CARGO_PKG_VERSION"));
    assert_eq!(get("ProductVersion"), env!("CARGO_PKG_VERSION"));
    assert_eq!(get("CompanyName"), "贯标助手");
    assert_eq!(get("OriginalFilename"), "guanbiao-cli.exe");
}
