// 贯标计划 as the editor's form holds it: dates as dayjs, numbers possibly
// empty. The core checks the definition (program_check); this module only
// converts, and reports the empty numbers the core's types cannot carry.
import dayjs, { type Dayjs } from "dayjs";
import type { FieldProblem } from "../../bindings/FieldProblem";
import type { ProgramProfile } from "../../bindings/ProgramProfile";
import { DATE_FORMAT, fromDay, toDay } from "../../dates";

export interface StageForm {
  id: string;
  name: string;
  start?: Dayjs;
  end?: Dayjs;
}

export interface PathForm {
  id: string;
  name: string;
  subsidy_yuan: number | null;
  note: string;
}

export interface CityForm {
  name: string;
  districts: string[];
}

/** The numbers a program cannot be without, with their Chinese names. */
const COUNTS = {
  year: "年度",
  min_operation_months: "最短运行期（月）",
  min_internal_audits: "最少内部审核次数",
  min_management_reviews: "最少管理评审次数",
  penalty_free_years: "无侵权处罚年限",
} as const;

type Count = keyof typeof COUNTS;

export type ProgramFormValues = Omit<
  ProgramProfile,
  "stages" | "deadline" | "acceptance_paths" | "cities" | "credit_threshold" | Count
> & {
  stages: StageForm[];
  deadline?: Dayjs;
  acceptance_paths: PathForm[];
  cities: CityForm[];
  credit_threshold: number | null;
} & Record<Count, number | null>;

/** The phases a stage can be (the plan and the rules key on them). */
export const STAGE_IDS = [
  { value: "training", label: "培训（training）" },
  { value: "implementation", label: "实施（implementation）" },
  { value: "acceptance", label: "验收或认证（acceptance）" },
];

/** The acceptance paths the application knows. */
export const PATH_IDS = [
  { value: "certification", label: "第三方认证（certification）" },
  { value: "provincial_acceptance", label: "省验收（provincial_acceptance）" },
];

export function toForm(p: ProgramProfile): ProgramFormValues {
  return {
    ...p,
    stages: p.stages.map((s) => ({ id: s.id, name: s.name, start: toDay(s.start), end: toDay(s.end) })),
    deadline: toDay(p.deadline),
    acceptance_paths: p.acceptance_paths.map((a) => ({ ...a })),
    cities: p.cities.map((c) => ({ name: c.name, districts: [...c.districts] })),
    required_training_roles: [...p.required_training_roles],
    accepted_editions: [...p.accepted_editions],
  };
}

const text = (v: string | undefined | null) => v ?? "";

/**
 * The definition the form describes, and the problems only the form can
 * have: an empty number or stage date, which the core's types cannot hold.
 * Those fields go to the core as 0 (or the other date), so its own check of
 * the rest still runs.
 */
export function fromForm(v: ProgramFormValues): { definition: ProgramProfile; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const count = (field: Count): number => {
    const n = v[field];
    if (n === null || n === undefined) {
      problems.push({ field, message: `${COUNTS[field]}不能为空` });
      return 0;
    }
    return n;
  };
  // A stage without dates still goes to the core (so its other fields are
  // checked under the same index), dated on the deadline or today.
  const fallback = fromDay(v.deadline) ?? dayjs().format(DATE_FORMAT);
  const stages = (v.stages ?? []).map((s, i) => {
    const start = fromDay(s?.start);
    const end = fromDay(s?.end);
    if (!start) problems.push({ field: `stages[${i}].start`, message: `第 ${i + 1} 个阶段的开始日期不能为空` });
    if (!end) problems.push({ field: `stages[${i}].end`, message: `第 ${i + 1} 个阶段的结束日期不能为空` });
    return { id: text(s?.id), name: text(s?.name), start: start ?? end ?? fallback, end: end ?? start ?? fallback };
  });
  const paths = (v.acceptance_paths ?? []).map((a, i) => {
    if (a?.subsidy_yuan === null || a?.subsidy_yuan === undefined) {
      problems.push({ field: `acceptance_paths[${i}].subsidy_yuan`, message: "补助金额不能为空（没有补助填 0）" });
    }
    return { id: text(a?.id), name: text(a?.name), subsidy_yuan: a?.subsidy_yuan ?? 0, note: text(a?.note) };
  });
  const definition: ProgramProfile = {
    id: text(v.id),
    name: text(v.name),
    region: text(v.region),
    year: count("year"),
    authority: text(v.authority),
    source: text(v.source),
    standard_edition: text(v.standard_edition),
    accepted_editions: v.accepted_editions ?? [],
    training_platform: text(v.training_platform),
    stages,
    deadline: fromDay(v.deadline),
    deadline_note: text(v.deadline_note),
    required_training_roles: v.required_training_roles ?? [],
    credit_threshold: v.credit_threshold ?? null,
    min_operation_months: count("min_operation_months"),
    min_internal_audits: count("min_internal_audits"),
    min_management_reviews: count("min_management_reviews"),
    acceptance_paths: paths,
    paths_exclusive: v.paths_exclusive ?? false,
    forbids_other_subsidies: v.forbids_other_subsidies ?? false,
    subsidy_rule_basis: text(v.subsidy_rule_basis),
    penalty_free_years: count("penalty_free_years"),
    cities: (v.cities ?? []).map((c) => ({ name: text(c?.name), districts: c?.districts ?? [] })),
  };
  return { definition, problems };
}

/** A problem's field path (`stages[0].end`) as the form's name path. */
export function fieldPath(field: string): (string | number)[] {
  return field
    .split(/[.[\]]/)
    .filter((s) => s !== "")
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** A problem as shown under its field: the core's message names the JSON
 *  field in brackets, e.g. “计划名称（name）不能为空”, which the label already says. */
export function inlineMessage(message: string): string {
  return message.replace(/（[A-Za-z_][A-Za-z0-9_.[\]]*）/g, "");
}

/** A copy of a shipped profile to edit as the project's own program. */
export function fromTemplate(template: ProgramProfile): ProgramProfile {
  return { ...template, id: `${template.id}-custom`, source: template.source };
}
