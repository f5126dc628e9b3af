import type { ProjectInfo } from "../bindings/ProjectInfo";

export const PROJECT_EXTENSION = "gbproj";
export const PROJECT_FILTER = { name: "贯标项目文件", extensions: [PROJECT_EXTENSION] };

/** What the header shows: the enterprise name, else the file name without extension. */
export function projectDisplayName(info: ProjectInfo): string {
  const name = info.enterprise_name.trim();
  if (name) return name;
  return info.file_name.replace(/\.gbproj$/i, "") || "未命名项目";
}

/** The folder of a path, keeping its separator style (Windows or POSIX). */
export function dirOf(path: string): string {
  const i = Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\"));
  return i >= 0 ? path.slice(0, i + 1) : "";
}

/** Adds `.gbproj` when the user typed a name without it. */
export function withExtension(path: string): string {
  return path.toLowerCase().endsWith(`.${PROJECT_EXTENSION}`) ? path : `${path}.${PROJECT_EXTENSION}`;
}

/** Characters Windows does not allow in file names. */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|]/g, "_").trim();
}

/** A path short enough for the header: its root, `…`, and the last folders that
 *  fit within `max` characters beside the file name (which is always whole).
 *  `C:\Users\张三\Documents\贯标\2026\示例.gbproj` → `C:\…\贯标\2026\示例.gbproj`. */
export function shortPath(path: string, max = 48): string {
  if (path.length <= max) return path;
  const sep = path.includes("\\") && !path.startsWith("/") ? "\\" : "/";
  const parts = path.split(/[\\/]/);
  const file = parts.pop() ?? "";
  const root = parts.shift() ?? "";
  let tail = file;
  for (let i = parts.length - 1; i >= 0; i--) {
    const next = `${parts[i]}${sep}${tail}`;
    if (root.length + 3 + next.length > max) break;
    tail = next;
  }
  return `${root}${sep}…${sep}${tail}`;
}
