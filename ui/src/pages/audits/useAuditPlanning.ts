import { useMemo } from "react";
import * as api from "../../api";
import type { AllocationRole } from "../../bindings/AllocationRole";
import { useClauses } from "../../clauses";
import { useRemote } from "../../hooks/useRemote";
import { cellKey, defaultScope } from "./auditPlan";

const loadDepartments = () => api.departmentList(false);
const loadAllocation = () => api.allocationGet();
const loadDiagnosis = () => api.diagnosisGet();

/** What the scope editor needs: active departments, applicable clauses and the 职能分配表 (the default scope). */
export function useAuditPlanning() {
  const { leaves } = useClauses();
  const departments = useRemote(loadDepartments);
  const allocation = useRemote(loadAllocation);
  const diagnosis = useRemote(loadDiagnosis);

  const derived = useMemo(() => {
    const notApplicable = (diagnosis.data?.clauses ?? []).filter((c) => c.result === "not_applicable").map((c) => c.clause);
    const clauses = leaves.filter((c) => !notApplicable.includes(c.key));
    const cells = allocation.data ?? [];
    return {
      notApplicable,
      clauses,
      allocation: new Map<string, AllocationRole>(cells.map((c) => [cellKey(c.department_id, c.clause), c.role])),
      defaultScope: defaultScope(cells, new Set(clauses.map((c) => c.key))),
    };
  }, [leaves, diagnosis.data, allocation.data]);

  return {
    ...derived,
    departments: departments.data ?? [],
    loaded: departments.data !== undefined && allocation.data !== undefined && diagnosis.data !== undefined,
    error: departments.error ?? allocation.error ?? diagnosis.error,
    reload: () => {
      departments.reload();
      allocation.reload();
      diagnosis.reload();
    },
  };
}
