// Client-side checks that mirror the back end's, so most mistakes show inline before saving.
import type { FormRule as Rule } from "antd";

export const PHONE_MESSAGE = "请输入 11 位手机号或带区号的固定电话，如 13800000000 或 029-88888888";
export const EMAIL_MESSAGE = "邮箱格式不正确，应如 name@example.com";

export function isValidPhone(value: string): boolean {
  const v = value.trim();
  if (!v) return true;
  if (!/^[\d\-\s+()]+$/.test(v)) return false;
  const digits = v.replace(/\D/g, "");
  const mobile = digits.length === 11 && digits.startsWith("1");
  const mobileWithCountry = digits.length === 13 && digits.startsWith("861");
  const landline = digits.length >= 7 && digits.length <= 16 && !digits.startsWith("1");
  return mobile || mobileWithCountry || landline;
}

export function isValidEmail(value: string): boolean {
  const v = value.trim();
  if (!v) return true;
  if (/\s/.test(v)) return false;
  const at = v.indexOf("@");
  if (at <= 0 || at !== v.lastIndexOf("@")) return false;
  const host = v.slice(at + 1);
  return host.includes(".") && !host.startsWith(".") && !host.endsWith(".");
}

export const phoneRule: Rule = {
  validator: (_, value: string | undefined) =>
    isValidPhone(value ?? "") ? Promise.resolve() : Promise.reject(new Error(PHONE_MESSAGE)),
};

export const emailRule: Rule = {
  validator: (_, value: string | undefined) =>
    isValidEmail(value ?? "") ? Promise.resolve() : Promise.reject(new Error(EMAIL_MESSAGE)),
};

/** A length limit with a Chinese message, e.g. `maxRule("企业名称", 100)`. */
export function maxRule(label: string, max: number): Rule {
  return { max, message: `${label}最多 ${max} 个字符` };
}

/** Trims and treats undefined/null as empty. */
export function text(v: string | null | undefined): string {
  return (v ?? "").trim();
}
