//! Property tests with bounded case counts: the credit-code check, date
//! arithmetic, the document text format and Chinese line breaking never
//! panic, never loop, and never lose text.

use chrono::{Datelike, NaiveDate};
use guanbiao_core::credit_code::{self, CreditCodeCheck};
use guanbiao_core::dates::{add_days, add_months, sub_months};
use guanbiao_core::doctext::{self, Block};
use guanbiao_core::export::linebreak::break_lines;
use proptest::prelude::*;

use crate::reliability;

const CODE_CHARS: &str = "0123456789ABCDEFGHJKLMNPQRTUWXY";

fn code_char() -> impl Strategy<Value = char> {
    prop::sample::select(CODE_CHARS.chars().collect::<Vec<_>>())
}

fn date() -> impl Strategy<Value = NaiveDate> {
    (1900i32..2200, 1u32..=12, 1u32..=31).prop_map(|(y, m, d)| {
        (0..4)
            .find_map(|k| NaiveDate::from_ymd_opt(y, m, d - k))
            .unwrap()
    })
}

/// Content words: no markup characters, so they must reach the blocks whole.
const WORD_CHARS: &[char] = &[
    '知', '识', '产', '权', '管', '理', '，', '。', '（', '）', '“', '”', 'a', 'Q', '#', '|', '-',
    '1', '.', ' ',
];

fn any_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![prop::sample::select(WORD_CHARS), Just('\n'), any::<char>(),],
        0..300,
    )
    .prop_map(|v| v.into_iter().collect())
}

fn block_texts(blocks: &[Block]) -> String {
    blocks
        .iter()
        .map(|b| match b {
            Block::Heading { text, .. } | Block::Paragraph { text } => text.clone(),
            Block::Bullets { items } | Block::Numbered { items } => items.concat(),
            Block::Table { header, rows } => {
                header.concat() + &rows.iter().map(|r| r.concat()).collect::<String>()
            }
        })
        .collect()
}

/// The characters that are content whatever the line they sit on.
fn content(s: &str) -> Vec<char> {
    s.chars()
        .filter(|c| !c.is_whitespace() && !"#|-.:*".contains(*c) && !c.is_ascii_digit())
        .collect()
}

const CASES: u32 = 256;

fn tally(name: &str) {
    reliability::tally(name, CASES);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: CASES, ..ProptestConfig::default() })]

    #[test]
    fn a_computed_check_digit_always_validates(first in prop::collection::vec(code_char(), 17)) {
        tally("a_computed_check_digit_always_validates");
        let first: String = first.into_iter().collect();
        let c = credit_code::check_char(&first).expect("charset");
        let code = format!("{first}{c}");
        prop_assert_eq!(credit_code::check(&code), CreditCodeCheck::Valid);
        prop_assert!(credit_code::status(&code).valid);
        // Any other 18th character is a mismatch naming the right one.
        for other in CODE_CHARS.chars().filter(|x| *x != c).take(3) {
            prop_assert_eq!(
                credit_code::check(&format!("{first}{other}")),
                CreditCodeCheck::CheckDigitMismatch { expected: c }
            );
        }
    }

    #[test]
    fn any_string_gets_a_credit_code_verdict(s in any::<String>()) {
        tally("any_string_gets_a_credit_code_verdict");
        let st = credit_code::status(&s);
        prop_assert!(st.valid == st.message.is_empty());
        let _ = credit_code::normalize(&s);
    }

    #[test]
    fn add_months_is_monotone_and_month_end_safe(d in date(), a in 0u32..600, b in 0u32..600) {
        tally("add_months_is_monotone_and_month_end_safe");
        let (lo, hi) = (a.min(b), a.max(b));
        let x = add_months(d, lo);
        let y = add_months(d, hi);
        prop_assert!(x <= y);
        prop_assert!(x >= d);
        // The day is kept, or clamped to the end of a shorter month.
        prop_assert!(x.day() <= d.day());
        let months = (x.year() - d.year()) * 12 + x.month() as i32 - d.month() as i32;
        prop_assert_eq!(months, lo as i32);
        if x.day() < d.day() {
            prop_assert_eq!(add_days(x, 1).day(), 1, "clamped only at a month's end");
        }
        prop_assert!(sub_months(x, lo) <= d);
    }

    #[test]
    fn date_arithmetic_never_panics(y in -300_000i32..300_000, m in any::<u32>(), days in any::<i64>()) {
        tally("date_arithmetic_never_panics");
        let d = NaiveDate::from_ymd_opt(y, 1, 1).unwrap_or(NaiveDate::MIN);
        let _ = add_months(d, m);
        let _ = sub_months(d, m);
        let _ = add_days(d, days);
        let _ = add_months(NaiveDate::MAX, m);
        let _ = sub_months(NaiveDate::MIN, m);
    }

    #[test]
    fn doctext_parse_never_panics_nor_loses_content(text in any_text()) {
        tally("doctext_parse_never_panics_nor_loses_content");
        let (blocks, _problems) = doctext::parse(&text);
        prop_assert_eq!(content(&block_texts(&blocks)), content(&text));
        let _ = doctext::placeholders(&text);
        let _ = doctext::unfilled(&text);
    }

    #[test]
    fn line_breaking_keeps_every_character_in_order(
        text in any_text(),
        width in 5.0f32..500.0,
        first in 5.0f32..500.0,
        size in 4.0f32..30.0,
    ) {
        tally("line_breaking_keeps_every_character_in_order");
        let lines = break_lines(&text, first, width, size);
        let chars = text.chars().count();
        prop_assert!(lines.len() <= chars + text.matches('\n').count() + 1);
        let joined: Vec<char> = lines.iter().flat_map(|l| l.text.chars()).filter(|c| !c.is_whitespace()).collect();
        let input: Vec<char> = text.chars().filter(|c| !c.is_whitespace()).collect();
        prop_assert_eq!(joined, input);
    }
}
