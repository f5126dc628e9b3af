// Options for the management-review screens; the labels come from Rust.
import { OUTPUT_KIND_LABEL } from "../../bindings/labels";
import type { OutputKind } from "../../bindings/OutputKind";

export { OUTPUT_KIND_LABEL };

export const OUTPUT_KINDS: { value: OutputKind; label: string }[] = (
  Object.keys(OUTPUT_KIND_LABEL) as OutputKind[]
).map((value) => ({ value, label: OUTPUT_KIND_LABEL[value] }));
