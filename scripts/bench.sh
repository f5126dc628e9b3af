#!/usr/bin/env bash
# Prints the app's figures: cold start, memory, demo creation, pages (release builds, Xvfb).
set -euo pipefail
cd "$(dirname "$0")/.."
(cd ui && npm run build >/dev/null)
cargo build --release -p guanbiao -p guanbiao-cli
xvfb-run -a -s "-screen 0 1440x900x24" cargo run --release -q -p guanbiao-e2e --bin bench
# WebKitGTK alone (issue 17): its memory and frame times with a blank page,
# the floor the app's memory figures below stand on.
xvfb-run -a -s "-screen 0 1440x900x24" cargo run --release -q -p guanbiao-e2e --bin webkit_floor
# Pages (issues 12, 17): menu click until the page settled, for every page of
# the demo and of a --scale 10 project, opening a document, an audit and a
# person's history; memory after three rounds.
xvfb-run -a -s "-screen 0 1440x900x24" cargo run --release -q -p guanbiao-e2e --bin bench_pages

# Export (issue 7): the application package at scale 1 and 10, and the same
# text through LibreOffice for comparison (installed if missing).
if ! command -v soffice >/dev/null && ! command -v libreoffice >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y libreoffice-writer-nogui; else sudo apt-get install -y libreoffice-writer-nogui; fi
fi
cargo run --release -q -p guanbiao-e2e --bin bench_export
