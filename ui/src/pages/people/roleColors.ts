import type { Role } from "../../bindings/Role";

/** Tag colours, so the unique roles stand out in the table. */
export const ROLE_COLORS: Record<Role, string> = {
  top_manager: "red",
  management_representative: "volcano",
  senior_manager: "orange",
  department_head: "blue",
  ip_staff: "green",
  internal_auditor: "purple",
  rnd_staff: "cyan",
};
