//! Where a command's answer goes: the human lines by default, one JSON
//! document with `--json`. Errors alike: `错误（code）：message`, or
//! `{"code", "message"}`, on standard error, with the wire code
//! (`invalid_input`) the app's window also receives.

use guanbiao_core::{CoreError, ErrorCode};
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

    /// Whether answers go out as JSON.
    pub fn is_json(&self) -> bool {
        self.json
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
        if self.json {
            eprintln!("{}", serde_json::to_string(e).expect("an error serialises"));
        } else {
            eprintln!("错误（{}）：{}", wire_code(e.code), e.message);
        }
    }
}

/// The code as it crosses the wire (`invalid_input`), not the Rust variant
/// name (`InvalidInput`).
fn wire_code(code: ErrorCode) -> String {
    match serde_json::to_value(code) {
        Ok(serde_json::Value::String(s)) => s,
        other => unreachable!("ErrorCode serialises as a string, not {other:?}"),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_codes_are_snake_case() {
        assert_eq!(wire_code(ErrorCode::InvalidInput), "invalid_input");
        assert_eq!(wire_code(ErrorCode::NotAProject), "not_a_project");
        assert_eq!(wire_code(ErrorCode::AlreadyOpen), "already_open");
    }
}
