//! The submission payload: a versioned JSON document a backend in any language
//! can check against `public/schema/*.json`, and the re-validation a Rust
//! backend runs on what it receives.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::acknowledgements::AckRecord;
use super::business_days::DecisionWindow;
use super::community_partner::CommunityPartnerAnswers;
use super::eligibility::Evaluation;
use super::meetup_pro::MeetupProAnswers;
use super::window::SubmissionWindow;

pub const COMMUNITY_PARTNER_SCHEMA: &str = "psf-apply/community-partner/v1";
pub const MEETUP_PRO_SCHEMA: &str = "psf-apply/meetup-pro/v1";

#[derive(Serialize, Deserialize, Clone, PartialEq, Debug)]
pub struct CommunityPartnerPayload {
    /// Always [`COMMUNITY_PARTNER_SCHEMA`].
    pub schema: String,
    pub idempotency_key: String,
    /// With the applicant's UTC offset, e.g. `2026-11-22T10:04:05+01:00`.
    pub submitted_at: DateTime<FixedOffset>,
    pub answers: CommunityPartnerAnswers,
    pub eligibility: Evaluation,
    /// `None` only when there is no event date (never in a valid payload).
    pub window: Option<SubmissionWindow>,
    pub acknowledgements: Vec<AckRecord>,
}

#[derive(Serialize, Deserialize, Clone, PartialEq, Debug)]
pub struct MeetupProPayload {
    /// Always [`MEETUP_PRO_SCHEMA`].
    pub schema: String,
    pub idempotency_key: String,
    pub submitted_at: DateTime<FixedOffset>,
    pub answers: MeetupProAnswers,
    pub eligibility: Evaluation,
    pub decision_expected: DecisionWindow,
}

/// Either program's payload, told apart by its `schema` field.
#[derive(Clone, PartialEq, Debug)]
pub enum Payload {
    CommunityPartner(CommunityPartnerPayload),
    MeetupPro(MeetupProPayload),
}

/// Builds the payload: eligibility, window and acknowledgement records are
/// computed here from the answers and the applicant's local date
/// (`submitted_at.date_naive()`), never taken from the caller.
pub fn community_partner(
    answers: CommunityPartnerAnswers,
    submitted_at: DateTime<FixedOffset>,
    idempotency_key: String,
) -> CommunityPartnerPayload {
    let _ = (answers, submitted_at, idempotency_key);
    todo!("rules helper")
}

pub fn meetup_pro(
    answers: MeetupProAnswers,
    submitted_at: DateTime<FixedOffset>,
    idempotency_key: String,
) -> MeetupProPayload {
    let _ = (answers, submitted_at, idempotency_key);
    todo!("rules helper")
}

/// A UUID v4 string from 16 random bytes (the UI supplies the randomness).
pub fn idempotency_key(random: [u8; 16]) -> String {
    let _ = random;
    todo!("rules helper")
}

/// One problem found on re-validation: a JSON pointer into the payload
/// (e.g. `/answers/email`) and a stable code.
#[derive(Serialize, Deserialize, Clone, PartialEq, Eq, Debug)]
pub struct Problem {
    pub pointer: String,
    pub code: String,
}

/// What a backend runs on a received body: parse, field validation, and
/// eligibility recomputed for the applicant's local date taken from
/// `submitted_at` (a `fail` or `unknown` outcome is a problem on the field
/// behind that rule). The client's own `eligibility`, `window` and
/// `acknowledgements` are not trusted: they must equal the recomputed ones.
pub fn revalidate(body: &[u8]) -> Result<Payload, Vec<Problem>> {
    let _ = body;
    todo!("rules helper")
}
