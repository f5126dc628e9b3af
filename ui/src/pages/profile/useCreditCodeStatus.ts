import { useEffect, useState } from "react";
import * as api from "../../api";
import type { CreditCodeStatus } from "../../bindings/CreditCodeStatus";
import { useDebouncedValue } from "../../hooks/useDebouncedValue";

interface Checked {
  code: string;
  status: CreditCodeStatus;
}

/**
 * The back end's verdict on the code being typed (debounced). `null` while the field is empty.
 * The last verdict stays visible while the next one is on its way, to keep the hint steady.
 */
export function useCreditCodeStatus(code: string): CreditCodeStatus | null {
  const trimmed = code.trim();
  const debounced = useDebouncedValue(trimmed, 250);
  const [checked, setChecked] = useState<Checked | null>(null);

  useEffect(() => {
    if (!debounced) return;
    let live = true;
    api.creditCodeCheck(debounced).then(
      (status) => {
        if (live) setChecked({ code: debounced, status });
      },
      () => {
        // The inline hint is advisory; saving reports any real problem.
      },
    );
    return () => {
      live = false;
    };
  }, [debounced]);

  if (!trimmed || !checked) return null;
  return checked.status;
}
