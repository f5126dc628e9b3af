// What the back end changed: after every command that wrote to the open
// project the shell sends `project-changed` with the tables written
// (src-tauri/src/state.rs). Views subscribe here and reload themselves when
// a table they read was written, instead of each action guessing what to reload.
import { listen } from "@tauri-apps/api/event";
import type { ProjectChanged } from "../bindings/ProjectChanged";
import { ALL_TABLES, READS, type ReadCommand } from "../bindings/reads";
import type { Table } from "../bindings/Table";

/** The event's name, as the shell emits it. */
export const PROJECT_CHANGED = "project-changed";

type Listener = (changed: ReadonlySet<Table>) => void;
const listeners = new Set<Listener>();
let listening = false;
/** Open holds, and what changed while one was open. */
let holds = 0;
let held = new Set<Table>();

/** Tells the listeners, unless a hold keeps the changes for its release. */
export function announceChanged(changed: ReadonlySet<Table>) {
  if (holds > 0) {
    for (const t of changed) held.add(t);
    return;
  }
  for (const l of [...listeners]) l(changed);
}

function listenOnce() {
  if (listening) return;
  listening = true;
  void listen<ProjectChanged>(PROJECT_CHANGED, (event) => announceChanged(new Set(event.payload.tables)));
}

/**
 * Keeps the changes of a run of commands (a batch sent in chunks) until the returned release,
 * then tells them once: the views reload once, not after every chunk.
 */
export function holdChanges(): () => void {
  holds += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holds -= 1;
    if (holds === 0 && held.size > 0) {
      const changed = held;
      held = new Set();
      announceChanged(changed);
    }
  };
}

/** Calls `listener` with the tables each writing command changed; returns the unsubscribe. */
export function onProjectChanged(listener: Listener): () => void {
  listenOnce();
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

function isReadCommand(command: string): command is ReadCommand {
  return Object.hasOwn(READS, command);
}

/** The tables the given commands read; a command not measured counts as reading every table. */
export function tablesRead(commands: readonly string[]): ReadonlySet<Table> {
  const tables = new Set<Table>();
  for (const c of commands) {
    for (const t of isReadCommand(c) ? READS[c] : ALL_TABLES) tables.add(t);
  }
  return tables;
}

/** Whether a view reading `reads` shows something of `changed`. */
export function isStale(reads: ReadonlySet<Table>, changed: ReadonlySet<Table>): boolean {
  for (const t of changed) if (reads.has(t)) return true;
  return false;
}
