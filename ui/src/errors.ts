import type { CoreError } from "./bindings/CoreError";
import type { ErrorCode } from "./bindings/ErrorCode";

const CODES: readonly ErrorCode[] = [
  "invalid_input",
  "not_found",
  "conflict",
  "needs_confirmation",
  "not_a_project",
  "foreign_database",
  "corrupted",
  "newer_version",
  "read_only",
  "already_open",
  "no_project",
  "storage",
];

function isErrorCode(v: unknown): v is ErrorCode {
  return typeof v === "string" && (CODES as readonly string[]).includes(v);
}

/**
 * Turns whatever a rejected `invoke` (or anything else) gave into a `CoreError`.
 * The back end sends `{code, message}`; plugins and the IPC layer may send a plain string.
 */
export function asCoreError(e: unknown): CoreError {
  if (typeof e === "string") {
    return { code: "storage", message: e || "操作失败" };
  }
  if (e && typeof e === "object") {
    const o = e as { code?: unknown; message?: unknown };
    const message = typeof o.message === "string" && o.message ? o.message : null;
    if (isErrorCode(o.code)) {
      return { code: o.code, message: message ?? "操作失败" };
    }
    if (message) {
      return { code: "storage", message };
    }
  }
  return { code: "storage", message: `操作失败：${String(e)}` };
}

export function isCoreError(e: unknown, code: ErrorCode): boolean {
  return asCoreError(e).code === code;
}
