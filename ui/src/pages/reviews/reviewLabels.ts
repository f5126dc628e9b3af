// Chinese labels for the management-review screens.
import type { OutputKind } from "../../bindings/OutputKind";

export const OUTPUT_KINDS: { value: OutputKind; label: string }[] = [
  { value: "policy_objective", label: "方针、目标的改进" },
  { value: "procedure", label: "程序的改进" },
  { value: "resource", label: "资源需求" },
  { value: "other", label: "其他" },
];

export const OUTPUT_KIND_LABEL = Object.fromEntries(OUTPUT_KINDS.map((k) => [k.value, k.label])) as Record<
  OutputKind,
  string
>;
