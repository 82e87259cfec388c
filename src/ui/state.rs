//! The app's state, provided as context: one draft per program (the text as
//! typed), the answers and eligibility derived from it in memos, the current
//! location, and where drafts are kept.

use chrono::{DateTime, FixedOffset, NaiveDate};
use leptos::prelude::*;

use crate::rules::eligibility::Evaluation;

use super::clock;
use super::config::Config;
use super::draft::{
    new_idempotency_key, CpDraft, DraftStore, MpDraft, Parsed, ProgramDraft, Receipt,
};
use super::fields::Program;
use super::refusals::{self, Refusal};
use super::route::{navigate, Location, Page};
use super::submit::{submit, NotSentWhy, SubmitOutcome};

/// Everything about one program's application.
pub struct ProgramState<D: ProgramDraft> {
    /// What the person typed, exactly.
    pub draft: RwSignal<D>,
    pub parsed: Memo<Parsed<D::Answers>>,
    pub evaluation: Memo<Evaluation>,
    /// When the draft was last written to storage.
    pub saved_at: RwSignal<Option<DateTime<FixedOffset>>>,
    /// The step to go back to ("Continue where you left off").
    pub resume: RwSignal<Option<Location>>,
    /// The eligibility preview's own answers (no personal data; not saved).
    pub preview: RwSignal<D>,
    pub preview_parsed: Memo<Parsed<D::Answers>>,
    pub preview_evaluation: Memo<Evaluation>,
    /// The accepted submission, for the confirmation page.
    pub receipt: RwSignal<Option<Receipt>>,
    /// The last submission that was not accepted: the hook for the failure
    /// states (rejected answers, not sent, no endpoint).
    pub failure: RwSignal<Option<SubmitOutcome>>,
    /// The request; `pending()` is true while it runs. App-wide, so that a
    /// person leaving the check page mid-send still gets the outcome.
    pub sending: Action<(String, String), SubmitOutcome>,
    /// The payload of the latest submission, exactly as sent.
    pub sent: RwSignal<Option<Sent>>,
    /// What the backend refused in the latest submission.
    pub refusals: RwSignal<Vec<Refusal>>,
    /// The refusals that still apply to the answers as they are now.
    pub standing_refusals: Memo<Vec<Refusal>>,
}

/// A payload on its way, and what the receipt needs from it.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Sent {
    pub key: String,
    pub body: String,
    pub submitted_at: DateTime<FixedOffset>,
    pub email: String,
}

impl<D: ProgramDraft> Clone for ProgramState<D> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<D: ProgramDraft> Copy for ProgramState<D> {}

impl<D: ProgramDraft> ProgramState<D> {
    fn new(store: DraftStore, today: NaiveDate, config: StoredValue<Config>) -> Self {
        let loaded = store.load::<D>();
        let (draft, saved_at, resume) = match loaded {
            Some(l) => (l.draft, l.saved_at, l.resume),
            None => (D::default(), None, None),
        };
        let draft = RwSignal::new(draft);
        let parsed = Memo::new(move |_| draft.with(D::parse));
        let evaluation = Memo::new(move |_| parsed.with(|p| D::evaluate(&p.answers, today)));
        let refused = RwSignal::new(Vec::<Refusal>::new());
        let standing_refusals = Memo::new(move |_| {
            refused.with(|all| {
                if all.is_empty() {
                    return Vec::new();
                }
                let answers = parsed
                    .with(|p| serde_json::to_value(&p.answers))
                    .unwrap_or_default();
                refusals::standing(all, &answers)
            })
        });
        let preview = RwSignal::new(D::default());
        let preview_parsed = Memo::new(move |_| preview.with(D::parse));
        let preview_evaluation =
            Memo::new(move |_| preview_parsed.with(|p| D::evaluate(&p.answers, today)));
        ProgramState {
            draft,
            parsed,
            evaluation,
            saved_at: RwSignal::new(saved_at),
            resume: RwSignal::new(resume),
            preview,
            preview_parsed,
            preview_evaluation,
            receipt: RwSignal::new(store.load_receipt(D::PROGRAM)),
            failure: RwSignal::new(None),
            sending: Action::new_local(move |(key, body): &(String, String)| {
                let (key, body) = (key.clone(), body.clone());
                let config = config.get_value();
                async move { submit(&config, &key, &body).await }
            }),
            sent: RwSignal::new(None),
            refusals: refused,
            standing_refusals,
        }
    }

    /// Builds the payload from the current answers and sends it. The
    /// idempotency key is made on the first attempt and kept in the draft, so
    /// every later attempt is recognisably the same application.
    pub fn submit(&self) {
        if self.sending.pending().get_untracked() {
            return;
        }
        let key = match self
            .draft
            .with_untracked(|d| d.idempotency_key().map(str::to_string))
        {
            Some(key) => key,
            None => {
                let key = new_idempotency_key();
                self.draft.update(|d| d.set_idempotency_key(key.clone()));
                key
            }
        };
        let submitted_at = clock::now();
        let answers = self.parsed.with_untracked(|p| p.answers.clone());
        let email = D::email(&answers);
        let Ok(body) = D::payload_json(answers, submitted_at, key.clone()) else {
            leptos::logging::error!("psf-apply: the payload could not be serialised");
            return;
        };
        self.failure.set(None);
        self.refusals.set(Vec::new());
        self.sent.set(Some(Sent {
            key: key.clone(),
            body: body.clone(),
            submitted_at,
            email,
        }));
        self.sending.dispatch_local((key, body));
    }

    /// Sends the very same payload again (the hook for "Try again").
    pub fn retry(&self) {
        if self.sending.pending().get_untracked() {
            return;
        }
        if let Some(sent) = self.sent.get_untracked() {
            self.failure.set(None);
            self.sending.dispatch_local((sent.key, sent.body));
        }
    }

    /// What happens with a submission's outcome: accepted → receipt, draft
    /// cleared, confirmation page; anything else → the failure hook, with
    /// the answers kept.
    fn on_outcome(self, store: DraftStore) {
        Effect::new(move |_| {
            let Some(outcome) = self.sending.value().get() else {
                return;
            };
            match outcome {
                SubmitOutcome::Accepted {
                    reference,
                    received_at,
                } => {
                    let Some(sent) = self.sent.get_untracked() else {
                        return;
                    };
                    let receipt = Receipt {
                        program: D::PROGRAM,
                        reference,
                        received_at,
                        submitted_at: sent.submitted_at,
                        email: sent.email,
                        payload_json: sent.body,
                        decision: D::decision(sent.submitted_at.date_naive()),
                    };
                    store.save_receipt(&receipt);
                    self.receipt.set(Some(receipt));
                    self.discard(store);
                    navigate(&Location::at(match D::PROGRAM {
                        Program::CommunityPartner => Page::CpConfirmation,
                        Program::MeetupPro => Page::MpConfirmation,
                    }));
                }
                SubmitOutcome::Rejected { problems } => {
                    let answers = self
                        .sent
                        .with_untracked(|sent| {
                            sent.as_ref().and_then(|s| {
                                serde_json::from_str::<serde_json::Value>(&s.body).ok()
                            })
                        })
                        .and_then(|body| body.get("answers").cloned())
                        .unwrap_or_default();
                    let refused = refusals::from_problems(D::PROGRAM, &problems, &answers);
                    let page = refusals::first_page(D::PROGRAM, &refused);
                    self.refusals.set(refused);
                    self.failure.set(Some(SubmitOutcome::Rejected { problems }));
                    navigate(&Location {
                        return_to_check: true,
                        ..Location::at(page)
                    });
                }
                other => self.failure.set(Some(other)),
            }
        });
        // Back online: send what could not be sent, without being asked.
        let _ = window_event_listener(leptos::ev::online, move |_| {
            let waiting = self.failure.with_untracked(|f| {
                matches!(f, Some(SubmitOutcome::NotSent { why, .. }) if !matches!(why, NotSentWhy::Refused { .. }))
            });
            if waiting {
                self.retry();
            }
        });
    }

    /// Saves on every change of the answers or of the step, from the first
    /// change on (loading is not a change). A blank draft is not saved, so
    /// that merely looking at a step leaves nothing behind.
    fn autosave(self, store: DraftStore, location: RwSignal<Location>) {
        Effect::new(move |previous: Option<()>| {
            let here = location.get();
            if here.page.is_resumable() && here.page.program() == Some(D::PROGRAM) {
                let here = Location {
                    focus: None,
                    return_to_check: false,
                    ..here
                };
                if self.resume.get_untracked().as_ref() != Some(&here) {
                    self.resume.set(Some(here));
                }
            }
            let resume = self.resume.get();
            self.draft.with(|draft| {
                if previous.is_none() || draft.is_blank() {
                    return;
                }
                let now = clock::now();
                store.save(draft, now, resume.as_ref());
                self.saved_at.set(Some(now));
            });
        });
    }

    /// "Start again": forgets the answers here and in storage.
    pub fn discard(&self, store: DraftStore) {
        self.draft.set(D::default());
        self.saved_at.set(None);
        self.resume.set(None);
        self.failure.set(None);
        store.clear(D::PROGRAM);
    }
}

/// The whole app's state; `Copy`, provided as context by `App`.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The applicant's local date, read once at start.
    pub today: NaiveDate,
    pub location: RwSignal<Location>,
    /// How many times the page changed inside the app: on the first page
    /// the heading is not focused (the browser's own page load does that job).
    pub navigations: RwSignal<u32>,
    pub cp: ProgramState<CpDraft>,
    pub mp: ProgramState<MpDraft>,
    pub store: DraftStore,
    pub config: StoredValue<Config>,
}

impl AppState {
    pub fn new(config: Config, location: Location, today: NaiveDate) -> AppState {
        let store = DraftStore::open(&config.storage_prefix);
        let location = RwSignal::new(location);
        let config = StoredValue::new(config);
        let cp = ProgramState::<CpDraft>::new(store, today, config);
        let mp = ProgramState::<MpDraft>::new(store, today, config);
        cp.autosave(store, location);
        mp.autosave(store, location);
        cp.on_outcome(store);
        mp.on_outcome(store);
        AppState {
            today,
            location,
            navigations: RwSignal::new(0),
            cp,
            mp,
            store,
            config,
        }
    }

    /// Whether a program has answers in progress (for the resume offer).
    pub fn has_draft(&self, program: Program) -> bool {
        match program {
            Program::CommunityPartner => !self.cp.draft.with(ProgramDraft::is_blank),
            Program::MeetupPro => !self.mp.draft.with(ProgramDraft::is_blank),
        }
    }
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
