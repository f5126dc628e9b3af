//! Where a command's answer goes: the human lines by default, one JSON
//! document with `--json`. Errors go to standard error as
//! `错误（code）：message`.

use guanbiao_core::CoreError;
use serde::Serialize;

/// The output channel of one run.
#[derive(Clone, Copy)]
pub struct Out {
    json: bool,
}

impl Out {
    pub fn new(json: bool) -> Self {
        Out { json }
    }

    /// Prints `value` as pretty JSON with `--json`, else runs `human`, which
    /// prints today's lines.
    pub fn answer<T: Serialize>(&self, value: &T, human: impl FnOnce(&T)) {
        if self.json {
            println!(
                "{}",
                serde_json::to_string_pretty(value).expect("a CLI answer serialises")
            );
        } else {
            human(value);
        }
    }

    /// Reports a failed command on standard error.
    pub fn error(&self, e: &CoreError) {
        eprintln!("错误（{:?}）：{}", e.code, e.message);
    }
}

/// Whole milliseconds since `start`, as the answers report them.
pub fn elapsed_ms(start: std::time::Instant) -> u64 {
    (start.elapsed().as_secs_f64() * 1000.0).round() as u64
}

/// A byte count in KB, as the answers print it (`{:.1} KB`).
pub fn kb(bytes: u64) -> f64 {
    bytes as f64 / 1024.0
}
