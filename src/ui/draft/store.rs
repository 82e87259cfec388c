//! Where drafts are kept. Drafts autosave to `localStorage` under
//! `<prefix>:v1:draft:<program slug>` in an envelope
//! `{version, saved_at, resume, ack_version, draft}`; whatever cannot be
//! read back (corrupt, an older version) is removed with a notice, and when
//! storage is unavailable the app keeps going in memory and says so.
//! Receipts of accepted submissions live in `sessionStorage`.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset};
use leptos::prelude::*;
use serde::Serialize;
use serde_json::Value;

use crate::rules::acknowledgements;
use crate::rules::business_days::DecisionWindow;
use crate::rules::payload;
use crate::rules::program::{Program, StepHook};

use super::Draft;
use crate::ui::notice::Notice;
use crate::ui::route::Location;
use crate::ui::stored;

/// Bumped when a draft's stored shape changes incompatibly; older drafts are
/// then discarded with a notice rather than misread.
pub const STORAGE_VERSION: u32 = 1;

/// What the confirmation page shows about an accepted submission, kept for
/// the browser session so a reload of the confirmation page still has it.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
pub struct Receipt {
    /// The program's slug.
    #[serde(serialize_with = "slug")]
    pub program: &'static Program,
    pub reference: Option<String>,
    pub received_at: Option<String>,
    pub submitted_at: DateTime<FixedOffset>,
    pub email: String,
    /// Exactly what was sent, for "Download a copy".
    pub payload_json: String,
    /// Programs that promise a decision date only.
    pub decision: Option<DecisionWindow>,
    /// What the person checked before submitting, for the printable record
    /// (absent from receipts of earlier releases).
    pub record: Option<Record>,
}

/// A question's key and its answer's lines.
pub type RecordRow = (String, Vec<String>);

/// Check your answers as the person saw it when they submitted, in words:
/// the confirmation prints it as their record of the application.
#[derive(Serialize, Clone, PartialEq, Eq, Debug, Default)]
pub struct Record {
    /// Per step: its label, and each question's key with its answer's lines.
    pub sections: Vec<(String, Vec<RecordRow>)>,
    /// Per criterion: its title with its status, and the reason.
    pub eligibility: Vec<(String, String)>,
    /// The PSF's texts the person agreed to, word for word.
    pub agreed: Vec<String>,
}

impl stored::FromStored for Record {
    fn from_stored(value: &Value) -> Option<Self> {
        let sections = value
            .get("sections")?
            .as_array()?
            .iter()
            .map(|s| match s.as_array()?.as_slice() {
                [title, rows] => Some((title.as_str()?.to_string(), stored::list(rows)?)),
                _ => None,
            })
            .collect::<Option<_>>()?;
        Some(Record {
            sections,
            eligibility: stored::list(value.get("eligibility")?)?,
            agreed: stored::list(value.get("agreed")?)?,
        })
    }
}

fn slug<S: serde::Serializer>(program: &&'static Program, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(program.slug)
}

impl Receipt {
    /// Reads a stored receipt of `program`.
    pub fn read(program: &'static Program, value: &Value) -> Option<Receipt> {
        let Value::Object(object) = value else {
            return None;
        };
        let slug: String = stored::field(object, "program")?;
        if slug != program.slug {
            return None;
        }
        Some(Receipt {
            program,
            reference: stored::field(object, "reference")?,
            received_at: stored::field(object, "received_at")?,
            submitted_at: stored::field(object, "submitted_at")?,
            email: stored::field(object, "email")?,
            payload_json: stored::field(object, "payload_json")?,
            decision: stored::field(object, "decision")?,
            record: stored::field(object, "record")?,
        })
    }
}

/// A draft read back from storage.
#[derive(Clone)]
pub struct Loaded {
    pub draft: Draft,
    pub saved_at: Option<DateTime<FixedOffset>>,
    pub resume: Option<Location>,
}

/// What storage held when the page opened, read once before anything is
/// drawn: whether it works, what had to be said about it, and each
/// program's draft. Plain data, so that the start page drawn before the app
/// (`ui::shell`) reads it, and hands it to the app, without the app's
/// signals.
#[derive(Clone)]
pub struct Opened {
    pub persistent: bool,
    pub notices: Vec<Notice>,
    /// One per program, in the order asked for.
    pub drafts: Vec<Option<Loaded>>,
}

fn add_notice(notices: &mut Vec<Notice>, notice: Notice) {
    if !notices.contains(&notice) {
        notices.push(notice);
    }
}

/// `<prefix>:v1:` — everything this version writes starts so.
fn versioned(prefix: &str, rest: &str) -> String {
    format!("{prefix}:v{STORAGE_VERSION}:{rest}")
}

fn draft_key(prefix: &str, program: &Program) -> String {
    versioned(prefix, &format!("draft:{}", program.slug))
}

/// Opens storage under `prefix`: checks that it really accepts a write
/// (Safari's private mode and full quotas throw only then), removes drafts
/// of older versions, and reads each program's draft. Unreadable or
/// outdated data is removed, with a notice; it never stops the app.
pub fn open_storage(prefix: &str, programs: &[&'static Program]) -> Opened {
    let mut notices = Vec::new();
    let probe = format!("{prefix}:probe");
    let storage = local_storage().filter(|s| {
        let ok = s.set_item(&probe, "1").is_ok();
        let _ = s.remove_item(&probe);
        ok
    });
    let Some(storage) = storage else {
        add_notice(&mut notices, Notice::StorageUnavailable);
        return Opened {
            persistent: false,
            notices,
            drafts: programs.iter().map(|_| None).collect(),
        };
    };
    discard_old_versions(&storage, prefix, &mut notices);
    let drafts = programs
        .iter()
        .map(|&program| load(&storage, prefix, program, programs, &mut notices))
        .collect();
    Opened {
        persistent: true,
        notices,
        drafts,
    }
}

fn discard_old_versions(storage: &web_sys::Storage, prefix: &str, notices: &mut Vec<Notice>) {
    let ours = format!("{prefix}:");
    let current = versioned(prefix, "");
    let mut old = Vec::new();
    for i in 0..storage.length().unwrap_or(0) {
        if let Ok(Some(key)) = storage.key(i) {
            let draft_of_ours = key.starts_with(&ours) && key.contains(":draft:");
            if draft_of_ours && !key.starts_with(&current) {
                old.push(key);
            }
        }
    }
    for key in &old {
        let _ = storage.remove_item(key);
    }
    if !old.is_empty() {
        add_notice(notices, Notice::DraftOutdated);
    }
}

/// Reads a program's draft; what cannot be read is removed, with a notice.
fn load(
    storage: &web_sys::Storage,
    prefix: &str,
    program: &'static Program,
    programs: &[&'static Program],
    notices: &mut Vec<Notice>,
) -> Option<Loaded> {
    let key = draft_key(prefix, program);
    let raw = storage.get_item(&key).ok().flatten()?;
    let stored = crate::ui::json::parse(&raw);
    let version = stored
        .as_ref()
        .and_then(|v| v.get("version").and_then(Value::as_u64));
    if version.is_some_and(|v| v != u64::from(STORAGE_VERSION)) {
        let _ = storage.remove_item(&key);
        add_notice(notices, Notice::DraftOutdated);
        return None;
    }
    match stored.as_ref().and_then(|s| read_envelope(program, s)) {
        Some((mut draft, saved_at, resume, ack_version)) => {
            if let Some(notice) = restored(program, &mut draft, ack_version) {
                add_notice(notices, notice);
            }
            Some(Loaded {
                draft,
                saved_at: Some(saved_at),
                resume: resume
                    .as_deref()
                    .and_then(|hash| Location::parse(hash, programs))
                    .filter(|l| l.page.is_resumable() && l.page.program() == Some(program)),
            })
        }
        None => {
            let _ = storage.remove_item(&key);
            add_notice(notices, Notice::DraftUnreadable(program));
            None
        }
    }
}

/// Where drafts are kept: `localStorage` when it works, else memory.
/// Copyable handle; all of it lives in the reactive arena.
#[derive(Clone, Copy)]
pub struct DraftStore {
    prefix: StoredValue<String>,
    persistent: RwSignal<bool>,
    /// Where drafts go when storage fails: kept for this page's life only,
    /// as drafts are read back once, when the page opens ([`open_storage`]).
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
    /// The store under `prefix`, as [`open_storage`] found it.
    pub fn new(prefix: &str, persistent: bool, notices: Vec<Notice>) -> DraftStore {
        DraftStore {
            prefix: StoredValue::new(prefix.to_string()),
            persistent: RwSignal::new(persistent),
            memory: StoredValue::new(BTreeMap::new()),
            notices: RwSignal::new(notices),
        }
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

    fn versioned(&self, rest: &str) -> String {
        self.prefix.with_value(|p| versioned(p, rest))
    }

    fn draft_key(&self, program: &Program) -> String {
        self.prefix.with_value(|p| draft_key(p, program))
    }

    fn receipt_key(&self, program: &Program) -> String {
        self.versioned(&format!("receipt:{}", program.slug))
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

    /// Saves a draft with the page to resume at.
    pub fn save(
        &self,
        program: &Program,
        draft: &Draft,
        saved_at: DateTime<FixedOffset>,
        resume: Option<&Location>,
    ) {
        let envelope = serde_json::json!({
            "version": STORAGE_VERSION,
            "saved_at": saved_at,
            "resume": resume.map(Location::href),
            "ack_version": acknowledgements::VERSION,
            "draft": draft.to_json(program),
        });
        self.set(&self.draft_key(program), envelope.to_string());
    }

    pub fn clear(&self, program: &Program) {
        self.remove(&self.draft_key(program));
    }

    /// Keeps a receipt for this browser tab only (it holds personal data that
    /// the person has already been given).
    pub fn save_receipt(&self, receipt: &Receipt) {
        if let (Some(s), Ok(json)) = (session_storage(), serde_json::to_string(receipt)) {
            let _ = s.set_item(&self.receipt_key(receipt.program), &json);
        }
    }

    pub fn load_receipt(&self, program: &'static Program) -> Option<Receipt> {
        let raw = session_storage()?
            .get_item(&self.receipt_key(program))
            .ok()
            .flatten()?;
        Receipt::read(program, &serde_json::from_str(&raw).ok()?)
    }
}

type Envelope = (Draft, DateTime<FixedOffset>, Option<String>, Option<u32>);

/// `None` when `stored` is not an envelope of this version for `program`.
pub fn read_envelope(program: &Program, stored: &Value) -> Option<Envelope> {
    let Value::Object(object) = stored else {
        return None;
    };
    let saved_at: DateTime<FixedOffset> = stored::field(object, "saved_at")?;
    let resume: Option<String> = stored::field(object, "resume")?;
    let ack_version: Option<u32> = stored::field(object, "ack_version")?;
    let draft = Draft::from_json(program, object.get("draft")?)?;
    Some((draft, saved_at, resume, ack_version))
}

/// Adjusts a draft read back from storage: a tick means "I agree to this
/// text", so if the PSF's texts changed since, the person has to read and
/// tick them again. A notice when something had to go.
pub fn restored(program: &Program, draft: &mut Draft, ack_version: Option<u32>) -> Option<Notice> {
    if ack_version == Some(acknowledgements::VERSION) {
        return None;
    }
    let mut cleared = false;
    for step in program.steps {
        if step.hook != Some(StepHook::Acknowledgements) {
            continue;
        }
        for question in step.questions() {
            if let Some(i) = super::index_of(program, question.name) {
                if draft.answers.get(i).is_some_and(|a| !a.is_blank()) {
                    draft.set(i, super::Answer::blank(&question.control));
                    cleared = true;
                }
            }
        }
    }
    cleared.then_some(Notice::AcknowledgementsChanged)
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
