//! Other subsidies received for the same 贯标 (a city or district award, an
//! earlier year's): what the program may forbid adding to its own.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One subsidy recorded, as the 验收申请 screen lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OtherSubsidy {
    pub id: i64,
    /// Who granted it (市、区县的局或管委会…).
    pub grantor: String,
    pub amount_yuan: u32,
    pub received_on: NaiveDate,
    pub note: String,
}

/// What the user enters; checked by the store with Chinese messages
/// (amount and date optional here so that a missing one is said so).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OtherSubsidyInput {
    pub grantor: String,
    pub amount_yuan: Option<i64>,
    pub received_on: Option<NaiveDate>,
    pub note: String,
}
