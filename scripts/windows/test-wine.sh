#!/usr/bin/env bash
# The Windows build on Windows semantics, under wine (Debian's wine64 8.0),
# after scripts/windows/build.sh:
#   - the core and CLI test suites, cross-compiled and run under wine
#     (project files, the lock beside them, backups and restore, crash
#     safety with TerminateProcess, attachments, export, Windows file names);
#   - the CLI builds the demo (a path with Chinese characters and spaces)
#     and exports its package;
#   - the app, which has no WebView2 runtime under wine, reports that in
#     a message box and 启动失败.log and exits with code 1 (screenshot
#     target/windows/webview2-missing.png under Xvfb);
#   - the installer installs silently (/S) per user, the installed CLI
#     builds and exports the demo, the uninstaller removes the program and
#     keeps the data.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
OUT=$ROOT/target/windows
WINE=/usr/lib/wine/wine64
export WINEPREFIX=$OUT/wineprefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"
VERSION=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -1)
SETUP="$OUT/贯标助手-$VERSION-x64-setup.exe"

log() { printf '\n== %s\n' "$*"; }
fail() { echo "失败：$*" >&2; exit 1; }

log "wine 前缀（$WINEPREFIX）"
rm -rf "$WINEPREFIX"
"$WINE" wineboot --init >/dev/null 2>&1 || true
/usr/lib/wine/wineserver -w
# Rust's standard library imports ProcessPrng, which wine 8 lacks.
x86_64-w64-mingw32-gcc -shared -O2 -o "$OUT/bcryptprimitives.dll" \
  scripts/windows/bcryptprimitives.c scripts/windows/bcryptprimitives.def -ladvapi32
cp "$OUT/bcryptprimitives.dll" "$WINEPREFIX/drive_c/windows/system32/"
# A Chinese Windows has CJK dialog fonts; wine's defaults do not: its
# message boxes would show boxes for every Chinese character.
for f in "MS Shell Dlg" "MS Shell Dlg 2" "Tahoma" "Microsoft Sans Serif" "Segoe UI" "SimSun" "Microsoft YaHei"; do
  "$WINE" reg add 'HKCU\Software\Wine\Fonts\Replacements' /v "$f" /d "Noto Sans CJK SC" /f >/dev/null 2>&1
done
WIN_USER=$(ls "$WINEPREFIX/drive_c/users" | grep -v -x Public | head -1)
HOME_C="$WINEPREFIX/drive_c/users/$WIN_USER"

log "核心库与命令行测试（x86_64-pc-windows-gnu，在 wine 下运行）"
# Tests that read output with Linux programs (poppler-utils, LibreOffice)
# are marked ignored on Windows and say why; the crash tests kill fewer
# children than on Linux (wine starts a process in ~0.3 s).
CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER="$WINE" GB_CRASH_KILLS=${GB_CRASH_KILLS:-40} \
  cargo test --locked --target x86_64-pc-windows-gnu -p guanbiao-core -p guanbiao-cli

log "命令行（构建的 guanbiao-cli.exe）：示例项目与申报材料包"
WORK="$HOME_C/贯标 测试"
mkdir -p "$WORK"
"$WINE" "$OUT/guanbiao-cli.exe" demo --out 'C:\users\'"$WIN_USER"'\贯标 测试\示例 项目.gbproj' | tr -d '\r'
"$WINE" "$OUT/guanbiao-cli.exe" export 'C:\users\'"$WIN_USER"'\贯标 测试\示例 项目.gbproj' --quiet \
  --out 'C:\users\'"$WIN_USER"'\贯标 测试\申报材料' | tr -d '\r'
ls "$WORK/申报材料/"*.zip >/dev/null || fail "没有生成申报材料包"
# 目录.txt is the one text file at the top (Debian's unzip cannot match
# UTF-8 names in an archive made on Windows, so it is picked by pattern).
unzip -p "$WORK/申报材料/"*.zip '*.txt' -x '*/*' 2>/dev/null | head -c 3 | od -An -tx1 | grep -q "ef bb bf" \
  || fail "目录.txt 没有 BOM"

log "应用：缺少 WebView2 运行时时的提示"
APPDATA_DIR="$HOME_C/AppData/Roaming/Guanbiao/Guanbiao/data"
rm -f "$APPDATA_DIR/启动失败.log"
set +e
if [ -n "${DISPLAY:-}" ] && command -v import >/dev/null; then
  "$WINE" "$OUT/guanbiao.exe" &
  APP=$!
  sleep 10
  import -window root "$OUT/webview2-missing.png"
  # The message box's OK: Enter.
  xdotool key Return 2>/dev/null || kill "$APP"
  wait "$APP"; CODE=$?
else
  GUANBIAO_NO_STARTUP_DIALOG=1 "$WINE" "$OUT/guanbiao.exe"; CODE=$?
fi
set -e
[ "$CODE" = 1 ] || fail "应用退出码为 $CODE，应为 1"
LOGFILE="$APPDATA_DIR/启动失败.log"
[ -f "$LOGFILE" ] || fail "没有写入 $LOGFILE"
grep -q "WebView2 运行时" "$LOGFILE" || fail "启动失败.log 没有说明缺少 WebView2 运行时"
echo "退出码 1，启动失败.log：$(head -c 200 "$LOGFILE" | tr -d '\r' | sed -n 2p)"

log "安装程序：静默安装（/S）、安装后的命令行、卸载保留数据"
"$WINE" "$SETUP" /S
INSTALLED="$HOME_C/AppData/Local/Programs/贯标助手"
for f in guanbiao.exe guanbiao-cli.exe WebView2Loader.dll uninstall.exe; do
  [ -f "$INSTALLED/$f" ] || fail "安装后缺少 $f"
done
"$WINE" "$INSTALLED/guanbiao-cli.exe" demo --out 'C:\users\'"$WIN_USER"'\贯标 测试\安装后.gbproj' | tr -d '\r'
"$WINE" "$INSTALLED/guanbiao-cli.exe" export-document 'C:\users\'"$WIN_USER"'\贯标 测试\安装后.gbproj' \
  --code IP-CX-01 --out 'C:\users\'"$WIN_USER"'\贯标 测试\文件控制程序.pdf' | tr -d '\r'
[ -s "$WORK/文件控制程序.pdf" ] || fail "安装后的命令行没有导出 PDF"
"$WINE" reg query 'HKCU\Software\Classes\.gbproj' | tr -d '\r' | grep -q Guanbiao.Project \
  || fail ".gbproj 文件类型没有注册"
"$WINE" reg query 'HKCU\Software\Classes\.gbaudit' | tr -d '\r' | grep -q Guanbiao.AuditPackage \
  || fail ".gbaudit 文件类型没有注册"
"$WINE" "$INSTALLED/uninstall.exe" /S
/usr/lib/wine/wineserver -w
sleep 2
[ ! -f "$INSTALLED/guanbiao.exe" ] || fail "卸载后程序仍在"
if "$WINE" reg query 'HKCU\Software\Classes\Guanbiao.AuditPackage' >/dev/null 2>&1; then
  fail "卸载后 .gbaudit 文件类型仍在"
fi
[ -f "$LOGFILE" ] || fail "卸载删除了数据目录"
[ -f "$WORK/安装后.gbproj" ] || fail "卸载删除了用户的项目文件"
echo "Windows（wine）：全部检查通过"
