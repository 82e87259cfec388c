//! Check your answers, then submit. Submit is refused while any answer has a
//! problem or any eligibility criterion is not met or not answered, and the
//! page says which and links to each.

use leptos::html;
use leptos::prelude::*;

use crate::ui::page_memo::page_memo;

use crate::rules::acknowledgements::ACKNOWLEDGEMENTS;
use crate::rules::eligibility::{RuleId, Status};

use super::use_title;
use crate::ui::components::back_link::BackLink;
use crate::ui::components::check_answers::{SummaryList, SummaryRow};
use crate::ui::components::eligibility_panel::EligibilityPanel;
use crate::ui::components::page_heading::PageHeading;
use crate::ui::components::step_indicator::StepIndicator;
use crate::ui::components::submit_problem::SubmitProblem;
use crate::ui::draft::{CpDraft, MpDraft, ProgramDraft};
use crate::ui::fields::{Field, Program, CP_APPLICANT, CP_EVENT, MP_APPLICANT, MP_GROUP};
use crate::ui::messages;
use crate::ui::route::{Location, Page};
use crate::ui::scroll;
use crate::ui::state::{use_app, ProgramState};
use crate::ui::validation::{
    acknowledgement_id, acknowledgement_problems, field_problems, Problem,
};

/// The step and question behind each rule, for "Change" links.
fn rule_question(rule: RuleId) -> (Page, String) {
    let at = |page: Page, field: Field| (page, field.error_target_id());
    match rule {
        RuleId::CpPythonShare => at(Page::CpEvent, Field::CpPythonPercent),
        RuleId::CpWebPage => at(Page::CpEvent, Field::CpWebsite),
        RuleId::CpCodeOfConduct => at(Page::CpEvent, Field::CpCocHasReporting),
        RuleId::CpCommunityImpact => at(Page::CpEvent, Field::CpDescription),
        RuleId::CpAcknowledgements => (
            Page::CpAcknowledgements,
            acknowledgement_id(ACKNOWLEDGEMENTS[0].id),
        ),
        RuleId::CpWindow => at(Page::CpEvent, Field::CpEventDate),
        RuleId::CpGroupNotEvent => at(Page::CpEvent, Field::CpEventType),
        RuleId::MpMeetupUrl => at(Page::MpGroup, Field::MpMeetupUrl),
        RuleId::MpPythonShare => at(Page::MpGroup, Field::MpPythonPercent),
        RuleId::MpCodeOfConduct => at(Page::MpGroup, Field::MpCocInAbout),
        RuleId::MpEventsPerYear => at(Page::MpGroup, Field::MpEventsHeld),
    }
}

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

/// A row; an answer given but not accepted says why ("Not answered" says
/// enough for a missing one, and the list above Submit names them all).
fn row(field: Field, page: Page, value: Vec<String>, problems: &[Problem]) -> SummaryRow {
    let problem = if value.is_empty() {
        None
    } else {
        problems
            .iter()
            .find(|p| p.field == Some(field))
            .map(|p| p.message.clone())
    };
    SummaryRow {
        key: messages::summary_key(field).to_string(),
        value,
        change_href: change_href(page, field.error_target_id()),
        problem,
    }
}

fn cp_sections(d: &CpDraft, problems: &[Problem]) -> Vec<(&'static str, Vec<SummaryRow>)> {
    let parsed = d.parse();
    let a = &parsed.answers;
    let ev = Page::CpEvent;
    let flag = |b: Option<bool>| {
        b.map(|b| vec![messages::yes_no(b).to_string()])
            .unwrap_or_default()
    };
    let event_type = match a.event_type {
        Some(crate::rules::community_partner::EventType::Other)
            if !a.event_type_other.is_empty() =>
        {
            vec![format!("Other: {}", a.event_type_other)]
        }
        Some(t) => vec![messages::event_type_label(t).to_string()],
        None => Vec::new(),
    };
    let date = match a.event_date {
        Some(date) => vec![messages::date(date)],
        None => typed(&format!(
            "{} {} {}",
            d.event_date.day.trim(),
            d.event_date.month.trim(),
            d.event_date.year.trim()
        )),
    };
    let number = |n: Option<u32>, raw: &str, unit: &str| match n {
        Some(n) => vec![format!("{}{unit}", messages::number(n))],
        None => typed(raw),
    };
    let ticked = ACKNOWLEDGEMENTS
        .iter()
        .filter(|x| d.acknowledged.contains(&x.id))
        .count();
    let ack_problem = (ticked < ACKNOWLEDGEMENTS.len()).then(|| {
        messages::reason(
            RuleId::CpAcknowledgements,
            &crate::rules::eligibility::Reason::AcknowledgementsMissing {
                missing: (ACKNOWLEDGEMENTS.len() - ticked) as u32,
                total: ACKNOWLEDGEMENTS.len() as u32,
            },
        )
    });
    vec![
        (
            "Your details",
            vec![
                row(
                    Field::CpFirstName,
                    Page::CpApplicant,
                    typed(&d.first_name),
                    problems,
                ),
                row(
                    Field::CpLastName,
                    Page::CpApplicant,
                    typed(&d.last_name),
                    problems,
                ),
                row(Field::CpEmail, Page::CpApplicant, typed(&d.email), problems),
            ],
        ),
        (
            "Event or initiative",
            vec![
                row(Field::CpEventType, ev, event_type, problems),
                row(Field::CpTitle, ev, typed(&d.title), problems),
                row(Field::CpDescription, ev, typed(&d.description), problems),
                row(
                    Field::CpPythonPercent,
                    ev,
                    number(a.python_percent, &d.python_percent, "%"),
                    problems,
                ),
                row(
                    Field::CpFirstApplication,
                    ev,
                    flag(a.first_application),
                    problems,
                ),
                row(Field::CpEventDate, ev, date, problems),
                row(Field::CpWebsite, ev, typed(&d.website), problems),
                row(
                    Field::CpCodeOfConductUrl,
                    ev,
                    typed(&d.code_of_conduct_url),
                    problems,
                ),
                row(
                    Field::CpCocHasReporting,
                    ev,
                    flag(a.coc_has_reporting),
                    problems,
                ),
                row(Field::CpCity, ev, typed(&d.city), problems),
                row(Field::CpCountry, ev, typed(&d.country), problems),
                row(
                    Field::CpExpectedAttendees,
                    ev,
                    number(a.expected_attendees, &d.expected_attendees, ""),
                    problems,
                ),
            ],
        ),
        (
            "Acknowledgements",
            vec![SummaryRow {
                key: messages::summary_key(Field::CpAcknowledgements).to_string(),
                value: vec![messages::acknowledgements_summary(
                    ticked,
                    ACKNOWLEDGEMENTS.len(),
                )],
                change_href: change_href(
                    Page::CpAcknowledgements,
                    acknowledgement_id(ACKNOWLEDGEMENTS[0].id),
                ),
                problem: ack_problem,
            }],
        ),
    ]
}

fn mp_sections(d: &MpDraft, problems: &[Problem]) -> Vec<(&'static str, Vec<SummaryRow>)> {
    let parsed = d.parse();
    let a = &parsed.answers;
    let g = Page::MpGroup;
    let number = |n: Option<u32>, raw: &str, unit: &str| match n {
        Some(n) => vec![format!("{}{unit}", messages::number(n))],
        None => typed(raw),
    };
    vec![
        (
            "Your details",
            vec![
                row(
                    Field::MpFullName,
                    Page::MpApplicant,
                    typed(&d.full_name),
                    problems,
                ),
                row(Field::MpEmail, Page::MpApplicant, typed(&d.email), problems),
                row(Field::MpRole, Page::MpApplicant, typed(&d.role), problems),
            ],
        ),
        (
            "Meetup group",
            vec![
                row(Field::MpGroupName, g, typed(&d.group_name), problems),
                row(Field::MpMeetupUrl, g, typed(&d.meetup_url), problems),
                row(Field::MpCity, g, typed(&d.city), problems),
                row(Field::MpCountry, g, typed(&d.country), problems),
                row(
                    Field::MpCodeOfConductUrl,
                    g,
                    typed(&d.code_of_conduct_url),
                    problems,
                ),
                row(
                    Field::MpCocInAbout,
                    g,
                    a.coc_in_about
                        .map(|b| vec![messages::yes_no(b).to_string()])
                        .unwrap_or_default(),
                    problems,
                ),
                row(
                    Field::MpEventsHeld,
                    g,
                    number(a.events_last_12_months, &d.events_last_12_months, ""),
                    problems,
                ),
                row(
                    Field::MpEventsPlanned,
                    g,
                    number(a.events_next_12_months, &d.events_next_12_months, ""),
                    problems,
                ),
                row(
                    Field::MpPythonPercent,
                    g,
                    number(a.python_percent, &d.python_percent, "%"),
                    problems,
                ),
            ],
        ),
    ]
}

/// Community Partner: check your answers and submit.
#[component]
pub fn CpCheckPage() -> impl IntoView {
    let app = use_app();
    let cp = app.cp;
    let problems = page_memo(move |_| {
        cp.draft.with(|d| {
            cp.parsed.with(|p| {
                let mut all = field_problems(d, p, &CP_APPLICANT);
                all.extend(field_problems(d, p, &CP_EVENT));
                all.extend(acknowledgement_problems(&d.acknowledged));
                all
            })
        })
    });
    let sections = Signal::derive(move || problems.with(|p| cp.draft.with(|d| cp_sections(d, p))));
    view! { <CheckPage state=cp page=Page::CpCheck back=Page::CpAcknowledgements problems=problems sections=sections /> }
}

/// Meetup Pro: check your answers and submit.
#[component]
pub fn MpCheckPage() -> impl IntoView {
    let app = use_app();
    let mp = app.mp;
    let problems = page_memo(move |_| {
        mp.draft.with(|d| {
            mp.parsed.with(|p| {
                let mut all = field_problems(d, p, &MP_APPLICANT);
                all.extend(field_problems(d, p, &MP_GROUP));
                all
            })
        })
    });
    let sections = Signal::derive(move || problems.with(|p| mp.draft.with(|d| mp_sections(d, p))));
    view! { <CheckPage state=mp page=Page::MpCheck back=Page::MpGroup problems=problems sections=sections /> }
}

/// The page itself, for either program.
#[component]
fn CheckPage<D: ProgramDraft>(
    state: ProgramState<D>,
    page: Page,
    back: Page,
    /// Every answer problem of every step.
    #[prop(into)]
    problems: Signal<Vec<Problem>>,
    #[prop(into)] sections: Signal<Vec<(&'static str, Vec<SummaryRow>)>>,
) -> impl IntoView {
    let program = D::PROGRAM;
    use_title(page, Signal::derive(|| false));
    let blocking_rules = page_memo(move |_| {
        state.evaluation.with(|e| {
            e.outcomes
                .iter()
                .filter(|o| matches!(o.status, Status::Fail | Status::Unknown))
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let blocked =
        move || problems.with(|p| !p.is_empty()) || blocking_rules.with(|r| !r.is_empty());
    let pending = state.sending.pending();
    let blocked_box = NodeRef::<html::Div>::new();
    let offset = scroll::offset_setting();
    // Prefixed per widget, so that two check pages on one host never share it.
    let blocked_id = StoredValue::new(crate::ui::embed::dom_id("psf-blocked"));
    let on_submit = move |_| {
        if blocked() {
            if let Some(el) = blocked_box.get_untracked() {
                scroll::reveal(&el, &el, offset);
            }
            return;
        }
        state.submit();
    };
    let download = Signal::derive(move || {
        state.sent.with(|s| {
            s.as_ref().map(|s| {
                format!(
                    "data:application/json;charset=utf-8,{}",
                    String::from(js_sys::encode_uri_component(&s.body))
                )
            })
        })
    });
    let download_name = format!("psf-{}-application.json", program.slug());
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
            <EligibilityPanel evaluation=state.evaluation heading="Eligibility" open=true id="psf-check-eligibility" />
            <Show when=blocked>
                <div class="psf-blocked" tabindex="-1" node_ref=blocked_box id=blocked_id.get_value()>
                    <h2 class="psf-heading-m">"You can't submit yet"</h2>
                    <Show when=move || problems.with(|p| !p.is_empty())>
                        <p class="psf-body">"Some answers are missing or need changing:"</p>
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
                        <p class="psf-body">"These criteria are not met, or not answered yet:"</p>
                        <ul class="psf-list">
                            <For each=move || blocking_rules.get() key=|o| o.rule let(o)>
                                {
                                    let (step, focus) = rule_question(o.rule);
                                    view! {
                                        <li>
                                            <strong>{messages::rule_title(o.rule)}</strong>
                                            " ("
                                            {messages::status_label(o.status).to_lowercase()}
                                            "): "
                                            {messages::reason(o.rule, &o.reason)}
                                            " "
                                            <a class="psf-link" href=change_href(step, focus)>
                                                "Change"
                                                <span class="psf-visually-hidden">
                                                    " " {messages::rule_title(o.rule).to_lowercase()}
                                                </span>
                                            </a>
                                        </li>
                                    }
                                }
                            </For>
                        </ul>
                        <p class="psf-body">
                            "If you think the PSF should still consider your application, email "
                            <a class="psf-link" href="mailto:grants@python.org">"grants@python.org"</a>
                            "."
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
            <h2 class="psf-heading-m">"Now send your application"</h2>
            <p class="psf-body">
                "By submitting this application you confirm that, to the best of your knowledge, your answers are correct."
            </p>
            <div class="psf-status" role="status">
                {move || pending.get().then_some("Sending your application…")}
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
                {move || if pending.get() { "Sending…" } else { "Submit application" }}
            </button>
        </div>
    }
}

/// The step a problem belongs to.
fn step_of(program: Program, p: &Problem) -> Page {
    match (program, p.field) {
        (Program::CommunityPartner, Some(f)) if CP_APPLICANT.contains(&f) => Page::CpApplicant,
        (Program::CommunityPartner, Some(_)) => Page::CpEvent,
        (Program::CommunityPartner, None) => Page::CpAcknowledgements,
        (Program::MeetupPro, Some(f)) if MP_APPLICANT.contains(&f) => Page::MpApplicant,
        (Program::MeetupPro, _) => Page::MpGroup,
    }
}
