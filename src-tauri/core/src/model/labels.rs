//! One home for the Chinese label of every coded value: the enums' own
//! `label()`. The change history reads them from here (`Labelled`), and the
//! UI gets them as generated constants (`ui/src/bindings/labels.ts`, written
//! by the bindings test), so a tag and a history line can never disagree.

use super::{
    AcceptancePathKind, AllocationRole, ApplicationResult, ConversionRoute, CoverImageKind,
    DiagnosisResult, DocType, Grade, GroupPosition, ImplementationMode, Judgement, NcStatus,
    OutputKind, Qualification, RevisionStatus, Role, Secrecy, SessionKind, SlotKind, TaskStatus,
};
use crate::catalog::templates::OwnerKind;

/// A coded enum with one Chinese label per value.
pub trait Labelled: Copy + 'static {
    /// Every value, in the order lists show them.
    const ALL: &'static [Self];
    /// The TypeScript type generated for the enum.
    const TS_NAME: &'static str;
    fn code(self) -> &'static str;
    fn label(self) -> &'static str;

    fn from_code(code: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.code() == code)
    }

    /// The label of a stored code, if it is one of ours.
    fn label_of(code: &str) -> Option<&'static str> {
        Self::from_code(code).map(Self::label)
    }
}

macro_rules! labelled {
    ($($t:ident => $all:expr),+ $(,)?) => {
        $(impl Labelled for $t {
            const ALL: &'static [$t] = $all;
            const TS_NAME: &'static str = stringify!($t);
            fn code(self) -> &'static str {
                $t::code(self)
            }
            fn label(self) -> &'static str {
                $t::label(self)
            }
        })+

        /// `ui/src/bindings/labels.ts`: one `Record<Enum, string>` per enum.
        pub fn typescript() -> String {
            let mut imports = String::new();
            let mut consts = String::new();
            $(
                imports += &format!("import type {{ {0} }} from \"./{0}\";\n", $t::TS_NAME);
                consts += &ts_record::<$t>();
            )+
            format!(
                "// Generated from the Rust enums' labels (guanbiao-core src/model/labels.rs) by the bindings test. Do not edit.\n{imports}{consts}"
            )
        }
    };
}

labelled!(
    NcStatus => &[
        NcStatus::Open,
        NcStatus::CauseAnalysed,
        NcStatus::ActionPlanned,
        NcStatus::Done,
        NcStatus::Verified,
        NcStatus::Closed,
    ],
    Grade => &[Grade::Major, Grade::Minor],
    Judgement => &Judgement::ALL,
    RevisionStatus => &[
        RevisionStatus::Draft,
        RevisionStatus::InReview,
        RevisionStatus::Approved,
        RevisionStatus::Published,
        RevisionStatus::Obsolete,
    ],
    DiagnosisResult => &DiagnosisResult::ALL,
    DocType => &DocType::ALL,
    Role => &Role::ALL,
    SessionKind => &SessionKind::ALL,
    Qualification => &Qualification::ALL,
    GroupPosition => &[GroupPosition::Leader, GroupPosition::Deputy, GroupPosition::Member],
    CoverImageKind => &[CoverImageKind::Logo, CoverImageKind::Seal],
    TaskStatus => &[
        TaskStatus::NotStarted,
        TaskStatus::InProgress,
        TaskStatus::Done,
        TaskStatus::Cancelled,
    ],
    Secrecy => &[Secrecy::Public, Secrecy::Internal, Secrecy::Confidential, Secrecy::Secret],
    OutputKind => &[
        OutputKind::PolicyObjective,
        OutputKind::Procedure,
        OutputKind::Resource,
        OutputKind::Other,
    ],
    SlotKind => &[SlotKind::Opening, SlotKind::Department, SlotKind::Closing],
    AcceptancePathKind => &[
        AcceptancePathKind::Certification,
        AcceptancePathKind::ProvincialAcceptance,
    ],
    ApplicationResult => &[
        ApplicationResult::Pending,
        ApplicationResult::Passed,
        ApplicationResult::Failed,
    ],
    ImplementationMode => &[ImplementationMode::Consultant, ImplementationMode::Independent],
    AllocationRole => &[AllocationRole::Lead, AllocationRole::Support],
    ConversionRoute => &ConversionRoute::ALL,
    OwnerKind => &OwnerKind::ALL,
);

/// `NC_STATUS_LABEL` for `NcStatus`: the type's name in SCREAMING_SNAKE_CASE.
fn const_name(ts: &str) -> String {
    let mut out = String::new();
    for (i, c) in ts.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(c.to_ascii_uppercase());
    }
    out + "_LABEL"
}

fn ts_record<T: Labelled>() -> String {
    let mut s = format!(
        "\nexport const {}: Record<{}, string> = {{\n",
        const_name(T::TS_NAME),
        T::TS_NAME
    );
    for v in T::ALL {
        s += &format!("  {}: {:?},\n", v.code(), v.label());
    }
    s + "};\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_reads_back_and_labels_are_chinese() {
        fn check<T: Labelled + PartialEq + std::fmt::Debug>() {
            for v in T::ALL {
                assert_eq!(T::from_code(v.code()), Some(*v));
                assert!(!v.label().is_ascii(), "{:?}", v);
            }
        }
        check::<NcStatus>();
        check::<RevisionStatus>();
        check::<Role>();
        check::<Judgement>();
        check::<TaskStatus>();
        check::<Secrecy>();
        check::<OutputKind>();
        check::<SlotKind>();
        check::<AcceptancePathKind>();
        check::<ApplicationResult>();
        check::<ImplementationMode>();
        check::<AllocationRole>();
        assert_eq!(NcStatus::label_of("action_planned"), Some("措施实施中"));
        assert_eq!(ApplicationResult::label_of("pending"), Some("进行中"));
        assert_eq!(
            ImplementationMode::label_of("independent"),
            Some("独立实施")
        );
        assert_eq!(const_name("NcStatus"), "NC_STATUS_LABEL");
        assert!(typescript().contains("export const NC_STATUS_LABEL: Record<NcStatus, string>"));
    }
}
