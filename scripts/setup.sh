#!/usr/bin/env bash
# 贯标助手 — one script for a fresh Debian/Ubuntu machine (root or sudo).
#   scripts/setup.sh run    install what is needed, build and start the app
#   scripts/setup.sh test   install what is needed and run every test
#   scripts/setup.sh deps   install only
#   scripts/setup.sh windows  also the Windows build (installer, portable ZIP in
#                             target/windows/) and its checks under wine
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

APT_PACKAGES=(
  build-essential pkg-config curl file
  libwebkit2gtk-4.1-dev libssl-dev libxdo-dev librsvg2-dev libayatana-appindicator3-dev
  nodejs npm
  xvfb xauth webkit2gtk-driver fonts-noto-cjk
  poppler-utils qpdf imagemagick
  libreoffice-writer-nogui
  libclang-dev
)
TAURI_DRIVER_VERSION=2.1.0
# The Windows build made here: the linker, NSIS, wine to run it, zip for the portable copy.
WINDOWS_APT_PACKAGES=(gcc-mingw-w64-x86-64 nsis wine wine64 zip unzip xdotool)
WINDOWS_TARGET=x86_64-pc-windows-gnu

log() { printf '\n== %s\n' "$*"; }

install_deps() {
  local missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  # The machine's own Node.js (e.g. from NodeSource) counts; Debian's is only a fallback.
  if command -v node >/dev/null && command -v npm >/dev/null; then
    missing=("${missing[@]/nodejs}"); missing=("${missing[@]/npm}")
  fi
  local want=()
  for p in "${missing[@]}"; do [ -n "$p" ] && want+=("$p"); done
  if [ ${#want[@]} -gt 0 ]; then
    log "安装系统软件包：${want[*]}"
    $SUDO apt-get update
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${want[@]}"
  fi
  if ! command -v cargo >/dev/null; then
    log "安装 Rust 工具链（rustup）"
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends rustup
    rustup default stable
  fi
  export PATH="$HOME/.cargo/bin:$PATH"
  rustup component add rustfmt clippy >/dev/null 2>&1 || true
  if ! tauri-driver --help >/dev/null 2>&1; then
    log "安装 tauri-driver $TAURI_DRIVER_VERSION"
    cargo install --locked --version "$TAURI_DRIVER_VERSION" tauri-driver
  fi
  log "安装前端依赖（npm ci）"
  (cd ui && npm ci --no-audit --no-fund)
}

# Free disk space where the build goes, and the build folder's size. A fresh test
# run fills target/ with ~11 GB (December 2026: Linux debug builds and tests
# ~6 GB, the Windows release and its tests under wine ~5 GB); a CI run that
# ran out of disk in the Windows link is told apart from a failing test by it.
disk_report() {
  local free_gb
  free_gb=$(df -P -BG "$ROOT" | awk 'NR == 2 { sub("G", "", $4); print $4 }')
  echo "磁盘：$ROOT 所在分区剩余 ${free_gb} GB；target/ $(if [ -d "$ROOT/target" ]; then du -sh "$ROOT/target" | cut -f1; else echo 0; fi)"
  if [ "${free_gb:-0}" -lt "$1" ]; then
    echo "警告：剩余空间不足 $1 GB，后面的构建可能因磁盘已满而失败" >&2
  fi
}

build_ui() {
  log "构建界面（ui/dist）"
  (cd ui && npm run build)
}

run_app() {
  install_deps
  build_ui
  log "启动贯标助手"
  cargo run --release -p guanbiao
}

run_tests() {
  install_deps
  export PATH="$HOME/.cargo/bin:$PATH"
  disk_report 15
  log "界面：类型检查、代码检查、单元测试"
  (cd ui && npm run typecheck && npm run lint && npm test)
  build_ui

  log "格式与静态检查（cargo fmt、clippy -D warnings）"
  cargo fmt --all -- --check
  cargo clippy --workspace --all-targets -- -D warnings

  log "核心库不依赖 Tauri"
  if cargo tree -p guanbiao-core -e normal,build --prefix none --format '{p}' | awk '{print $1}' | grep -E '^tauri(-|$)'; then
    echo "guanbiao-core 依赖了 tauri：核心库必须保持无界面依赖" >&2
    exit 1
  fi
  echo "guanbiao-core: no tauri in its dependency tree"
  # Release builds have no developer tools: tauri's "devtools" feature stays off.
  if cargo tree -p guanbiao -e features -i tauri | grep 'tauri feature "devtools"' >/dev/null; then
    echo "tauri 的 devtools 特性被打开了：发布版不得带开发者工具" >&2
    exit 1
  fi
  echo "guanbiao: tauri built without the devtools feature"

  log "核心库与命令行测试（真实 SQLite 文件）"
  cargo test -p guanbiao-core -p guanbiao-cli

  log "构建桌面应用与其单元测试"
  cargo build -p guanbiao
  cargo test -p guanbiao --lib

  log "端到端测试（tauri-driver + WebKitWebDriver，Xvfb 下的真实窗口）"
  rm -rf target/e2e-screenshots
  xvfb-run -a -s "-screen 0 1440x900x24" \
    cargo test -p guanbiao-e2e -- --test-threads=1
  echo "截图：$ROOT/target/e2e-screenshots/"

  log "Windows 版：交叉编译、安装程序，wine 下的测试"
  disk_report 6
  install_windows_deps
  bash scripts/windows/build.sh
  xvfb-run -a -s "-screen 0 1280x800x24" bash scripts/windows/test-wine.sh
}

install_windows_deps() {
  local want=()
  for p in "${WINDOWS_APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || want+=("$p")
  done
  if [ ${#want[@]} -gt 0 ]; then
    log "安装 Windows 构建所需的软件包：${want[*]}"
    $SUDO apt-get update
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${want[@]}"
  fi
  rustup target add "$WINDOWS_TARGET"
}

build_windows() {
  install_deps
  install_windows_deps
  build_ui
  bash scripts/windows/build.sh
  log "Windows 版在 wine 下的检查"
  xvfb-run -a -s "-screen 0 1280x800x24" bash scripts/windows/test-wine.sh
}

case "${1:-}" in
  run) run_app ;;
  test) run_tests ;;
  deps) install_deps ;;
  windows) build_windows ;;
  *) echo "用法：scripts/setup.sh run|test|deps|windows" >&2; exit 2 ;;
esac
