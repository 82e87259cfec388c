//! The eight Community Partner acknowledgements, as the PSF wrote them.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::BTreeSet;
use std::fmt::Write;

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

impl AckId {
    /// The name the payload and saved drafts use (serde's, checked by a test).
    pub fn code(self) -> &'static str {
        match self {
            AckId::NotOfficial => "not_official",
            AckId::Trademark => "trademark",
            AckId::SingleEventOneYear => "single_event_one_year",
            AckId::ReapplyOnChange => "reapply_on_change",
            AckId::NoEndorsement => "no_endorsement",
            AckId::NoOfficialSessions => "no_official_sessions",
            AckId::CommunityLedMentions => "community_led_mentions",
            AckId::Revocable => "revocable",
        }
    }

    pub fn from_code(code: &str) -> Option<AckId> {
        ACKNOWLEDGEMENTS
            .iter()
            .map(|a| a.id)
            .find(|id| id.code() == code)
    }
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
    let digest = Sha256::digest(text.as_bytes());
    let mut hex = String::with_capacity(64);
    for byte in digest {
        // Writing to a String cannot fail.
        let _ = write!(hex, "{byte:02x}");
    }
    hex
}

/// The acknowledgements whose codes are in `codes`; unknown codes are left out.
// Inserted one by one rather than collected: `BTreeSet`'s `FromIterator`
// sorts first, and that stable sort is about 3.5 KB of wasm for each type it
// sorts (measured with `bench/deps.mjs`), for at most eight items here.
pub fn accepted(codes: &[&str]) -> BTreeSet<AckId> {
    let mut accepted = BTreeSet::new();
    for id in codes.iter().filter_map(|c| AckId::from_code(c)) {
        accepted.insert(id);
    }
    accepted
}

/// The payload's record of all eight, in the PSF's order, each accepted when
/// its id is in `accepted`.
pub fn records(accepted: &BTreeSet<AckId>) -> Vec<AckRecord> {
    ACKNOWLEDGEMENTS
        .iter()
        .map(|ack| AckRecord {
            id: ack.id,
            accepted: accepted.contains(&ack.id),
            version: VERSION,
            text_sha256: text_sha256(ack.text),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The "Acknowledgements" section of seed `001_…` (the PSF's Community
    /// Partner page), copied byte for byte, so that the test does not depend
    /// on a file outside the crate.
    const SEED_SECTION: &str = r#"Acknowledgements:
By submitting this form, I acknowledge that:
- I acknowledge that the PSF Community Partnership being applied for with this form does not make the event or initiative an official or legal part of the PSF, and is a method to help support the event or initiative.
- I acknowledge that the event or initiative related to this application is and will continue to follow the PSF Trademark Usage Policy, which includes the use of "PyCon" and "PyLadies".
- I acknowledge that the PSF Community Partnership being applied for with this form is only active for this individual event or initiative, does not automatically transfer to future editions or variants of the event or initiative, and can generally be considered valid for one year after the date of approval.
- I acknowledge that if the PSF Community Partnership being applied for with this form is for a long-term initiative, that I will re-apply if there are any substantial changes to the initiative's goals, purpose, mission, or leadership.
- I acknowledge that the PSF Community Partnership being applied for with this form does not explicitly endorse any particular action, feature, or part of the event or initiative.
- I acknowledge that the PSF Community Partnership being applied for with this form does not constitute the authority for events or initiatives to run talks, workshop sessions, booths, or any other event or initiative features under the pretense of being an official part of the PSF.
- I acknowledge that talks, workshop sessions, booths, or any other event or initiative features are welcome to mention, promote, or discuss the PSF as long as they are well-defined as community led.
- I acknowledge that the PSF Community Partnership being applied for with this form may be revoked by the PSF at any time due to misrepresentation, mishandling of Code of Conduct, or any other issue deemed unacceptable by the PSF. In this case, I agree to the removal of the PSF name, logo, and mentions of Community Partnership if a request of removal is made."#;

    fn seed_lines(section: &str) -> Vec<&str> {
        section
            .lines()
            .filter_map(|l| l.strip_prefix("- "))
            .filter(|l| l.starts_with("I acknowledge"))
            .collect()
    }

    #[test]
    fn texts_are_the_seed_texts_in_order() {
        let seed = seed_lines(SEED_SECTION);
        assert_eq!(seed.len(), ACKNOWLEDGEMENTS.len());
        for (ack, text) in ACKNOWLEDGEMENTS.iter().zip(seed) {
            assert_eq!(ack.text, text, "{:?}", ack.id);
        }
    }

    /// When the shared seeds sit beside the crate (the project's workspace),
    /// the embedded copy must still match them.
    #[test]
    fn embedded_copy_matches_the_seed_file_when_present() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
        let Ok(entries) = std::fs::read_dir(&dir) else {
            return;
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with("001_") {
                let text = std::fs::read_to_string(entry.path()).unwrap();
                assert_eq!(seed_lines(&text), seed_lines(SEED_SECTION));
            }
        }
    }

    #[test]
    fn ids_are_distinct_and_in_psf_order() {
        let ids: Vec<AckId> = ACKNOWLEDGEMENTS.iter().map(|a| a.id).collect();
        assert_eq!(
            ids,
            [
                AckId::NotOfficial,
                AckId::Trademark,
                AckId::SingleEventOneYear,
                AckId::ReapplyOnChange,
                AckId::NoEndorsement,
                AckId::NoOfficialSessions,
                AckId::CommunityLedMentions,
                AckId::Revocable,
            ]
        );
        let json = serde_json::to_string(&ids).unwrap();
        assert_eq!(
            json,
            r#"["not_official","trademark","single_event_one_year","reapply_on_change","no_endorsement","no_official_sessions","community_led_mentions","revocable"]"#
        );
    }

    #[test]
    fn accepted_reads_known_codes_once_each() {
        let codes: Vec<&str> = ACKNOWLEDGEMENTS.iter().rev().map(|a| a.id.code()).collect();
        let all: BTreeSet<AckId> = ACKNOWLEDGEMENTS.iter().map(|a| a.id).collect();
        assert_eq!(accepted(&codes), all);
        let first = ACKNOWLEDGEMENTS[0].id;
        assert_eq!(
            accepted(&[first.code(), "not-a-code", first.code()]),
            BTreeSet::from([first])
        );
        assert!(accepted(&[]).is_empty());
    }

    #[test]
    fn codes_are_serdes_names_and_read_back() {
        for a in &ACKNOWLEDGEMENTS {
            let json = serde_json::to_string(&a.id).unwrap();
            assert_eq!(json, format!("\"{}\"", a.id.code()));
            assert_eq!(AckId::from_code(a.id.code()), Some(a.id));
        }
        assert_eq!(AckId::from_code("Trademark"), None);
    }

    #[test]
    fn sha256_is_lowercase_hex_of_the_exact_text() {
        // Known answers, from `printf '%s' … | sha256sum`.
        assert_eq!(
            text_sha256("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(
            text_sha256(ACKNOWLEDGEMENTS[0].text),
            "d0bf73899ef70e1fd93bc2533ddba98be6d852bbe8c7db6f67fc298e16555799"
        );
        assert_ne!(
            text_sha256(ACKNOWLEDGEMENTS[0].text),
            text_sha256(&format!("{} ", ACKNOWLEDGEMENTS[0].text))
        );
    }

    #[test]
    fn records_cover_all_eight_in_order() {
        let accepted: BTreeSet<AckId> = [AckId::Trademark, AckId::Revocable].into();
        let records = records(&accepted);
        assert_eq!(records.len(), 8);
        for (record, ack) in records.iter().zip(&ACKNOWLEDGEMENTS) {
            assert_eq!(record.id, ack.id);
            assert_eq!(record.accepted, accepted.contains(&ack.id));
            assert_eq!(record.version, VERSION);
            assert_eq!(record.text_sha256, text_sha256(ack.text));
        }
    }
}
