import type { Rendered } from "../bindings/Rendered";

/** At most this many lines are listed; the rest are counted. */
export const MAX_NOTES = 12;

export interface RenderNotes {
  /** The alert's title, or `null` when the text rendered whole. */
  title: string | null;
  lines: string[];
}

/** What the preview says above the text: the units left out, then the references not resolved. */
export function renderNotes(r: Rendered | undefined): RenderNotes {
  if (!r || (r.dropped.length === 0 && r.unresolved.length === 0)) return { title: null, lines: [] };
  const parts: string[] = [];
  if (r.dropped.length > 0) parts.push("无部门承担的职能已略去");
  if (r.unresolved.length > 0) parts.push(`${r.unresolved.length} 处引用在项目中找不到`);
  const all = [...r.dropped, ...r.unresolved];
  const lines = all.slice(0, MAX_NOTES);
  if (all.length > MAX_NOTES) lines.push(`…… 另有 ${all.length - MAX_NOTES} 条`);
  return { title: `${parts.join("；")}（按项目当前资料显示）`, lines };
}
