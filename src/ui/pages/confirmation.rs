//! GOV.UK's confirmation page: the reference, the date, what happens next,
//! and a copy of exactly what was sent.

use leptos::prelude::*;

use super::use_title;
use crate::ui::components::page_heading::PageHeading;
use crate::ui::draft::Receipt;
use crate::ui::fields::Program;
use crate::ui::messages;
use crate::ui::route::Page;
use crate::ui::state::use_app;

/// After an accepted submission, for either program.
#[component]
pub fn ConfirmationPage(program: Program) -> impl IntoView {
    let app = use_app();
    let page = match program {
        Program::CommunityPartner => Page::CpConfirmation,
        Program::MeetupPro => Page::MpConfirmation,
    };
    use_title(page, Signal::derive(|| false));
    let receipt = match program {
        Program::CommunityPartner => app.cp.receipt,
        Program::MeetupPro => app.mp.receipt,
    };
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
    let href = format!(
        "data:application/json;charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(&receipt.payload_json))
    );
    let file_name = format!(
        "psf-{}-application-{}.json",
        program.slug(),
        receipt.submitted_at.date_naive()
    );
    let reference = receipt.reference.clone();
    let next = match program {
        Program::CommunityPartner => view! {
            <p class="psf-body">
                "PSF staff will pre-review your application and may email you with questions. The PSF Grants Work Group then reviews it; in some cases the PSF Board is consulted."
            </p>
            <p class="psf-body">
                "The decision is sent by email to " <strong>{receipt.email.clone()}</strong>
                ". If your application is accepted, you'll get information on using the PSF's logo, social media re-sharing and optional reporting after the event."
            </p>
            <h2 class="psf-heading-m">"Social media posts the PSF may re-share"</h2>
            <p class="psf-body">
                "As a Community Partner, the PSF may re-share up to two of your posts on its social media accounts (LinkedIn, Bluesky, Mastodon and X), depending on its capacity and calendar."
            </p>
            <div class="psf-columns">
                <div>
                    <h3 class="psf-heading-s">"Posts that can be re-shared"</h3>
                    <ul class="psf-list psf-list--bullet">
                        <li>"Save the date"</li>
                        <li>"Mission statements"</li>
                        <li>"Call for Proposals announcements"</li>
                        <li>"Schedule releases"</li>
                        <li>"Travel grant or scholarship announcements"</li>
                    </ul>
                </div>
                <div>
                    <h3 class="psf-heading-s">"Posts that can't be re-shared"</h3>
                    <ul class="psf-list psf-list--bullet">
                        <li>"Fundraisers or donation requests"</li>
                        <li>"Paid registration promotions"</li>
                        <li>"Purchases or revenue-related content"</li>
                    </ul>
                </div>
            </div>
            <p class="psf-body">
                "Posts must be professional and inclusive. Content that is discriminatory, sexualized or otherwise inappropriate will not be shared."
            </p>
        }
        .into_any(),
        Program::MeetupPro => {
            let window = receipt.decision.map(|d| {
                view! {
                    <p class="psf-body">
                        "PSF staff aim to review your application within 7 to 10 business days: you should hear from them between "
                        <strong>{messages::date(d.earliest)}</strong>
                        " and "
                        <strong>{messages::date(d.latest)}</strong>
                        "."
                    </p>
                }
            });
            view! {
                {window}
                <p class="psf-body">
                    "A PSF staff member may email you with questions. The decision is sent by email to "
                    <strong>{receipt.email.clone()}</strong>
                    ". If your group is accepted, the email explains how to join the PSF's Meetup Pro Network."
                </p>
            }
            .into_any()
        }
    };
    view! {
        <div class="psf-page">
            <div class="psf-panel">
                <PageHeading text=messages::page_heading(Page::CpConfirmation) />
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
            <h2 class="psf-heading-m">"Keep a copy"</h2>
            <p class="psf-body">
                <a class="psf-link" href=href download=file_name>
                    "Download a copy of your application (JSON)"
                </a>
            </p>
            <p class="psf-body">
                "Questions? Email " <a class="psf-link" href="mailto:grants@python.org">"grants@python.org"</a> "."
            </p>
            <p class="psf-body">
                <a class="psf-link" href=Page::Start.href()>"Apply for something else"</a>
            </p>
        </div>
    }
}
