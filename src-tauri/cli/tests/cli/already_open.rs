//! A project open in one process is refused by another (`already_open`,
//! file unchanged), and the lock dies with the process: after a SIGKILL
//! (TerminateProcess on Windows) the file opens at once, with no stale lock
//! to clear.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use guanbiao_core::{ErrorCode, Project};

#[test]
fn second_process_is_refused_and_a_killed_holder_leaves_no_lock() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("共用.gbproj");
    Project::create(&file).unwrap().close().unwrap();
    for round in 0..3 {
        let mut holder = Command::new(env!("CARGO_BIN_EXE_gb-crash-writer"))
            .arg("hold")
            .arg(&file)
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut line = String::new();
        BufReader::new(holder.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        assert_eq!(line.trim(), "opened");
        let before = std::fs::read(&file).unwrap();
        let e = Project::open(&file).unwrap_err();
        assert_eq!(
            e.code,
            ErrorCode::AlreadyOpen,
            "round {round}: {}",
            e.message
        );
        assert!(
            e.message.contains("已在另一个贯标助手窗口中打开"),
            "{}",
            e.message
        );
        assert_eq!(std::fs::read(&file).unwrap(), before);
        holder.kill().unwrap();
        holder.wait().unwrap();
        Project::open(&file).unwrap().close().unwrap();
    }
}
