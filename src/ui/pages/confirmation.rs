//! GOV.UK's confirmation page: the reference, the date, what happens next,
//! and a copy of exactly what was sent.

use leptos::prelude::*;

use super::use_title;
use crate::rules::program::Program;
use crate::ui::components::page_heading::PageHeading;
use crate::ui::components::print_button::PrintButton;
use crate::ui::components::reminder_link::ReminderLink;
use crate::ui::draft::store::{Receipt, Record};
use crate::ui::i18n::{tr, trf};
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
    let receipt = app.program(program).receipt();
    move || match receipt.get() {
        Some(r) => view! { <Confirmation receipt=r /> }.into_any(),
        None => {
            let heading = tr!(
                "confirmation-none-heading",
                "There is no application to show",
            );
            let before = tr!(
                "confirmation-none-before",
                "No application has been submitted from this browser tab. If you submitted one earlier, look for the PSF's email, or write to ",
            );
            let after = tr!("confirmation-none-after", ".");
            let start = tr!("confirmation-none-start-link", "Go to the start");
            view! {
                <div class="psf-page">
                    <PageHeading text=heading />
                    <p class="psf-body">
                        {before}
                        <a class="psf-link" href="mailto:grants@python.org">"grants@python.org"</a>
                        {after}
                    </p>
                    <p class="psf-body">
                        <a class="psf-link" href=Page::Start.href()>{start}</a>
                    </p>
                </div>
            }
            .into_any()
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
    let panel = match reference {
        Some(r) => {
            let label = tr!("confirmation-reference-label", "Your reference number");
            view! { {label} <br /> <strong class="psf-panel__reference">{r}</strong> }.into_any()
        }
        None => tr!(
            "confirmation-received",
            "The PSF has received your application.",
        )
        .into_any(),
    };
    let submitted = trf!(
        "confirmation-submitted",
        "You submitted your { $program } application on { $date }.",
        &[
            ("program", messages::program_name(program).into()),
            ("date", messages::date_time(receipt.submitted_at).into()),
        ],
    );
    let next_heading = tr!("confirmation-next-heading", "What happens next");
    let keep_heading = tr!("confirmation-keep-heading", "Keep a copy");
    let download = tr!(
        "confirmation-download-link",
        "Download a copy of your application (JSON)",
    );
    let questions_before = tr!("confirmation-questions-before", "Questions? Email ");
    let questions_after = tr!("confirmation-questions-after", ".");
    let again = tr!("confirmation-apply-again-link", "Apply for something else");
    view! {
        <div class="psf-page">
            <div class="psf-panel">
                <PageHeading text=messages::page_heading(Page::Confirmation(program)) />
                <div class="psf-panel__body">{panel}</div>
            </div>
            <p class="psf-body">{submitted}</p>
            <h2 class="psf-heading-m">{next_heading}</h2>
            {next}
            {receipt.decision.map(|d| view! {
                <p class="psf-body psf-no-print">
                    <ReminderLink program=program purpose=Purpose::DecisionBy date=d.latest event=None back_to=Page::Start />
                </p>
            })}
            {super::offers(program)}
            <h2 class="psf-heading-m psf-no-print">{keep_heading}</h2>
            <div class="psf-button-group psf-no-print">
                <PrintButton />
            </div>
            <p class="psf-body psf-no-print">
                <a class="psf-link" href=href download=file_name>
                    {download}
                </a>
            </p>
            {record}
            <p class="psf-body">
                {questions_before} <a class="psf-link" href="mailto:grants@python.org">"grants@python.org"</a> {questions_after}
            </p>
            <p class="psf-body psf-no-print">
                <a class="psf-link" href=Page::Start.href()>{again}</a>
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
                        view! { <span class="psf-summary-list__missing">{messages::unanswered()}</span> }.into_any()
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
        let heading = tr!("confirmation-agreed-heading", "What you agreed to");
        view! {
            <h3 class="psf-heading-s">{heading}</h3>
            <ol class="psf-list psf-list--number">{items}</ol>
        }
    });
    let title_id = crate::ui::ids::dom_id("psf-record-title");
    let title = tr!("confirmation-record-title", "Your application");
    let eligibility = tr!(
        "confirmation-record-eligibility",
        "Eligibility when you submitted",
    );
    view! {
        <section class="psf-record" aria-labelledby=title_id.clone()>
            <h2 class="psf-heading-m" id=title_id.clone()>{title}</h2>
            {sections}
            <h3 class="psf-heading-s">{eligibility}</h3>
            <ul class="psf-list">{criteria}</ul>
            {agreed}
        </section>
    }
}
