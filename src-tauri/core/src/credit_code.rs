//! 统一社会信用代码 (GB 32100-2015) check.

use serde::Serialize;
use ts_rs::TS;

/// The check as the UI shows it inline while the user types.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CreditCodeStatus {
    /// 18 characters from the allowed set.
    pub well_formed: bool,
    /// Well-formed and the check digit matches.
    pub valid: bool,
    /// Chinese explanation; empty when valid.
    pub message: String,
}

/// Checks a code and explains the result in Chinese.
pub fn status(code: &str) -> CreditCodeStatus {
    match check(code) {
        CreditCodeCheck::Valid => CreditCodeStatus { well_formed: true, valid: true, message: String::new() },
        CreditCodeCheck::CheckDigitMismatch { expected } => CreditCodeStatus {
            well_formed: true,
            valid: false,
            message: format!("校验位不符：按 GB 32100 计算第 18 位应为 {expected}。如确认无误（如早期试点代码），保存时可确认。"),
        },
        CreditCodeCheck::Malformed(m) => CreditCodeStatus { well_formed: false, valid: false, message: m },
    }
}

const CHARSET: &str = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS: [u32; 17] = [
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
];

/// The outcome of checking a code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CreditCodeCheck {
    Valid,
    /// Well-formed (18 characters from the set) but the check digit differs.
    CheckDigitMismatch {
        expected: char,
    },
    /// Not 18 characters from the allowed set.
    Malformed(String),
}

fn value_of(c: char) -> Option<u32> {
    CHARSET.find(c).map(|i| i as u32)
}

/// The check character for the first 17 characters, or `None` if any is outside the set.
pub fn check_char(first17: &str) -> Option<char> {
    let mut sum = 0u32;
    let mut count = 0;
    for (c, w) in first17.chars().zip(WEIGHTS) {
        sum += value_of(c)? * w;
        count += 1;
    }
    if count != 17 || first17.chars().count() != 17 {
        return None;
    }
    let c = (31 - sum % 31) % 31;
    CHARSET.chars().nth(c as usize)
}

/// Normalises (trim, upper-case) and checks a code.
pub fn check(code: &str) -> CreditCodeCheck {
    let code = normalize(code);
    let n = code.chars().count();
    if n != 18 {
        return CreditCodeCheck::Malformed(format!("统一社会信用代码应为 18 位，当前为 {n} 位"));
    }
    if let Some((i, c)) = code
        .chars()
        .enumerate()
        .find(|(_, c)| value_of(*c).is_none())
    {
        return CreditCodeCheck::Malformed(format!(
            "统一社会信用代码第 {} 位“{}”不是允许的字符（数字及除 I、O、S、V、Z 外的大写字母）",
            i + 1,
            c
        ));
    }
    let first17: String = code.chars().take(17).collect();
    let last = code.chars().last().unwrap_or('?');
    match check_char(&first17) {
        Some(expected) if expected == last => CreditCodeCheck::Valid,
        Some(expected) => CreditCodeCheck::CheckDigitMismatch { expected },
        None => CreditCodeCheck::Malformed("统一社会信用代码格式不正确".into()),
    }
}

pub fn normalize(code: &str) -> String {
    code.trim().to_uppercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_valid_codes_pass() {
        assert_eq!(check("91310110666007217T"), CreditCodeCheck::Valid);
        assert_eq!(check("91310115591693856A"), CreditCodeCheck::Valid);
        assert_eq!(check(" 91310115591693856a "), CreditCodeCheck::Valid);
    }

    #[test]
    fn early_pilot_code_fails_check_but_is_well_formed() {
        assert!(matches!(
            check("91350100M0001TGQXM"),
            CreditCodeCheck::CheckDigitMismatch { .. }
        ));
    }

    #[test]
    fn altered_digit_is_caught() {
        assert_eq!(
            check("91310110666007217A"),
            CreditCodeCheck::CheckDigitMismatch { expected: 'T' }
        );
    }

    #[test]
    fn malformed_codes() {
        assert!(matches!(check("123"), CreditCodeCheck::Malformed(_)));
        assert!(matches!(
            check("91310110666007217I"),
            CreditCodeCheck::Malformed(m) if m.contains("第 18 位")
        ));
        assert!(matches!(
            check("９１３１０１１０６６６００７２１７Ｔ"),
            CreditCodeCheck::Malformed(_)
        ));
    }

    #[test]
    fn check_char_round_trips() {
        let c = check_char("91610131MA6TXXXX0").unwrap();
        let code = format!("91610131MA6TXXXX0{c}");
        assert_eq!(check(&code), CreditCodeCheck::Valid);
    }
}
