import type { Dayjs } from "dayjs";
import type { GroupPosition } from "../../bindings/GroupPosition";
import type { ImplementationMode } from "../../bindings/ImplementationMode";
import { GROUP_POSITION_LABEL, IMPLEMENTATION_MODE_LABEL } from "../../bindings/labels";
import type { Organisation } from "../../bindings/Organisation";
import type { OrganisationInput } from "../../bindings/OrganisationInput";
import { fromDay, toDay } from "../../dates";
import { text } from "../../validation";

export interface MemberRow {
  person_id?: number;
  position: GroupPosition;
  duties: string;
}

/** The organisation as the form holds it: dates as dayjs, empty selects `undefined`. */
export interface OrganisationFormValues {
  established_on?: Dayjs;
  doc_number: string;
  members: MemberRow[];
  lead_department_id?: number;
  coordinator_id?: number;
  mode?: ImplementationMode;
  consultant_name: string;
  consultant_credit_code: string;
  consultant_contact: string;
  consultant_phone: string;
  consultant_contract_on?: Dayjs;
  rep_appointed_on?: Dayjs;
  rep_appointment_doc: string;
}

// The options' labels come from Rust (one home for every coded value).
export const POSITION_OPTIONS: { value: GroupPosition; label: string }[] = (
  Object.keys(GROUP_POSITION_LABEL) as GroupPosition[]
).map((value) => ({ value, label: GROUP_POSITION_LABEL[value] }));

export const MODE_OPTIONS: { value: ImplementationMode; label: string }[] = (
  Object.keys(IMPLEMENTATION_MODE_LABEL) as ImplementationMode[]
).map((value) => ({ value, label: IMPLEMENTATION_MODE_LABEL[value] }));

export function toOrganisationForm(o: Organisation): OrganisationFormValues {
  return {
    established_on: toDay(o.established_on),
    doc_number: o.doc_number,
    members: o.members.map((m) => ({ person_id: m.person_id, position: m.position, duties: m.duties })),
    lead_department_id: o.lead_department_id ?? undefined,
    coordinator_id: o.coordinator_id ?? undefined,
    mode: o.mode ?? undefined,
    consultant_name: o.consultant_name,
    consultant_credit_code: o.consultant_credit_code,
    consultant_contact: o.consultant_contact,
    consultant_phone: o.consultant_phone,
    consultant_contract_on: toDay(o.consultant_contract_on),
    rep_appointed_on: toDay(o.rep_appointed_on),
    rep_appointment_doc: o.rep_appointment_doc,
  };
}

export function fromOrganisationForm(v: OrganisationFormValues): OrganisationInput {
  const consultant = v.mode === "consultant";
  return {
    established_on: fromDay(v.established_on),
    doc_number: text(v.doc_number),
    lead_department_id: v.lead_department_id ?? null,
    coordinator_id: v.coordinator_id ?? null,
    mode: v.mode ?? null,
    consultant_name: consultant ? text(v.consultant_name) : "",
    consultant_credit_code: consultant ? text(v.consultant_credit_code).toUpperCase() : "",
    consultant_contact: consultant ? text(v.consultant_contact) : "",
    consultant_phone: consultant ? text(v.consultant_phone) : "",
    consultant_contract_on: consultant ? fromDay(v.consultant_contract_on) : null,
    rep_appointed_on: fromDay(v.rep_appointed_on),
    rep_appointment_doc: text(v.rep_appointment_doc),
    members: (v.members ?? [])
      .filter((m): m is MemberRow & { person_id: number } => m.person_id !== undefined)
      .map((m) => ({ person_id: m.person_id, position: m.position, duties: text(m.duties) })),
  };
}
