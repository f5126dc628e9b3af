// The one door to the Tauri commands: the API modules call `invoke` from
// here, which notes the command names a view's load calls (`collectCommands`)
// so the view knows which tables it shows (bindings/reads.ts).
import { invoke as tauriInvoke, type InvokeArgs } from "@tauri-apps/api/core";

let collecting: string[] | null = null;

export function invoke<T>(command: string, args?: InvokeArgs): Promise<T> {
  collecting?.push(command);
  return tauriInvoke<T>(command, args);
}

/** Runs `load` and returns its result with the commands it called synchronously. */
export function collectCommands<T>(load: () => T): { result: T; commands: string[] } {
  const outer = collecting;
  const commands: string[] = [];
  collecting = commands;
  try {
    return { result: load(), commands };
  } finally {
    collecting = outer;
  }
}
