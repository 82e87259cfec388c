//! The eight Community Partner acknowledgements, as the PSF wrote them.

use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[serde(rename_all = "snake_case")]
pub enum AckId {
    NotOfficial,
    Trademark,
    SingleEventOneYear,
    ReapplyOnChange,
    NoEndorsement,
    NoOfficialSessions,
    CommunityLedMentions,
    Revocable,
}

/// One acknowledgement: its id and the PSF's exact text.
pub struct Acknowledgement {
    pub id: AckId,
    pub text: &'static str,
}

/// Bumped whenever any text changes.
pub const VERSION: u32 = 1;

/// The eight, in the PSF's order.
pub const ACKNOWLEDGEMENTS: [Acknowledgement; 8] = [
    Acknowledgement {
        id: AckId::NotOfficial,
        text: "I acknowledge that the PSF Community Partnership being applied for with this form does not make the event or initiative an official or legal part of the PSF, and is a method to help support the event or initiative.",
    },
    Acknowledgement {
        id: AckId::Trademark,
        text: "I acknowledge that the event or initiative related to this application is and will continue to follow the PSF Trademark Usage Policy, which includes the use of \"PyCon\" and \"PyLadies\".",
    },
    Acknowledgement {
        id: AckId::SingleEventOneYear,
        text: "I acknowledge that the PSF Community Partnership being applied for with this form is only active for this individual event or initiative, does not automatically transfer to future editions or variants of the event or initiative, and can generally be considered valid for one year after the date of approval.",
    },
    Acknowledgement {
        id: AckId::ReapplyOnChange,
        text: "I acknowledge that if the PSF Community Partnership being applied for with this form is for a long-term initiative, that I will re-apply if there are any substantial changes to the initiative's goals, purpose, mission, or leadership.",
    },
    Acknowledgement {
        id: AckId::NoEndorsement,
        text: "I acknowledge that the PSF Community Partnership being applied for with this form does not explicitly endorse any particular action, feature, or part of the event or initiative.",
    },
    Acknowledgement {
        id: AckId::NoOfficialSessions,
        text: "I acknowledge that the PSF Community Partnership being applied for with this form does not constitute the authority for events or initiatives to run talks, workshop sessions, booths, or any other event or initiative features under the pretense of being an official part of the PSF.",
    },
    Acknowledgement {
        id: AckId::CommunityLedMentions,
        text: "I acknowledge that talks, workshop sessions, booths, or any other event or initiative features are welcome to mention, promote, or discuss the PSF as long as they are well-defined as community led.",
    },
    Acknowledgement {
        id: AckId::Revocable,
        text: "I acknowledge that the PSF Community Partnership being applied for with this form may be revoked by the PSF at any time due to misrepresentation, mishandling of Code of Conduct, or any other issue deemed unacceptable by the PSF. In this case, I agree to the removal of the PSF name, logo, and mentions of Community Partnership if a request of removal is made.",
    },
];

/// What the payload records for one acknowledgement.
#[derive(Serialize, Deserialize, Clone, PartialEq, Eq, Debug)]
pub struct AckRecord {
    pub id: AckId,
    pub accepted: bool,
    pub version: u32,
    /// Lower-case hex SHA-256 of the exact UTF-8 text shown.
    pub text_sha256: String,
}

/// Hex SHA-256 of a text.
pub fn text_sha256(text: &str) -> String {
    let _ = text;
    todo!("rules helper")
}
