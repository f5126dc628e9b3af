import type { CoreError } from "./bindings/CoreError";
import type { ErrorCode } from "./bindings/ErrorCode";

/** Every code the back end sends; a code added to the Rust `ErrorCode` and missing here fails tsc. */
const CODES = {
  invalid_input: true,
  not_found: true,
  conflict: true,
  needs_confirmation: true,
  not_a_project: true,
  foreign_database: true,
  corrupted: true,
  newer_version: true,
  read_only: true,
  already_open: true,
  no_project: true,
  storage: true,
} as const satisfies Record<ErrorCode, true>;

function isErrorCode(v: unknown): v is ErrorCode {
  return typeof v === "string" && Object.prototype.hasOwnProperty.call(CODES, v);
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
