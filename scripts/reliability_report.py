#!/usr/bin/env python3
"""Prints the README's reliability table from the figures the tests wrote to
target/reliability/*.json (run `cargo test -p guanbiao-core -p guanbiao-cli`
first; CARGO_TARGET_DIR is honoured)."""

import json
import os
import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
target = pathlib.Path(os.environ.get("CARGO_TARGET_DIR", root / "target"))
d = target / "reliability"
if not d.is_dir():
    sys.exit(f"no figures in {d}: run the tests first")


def load(name):
    p = d / name
    return json.loads(p.read_text()) if p.exists() else None


rows = []
w = load("crash_writes.json")
if w:
    rows.append((
        f"SIGKILL during write transactions of {len(w['tables'])} kinds of record ({', '.join(w['tables'])}), "
        "the writer re-spawned on the same file",
        f"{w['kills']} kills ({w['kills_during_open']} while opening)",
        f"integrity_check ok {w['integrity_checks_ok']}/{w['kills']}; {w['writes_verified_after_each_kill']} "
        f"reported writes all present after their kill, {w['rows_verified_at_end']} rows re-checked at the end; "
        f"failures {w['failures']} ({w['seconds']:.0f} s)",
    ))
m = load("crash_migration.json")
if m:
    rows.append((
        f"SIGKILL during migration v{m['from_version']}→v{m['to_version']} ({m['records']} records, "
        f"{m['uninterrupted_ms']} ms uninterrupted)",
        f"{m['kills']} kills",
        f"old version kept {m['old_version_kept']}, fully migrated {m['fully_migrated']}, never half; "
        f"records all present; backups beside it whole; failures {m['failures']}",
    ))
s = load("crash_save_as.json")
if s:
    rows.append(("SIGKILL during Save as (repeated)", f"{s['kills']} kills",
                 f"original intact {s['original_intact']}/{s['kills']}; copy, when present, whole "
                 f"{s['copy_present_and_whole']}; failures {s['failures']}"))
r = load("crash_restore.json")
if r:
    names = ", ".join(f"{k} {v}" for k, v in sorted(r["names_seen"].items()))
    rows.append(("SIGKILL during backup restore (two backups alternately)", f"{r['kills']} kills",
                 f"project whole {r['project_whole']}/{r['kills']} (content seen: {names}); "
                 f"every kept backup passes integrity_check; {r['backups_kept']} kept; failures {r['failures']}"))
e = load("crash_export.json")
if e:
    rows.append((f"SIGKILL during compilation PDF export ({e['uninterrupted_ms']} ms uninterrupted)",
                 f"{e['kills']} kills", f"previous PDF byte-identical {e['previous_pdf_intact']}/{e['kills']}; "
                 f"project intact; failures {e['failures']}"))
b = load("bad_files.json")
labels = {
    "corrupted_page": "a corrupted page (each page of a project, in turn)",
    "truncated": "truncated file (97 lengths)",
    "not_sqlite": "not SQLite (random bytes, text, empty, PDF)",
    "other_sqlite": "another application's SQLite database",
    "newer_schema": "newer schema version",
    "read_only": "read-only file, file in a read-only folder (refused by design: copy it somewhere writable)",
    "already_open": "file already open (same process; two processes: cli/tests/cli/already_open.rs)",
}
if b:
    for k, label in labels.items():
        t = b.get(k)
        if not t:
            continue
        codes = ", ".join(f"`{c}` {n}" for c, n in sorted(t["codes"].items()))
        rows.append((f"open {label}", f"{t['tried']}",
                     f"refused, bytes unchanged {t['refused_unchanged']}"
                     + (f", opened with integrity ok {t['opened_integrity_ok']}" if t["opened_integrity_ok"] else "")
                     + f"; codes: {codes}; failures {t['failures']}"))
a = load("attachment_names.json")
if a:
    rows.append(("attachment with a hostile name (`..\\`, separators, control characters, reserved, an 84-character name), "
                 "a forged content hash, a name with `/`",
                 f"{a['files_attached']} files, {a['bad_hashes']} hashes, {a['slash_names']} names",
                 f"stored inside the store under its hash, recorded name plain; escaped {a['escaped']}"))
for p in sorted(d.glob("props_*.json")):
    j = json.loads(p.read_text())
    rows.append((f"property: {j['property'].replace('_', ' ')}", f"{j['cases']} random cases",
                 f"failures {j['failures']}"))

print("| fault or bad input | tried | result |")
print("| --- | --- | --- |")
for a, n, res in rows:
    print(f"| {a} | {n} | {res} |")
