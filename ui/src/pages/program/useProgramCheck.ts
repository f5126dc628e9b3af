import type { FormInstance } from "antd";
import { useCallback, useRef, useState } from "react";
import * as api from "../../api";
import type { FieldProblem } from "../../bindings/FieldProblem";
import { fieldPath, fromForm, inlineMessage, type ProgramFormValues } from "./programForm";


/**
 * Checks the form's definition with the core (program_check), field by
 * field: each problem is shown under its field, and all of them in a list
 * (some, like “至少需要一种验收方式”, have no field of their own). A later
 * check wins over an earlier one still running.
 */
export function useProgramCheck(form: FormInstance<ProgramFormValues>) {
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const shown = useRef<string[]>([]);
  const seq = useRef(0);

  const show = useCallback(
    (list: FieldProblem[]) => {
      const byField = new Map<string, string[]>();
      for (const p of list) {
        const key = JSON.stringify(fieldPath(p.field));
        byField.set(key, [...(byField.get(key) ?? []), inlineMessage(p.message)]);
      }
      const keys = new Set([...shown.current, ...byField.keys()]);
      // The paths come from the core's problems, not from the form's type.
      const fields = [...keys].map((k) => ({ name: JSON.parse(k) as never, errors: byField.get(k) ?? [] }));
      form.setFields(fields);
      shown.current = [...byField.keys()];
      setProblems(list);
    },
    [form],
  );

  /** The definition and every problem with it; `null` when a newer check started. */
  const check = useCallback(async () => {
    const mine = ++seq.current;
    const { definition, problems: local } = fromForm(form.getFieldsValue(true) as ProgramFormValues);
    const found = [...local, ...(await api.programCheck(definition))];
    if (mine !== seq.current) return null;
    show(found);
    return { definition, problems: found };
  }, [form, show]);

  const clear = useCallback(() => {
    seq.current++;
    show([]);
  }, [show]);

  return { problems, check, clear };
}
