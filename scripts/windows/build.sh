#!/usr/bin/env bash
# The Windows build, made on Debian (scripts/setup.sh windows calls it after
# installing the Rust target, mingw-w64, NSIS and wine):
#   target/windows/guanbiao.exe, guanbiao-cli.exe (release, x86_64-pc-windows-gnu)
#   target/windows/贯标助手-<version>-x64-setup.exe   (NSIS, scripts/windows/installer.nsi)
#   target/windows/贯标助手-<version>-x64-portable.zip
# The UI (ui/dist) must be built first.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
TARGET=x86_64-pc-windows-gnu
BUILD_DIR=${CARGO_TARGET_DIR:-$ROOT/target}
OUT=$ROOT/target/windows
VERSION=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -1)

log() { printf '\n== %s\n' "$*"; }

log "交叉编译 Windows 版（release，$TARGET）"
cargo build --release --locked --target "$TARGET" -p guanbiao -p guanbiao-cli
REL=$BUILD_DIR/$TARGET/release

log "整理文件（$OUT）"
rm -rf "$OUT"
STAGE=$OUT/stage
mkdir -p "$STAGE"
cp "$REL/guanbiao.exe" "$REL/guanbiao-cli.exe" "$STAGE/"
# webview2-com-sys puts the loader beside the build's output.
LOADER=$REL/WebView2Loader.dll
[ -f "$LOADER" ] || LOADER=$(find "$REL/build" -name WebView2Loader.dll -path '*/x64/*' | head -1)
[ -n "$LOADER" ] || { echo "WebView2Loader.dll 未找到" >&2; exit 1; }
cp "$LOADER" "$STAGE/"
cp src-tauri/icons/icon.ico "$STAGE/"
# Notepad on a Chinese Windows: UTF-8 with a BOM, CRLF line endings.
printf '\xef\xbb\xbf' > "$STAGE/使用说明.txt"
sed 's/$/\r/' scripts/windows/使用说明.txt >> "$STAGE/使用说明.txt"
# Runnable where they lie: the app loads WebView2Loader.dll from its folder.
cp "$STAGE/guanbiao.exe" "$STAGE/guanbiao-cli.exe" "$STAGE/WebView2Loader.dll" "$OUT/"

log "安装程序（makensis）"
SETUP="$OUT/贯标助手-$VERSION-x64-setup.exe"
makensis -V2 -INPUTCHARSET UTF8 -DVERSION="$VERSION" -DSTAGE="$STAGE" -DOUT="$SETUP" \
  scripts/windows/installer.nsi

log "便携版（ZIP）"
PORTABLE="$OUT/贯标助手-$VERSION-x64-portable.zip"
(cd "$STAGE" && zip -q -X "$PORTABLE" guanbiao.exe guanbiao-cli.exe WebView2Loader.dll 使用说明.txt)

ls -l "$OUT"
# The size target (issue #16): the installer under 15 MB.
mb() { awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.1f MB", b / 1048576 }'; }
echo "基准：安装程序 $(basename "$SETUP") $(mb "$SETUP")（目标 15 MB 以内）；便携版 ZIP $(mb "$PORTABLE")"
