//! GOV.UK's confirmation page: the reference, the date, what happens next,
//! and a copy of exactly what was sent.

use leptos::prelude::*;

use super::use_title;
use crate::rules::program::Program;
use crate::ui::components::page_heading::PageHeading;
use crate::ui::components::print_button::PrintButton;
use crate::ui::components::reminder_link::ReminderLink;
use crate::ui::draft::store::{Receipt, Record};
use crate::ui::messages;
use crate::ui::reminder::Purpose;
use crate::ui::route::Page;
use crate::ui::state::use_app;
use crate::ui::words::{self, Block};

/// After an accepted submission, for either program.
#[component]
pub fn ConfirmationPage(program: &'static Program) -> impl IntoView {
    let app = use_app();
    let page = Page::Confirmation(program);
    use_title(page, Signal::derive(|| false));
    let receipt = app.program(program).receipt;
    move || {
        match receipt.get() {
        Some(r) => view! { <Confirmation receipt=r /> }.into_any(),
        None => view! {
            <div class="psf-page">
                <PageHeading text="There is no application to show" />
                <p class="psf-body">
                    "No application has been submitted from this browser tab. If you submitted one earlier, look for the PSF's email, or write to "
                    <a class="psf-link" href="mailto:grants@python.org">"grants@python.org"</a>
                    "."
                </p>
                <p class="psf-body">
                    <a class="psf-link" href=Page::Start.href()>"Go to the start"</a>
                </p>
            </div>
        }
        .into_any(),
    }
    }
}

#[component]
fn Confirmation(receipt: Receipt) -> impl IntoView {
    let program = receipt.program;
    let href = crate::ui::download::data_href("application/json", &receipt.payload_json);
    let file_name = format!(
        "psf-{}-application-{}.json",
        program.slug,
        receipt.submitted_at.date_naive()
    );
    let reference = receipt.reference.clone();
    let record = receipt
        .record
        .clone()
        .map(|r| view! { <RecordView record=r /> });
    let next = (words::of(program).next_steps.render)(&receipt.email, receipt.decision)
        .into_iter()
        .map(|block| match block {
            Block::Paragraph(runs) => {
                let runs = runs
                    .into_iter()
                    .enumerate()
                    .map(|(i, run)| {
                        if i % 2 == 1 {
                            view! { <strong>{run}</strong> }.into_any()
                        } else {
                            run.into_any()
                        }
                    })
                    .collect_view();
                view! { <p class="psf-body">{runs}</p> }.into_any()
            }
            Block::Heading(text) => view! { <h2 class="psf-heading-m">{text}</h2> }.into_any(),
            Block::Columns(columns) => {
                let columns = columns
                    .iter()
                    .map(|(heading, items)| {
                        let items = items.iter().map(|i| view! { <li>{*i}</li> }).collect_view();
                        view! {
                            <div>
                                <h3 class="psf-heading-s">{*heading}</h3>
                                <ul class="psf-list psf-list--bullet">{items}</ul>
                            </div>
                        }
                    })
                    .collect_view();
                view! { <div class="psf-columns">{columns}</div> }.into_any()
            }
        })
        .collect_view();
    view! {
        <div class="psf-page">
            <div class="psf-panel">
                <PageHeading text=messages::page_heading(Page::Confirmation(program)) />
                <div class="psf-panel__body">
                    {match reference {
                        Some(r) => view! {
                            "Your reference number" <br /> <strong class="psf-panel__reference">{r}</strong>
                        }
                        .into_any(),
                        None => view! { "The PSF has received your application." }.into_any(),
                    }}
                </div>
            </div>
            <p class="psf-body">
                {format!(
                    "You submitted your {} application on {}.",
                    messages::program_name(program),
                    messages::date_time(receipt.submitted_at)
                )}
            </p>
            <h2 class="psf-heading-m">"What happens next"</h2>
            {next}
            {receipt.decision.map(|d| view! {
                <p class="psf-body psf-no-print">
                    <ReminderLink program=program purpose=Purpose::DecisionBy date=d.latest event=None back_to=Page::Start />
                </p>
            })}
            {super::offers(program)}
            <h2 class="psf-heading-m psf-no-print">"Keep a copy"</h2>
            <div class="psf-button-group psf-no-print">
                <PrintButton />
            </div>
            <p class="psf-body psf-no-print">
                <a class="psf-link" href=href download=file_name>
                    "Download a copy of your application (JSON)"
                </a>
            </p>
            {record}
            <p class="psf-body">
                "Questions? Email " <a class="psf-link" href="mailto:grants@python.org">"grants@python.org"</a> "."
            </p>
            <p class="psf-body psf-no-print">
                <a class="psf-link" href=Page::Start.href()>"Apply for something else"</a>
            </p>
        </div>
    }
}

/// The application as the person checked it before sending: every answer,
/// the outcome per criterion and the texts agreed to, so that the printed
/// confirmation is a complete record.
#[component]
fn RecordView(record: Record) -> impl IntoView {
    let sections = record
        .sections
        .into_iter()
        .map(|(title, rows)| {
            let rows = rows
                .into_iter()
                .map(|(key, lines)| {
                    let value = if lines.is_empty() {
                        view! { <span class="psf-summary-list__missing">{messages::NOT_ANSWERED}</span> }.into_any()
                    } else {
                        lines
                            .into_iter()
                            .map(|l| view! { <span class="psf-summary-list__line">{l}</span> })
                            .collect_view()
                            .into_any()
                    };
                    view! {
                        <div class="psf-summary-list__row">
                            <dt class="psf-summary-list__key">{key}</dt>
                            <dd class="psf-summary-list__value">{value}</dd>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <h3 class="psf-heading-s">{title}</h3>
                <dl class="psf-summary-list psf-summary-list--no-actions">{rows}</dl>
            }
        })
        .collect_view();
    let criteria = record
        .eligibility
        .into_iter()
        .map(|(title, reason)| view! { <li><strong>{title}</strong> ". " {reason}</li> })
        .collect_view();
    let agreed = (!record.agreed.is_empty()).then(|| {
        let items = record
            .agreed
            .into_iter()
            .map(|t| view! { <li>{t}</li> })
            .collect_view();
        view! {
            <h3 class="psf-heading-s">"What you agreed to"</h3>
            <ol class="psf-list psf-list--number">{items}</ol>
        }
    });
    let title_id = crate::ui::ids::dom_id("psf-record-title");
    view! {
        <section class="psf-record" aria-labelledby=title_id.clone()>
            <h2 class="psf-heading-m" id=title_id.clone()>"Your application"</h2>
            {sections}
            <h3 class="psf-heading-s">"Eligibility when you submitted"</h3>
            <ul class="psf-list">{criteria}</ul>
            {agreed}
        </section>
    }
}
