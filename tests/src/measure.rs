//! What the benches measure with (Linux, read from `/proc`): the resident
//! memory of a process and of the processes it started, and the median.

/// Resident set size in KiB of one process (0 once it has gone).
pub fn rss_kib(pid: u32) -> u64 {
    status_kib(pid, "VmRSS:")
}

/// The resident set of one process split as the kernel counts it, in KiB:
/// anonymous (heaps), file-backed (mapped libraries and fonts) and shared
/// memory (buffers shared with another process, such as frames).
pub fn rss_split_kib(pid: u32) -> [u64; 3] {
    ["RssAnon:", "RssFile:", "RssShmem:"].map(|k| status_kib(pid, k))
}

fn status_kib(pid: u32, key: &str) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(key))
                .and_then(|l| l.split_whitespace().nth(1).and_then(|v| v.parse().ok()))
        })
        .unwrap_or(0)
}

/// Direct and indirect children of `pid`, with their command names (the
/// app's are WebKit's web and network processes).
pub fn descendants(pid: u32) -> Vec<(u32, String)> {
    let mut all = Vec::new();
    for e in std::fs::read_dir("/proc").unwrap().flatten() {
        let Ok(p) = e.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(format!("/proc/{p}/stat")) else {
            continue;
        };
        let Some(close) = stat.rfind(')') else {
            continue;
        };
        let name = stat[stat.find('(').unwrap_or(0) + 1..close].to_string();
        let ppid: u32 = stat[close + 2..]
            .split_whitespace()
            .nth(1)
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        all.push((p, ppid, name));
    }
    let mut out = Vec::new();
    let mut frontier = vec![pid];
    while let Some(parent) = frontier.pop() {
        for (p, pp, name) in &all {
            if *pp == parent {
                out.push((*p, name.clone()));
                frontier.push(*p);
            }
        }
    }
    out
}

/// The median of `v` (the upper one of an even count); NaN when empty.
pub fn median(v: &[f64]) -> f64 {
    let mut v = v.to_vec();
    v.sort_by(|a, b| a.total_cmp(b));
    v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
}

/// The largest of `v`; NaN when empty.
pub fn worst(v: &[f64]) -> f64 {
    v.iter().copied().reduce(f64::max).unwrap_or(f64::NAN)
}

pub fn mib(kib: u64) -> f64 {
    kib as f64 / 1024.0
}
