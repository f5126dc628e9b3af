//! On Windows, gives guanbiao-cli.exe the app's icon and a version resource
//! (Explorer's 属性 → 详细信息), with the product name, publisher and
//! copyright of `tauri.conf.json`, the file the app's own resource is made
//! from, and the workspace's version.
use std::path::Path;

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let shell = Path::new(&manifest).join("..");
    let conf_path = shell.join("tauri.conf.json");
    let icon = shell.join("icons").join("icon.ico");
    println!("cargo:rerun-if-changed={}", conf_path.display());
    println!("cargo:rerun-if-changed={}", icon.display());
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let conf: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&conf_path).expect("tauri.conf.json"))
            .expect("tauri.conf.json is JSON");
    let text = |pointer: &str| conf.pointer(pointer).and_then(|v| v.as_str()).unwrap_or("");
    let version = std::env::var("CARGO_PKG_VERSION").unwrap();
    let mut numbers: Vec<u16> = version
        .split(['.', '-', '+'])
        .take(3)
        .map(|n| n.parse().unwrap_or(0))
        .collect();
    numbers.resize(4, 0);
    let numeric = numbers
        .iter()
        .map(u16::to_string)
        .collect::<Vec<_>>()
        .join(",");
    let quoted = |s: &str| s.replace('"', "\"\"");
    let rc = format!(
        r#"#pragma code_page(65001)
1 ICON "{icon}"
1 VERSIONINFO
FILEVERSION {numeric}
PRODUCTVERSION {numeric}
FILEOS 0x40004
FILETYPE 0x1
BEGIN
  BLOCK "StringFileInfo"
  BEGIN
    BLOCK "080404b0"
    BEGIN
      VALUE "CompanyName", "{company}"
      VALUE "FileDescription", "{product}命令行工具"
      VALUE "FileVersion", "{version}"
      VALUE "InternalName", "guanbiao-cli"
      VALUE "LegalCopyright", "{copyright}"
      VALUE "OriginalFilename", "guanbiao-cli.exe"
      VALUE "ProductName", "{product}"
      VALUE "ProductVersion", "{version}"
    END
  END
  BLOCK "VarFileInfo"
  BEGIN
    VALUE "Translation", 0x804, 1200
  END
END
"#,
        icon = icon.display().to_string().replace('\\', "/"),
        company = quoted(text("/bundle/publisher")),
        product = quoted(text("/productName")),
        copyright = quoted(text("/bundle/copyright")),
    );
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("guanbiao-cli.rc");
    std::fs::write(&out, rc).unwrap();
    embed_resource::compile(&out, embed_resource::NONE)
        .manifest_optional()
        .expect("the version resource compiles (windres)");
}
