export type PageKey =
  | "overview"
  | "profile"
  | "departments"
  | "people"
  | "training"
  | "organisation"
  | "plan"
  | "diagnosis"
  | "documents"
  | "operation"
  | "audits"
  | "reviews"
  | "application"
  | "export"
  | "backups";

export const PAGE_KEYS: readonly PageKey[] = [
  "overview",
  "profile",
  "departments",
  "people",
  "training",
  "organisation",
  "plan",
  "diagnosis",
  "documents",
  "operation",
  "audits",
  "reviews",
  "application",
  "export",
  "backups",
];

const STORAGE_KEY = "guanbiao.page";

function isPageKey(v: unknown): v is PageKey {
  return typeof v === "string" && (PAGE_KEYS as readonly string[]).includes(v);
}

export function loadPage(): PageKey {
  try {
    const v = window.localStorage.getItem(STORAGE_KEY);
    return isPageKey(v) ? v : "overview";
  } catch {
    return "overview";
  }
}

export function savePage(page: PageKey): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, page);
  } catch {
    // Storage may be unavailable; remembering the page is only a convenience.
  }
}

export function asPageKey(v: string): PageKey | null {
  return isPageKey(v) ? v : null;
}
