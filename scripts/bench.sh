#!/usr/bin/env bash
# Prints the app's figures: cold start, memory, demo creation (release builds, Xvfb).
set -euo pipefail
cd "$(dirname "$0")/.."
(cd ui && npm run build >/dev/null)
cargo build --release -p guanbiao -p guanbiao-cli
xvfb-run -a -s "-screen 0 1440x900x24" cargo run --release -q -p guanbiao-e2e --bin bench
