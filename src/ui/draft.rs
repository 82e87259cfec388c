//! Drafts: what a person typed, exactly as typed, and where it is kept.
//!
//! A draft holds text (numbers and the three date boxes too), so nothing typed
//! is ever rewritten or lost; [`ProgramDraft::parse`] turns it into the
//! rules' answers. Drafts autosave to `localStorage` under
//! `<prefix>:v1:draft:<program>`; whatever cannot be read back (corrupt, an
//! older version) is removed with a notice, and when storage is unavailable
//! the app keeps going in memory and says so.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, FixedOffset, NaiveDate};
use leptos::prelude::*;
use serde::Serialize;
use serde_json::Value;

use crate::rules::acknowledgements::{self, AckId};
use crate::rules::business_days::DecisionWindow;
use crate::rules::community_partner::{self, CommunityPartnerAnswers, EventType};
use crate::rules::eligibility::Evaluation;
use crate::rules::form::{self, FieldError, ParseError};
use crate::rules::meetup_pro::{self, MeetupProAnswers};
use crate::rules::payload;

use super::fields::{Field, Program};
use super::route::Location;
use super::stored::{self, stored_fields, FromStored};

/// Bumped when a draft's stored shape changes incompatibly; older drafts are
/// then discarded with a notice rather than misread.
pub const STORAGE_VERSION: u32 = 1;

/// The three boxes of a GOV.UK date input, as typed.
#[derive(Serialize, Clone, PartialEq, Eq, Default, Debug)]
pub struct DateParts {
    pub day: String,
    pub month: String,
    pub year: String,
}
stored_fields!(DateParts { day, month, year });

impl DateParts {
    pub fn parse(&self) -> Result<Option<NaiveDate>, ParseError> {
        form::parse_date_parts(&self.day, &self.month, &self.year)
    }

    /// Which boxes are empty while others are not (to say "must include a
    /// month" and to mark just those boxes).
    pub fn missing(&self) -> [bool; 3] {
        let empty = [&self.day, &self.month, &self.year].map(|p| p.trim().is_empty());
        if empty.iter().all(|e| *e) {
            [false; 3]
        } else {
            empty
        }
    }
}

/// Answers read from a draft, and what could not be read.
#[derive(Clone, PartialEq, Debug)]
pub struct Parsed<A> {
    pub answers: A,
    pub parse_errors: Vec<(Field, ParseError)>,
}

/// What the UI needs from each program's draft.
pub trait ProgramDraft:
    Clone + PartialEq + Default + Serialize + FromStored + Send + Sync + 'static
{
    type Answers: Clone + PartialEq + serde::Serialize + Send + Sync + 'static;
    const PROGRAM: Program;

    /// Trimmed answers; text that does not read as a value becomes `None`
    /// plus a parse error for its field.
    fn parse(&self) -> Parsed<Self::Answers>;
    fn evaluate(answers: &Self::Answers, today: NaiveDate) -> Evaluation;
    fn field_errors(answers: &Self::Answers) -> Vec<FieldError>;
    /// The payload as JSON, built by the rules.
    fn payload_json(
        answers: Self::Answers,
        submitted_at: DateTime<FixedOffset>,
        key: String,
    ) -> Result<String, serde_json::Error>;
    fn email(answers: &Self::Answers) -> String;
    /// When a decision is expected, for programs that promise one.
    fn decision(_submitted_on: NaiveDate) -> Option<DecisionWindow> {
        None
    }
    fn date_parts(&self, field: Field) -> Option<&DateParts>;
    fn idempotency_key(&self) -> Option<&str>;
    fn set_idempotency_key(&mut self, key: String);
    /// Nothing typed or chosen yet.
    fn is_blank(&self) -> bool {
        let mut blank = Self::default();
        if let Some(key) = self.idempotency_key() {
            blank.set_idempotency_key(key.to_string());
        }
        *self == blank
    }
    /// Adjusts a draft read back from storage; a notice when something had to go.
    fn restored(&mut self, _stored_ack_version: Option<u32>) -> Option<Notice> {
        None
    }
}

/// A Community Partner application as typed.
#[derive(Serialize, Clone, PartialEq, Eq, Default, Debug)]
pub struct CpDraft {
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub event_type: Option<EventType>,
    pub event_type_other: String,
    pub title: String,
    pub description: String,
    pub event_date: DateParts,
    pub first_application: Option<bool>,
    pub website: String,
    pub code_of_conduct_url: String,
    pub coc_has_reporting: Option<bool>,
    pub city: String,
    pub country: String,
    pub expected_attendees: String,
    pub python_percent: String,
    pub acknowledged: BTreeSet<AckId>,
    /// Made once per application, so that every retry is the same submission.
    pub idempotency_key: Option<String>,
}
stored_fields!(CpDraft {
    first_name,
    last_name,
    email,
    event_type,
    event_type_other,
    title,
    description,
    event_date,
    first_application,
    website,
    code_of_conduct_url,
    coc_has_reporting,
    city,
    country,
    expected_attendees,
    python_percent,
    acknowledged,
    idempotency_key,
});

impl CpDraft {
    /// Takes what was answered in a preview, keeping everything else
    /// (a question left blank there does not wipe an earlier answer).
    pub fn take_preview(&mut self, preview: &CpDraft) {
        take(&mut self.event_type, preview.event_type);
        take_text(&mut self.event_type_other, &preview.event_type_other);
        if preview.event_date != DateParts::default() {
            self.event_date = preview.event_date.clone();
        }
        take(&mut self.first_application, preview.first_application);
        take_text(&mut self.website, &preview.website);
        take_text(&mut self.code_of_conduct_url, &preview.code_of_conduct_url);
        take(&mut self.coc_has_reporting, preview.coc_has_reporting);
        take_text(&mut self.python_percent, &preview.python_percent);
    }
}

/// A Meetup Pro application as typed.
#[derive(Serialize, Clone, PartialEq, Eq, Default, Debug)]
pub struct MpDraft {
    pub full_name: String,
    pub email: String,
    pub role: String,
    pub group_name: String,
    pub meetup_url: String,
    pub city: String,
    pub country: String,
    pub code_of_conduct_url: String,
    pub coc_in_about: Option<bool>,
    pub events_last_12_months: String,
    pub events_next_12_months: String,
    pub python_percent: String,
    pub idempotency_key: Option<String>,
}
stored_fields!(MpDraft {
    full_name,
    email,
    role,
    group_name,
    meetup_url,
    city,
    country,
    code_of_conduct_url,
    coc_in_about,
    events_last_12_months,
    events_next_12_months,
    python_percent,
    idempotency_key,
});

impl MpDraft {
    /// Takes what was answered in a preview, keeping everything else.
    pub fn take_preview(&mut self, preview: &MpDraft) {
        take_text(&mut self.meetup_url, &preview.meetup_url);
        take_text(&mut self.code_of_conduct_url, &preview.code_of_conduct_url);
        take(&mut self.coc_in_about, preview.coc_in_about);
        take_text(
            &mut self.events_last_12_months,
            &preview.events_last_12_months,
        );
        take_text(
            &mut self.events_next_12_months,
            &preview.events_next_12_months,
        );
        take_text(&mut self.python_percent, &preview.python_percent);
    }
}

fn take<T: Copy>(to: &mut Option<T>, from: Option<T>) {
    if from.is_some() {
        *to = from;
    }
}

fn take_text(to: &mut String, from: &str) {
    if !from.trim().is_empty() {
        *to = from.to_string();
    }
}

fn text(s: &str) -> String {
    s.trim().to_string()
}

fn number(field: Field, typed: &str, errors: &mut Vec<(Field, ParseError)>) -> Option<u32> {
    form::parse_whole_number(typed).unwrap_or_else(|e| {
        errors.push((field, e));
        None
    })
}

impl ProgramDraft for CpDraft {
    type Answers = CommunityPartnerAnswers;
    const PROGRAM: Program = Program::CommunityPartner;

    fn parse(&self) -> Parsed<CommunityPartnerAnswers> {
        let mut errors = Vec::new();
        let event_date = self.event_date.parse().unwrap_or_else(|e| {
            errors.push((Field::CpEventDate, e));
            None
        });
        let expected_attendees = number(
            Field::CpExpectedAttendees,
            &self.expected_attendees,
            &mut errors,
        );
        let python_percent = number(Field::CpPythonPercent, &self.python_percent, &mut errors);
        let answers = CommunityPartnerAnswers {
            first_name: text(&self.first_name),
            last_name: text(&self.last_name),
            email: text(&self.email),
            event_type: self.event_type,
            // Only meaningful with "Other": a name typed before switching to
            // another type must not travel in the payload.
            event_type_other: if self.event_type == Some(EventType::Other) {
                text(&self.event_type_other)
            } else {
                String::new()
            },
            title: text(&self.title),
            description: text(&self.description),
            event_date,
            first_application: self.first_application,
            website: text(&self.website),
            code_of_conduct_url: text(&self.code_of_conduct_url),
            coc_has_reporting: self.coc_has_reporting,
            city: text(&self.city),
            country: text(&self.country),
            expected_attendees,
            python_percent,
            acknowledged: self.acknowledged.clone(),
        };
        Parsed {
            answers,
            parse_errors: errors,
        }
    }

    fn evaluate(answers: &CommunityPartnerAnswers, today: NaiveDate) -> Evaluation {
        community_partner::evaluate(answers, today)
    }

    fn field_errors(answers: &CommunityPartnerAnswers) -> Vec<FieldError> {
        form::field_errors(answers)
    }

    fn payload_json(
        answers: CommunityPartnerAnswers,
        submitted_at: DateTime<FixedOffset>,
        key: String,
    ) -> Result<String, serde_json::Error> {
        serde_json::to_string_pretty(&payload::community_partner(answers, submitted_at, key))
    }

    fn email(answers: &CommunityPartnerAnswers) -> String {
        answers.email.clone()
    }

    fn date_parts(&self, field: Field) -> Option<&DateParts> {
        (field == Field::CpEventDate).then_some(&self.event_date)
    }

    fn idempotency_key(&self) -> Option<&str> {
        self.idempotency_key.as_deref()
    }

    fn set_idempotency_key(&mut self, key: String) {
        self.idempotency_key = Some(key);
    }

    fn restored(&mut self, stored_ack_version: Option<u32>) -> Option<Notice> {
        // A tick means "I agree to this text": if the PSF's texts changed
        // since, the person has to read and tick them again.
        if stored_ack_version != Some(acknowledgements::VERSION) && !self.acknowledged.is_empty() {
            self.acknowledged.clear();
            return Some(Notice::AcknowledgementsChanged);
        }
        None
    }
}

impl ProgramDraft for MpDraft {
    type Answers = MeetupProAnswers;
    const PROGRAM: Program = Program::MeetupPro;

    fn parse(&self) -> Parsed<MeetupProAnswers> {
        let mut errors = Vec::new();
        let events_last_12_months = number(
            Field::MpEventsHeld,
            &self.events_last_12_months,
            &mut errors,
        );
        let events_next_12_months = number(
            Field::MpEventsPlanned,
            &self.events_next_12_months,
            &mut errors,
        );
        let python_percent = number(Field::MpPythonPercent, &self.python_percent, &mut errors);
        let answers = MeetupProAnswers {
            full_name: text(&self.full_name),
            email: text(&self.email),
            role: text(&self.role),
            group_name: text(&self.group_name),
            meetup_url: text(&self.meetup_url),
            city: text(&self.city),
            country: text(&self.country),
            code_of_conduct_url: text(&self.code_of_conduct_url),
            coc_in_about: self.coc_in_about,
            events_last_12_months,
            events_next_12_months,
            python_percent,
        };
        Parsed {
            answers,
            parse_errors: errors,
        }
    }

    fn evaluate(answers: &MeetupProAnswers, today: NaiveDate) -> Evaluation {
        meetup_pro::evaluate(answers, today)
    }

    fn field_errors(answers: &MeetupProAnswers) -> Vec<FieldError> {
        form::field_errors(answers)
    }

    fn payload_json(
        answers: MeetupProAnswers,
        submitted_at: DateTime<FixedOffset>,
        key: String,
    ) -> Result<String, serde_json::Error> {
        serde_json::to_string_pretty(&payload::meetup_pro(answers, submitted_at, key))
    }

    fn email(answers: &MeetupProAnswers) -> String {
        answers.email.clone()
    }

    fn decision(submitted_on: NaiveDate) -> Option<DecisionWindow> {
        Some(crate::rules::business_days::expected_decision(submitted_on))
    }

    fn date_parts(&self, _field: Field) -> Option<&DateParts> {
        None
    }

    fn idempotency_key(&self) -> Option<&str> {
        self.idempotency_key.as_deref()
    }

    fn set_idempotency_key(&mut self, key: String) {
        self.idempotency_key = Some(key);
    }
}

/// What the confirmation page shows about an accepted submission, kept for
/// the browser session so a reload of the confirmation page still has it.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
pub struct Receipt {
    pub program: Program,
    pub reference: Option<String>,
    pub received_at: Option<String>,
    pub submitted_at: DateTime<FixedOffset>,
    pub email: String,
    /// Exactly what was sent, for "Download a copy".
    pub payload_json: String,
    /// Meetup Pro only.
    pub decision: Option<DecisionWindow>,
}
stored_fields!(Receipt {
    program,
    reference,
    received_at,
    submitted_at,
    email,
    payload_json,
    decision,
});

/// Something the person should know about their saved answers.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Notice {
    /// Storage is off, blocked or full from the start: answers live in memory.
    StorageUnavailable,
    /// A save failed later (usually a full storage): answers now live in memory.
    StorageFailed,
    /// A saved application could not be read and was removed.
    DraftUnreadable(Program),
    /// A saved application from an older version of the form was removed.
    DraftOutdated,
    /// The acknowledgement texts changed since they were ticked.
    AcknowledgementsChanged,
}

/// A draft read back from storage.
pub struct Loaded<D> {
    pub draft: D,
    pub saved_at: Option<DateTime<FixedOffset>>,
    pub resume: Option<Location>,
}

/// What is saved: the draft and what the app needs to know about it.
#[derive(Serialize)]
struct Envelope<D> {
    version: u32,
    saved_at: DateTime<FixedOffset>,
    /// The page to go back to ("Continue where you left off"), as a hash.
    resume: Option<String>,
    ack_version: Option<u32>,
    draft: D,
}

impl<D: FromStored> Envelope<D> {
    /// `None` when `stored` is not an envelope this version wrote.
    fn read(stored: &Value) -> Option<Self> {
        let Value::Object(object) = stored else {
            return None;
        };
        let saved_at = object.get("saved_at").and_then(Value::as_str)?;
        Some(Envelope {
            version: object
                .get("version")
                .and_then(Value::as_u64)?
                .try_into()
                .ok()?,
            saved_at: DateTime::parse_from_rfc3339(saved_at).ok()?,
            resume: stored::field(object, "resume")?,
            ack_version: stored::field(object, "ack_version")?,
            draft: D::from_stored(object.get("draft")?)?,
        })
    }
}

/// Where drafts are kept: `localStorage` when it works, else memory.
/// Copyable handle; all of it lives in the reactive arena.
#[derive(Clone, Copy)]
pub struct DraftStore {
    prefix: StoredValue<String>,
    persistent: RwSignal<bool>,
    memory: StoredValue<BTreeMap<String, String>>,
    pub notices: RwSignal<Vec<Notice>>,
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

impl DraftStore {
    /// Opens the store under `prefix`, checking that storage really accepts a
    /// write (Safari's private mode and full quotas throw only then), and
    /// removing drafts of older versions.
    pub fn open(prefix: &str) -> DraftStore {
        let store = DraftStore {
            prefix: StoredValue::new(prefix.to_string()),
            persistent: RwSignal::new(false),
            memory: StoredValue::new(BTreeMap::new()),
            notices: RwSignal::new(Vec::new()),
        };
        let probe = format!("{prefix}:probe");
        let works = local_storage().is_some_and(|s| {
            let ok = s.set_item(&probe, "1").is_ok();
            let _ = s.remove_item(&probe);
            ok
        });
        store.persistent.set(works);
        if works {
            store.discard_old_versions();
        } else {
            store.notify(Notice::StorageUnavailable);
        }
        store
    }

    pub fn notify(&self, notice: Notice) {
        self.notices.update(|n| {
            if !n.contains(&notice) {
                n.push(notice);
            }
        });
    }

    pub fn dismiss(&self, notice: Notice) {
        self.notices.update(|n| n.retain(|x| *x != notice));
    }

    /// `<prefix>:v1:` — everything this version writes starts so.
    fn versioned(&self, rest: &str) -> String {
        format!(
            "{}:v{STORAGE_VERSION}:{rest}",
            self.prefix.with_value(|p| p.clone())
        )
    }

    fn draft_key(&self, program: Program) -> String {
        self.versioned(&format!("draft:{}", program.slug()))
    }

    fn receipt_key(&self, program: Program) -> String {
        self.versioned(&format!("receipt:{}", program.slug()))
    }

    fn discard_old_versions(&self) {
        let Some(storage) = local_storage() else {
            return;
        };
        let prefix = format!("{}:", self.prefix.with_value(|p| p.clone()));
        let current = self.versioned("");
        let mut old = Vec::new();
        for i in 0..storage.length().unwrap_or(0) {
            if let Ok(Some(key)) = storage.key(i) {
                let draft_of_ours = key.starts_with(&prefix) && key.contains(":draft:");
                if draft_of_ours && !key.starts_with(&current) {
                    old.push(key);
                }
            }
        }
        for key in &old {
            let _ = storage.remove_item(key);
        }
        if !old.is_empty() {
            self.notify(Notice::DraftOutdated);
        }
    }

    fn get(&self, key: &str) -> Option<String> {
        if self.persistent.get_untracked() {
            local_storage()?.get_item(key).ok().flatten()
        } else {
            self.memory.with_value(|m| m.get(key).cloned())
        }
    }

    fn set(&self, key: &str, value: String) {
        if self.persistent.get_untracked() {
            let saved = local_storage().is_some_and(|s| s.set_item(key, &value).is_ok());
            if saved {
                return;
            }
            self.persistent.set(false);
            self.notify(Notice::StorageFailed);
        }
        self.memory.update_value(|m| {
            m.insert(key.to_string(), value);
        });
    }

    fn remove(&self, key: &str) {
        if let Some(s) = local_storage() {
            let _ = s.remove_item(key);
        }
        self.memory.update_value(|m| {
            m.remove(key);
        });
    }

    /// Whether answers survive a reload.
    pub fn is_persistent(&self) -> Signal<bool> {
        self.persistent.into()
    }

    /// Reads a program's draft. Unreadable or outdated data is removed, with
    /// a notice; it never stops the app.
    pub fn load<D: ProgramDraft>(&self) -> Option<Loaded<D>> {
        let key = self.draft_key(D::PROGRAM);
        let raw = self.get(&key)?;
        let stored = serde_json::from_str::<Value>(&raw).ok();
        let version = stored
            .as_ref()
            .and_then(|v| v.get("version").and_then(Value::as_u64));
        if version.is_some_and(|v| v != u64::from(STORAGE_VERSION)) {
            self.remove(&key);
            self.notify(Notice::DraftOutdated);
            return None;
        }
        match stored.as_ref().and_then(Envelope::<D>::read) {
            Some(envelope) => {
                let mut draft = envelope.draft;
                if let Some(notice) = draft.restored(envelope.ack_version) {
                    self.notify(notice);
                }
                Some(Loaded {
                    draft,
                    saved_at: Some(envelope.saved_at),
                    resume: envelope
                        .resume
                        .as_deref()
                        .and_then(Location::parse)
                        .filter(|l| l.page.is_resumable() && l.page.program() == Some(D::PROGRAM)),
                })
            }
            None => {
                self.remove(&key);
                self.notify(Notice::DraftUnreadable(D::PROGRAM));
                None
            }
        }
    }

    /// Saves a draft with the page to resume at.
    pub fn save<D: ProgramDraft>(
        &self,
        draft: &D,
        saved_at: DateTime<FixedOffset>,
        resume: Option<&Location>,
    ) {
        let envelope = Envelope {
            version: STORAGE_VERSION,
            saved_at,
            resume: resume.map(Location::href),
            ack_version: Some(acknowledgements::VERSION),
            draft,
        };
        if let Ok(json) = serde_json::to_string(&envelope) {
            self.set(&self.draft_key(D::PROGRAM), json);
        }
    }

    pub fn clear(&self, program: Program) {
        self.remove(&self.draft_key(program));
    }

    /// Keeps a receipt for this browser tab only (it holds personal data that
    /// the person has already been given).
    pub fn save_receipt(&self, receipt: &Receipt) {
        if let (Some(s), Ok(json)) = (session_storage(), serde_json::to_string(receipt)) {
            let _ = s.set_item(&self.receipt_key(receipt.program), &json);
        }
    }

    pub fn load_receipt(&self, program: Program) -> Option<Receipt> {
        let raw = session_storage()?
            .get_item(&self.receipt_key(program))
            .ok()
            .flatten()?;
        Receipt::from_stored(&serde_json::from_str(&raw).ok()?)
    }
}

/// A fresh idempotency key (a UUID v4) from the browser's CSPRNG. Should the
/// browser refuse, `Math.random` still gives a key that is unique in practice;
/// the key is about deduplicating retries, not about secrecy.
pub fn new_idempotency_key() -> String {
    let mut bytes = [0u8; 16];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .is_some_and(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !filled {
        for b in bytes.iter_mut() {
            *b = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    payload::idempotency_key(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_text_becomes_trimmed_answers_and_parse_errors() {
        let draft = CpDraft {
            first_name: "  Joey ".into(),
            expected_attendees: "lots".into(),
            python_percent: "80%".into(),
            event_date: DateParts {
                day: "7".into(),
                month: "".into(),
                year: "2028".into(),
            },
            event_type: Some(EventType::Workshop),
            event_type_other: "left over".into(),
            ..CpDraft::default()
        };
        let parsed = draft.parse();
        assert_eq!(parsed.answers.first_name, "Joey");
        assert_eq!(parsed.answers.python_percent, Some(80));
        assert_eq!(parsed.answers.expected_attendees, None);
        assert_eq!(parsed.answers.event_type_other, "");
        assert_eq!(
            parsed.parse_errors,
            vec![
                (Field::CpEventDate, ParseError::DateIncomplete),
                (Field::CpExpectedAttendees, ParseError::NotAWholeNumber)
            ]
        );
        assert_eq!(draft.event_date.missing(), [false, true, false]);
    }

    fn filled_cp() -> CpDraft {
        CpDraft {
            first_name: "Joey".into(),
            last_name: "Python".into(),
            email: "joey@example.org".into(),
            event_type: Some(EventType::PyconConference),
            event_type_other: "x".into(),
            title: "PyCon Jupiter".into(),
            description: "A conference \"in\" space\n".into(),
            event_date: DateParts {
                day: "7".into(),
                month: "6".into(),
                year: "2028".into(),
            },
            first_application: Some(false),
            website: "pycon.jupiter.com".into(),
            code_of_conduct_url: "https://pycon.jupiter.com/coc".into(),
            coc_has_reporting: Some(true),
            city: "Io".into(),
            country: "Jupiter".into(),
            expected_attendees: "300".into(),
            python_percent: "80%".into(),
            acknowledged: [AckId::Trademark, AckId::Revocable].into(),
            idempotency_key: Some("k".into()),
        }
    }

    #[test]
    fn saved_envelopes_read_back_whole() {
        let saved_at = DateTime::parse_from_rfc3339("2026-11-22T10:04:05+01:00").unwrap();
        let mp = MpDraft {
            full_name: "Joey Python".into(),
            email: "joey@example.org".into(),
            role: "Organizer".into(),
            group_name: "PyJupiter".into(),
            meetup_url: "https://www.meetup.com/pyjupiter/".into(),
            city: "Io".into(),
            country: "Jupiter".into(),
            code_of_conduct_url: "https://example.org/coc".into(),
            coc_in_about: Some(true),
            events_last_12_months: "6".into(),
            events_next_12_months: "12".into(),
            python_percent: "100".into(),
            idempotency_key: None,
        };
        fn round_trip<D: ProgramDraft + std::fmt::Debug>(
            draft: D,
            saved_at: DateTime<FixedOffset>,
        ) {
            let envelope = Envelope {
                version: STORAGE_VERSION,
                saved_at,
                resume: Some("#/x".into()),
                ack_version: Some(acknowledgements::VERSION),
                draft: &draft,
            };
            let stored: Value =
                serde_json::from_str(&serde_json::to_string(&envelope).unwrap()).unwrap();
            let read = Envelope::<D>::read(&stored).unwrap();
            assert_eq!(read.draft, draft);
            assert_eq!(read.saved_at, saved_at);
            assert_eq!(read.resume.as_deref(), Some("#/x"));
            assert_eq!(read.ack_version, Some(acknowledgements::VERSION));
        }
        round_trip(filled_cp(), saved_at);
        round_trip(CpDraft::default(), saved_at);
        round_trip(mp, saved_at);
    }

    #[test]
    fn receipts_read_back_whole() {
        let submitted_at = DateTime::parse_from_rfc3339("2026-11-22T10:04:05+01:00").unwrap();
        let receipt = Receipt {
            program: Program::MeetupPro,
            reference: Some("PSF-MP-000001".into()),
            received_at: None,
            submitted_at,
            email: "joey@example.org".into(),
            payload_json: "{\"a\": 1}".into(),
            decision: Some(crate::rules::business_days::expected_decision(
                submitted_at.date_naive(),
            )),
        };
        let stored: Value =
            serde_json::from_str(&serde_json::to_string(&receipt).unwrap()).unwrap();
        assert_eq!(Receipt::from_stored(&stored), Some(receipt));
        assert_eq!(
            Receipt::from_stored(&serde_json::json!({ "program": "meetup-pro" })),
            None
        );
    }

    #[test]
    fn envelopes_that_do_not_fit_are_unreadable() {
        let draft = serde_json::to_value(filled_cp()).unwrap();
        let at = "2026-11-22T10:04:05+01:00";
        let cases = [
            serde_json::json!({ "version": 1, "saved_at": at, "draft": draft }),
            serde_json::json!({ "version": 1, "saved_at": "yesterday", "draft": draft }),
            serde_json::json!({ "version": 1, "draft": draft }),
            serde_json::json!({ "version": 1, "saved_at": at }),
            serde_json::json!({ "version": 1, "saved_at": at, "draft": { "first_name": 7 } }),
            serde_json::json!({ "version": 1, "saved_at": at, "draft": draft, "resume": 3 }),
            serde_json::json!("draft"),
        ];
        let readable: Vec<bool> = cases
            .iter()
            .map(|c| Envelope::<CpDraft>::read(c).is_some())
            .collect();
        assert_eq!(readable, [true, false, false, false, false, false, false]);
    }

    #[test]
    fn blank_ignores_the_idempotency_key() {
        let mut d = MpDraft::default();
        assert!(d.is_blank());
        d.set_idempotency_key("k".into());
        assert!(d.is_blank());
        d.role = "x".into();
        assert!(!d.is_blank());
    }

    #[test]
    fn changed_acknowledgement_texts_untick() {
        let mut d = CpDraft::default();
        d.acknowledged.insert(AckId::Trademark);
        assert_eq!(d.clone().restored(Some(acknowledgements::VERSION)), None);
        assert_eq!(
            d.restored(Some(acknowledgements::VERSION + 1)),
            Some(Notice::AcknowledgementsChanged)
        );
        assert!(d.acknowledged.is_empty());
    }
}
