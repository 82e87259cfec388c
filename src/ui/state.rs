//! The app's state, provided as context: one draft per program on offer
//! (the text as typed), the answers and eligibility derived from it in
//! memos, the current location, and where drafts are kept. Nothing here
//! names a program: each entry of the instance's programs gets the same
//! [`ProgramState`].

use chrono::{DateTime, FixedOffset, NaiveDate};
use leptos::prelude::*;
use leptos::reactive::owner::WeakOwner;

use crate::rules::eligibility::{self, Evaluation};
use crate::rules::program::{Lookup, Program};

use super::clock;
use super::config::Config;
use super::draft::store::{new_idempotency_key, DraftStore, Loaded, Opened, Receipt, Record};
use super::draft::{Draft, Parsed};
use super::instance::Instance;
use super::prefill::{self, Answers};
use super::refusals::{self, Refusal};
use super::route::{Location, Page};
use super::submit::{submit, NotSentWhy, SubmitOutcome};

/// Everything about one program's application.
#[derive(Clone, Copy)]
pub struct ProgramState {
    pub program: &'static Program,
    /// What the person typed, exactly.
    pub draft: RwSignal<Draft>,
    /// When the draft was last written to storage.
    pub saved_at: RwSignal<Option<DateTime<FixedOffset>>>,
    /// The step to go back to ("Continue where you left off").
    pub resume: RwSignal<Option<Location>>,
    /// The eligibility preview's own answers (no personal data; not saved).
    pub preview: RwSignal<Draft>,
    /// The accepted submission, for the confirmation page: read from
    /// storage when first asked (see [`ProgramState::receipt`]).
    receipt: RwSignal<Option<Receipt>>,
    receipt_read: StoredValue<bool>,
    /// The last submission that was not accepted: the hook for the failure
    /// states (rejected answers, not sent, no endpoint).
    pub failure: RwSignal<Option<SubmitOutcome>>,
    /// The request, made with the first submission (see
    /// [`ProgramState::request`]); read it through `pending` and `outcome`.
    sending: RwSignal<Option<Action<(String, String), SubmitOutcome>>>,
    /// What the answers mean, made when a page first asks (see
    /// [`ProgramState::derived`]).
    derived: RwSignal<Option<Derived>>,
    /// Whether one of the program's pages has been opened: what only they
    /// need is armed then, once (see [`AppState::open_program`]).
    opened: StoredValue<bool>,
    /// Answers set from elsewhere than their page (a file taken up, a
    /// host's prefill) that the autosave owes a save, even on its first run.
    save_owed: StoredValue<bool>,
    /// The app's owner, under which the request and the derived memos are
    /// made: app-wide, so that a person leaving the check page mid-send
    /// still gets the outcome. Weak, as the owner holds this state.
    owner: StoredValue<WeakOwner>,
    store: DraftStore,
    config: StoredValue<Config>,
    today: NaiveDate,
    /// The payload of the latest submission, exactly as sent.
    pub sent: RwSignal<Option<Sent>>,
    /// What the backend refused in the latest submission.
    pub refusals: RwSignal<Vec<Refusal>>,
}

/// What a program's answers mean: parsed, judged by its rules, and the
/// refusals that still stand. Memos, made once for the app's life.
#[derive(Clone, Copy)]
pub struct Derived {
    pub parsed: Memo<Parsed>,
    pub evaluation: Memo<Evaluation>,
    pub preview_parsed: Memo<Parsed>,
    /// Over the rules the preview can judge only.
    pub preview_evaluation: Memo<Evaluation>,
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
    /// Check your answers as submitted, for the confirmation's record.
    pub record: Record,
}

/// The outcomes of the rules the preview can judge (those fed by a question
/// it asks), with the verdict over those alone.
pub fn preview_only(program: &Program, e: &Evaluation) -> Evaluation {
    let outcomes: Vec<_> = e
        .outcomes
        .iter()
        .filter(|o| program.preview_rules().any(|r| r == o.rule))
        .cloned()
        .collect();
    Evaluation {
        verdict: eligibility::verdict(&outcomes),
        outcomes,
    }
}

impl ProgramState {
    fn new(
        program: &'static Program,
        loaded: Option<Loaded>,
        store: DraftStore,
        today: NaiveDate,
        config: StoredValue<Config>,
    ) -> Self {
        let (draft, saved_at, resume) = match loaded {
            Some(l) => (l.draft, l.saved_at, l.resume),
            None => (Draft::blank(program), None, None),
        };
        ProgramState {
            program,
            draft: RwSignal::new(draft),
            saved_at: RwSignal::new(saved_at),
            resume: RwSignal::new(resume),
            preview: RwSignal::new(Draft::blank(program)),
            receipt: RwSignal::new(None),
            receipt_read: StoredValue::new(false),
            failure: RwSignal::new(None),
            sending: RwSignal::new(None),
            derived: RwSignal::new(None),
            opened: StoredValue::new(false),
            save_owed: StoredValue::new(false),
            owner: StoredValue::new(Owner::current().unwrap_or_default().downgrade()),
            store,
            config,
            today,
            sent: RwSignal::new(None),
            refusals: RwSignal::new(Vec::new()),
        }
    }

    /// Runs `make` under the app's owner, so that what it makes lives as
    /// long as the app, whichever page first asked.
    pub fn under_app<T>(&self, make: impl FnOnce() -> T) -> T {
        match self.owner.with_value(WeakOwner::upgrade) {
            Some(owner) => owner.with(make),
            None => make(),
        }
    }

    /// What the answers mean, made when a page first asks. Why not at
    /// start: the start page needs none of it, so opening the app judges
    /// no program's answers.
    pub fn derived(&self) -> Derived {
        if let Some(d) = self.derived.get_untracked() {
            return d;
        }
        let (program, draft, preview, refused, today) = (
            self.program,
            self.draft,
            self.preview,
            self.refusals,
            self.today,
        );
        let made = self.under_app(|| {
            let evaluate = program.behaviour().evaluate;
            let parsed = Memo::new(move |_| draft.with(|d| d.parse(program)));
            let evaluation = Memo::new(move |_| parsed.with(|p| evaluate(&p.values, today)));
            let standing_refusals = Memo::new(move |_| {
                refused.with(|all| {
                    if all.is_empty() {
                        return Vec::new();
                    }
                    let answers = parsed.with(|p| (program.behaviour().answers_json)(&p.values));
                    refusals::standing(all, &answers)
                })
            });
            let preview_parsed = Memo::new(move |_| preview.with(|d| d.parse(program)));
            let preview_evaluation = Memo::new(move |_| {
                preview_parsed.with(|p| preview_only(program, &evaluate(&p.values, today)))
            });
            Derived {
                parsed,
                evaluation,
                preview_parsed,
                preview_evaluation,
                standing_refusals,
            }
        });
        self.derived.set(Some(made));
        made
    }

    /// The derived memos if a page has made them (tracked): for watchers
    /// that must not make them (host events).
    pub fn derived_if_made(&self) -> Option<Derived> {
        self.derived.get()
    }

    pub fn parsed(&self) -> Memo<Parsed> {
        self.derived().parsed
    }

    pub fn evaluation(&self) -> Memo<Evaluation> {
        self.derived().evaluation
    }

    pub fn preview_parsed(&self) -> Memo<Parsed> {
        self.derived().preview_parsed
    }

    pub fn preview_evaluation(&self) -> Memo<Evaluation> {
        self.derived().preview_evaluation
    }

    pub fn standing_refusals(&self) -> Memo<Vec<Refusal>> {
        self.derived().standing_refusals
    }

    /// The accepted submission, read from this tab's storage when first
    /// asked. Why not at start: only the confirmation page shows it, so
    /// the receipt's reader stays out of the start-up module.
    pub fn receipt(&self) -> RwSignal<Option<Receipt>> {
        if !self.receipt_read.get_value() {
            self.receipt_read.set_value(true);
            let stored = self.store.load_receipt(self.program);
            self.receipt.update_untracked(|r| *r = stored);
        }
        self.receipt
    }

    /// The request of this program's submissions, made on the first one
    /// with what handles its outcomes. Why not at start: only the check
    /// page submits, so opening the app makes no request nor anything that
    /// handles its outcomes.
    fn request(&self) -> Action<(String, String), SubmitOutcome> {
        if let Some(action) = self.sending.get_untracked() {
            return action;
        }
        let config = self.config;
        let make = move || {
            Action::new_local(move |(key, body): &(String, String)| {
                let (key, body) = (key.clone(), body.clone());
                let config = config.get_value();
                async move { submit(&config, &key, &body).await }
            })
        };
        let action = self.under_app(|| {
            let action = make();
            self.on_outcome(action);
            action
        });
        self.sending.set(Some(action));
        action
    }

    /// Whether a submission is on its way.
    pub fn pending(&self) -> Signal<bool> {
        let sending = self.sending;
        Signal::derive(move || sending.get().is_some_and(|a| a.pending().get()))
    }

    /// The outcome of the latest submission, once it has one (tracked).
    pub fn outcome(&self) -> Option<SubmitOutcome> {
        self.sending.get().and_then(|a| a.value().get())
    }

    /// Builds the payload from the current answers and sends it. The
    /// idempotency key is made on the first attempt and kept in the draft, so
    /// every later attempt is recognisably the same application. `record`:
    /// the check page as the person saw it, kept with the receipt.
    pub fn submit(&self, record: Record) {
        let sending = self.request();
        if sending.pending().get_untracked() {
            return;
        }
        let key = match self.draft.with_untracked(|d| d.idempotency_key.clone()) {
            Some(key) => key,
            None => {
                let key = new_idempotency_key();
                self.draft.update(|d| d.idempotency_key = Some(key.clone()));
                key
            }
        };
        let submitted_at = clock::now();
        let (email, body) = self.parsed().with_untracked(|p| {
            // The language the person read the form in, for the PSF's reply.
            let locale = Some(super::i18n::locale().tag())
                .filter(|tag| crate::rules::payload::LOCALES.contains(tag));
            let body = (self.program.behaviour().payload_json)(
                &p.values,
                submitted_at,
                key.clone(),
                locale,
            );
            (p.values.text("email"), body)
        });
        let Ok(body) = body else {
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
            record,
        }));
        sending.dispatch_local((key, body));
    }

    /// Sends the very same payload again (the hook for "Try again").
    pub fn retry(&self) {
        let sending = self.request();
        if sending.pending().get_untracked() {
            return;
        }
        if let Some(sent) = self.sent.get_untracked() {
            self.failure.set(None);
            sending.dispatch_local((sent.key, sent.body));
        }
    }

    /// What happens with a submission's outcome: accepted → receipt, draft
    /// cleared, confirmation page; anything else → the failure hook, with
    /// the answers kept.
    fn on_outcome(self, sending: Action<(String, String), SubmitOutcome>) {
        let store = self.store;
        Effect::new(move |_| {
            let Some(outcome) = sending.value().get() else {
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
                        program: self.program,
                        reference,
                        received_at,
                        submitted_at: sent.submitted_at,
                        email: sent.email,
                        payload_json: sent.body,
                        decision: (self.program.behaviour().decision)(
                            sent.submitted_at.date_naive(),
                        ),
                        record: Some(sent.record),
                    };
                    store.save_receipt(&receipt);
                    self.receipt_read.set_value(true);
                    self.receipt.set(Some(receipt));
                    self.discard(store);
                    navigate(&Location::at(Page::Confirmation(self.program)));
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
                    let refused = refusals::from_problems(self.program, &problems, &answers);
                    let page = refusals::first_page(self.program, &refused);
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

    /// Sets the answers from elsewhere than their page (a file taken up, a
    /// host's prefill): saved even if the program's autosave is not armed
    /// yet, on its first run.
    pub fn set_draft_to_save(&self, draft: Draft) {
        self.save_owed.set_value(true);
        self.draft.set(draft);
    }

    /// Saves on every change of the answers or of the step, from the first
    /// change on (loading is not a change, a save owed is). A blank draft is
    /// not saved, so that merely looking at a step leaves nothing behind.
    fn autosave(self, store: DraftStore, location: RwSignal<Location>) {
        Effect::new(move |previous: Option<()>| {
            let here = location.get();
            if here.page.is_resumable() && here.page.program() == Some(self.program) {
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
                let owed = self.save_owed.get_value();
                if (previous.is_none() && !owed) || draft.is_blank() {
                    return;
                }
                self.save_owed.set_value(false);
                let now = clock::now();
                store.save(self.program, draft, now, resume.as_ref());
                self.saved_at.set(Some(now));
            });
        });
    }

    /// "Start again": forgets the answers here and in storage.
    pub fn discard(&self, store: DraftStore) {
        self.draft.set(Draft::blank(self.program));
        self.saved_at.set(None);
        self.resume.set(None);
        self.failure.set(None);
        store.clear(self.program);
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
    /// The programs on offer, in the start page's order.
    pub programs: &'static [&'static Program],
    states: StoredValue<Vec<ProgramState>>,
    pub store: DraftStore,
    pub config: StoredValue<Config>,
    /// The host's known answers (see [`prefill`]).
    prefill: StoredValue<Vec<Answers>>,
}

impl AppState {
    /// The state of `programs`, with what storage held when the page
    /// opened (`opened`, read by
    /// [`open_storage`](super::draft::store::open_storage) for these programs).
    pub fn new(
        config: Config,
        programs: &'static [&'static Program],
        opened: Opened,
        location: Location,
        today: NaiveDate,
    ) -> AppState {
        let Opened {
            persistent,
            notices,
            drafts,
        } = opened;
        let store = DraftStore::new(&config.storage_prefix, persistent, notices);
        let location = RwSignal::new(location);
        let config = StoredValue::new(config);
        let mut drafts = drafts.into_iter();
        let states: Vec<ProgramState> = programs
            .iter()
            .map(|&p| ProgramState::new(p, drafts.next().flatten(), store, today, config))
            .collect();
        AppState {
            today,
            location,
            navigations: RwSignal::new(0),
            programs,
            states: StoredValue::new(states),
            store,
            config,
            prefill: StoredValue::new(Vec::new()),
        }
    }

    /// The host's known answers, put in by [`AppState::open_program`].
    pub fn offer_prefill(&self, sources: Vec<Answers>) {
        self.prefill.set_value(sources);
    }

    /// Called by each of a program's pages before it draws; the first one
    /// puts in the host's prefill and arms the autosave, for the app's life,
    /// and gets the program's state back (to arm what sits above the state,
    /// its host events), the others `None`. Why not at start: only its pages
    /// change its answers (what is set from elsewhere is owed a save,
    /// [`ProgramState::set_draft_to_save`]), so opening the app on another
    /// page fills and saves nothing.
    pub fn open_program(&self, program: &'static Program) -> Option<ProgramState> {
        let state = self.program(program);
        if state.opened.get_value() {
            return None;
        }
        state.opened.set_value(true);
        self.prefill(state);
        let (store, location) = (self.store, self.location);
        state.under_app(|| state.autosave(store, location));
        Some(state)
    }

    /// Puts the host's known answers into the questions still empty, in the
    /// application and its eligibility preview. On the page the app opens
    /// on, filling alone saves nothing (a person who only looked leaves no
    /// draft behind); on a page moved to, it is saved as any change.
    fn prefill(&self, state: ProgramState) {
        let program = state.program;
        let opened_on = self.navigations.get_untracked() == 0;
        self.prefill.with_value(|sources| {
            for (draft, saved) in [(state.draft, true), (state.preview, false)] {
                let mut value = draft.get_untracked();
                let filled: usize = sources
                    .iter()
                    .map(|answers| prefill::fill(program, &mut value, answers))
                    .sum();
                if filled == 0 {
                    continue;
                }
                if opened_on {
                    // Before the page reads it, and owed no save.
                    draft.update_untracked(|d| *d = value);
                } else if saved {
                    state.set_draft_to_save(value);
                } else {
                    draft.set(value);
                }
            }
        });
    }

    /// The state of one program on offer (the first one's, should a page
    /// name a program the instance does not offer).
    pub fn program(&self, program: &'static Program) -> ProgramState {
        self.states.with_value(|states| {
            states
                .iter()
                .find(|s| s.program == program)
                .or(states.first())
                .copied()
                .expect("an app offers at least one program")
        })
    }

    pub fn each_program(&self) -> Vec<ProgramState> {
        self.states.get_value()
    }

    /// Whether a program has answers in progress (for the resume offer).
    pub fn has_draft(&self, program: &'static Program) -> bool {
        !self.program(program).draft.with(Draft::is_blank)
    }
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

/// Goes to `location`: through the URL hash in the standalone app (so that
/// Back and reload work), in memory in a widget.
pub fn navigate(location: &Location) {
    let memory = use_context::<Instance>().is_some_and(|i| !i.hash_routing);
    if memory {
        if let Some(app) = use_context::<AppState>() {
            // The visit first: a step's errors belong to one visit.
            app.navigations.update(|n| *n += 1);
            app.location.set(location.clone());
        }
        return;
    }
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_hash(&location.href());
    }
}
