import type { EnterpriseProfile } from "../../bindings/EnterpriseProfile";
import type { IpHoldings } from "../../bindings/IpHoldings";

/** The profile as the form holds it: empty selects are `undefined`, empty numbers `null`. */
export type ProfileFormValues = Omit<
  EnterpriseProfile,
  | "updated_at"
  | "credit_code_confirmed"
  | "city"
  | "district"
  | "staff_count"
  | "ip_holdings"
  | "program_id"
  | "standard_edition"
> & {
  city?: string;
  district?: string;
  staff_count: number | null;
  ip_holdings: Record<keyof IpHoldings, number | null>;
  program_id?: string;
  standard_edition?: string;
};

export const IP_HOLDING_FIELDS: { key: keyof IpHoldings; label: string }[] = [
  { key: "invention_patents", label: "发明专利" },
  { key: "utility_models", label: "实用新型专利" },
  { key: "design_patents", label: "外观设计专利" },
  { key: "trademarks", label: "注册商标" },
  { key: "software_copyrights", label: "软件著作权" },
];

/** Common sections of GB/T 4754, offered as suggestions; any text is allowed. */
export const INDUSTRY_SUGGESTIONS = [
  "制造业",
  "软件和信息技术服务业",
  "科学研究和技术服务业",
  "批发和零售业",
  "建筑业",
  "农林牧渔业",
  "信息传输、软件和信息技术服务业",
  "电力、热力、燃气及水生产和供应业",
  "交通运输、仓储和邮政业",
  "采矿业",
  "租赁和商务服务业",
  "文化、体育和娱乐业",
  "卫生和社会工作",
  "水利、环境和公共设施管理业",
  "教育",
];

const orUndefined = (v: string) => (v ? v : undefined);

export function toForm(p: EnterpriseProfile): ProfileFormValues {
  return {
    name: p.name,
    credit_code: p.credit_code,
    legal_representative: p.legal_representative,
    address: p.address,
    city: orUndefined(p.city),
    district: orUndefined(p.district),
    industry: p.industry,
    staff_count: p.staff_count,
    contact_person: p.contact_person,
    contact_phone: p.contact_phone,
    contact_email: p.contact_email,
    qualifications: p.qualifications,
    ip_holdings: { ...p.ip_holdings },
    program_id: orUndefined(p.program_id),
    standard_edition: orUndefined(p.standard_edition),
  };
}

const t = (v: string | null | undefined) => (v ?? "").trim();
const count = (v: number | null | undefined) => (typeof v === "number" && v > 0 ? Math.floor(v) : 0);

export function fromForm(v: ProfileFormValues, base: EnterpriseProfile): EnterpriseProfile {
  const h = v.ip_holdings;
  return {
    ...base,
    name: t(v.name),
    credit_code: t(v.credit_code).toUpperCase(),
    legal_representative: t(v.legal_representative),
    address: t(v.address),
    city: t(v.city),
    district: t(v.district),
    industry: t(v.industry),
    staff_count: typeof v.staff_count === "number" ? v.staff_count : null,
    contact_person: t(v.contact_person),
    contact_phone: t(v.contact_phone),
    contact_email: t(v.contact_email),
    qualifications: v.qualifications ?? [],
    ip_holdings: {
      invention_patents: count(h?.invention_patents),
      utility_models: count(h?.utility_models),
      design_patents: count(h?.design_patents),
      trademarks: count(h?.trademarks),
      software_copyrights: count(h?.software_copyrights),
    },
    program_id: t(v.program_id),
    standard_edition: t(v.standard_edition),
  };
}
