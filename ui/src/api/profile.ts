// 企业信息: the enterprise profile and its credit code (src-tauri/src/commands/enterprise.rs).
import { invoke } from "./invoke";
import type { CreditCodeStatus } from "../bindings/CreditCodeStatus";
import type { EnterpriseProfile } from "../bindings/EnterpriseProfile";

export const profileGet = () => invoke<EnterpriseProfile>("profile_get");
export const profileSave = (profile: EnterpriseProfile, confirmCreditCode: boolean) =>
  invoke<EnterpriseProfile>("profile_save", { profile, confirmCreditCode });
export const creditCodeCheck = (code: string) => invoke<CreditCodeStatus>("credit_code_check", { code });
