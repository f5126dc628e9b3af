//! Date arithmetic the program's rules use.

use chrono::{Months, NaiveDate};

/// Adds calendar months, clamping to the month's end
/// (2022-05-31 + 3 = 2022-08-31; 2022-11-30 + 3 = 2023-02-28).
pub fn add_months(d: NaiveDate, months: u32) -> NaiveDate {
    d.checked_add_months(Months::new(months))
        .unwrap_or(NaiveDate::MAX)
}

/// Subtracts calendar months, clamping to the month's end.
pub fn sub_months(d: NaiveDate, months: u32) -> NaiveDate {
    d.checked_sub_months(Months::new(months))
        .unwrap_or(NaiveDate::MIN)
}

/// Adds (or, negative, subtracts) days; a result beyond the calendar's range
/// gives `d` back (found by the property tests: `Duration::days` panics there).
pub fn add_days(d: NaiveDate, days: i64) -> NaiveDate {
    chrono::TimeDelta::try_days(days)
        .and_then(|t| d.checked_add_signed(t))
        .unwrap_or(d)
}

/// A date written as a literal in code (`"2022-05-18"`): demo data and tests.
/// Panics on a malformed literal, which is a programming error.
pub fn ymd(s: &str) -> NaiveDate {
    s.parse().expect("a YYYY-MM-DD date literal")
}

/// Today on this computer's calendar.
pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn month_ends_and_leap_years() {
        assert_eq!(add_months(d("2022-05-31"), 3), d("2022-08-31"));
        assert_eq!(add_months(d("2022-11-30"), 3), d("2023-02-28"));
        assert_eq!(add_months(d("2023-11-30"), 3), d("2024-02-29"));
        assert_eq!(add_months(d("2022-04-15"), 3), d("2022-07-15"));
        assert_eq!(sub_months(d("2022-09-01"), 3), d("2022-06-01"));
        assert_eq!(sub_months(d("2022-05-31"), 3), d("2022-02-28"));
    }
}
