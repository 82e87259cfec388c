//! Check your answers, then submit. Submit is refused while any answer has a
//! problem or any eligibility criterion is not met or not answered, and the
//! page says which and links to each. One section per step of the
//! definition, one row per question (a revealed answer shows in the row of
//! the question that reveals it).

use leptos::html;
use leptos::prelude::*;

use crate::ui::page_memo::page_memo;

use crate::rules::eligibility::{Reason, Status};
use crate::rules::program::{Control, Lookup, Program, Question, StepHook, Value};

use super::use_title;
use crate::ui::components::back_link::BackLink;
use crate::ui::components::check_answers::{SummaryList, SummaryRow};
use crate::ui::components::eligibility_panel::EligibilityPanel;
use crate::ui::components::page_heading::PageHeading;
use crate::ui::components::print_button::PrintButton;
use crate::ui::components::save_to_file::SaveToFile;
use crate::ui::components::step_indicator::StepIndicator;
use crate::ui::components::submit_problem::SubmitProblem;
use crate::ui::draft::store::Record;
use crate::ui::draft::{index_of, Answer, Draft, Parsed};
use crate::ui::i18n::{lower_case, tr, trf};
use crate::ui::messages;
use crate::ui::refusals;
use crate::ui::route::{Location, Page};
use crate::ui::scroll;
use crate::ui::state::use_app;
use crate::ui::validation::{
    all_problems, error_target_id, input_id, item_id, line_target_id, Problem,
};
use crate::ui::words;

/// A "Change" link: to the question, coming back here afterwards.
fn change_href(page: Page, focus: String) -> String {
    Location {
        page,
        return_to_check: true,
        focus: Some(focus),
    }
    .href()
}

fn typed(s: &str) -> Vec<String> {
    let s = s.trim();
    if s.is_empty() {
        Vec::new()
    } else {
        s.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect()
    }
}

/// What a question's row says: the answer as read, or as typed when it does
/// not read ("about 300"), or nothing when not answered.
fn shown_value(
    program: &'static Program,
    q: &'static Question,
    d: &Draft,
    p: &Parsed,
) -> Vec<String> {
    let w = words::of(program).question(q.name);
    let Some(i) = index_of(program, q.name) else {
        return Vec::new();
    };
    let value = &p.values.values[i];
    match (d.answer(i), value) {
        (_, Value::Rows(rows)) => rows
            .iter()
            .enumerate()
            .map(|(n, row)| {
                let typed = d.lines(i).get(n);
                let parts: Vec<String> = q
                    .control
                    .fields()
                    .iter()
                    .enumerate()
                    .zip(row)
                    .filter_map(|((f, field), value)| {
                        let fw = words::of(program).field(q.name, field.name);
                        match value {
                            Value::Flag(true) => Some(fw.summary_key.to_string()),
                            Value::Flag(false) => None,
                            // What was typed, when it does not read ("12.5k").
                            Value::Blank => typed
                                .and_then(|l| l.answers.get(f))
                                .map(|a| a.text().trim().to_string())
                                .filter(|t| !t.is_empty()),
                            other => shown(field, fw, other),
                        }
                    })
                    .collect();
                trf!(
                    "check-answers-line",
                    "{ $line }: { $answers }",
                    &[
                        ("line", messages::line_name(w.item, n + 1).into()),
                        ("answers", parts.join(", ").into()),
                    ],
                )
            })
            .collect(),
        (_, value @ (Value::Number(_) | Value::Date(_) | Value::Flag(_))) => {
            shown(q, w, value).into_iter().collect()
        }
        (_, Value::Code(code)) => {
            let label = w.option(code);
            let revealed: Vec<String> = program
                .revealed(q, code)
                .map(|r| p.values.text(r.name))
                .filter(|t| !t.is_empty())
                .collect();
            let line = match revealed.first() {
                Some(text) => trf!(
                    "check-answers-revealed",
                    "{ $option }: { $text }",
                    &[("option", label.into()), ("text", text.as_str().into())],
                ),
                None => label.to_string(),
            };
            vec![line]
        }
        (_, Value::Codes(ticked)) => {
            let total = q.control.codes().count();
            vec![messages::checklist_summary(ticked.len(), total)]
        }
        (Some(Answer::Date(parts)), _) => typed(&format!(
            "{} {} {}",
            parts.day.trim(),
            parts.month.trim(),
            parts.year.trim()
        )),
        (Some(Answer::Text(raw)), _) => typed(raw),
        _ => Vec::new(),
    }
}

/// One value as a person reads it: a number with its unit, a date in
/// words, yes or no, an option's label.
fn shown(q: &Question, w: &words::QuestionWords, value: &Value) -> Option<String> {
    Some(match value {
        Value::Number(n) if q.control == Control::Money => messages::money(*n),
        // A count, so grouped as other figures are: one past 100 still
        // shows here, beside its error.
        Value::Number(n) if q.control == Control::Percentage => {
            trf!("check-answers-percent", "{ $n }%", &[("n", (*n).into())])
        }
        Value::Number(n) => messages::number(*n),
        Value::Date(date) => messages::date(*date),
        Value::Flag(b) => messages::yes_no(*b).to_string(),
        Value::Code(code) => w.option(code).to_string(),
        Value::Text(t) => t.clone(),
        _ => return None,
    })
}

/// The sections of the page: one per step, headed by its label.
fn sections(
    program: &'static Program,
    d: &Draft,
    parsed: &Parsed,
    problems: &[Problem],
) -> Vec<(&'static str, Vec<SummaryRow>)> {
    program
        .steps
        .iter()
        .enumerate()
        .map(|(i, step)| {
            let page = Page::Step(program, i);
            let rows = step
                .questions()
                .filter(|q| q.revealed_by.is_none())
                .map(|q| {
                    let value = shown_value(program, q, d, parsed);
                    let problem = if step.hook == Some(StepHook::Acknowledgements) {
                        checklist_problem(q, parsed)
                    } else if value.is_empty() {
                        // "Not answered" says enough, and the list above Submit names it.
                        None
                    } else {
                        let lines = matches!(q.control, Control::List(_))
                            .then(|| format!("{}-", input_id(program, q)));
                        problems
                            .iter()
                            .find(|p| {
                                p.field == Some(q.name)
                                    || lines
                                        .as_ref()
                                        .is_some_and(|l| p.target_id.starts_with(l.as_str()))
                            })
                            .map(|p| p.message.clone())
                    };
                    SummaryRow {
                        key: words::of(program).question(q.name).summary_key.to_string(),
                        value,
                        change_href: change_href(page, change_target(program, q, d)),
                        problem,
                    }
                })
                .collect();
            (messages::step_label(page), rows)
        })
        .collect()
}

/// The texts of every ticked box of a checklist, word for word, as agreed.
fn agreed(program: &'static Program, parsed: &Parsed) -> Vec<String> {
    program
        .questions
        .iter()
        .filter(|q| matches!(q.control, Control::Checklist(_)))
        .flat_map(|q| {
            let w = words::of(program).question(q.name);
            parsed
                .values
                .codes(q.name)
                .iter()
                .map(move |code| w.checkbox_label(code).to_string())
        })
        .collect()
}

/// Where a row's "Change" leads: the question's input; for a list with
/// lines, the first line's first input (its Add button would only add one).
fn change_target(program: &'static Program, q: &'static Question, d: &Draft) -> String {
    let first_line = index_of(program, q.name)
        .and_then(|i| d.lines(i).first())
        .zip(q.control.fields().first());
    match first_line {
        Some((line, field)) => line_target_id(program, q, line.key, field),
        None => error_target_id(program, q),
    }
}

/// The acknowledgements' row says how many are still to be agreed to.
fn checklist_problem(q: &Question, parsed: &Parsed) -> Option<String> {
    let total = q.control.codes().count();
    let ticked = parsed.values.codes(q.name).len();
    let rule = q.feeds.first()?;
    (ticked < total).then(|| {
        messages::reason(
            *rule,
            &Reason::AcknowledgementsMissing {
                missing: (total - ticked) as u32,
                total: total as u32,
            },
        )
    })
}

/// A blocking criterion's status in its line, "(not met):".
fn blocked_status(status: Status) -> String {
    trf!(
        "check-answers-blocked-status",
        "({ $status }):",
        &[("status", lower_case(messages::status_label(status)).into(),)],
    )
}

/// The step a problem belongs to: its question's, or for a box of a
/// checklist, the checklist's.
fn step_of(program: &'static Program, p: &Problem) -> Page {
    if let Some(name) = p.field {
        return refusals::page_of(program, name);
    }
    program
        .page_order()
        .find(|q| match &q.control {
            Control::Checklist(items) => items.iter().any(|i| item_id(program, i) == p.target_id),
            Control::List(_) => p
                .target_id
                .starts_with(&format!("{}-", input_id(program, q))),
            _ => false,
        })
        .map_or(Page::Check(program), |q| refusals::page_of(program, q.name))
}

/// Check your answers and submit, for any program.
#[component]
pub fn CheckPage(program: &'static Program) -> impl IntoView {
    let state = use_app().program(program);
    // Made here, in the page's body, rather than first inside a memo.
    let derived = state.derived();
    let page = Page::Check(program);
    let problems = page_memo(move |_| {
        state
            .draft
            .with(|d| derived.parsed.with(|p| all_problems(program, d, p)))
    });
    // The rows read the app's parsed answers rather than parsing again.
    let sections = Signal::derive(move || {
        problems.with(|p| {
            state.draft.with(|d| {
                derived
                    .parsed
                    .with(|parsed| sections(program, d, parsed, p))
            })
        })
    });
    let back = page.previous();

    use_title(page, Signal::derive(|| false));
    let blocking_rules = page_memo(move |_| {
        derived.evaluation.with(|e| {
            e.outcomes
                .iter()
                .filter(|o| matches!(o.status, Status::Fail | Status::Unknown))
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let blocked =
        move || problems.with(|p| !p.is_empty()) || blocking_rules.with(|r| !r.is_empty());
    let pending = state.pending();
    let blocked_box = NodeRef::<html::Div>::new();
    let offset = scroll::offset_setting();
    // Prefixed per widget, so that two check pages on one host never share it.
    let blocked_id = StoredValue::new(crate::ui::ids::dom_id("psf-blocked"));
    let agreed = page_memo(move |_| derived.parsed.with(|p| agreed(program, p)));
    let on_submit = move |_| {
        if blocked() {
            if let Some(el) = blocked_box.get_untracked() {
                scroll::reveal(&el, &el, offset);
            }
            return;
        }
        let record = derived.evaluation.with_untracked(|e| Record {
            sections: sections
                .get_untracked()
                .into_iter()
                .map(|(title, rows)| {
                    let rows = rows.into_iter().map(|r| (r.key, r.value)).collect();
                    (title.to_string(), rows)
                })
                .collect(),
            eligibility: e
                .outcomes
                .iter()
                .map(|o| {
                    let title = trf!(
                        "check-answers-record-criterion",
                        "{ $criterion }: { $status }",
                        &[
                            ("criterion", messages::rule_title(o.rule).into()),
                            (
                                "status",
                                lower_case(messages::status_label(o.status)).into(),
                            ),
                        ],
                    );
                    (title, messages::reason(o.rule, &o.reason))
                })
                .collect(),
            agreed: agreed.get_untracked(),
        });
        state.submit(record);
    };
    let download = Signal::derive(move || {
        state.sent.with(|s| {
            s.as_ref()
                .map(|s| crate::ui::download::data_href("application/json", &s.body))
        })
    });
    let download_name = format!("psf-{}-application.json", program.slug);
    let agreed_heading = tr!("check-answers-agreed-heading", "What you agreed to");
    let eligibility_heading = tr!("check-answers-eligibility-heading", "Eligibility");
    let blocked_heading = tr!("check-answers-blocked-heading", "You can't submit yet");
    let problems_intro = tr!(
        "check-answers-problems-intro",
        "Some answers are missing or need changing:",
    );
    let criteria_intro = tr!(
        "check-answers-criteria-intro",
        "These criteria are not met, or not answered yet:",
    );
    let change = tr!("check-answers-change", "Change");
    let consider_before = tr!(
        "check-answers-consider-before",
        "If you think the PSF should still consider your application, email ",
    );
    let consider_after = tr!("check-answers-consider-after", ".");
    let send_heading = tr!("check-answers-send-heading", "Now send your application");
    let declaration = tr!(
        "check-answers-declaration",
        "By submitting this application you confirm that, to the best of your knowledge, your answers are correct.",
    );
    let sending_status = tr!("check-answers-sending-status", "Sending your application…");
    let sending = tr!("check-answers-sending-button", "Sending…");
    let submit = tr!("check-answers-submit-button", "Submit application");
    view! {
        <div class="psf-page">
            <BackLink href=back.href() />
            <StepIndicator program=program current=page />
            <PageHeading text=messages::page_heading(page) caption=messages::application_name(program) />
            {move || {
                sections
                    .get()
                    .into_iter()
                    .map(|(title, rows)| {
                        view! {
                            <h2 class="psf-heading-m">{title}</h2>
                            <SummaryList rows=rows />
                        }
                    })
                    .collect_view()
            }}
            <Show when=move || agreed.with(|a| !a.is_empty())>
                <div class="psf-print-only">
                    <h2 class="psf-heading-m">{agreed_heading}</h2>
                    <ol class="psf-list psf-list--number">
                        {move || agreed.get().into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}
                    </ol>
                </div>
            </Show>
            <EligibilityPanel evaluation=derived.evaluation heading=eligibility_heading open=true id="psf-check-eligibility" />
            <Show when=blocked>
                <div class="psf-blocked" tabindex="-1" node_ref=blocked_box id=blocked_id.get_value()>
                    <h2 class="psf-heading-m">{blocked_heading}</h2>
                    <Show when=move || problems.with(|p| !p.is_empty())>
                        <p class="psf-body">{problems_intro}</p>
                        <ul class="psf-list">
                            <For
                                each=move || problems.get()
                                key=|p| (p.target_id.clone(), p.message.clone())
                                let(p)
                            >
                                <li>
                                    <a class="psf-link" href=change_href(step_of(program, &p), p.target_id.clone())>
                                        {p.message.clone()}
                                    </a>
                                </li>
                            </For>
                        </ul>
                    </Show>
                    <Show when=move || blocking_rules.with(|r| !r.is_empty())>
                        <p class="psf-body">{criteria_intro}</p>
                        <ul class="psf-list">
                            <For each=move || blocking_rules.get() key=|o| o.rule let(o)>
                                {
                                    let (step, focus) = program
                                        .rules
                                        .iter()
                                        .find(|r| r.id == o.rule)
                                        .map_or((Page::Check(program), String::new()), |r| {
                                            (refusals::page_of(program, r.question.name), error_target_id(program, r.question))
                                        });
                                    view! {
                                        <li>
                                            <strong>{messages::rule_title(o.rule)}</strong>
                                            " "
                                            {blocked_status(o.status)}
                                            " "
                                            {messages::reason(o.rule, &o.reason)}
                                            " "
                                            <a class="psf-link" href=change_href(step, focus)>
                                                {change}
                                                <span class="psf-visually-hidden">
                                                    " " {lower_case(&messages::rule_title(o.rule))}
                                                </span>
                                            </a>
                                        </li>
                                    }
                                }
                            </For>
                        </ul>
                        <p class="psf-body">
                            {consider_before}
                            <a class="psf-link" href="mailto:grants@python.org">"grants@python.org"</a>
                            {consider_after}
                        </p>
                    </Show>
                </div>
            </Show>
            {move || {
                state
                    .failure
                    .get()
                    .map(|outcome| {
                        view! {
                            <SubmitProblem
                                outcome=outcome
                                on_retry=Callback::new(move |_| state.retry())
                                download_href=download
                                download_name=download_name.clone()
                            />
                        }
                    })
            }}
            <div class="psf-button-group psf-no-print">
                <PrintButton />
            </div>
            <SaveToFile program=program />
            <h2 class="psf-heading-m">{send_heading}</h2>
            <p class="psf-body">{declaration}</p>
            <div class="psf-status" role="status">
                {move || pending.get().then_some(sending_status)}
            </div>
            <button
                type="button"
                class="psf-button"
                class:psf-button--blocked=blocked
                aria-disabled=move || blocked().then_some("true")
                aria-describedby=move || blocked().then(|| blocked_id.get_value())
                disabled=move || pending.get()
                on:click=on_submit
            >
                {move || if pending.get() { sending } else { submit }}
            </button>
        </div>
    }
}
