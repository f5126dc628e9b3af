//! Field validation shared by every write: lengths, phones, e-mails, dates.

use chrono::{Datelike, NaiveDate};

use crate::error::{CoreError, Result};

/// Trims and checks a required text field.
pub fn required(label: &str, value: &str, max: usize) -> Result<String> {
    let v = value.trim();
    if v.is_empty() {
        return Err(CoreError::invalid(format!("请填写{label}")));
    }
    optional(label, v, max)
}

/// Trims and checks the length of an optional text field.
pub fn optional(label: &str, value: &str, max: usize) -> Result<String> {
    let v = value.trim();
    let n = v.chars().count();
    if n > max {
        return Err(CoreError::invalid(format!(
            "{label}过长：最多 {max} 个字符，当前 {n} 个"
        )));
    }
    if v.chars().any(|c| c.is_control()) {
        return Err(CoreError::invalid(format!("{label}含有不可见的控制字符")));
    }
    Ok(v.to_string())
}

/// Mainland mobile (1xxxxxxxxxx) or landline (area code, optional dashes, extension).
pub fn phone(label: &str, value: &str) -> Result<String> {
    let v = optional(label, value, 30)?;
    if v.is_empty() {
        return Ok(v);
    }
    let digits: String = v.chars().filter(|c| c.is_ascii_digit()).collect();
    let shape_ok = v
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '-' | ' ' | '+' | '(' | ')'));
    let mobile = digits.len() == 11 && digits.starts_with('1');
    let mobile_cc = digits.len() == 13 && digits.starts_with("861");
    let landline = (7..=16).contains(&digits.len()) && !digits.starts_with('1');
    if shape_ok && (mobile || mobile_cc || landline) {
        Ok(v)
    } else {
        Err(CoreError::invalid(format!(
            "{label}格式不正确：应为 11 位手机号或带区号的固定电话，如 13800000000 或 029-88888888"
        )))
    }
}

pub fn email(label: &str, value: &str) -> Result<String> {
    let v = optional(label, value, 120)?;
    if v.is_empty() {
        return Ok(v);
    }
    let ok = match v.split_once('@') {
        Some((user, host)) => {
            !user.is_empty()
                && !host.contains('@')
                && host.contains('.')
                && !host.starts_with('.')
                && !host.ends_with('.')
                && !v.contains(char::is_whitespace)
        }
        None => false,
    };
    if ok {
        Ok(v)
    } else {
        Err(CoreError::invalid(format!(
            "{label}格式不正确，应如 name@example.com"
        )))
    }
}

/// Dates before 2000 or after 2100 are surely typing errors.
fn plausible(label: &str, d: NaiveDate) -> Result<NaiveDate> {
    if (2000..=2100).contains(&d.year()) {
        Ok(d)
    } else {
        Err(CoreError::invalid(format!("{label} {d} 不合理")))
    }
}

/// An optional date: absent is fine, present must be plausible.
pub fn date(label: &str, d: Option<NaiveDate>) -> Result<Option<NaiveDate>> {
    d.map(|d| plausible(label, d)).transpose()
}

/// A date the user must give: absent is refused with “请填写{label}”.
pub fn required_date(label: &str, d: Option<NaiveDate>) -> Result<NaiveDate> {
    plausible(
        label,
        d.ok_or_else(|| CoreError::invalid(format!("请填写{label}")))?,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones() {
        assert!(phone("电话", "13800000000").is_ok());
        assert!(phone("电话", "029-88888888").is_ok());
        assert!(phone("电话", "").is_ok());
        assert!(phone("电话", "12345").is_err());
        assert!(phone("电话", "abc").is_err());
    }

    #[test]
    fn emails() {
        assert!(email("邮箱", "a@b.cn").is_ok());
        assert!(email("邮箱", "a@b").is_err());
        assert!(email("邮箱", "a b@c.cn").is_err());
    }

    #[test]
    fn lengths() {
        assert!(required("名称", "  ", 10).is_err());
        assert_eq!(required("名称", " 甲 ", 10).unwrap(), "甲");
        assert!(optional("名称", &"甲".repeat(11), 10).is_err());
    }
}
