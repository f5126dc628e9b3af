import type { Screen } from "../bindings/Screen";
import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  CalendarOutlined,
  ClusterOutlined,
  DashboardOutlined,
  ExportOutlined,
  FileProtectOutlined,
  FileSearchOutlined,
  HistoryOutlined,
  ProjectOutlined,
  ReadOutlined,
  SafetyOutlined,
  ScheduleOutlined,
  SolutionOutlined,
  TeamOutlined,
} from "@ant-design/icons";

/** The app's pages, in menu order: the one list the menu, `PageKey` and the
 *  layout's page components (`layout/pageViews.tsx`) derive from. The components
 *  live apart because pages import this module; this module imports no page. */
export const PAGES = [
  { key: "overview", label: "概览", icon: DashboardOutlined },
  { key: "profile", label: "企业信息", icon: BankOutlined },
  { key: "program", label: "贯标计划", icon: CalendarOutlined },
  { key: "departments", label: "部门", icon: ApartmentOutlined },
  { key: "people", label: "人员", icon: TeamOutlined },
  { key: "training", label: "培训", icon: ReadOutlined },
  { key: "organisation", label: "领导小组", icon: ClusterOutlined },
  { key: "plan", label: "实施计划", icon: ProjectOutlined },
  { key: "diagnosis", label: "诊断分析", icon: AuditOutlined },
  { key: "documents", label: "体系文件", icon: FileProtectOutlined },
  { key: "operation", label: "体系运行", icon: ScheduleOutlined },
  { key: "audits", label: "内部审核", icon: FileSearchOutlined },
  { key: "reviews", label: "管理评审", icon: SolutionOutlined },
  { key: "application", label: "验收申请", icon: SafetyOutlined },
  { key: "export", label: "导出材料", icon: ExportOutlined },
  { key: "backups", label: "备份与恢复", icon: HistoryOutlined },
] as const;

export type PageKey = (typeof PAGES)[number]["key"];

/** Every screen a readiness rule links to (Rust's `Screen`) is a page here:
 *  a new screen in Rust fails this line until the page exists. */
const screensArePages: Screen extends PageKey ? true : never = true;
void screensArePages;

const PAGE_KEYS: readonly string[] = PAGES.map((p) => p.key);

const STORAGE_KEY = "guanbiao.page";

function isPageKey(v: unknown): v is PageKey {
  return typeof v === "string" && PAGE_KEYS.includes(v);
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
