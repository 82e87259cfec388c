use leptos::html;
use leptos::prelude::*;

use crate::rules::program::Program;
use crate::ui::draft::file::{self, FileProblem, FromFile};
use crate::ui::i18n::{tr, trf};
use crate::ui::ids::dom_id;
use crate::ui::instance::Instance;
use crate::ui::messages;
use crate::ui::route::{Location, Page};
use crate::ui::state::{navigate, use_app, AppState};

/// "Continue from a saved file": takes up a file made by "Save your answers
/// to a file", on this or another device. A file that cannot be used gets a
/// message and changes nothing; one that would replace answers in progress
/// waits for the person to say so. Reads and writes the app state.
#[component]
pub fn ContinueFromFile(
    /// The id of the section's heading, unique on the page.
    heading_id: &'static str,
) -> impl IntoView {
    let app = use_app();
    let instance = use_context::<Instance>();
    // A widget fixed to a program takes files of that program only.
    let offered: Vec<&'static Program> = match instance.and_then(|i| i.program) {
        Some(p) => vec![p],
        None => app.programs.to_vec(),
    };
    let offered = StoredValue::new(offered);
    let problem = RwSignal::new(None::<FileProblem>);
    let waiting = StoredValue::new(None::<FromFile>);
    let asking = RwSignal::new(None::<&'static Program>);
    let status = RwSignal::new(String::new());
    let input = NodeRef::<html::Input>::new();
    let question = NodeRef::<html::Div>::new();
    let (heading_id, input_id) = (dom_id(heading_id), dom_id(&format!("{heading_id}-input")));
    let (hint_id, error_id) = (format!("{input_id}-hint"), format!("{input_id}-error"));

    let on_change = move |_| {
        let Some(el) = input.get_untracked() else {
            return;
        };
        let Some(chosen) = el.files().and_then(|f| f.get(0)) else {
            return;
        };
        // Cleared so that choosing the same file again (after a message) is a change.
        el.set_value("");
        asking.set(None);
        status.set(String::new());
        if chosen.size() > file::MAX_FILE_BYTES {
            problem.set(Some(FileProblem::TooLarge));
            return;
        }
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(chosen.text())
                .await
                .ok()
                .and_then(|t| t.as_string());
            let read = match text {
                Some(text) => offered.with_value(|o| file::read_file(&text, o)),
                None => Err(FileProblem::Unreadable),
            };
            match read {
                Err(p) => problem.set(Some(p)),
                Ok(from) => {
                    problem.set(None);
                    let program = from.program;
                    if app.has_draft(program) {
                        waiting.set_value(Some(from));
                        asking.set(Some(program));
                        if let Some(q) = question.get_untracked() {
                            let _ = q.focus();
                        }
                    } else {
                        take_up(app, from);
                    }
                }
            }
        });
    };
    let on_replace = move |_| {
        if let Some(from) = waiting.try_update_value(Option::take).flatten() {
            asking.set(None);
            take_up(app, from);
        }
    };
    let on_keep = move |_| {
        waiting.set_value(None);
        asking.set(None);
        status.set(tr!("continue-from-file-kept", "Your answers are unchanged.").into());
        if let Some(el) = input.get_untracked() {
            let _ = el.focus();
        }
    };
    let replace_id = format!("{heading_id}-replace");
    let asking_view = move || {
        let replace_id = replace_id.clone();
        asking.get().map(|program| {
            let saved = app.program(program).saved_at.get_untracked();
            let title = trf!(
                "continue-from-file-replace-title",
                "Replace your { $program } answers?",
                &[("program", messages::program_name(program).into())],
            );
            let text = trf!(
                "continue-from-file-replace-text",
                "{ $in_progress }. { $saved } The answers in the file would replace them.",
                &[
                    ("in_progress", messages::draft_in_progress(program).into()),
                    ("saved", messages::draft_saved(saved).into()),
                ],
            );
            let replace = tr!("continue-from-file-replace", "Replace them with the file’s answers");
            let keep = tr!("continue-from-file-keep", "Keep the answers I have");
            view! {
                <div class="psf-notification psf-notification--question" tabindex="-1" node_ref=question
                    role="group" aria-labelledby=replace_id.clone()>
                    <h3 class="psf-notification__title" id=replace_id.clone()>
                        {title}
                    </h3>
                    <p class="psf-notification__text">{text}</p>
                    <div class="psf-button-group">
                        <button type="button" class="psf-button" on:click=on_replace>
                            {replace}
                        </button>
                        <button type="button" class="psf-button psf-button--secondary" on:click=on_keep>
                            {keep}
                        </button>
                    </div>
                </div>
            }
        })
    };
    let error = move || problem.get().map(messages::file_problem);
    let heading = tr!("continue-from-file-heading", "Continue from a saved file");
    let label = tr!("continue-from-file-label", "Choose your saved answers file");
    let hint = tr!(
        "continue-from-file-hint",
        "The .json file you made with “Save your answers to a file”, on this or another device.",
    );
    let error_lead = tr!("continue-from-file-error-lead", "Error: ");
    view! {
        <section class="psf-continue-file psf-no-print" aria-labelledby=heading_id.clone()>
            <h2 class="psf-heading-m" id=heading_id.clone()>{heading}</h2>
            <div class="psf-form-group" class:psf-form-group--error=move || problem.with(Option::is_some)>
                <label class="psf-label" for=input_id.clone()>{label}</label>
                <div class="psf-hint" id=hint_id.clone()>{hint}</div>
                {
                    let error_id = error_id.clone();
                    move || error().map(|m| view! {
                        <p class="psf-error-message" id=error_id.clone()>
                            <span class="psf-visually-hidden">{error_lead}</span>
                            {m}
                        </p>
                    })
                }
                <input
                    class="psf-file-upload"
                    type="file"
                    accept=".json,application/json"
                    id=input_id.clone()
                    node_ref=input
                    aria-describedby=move || {
                        if problem.with(Option::is_some) { format!("{hint_id} {error_id}") } else { hint_id.clone() }
                    }
                    on:change=on_change
                />
            </div>
            {asking_view}
            <div class="psf-visually-hidden" role="status">
                {move || status.get()}
                {move || error().unwrap_or_default()}
            </div>
        </section>
    }
}

/// Makes the file's answers the program's draft (owed a save by the autosave) and
/// goes where the person left off.
fn take_up(app: AppState, from: FromFile) {
    let state = app.program(from.program);
    let first = Location::at(Page::Step(from.program, 0));
    let resume = from.resume.unwrap_or(first);
    state.failure.set(None);
    state.refusals.set(Vec::new());
    state.resume.set(Some(resume.clone()));
    state.set_draft_to_save(from.draft);
    if let Some(n) = from.notice {
        app.store.notify(n);
    }
    navigate(&resume);
}
