//! The start page: both programs in a few lines (what you get, who
//! qualifies, when to apply), a start button and an eligibility check for
//! each, and the offer to continue a saved application.

use leptos::prelude::*;

use crate::ui::page_memo::page_memo;

use super::use_title;
use crate::rules::thresholds::{
    DECISION_EARLIEST_BUSINESS_DAYS, DECISION_LATEST_BUSINESS_DAYS, MP_MIN_EVENTS_PER_YEAR,
    MP_PYTHON_SHARE_GUIDANCE, WINDOW_ADVISED_DAYS, WINDOW_MAX_MONTHS, WINDOW_MIN_DAYS,
};
use crate::ui::components::draft_notice::DraftNotice;
use crate::ui::components::page_heading::PageHeading;
use crate::ui::embed::dom_id;
use crate::ui::fields::Program;
use crate::ui::messages;
use crate::ui::route::{navigate, Location, Page};
use crate::ui::state::use_app;

#[component]
pub fn StartPage() -> impl IntoView {
    use_title(Page::Start, Signal::derive(|| false));
    let (cp_id, mp_id) = (dom_id("psf-program-cp"), dom_id("psf-program-mp"));
    view! {
        <div class="psf-page">
            <PageHeading text=messages::page_heading(Page::Start) />
            <p class="psf-lead">
                "The Python Software Foundation supports Python communities around the world. Choose the program that fits what you run."
            </p>
            <Resume program=Program::CommunityPartner />
            <Resume program=Program::MeetupPro />
            <div class="psf-programs">
                <section class="psf-program" aria-labelledby=cp_id.clone()>
                    <h2 class="psf-heading-l" id=cp_id.clone()>"Community Partner"</h2>
                    <dl class="psf-facts">
                        <div class="psf-facts__row">
                            <dt>"What you get"</dt>
                            <dd>
                                "The PSF's name attached to your event or initiative, to help it gain credibility and attract sponsors, and re-sharing of up to two of your social media posts. It is a partnership without money."
                            </dd>
                        </div>
                        <div class="psf-facts__row">
                            <dt>"Who qualifies"</dt>
                            <dd>
                                "Regional PyCons, workshops, Meetups, organizations and other initiatives that are mostly about Python, with an established web page and a Code of Conduct that says how to report problems."
                            </dd>
                        </div>
                        <div class="psf-facts__row">
                            <dt>"When to apply"</dt>
                            <dd>
                                {format!(
                                    "At least {} weeks before the event ({} weeks if it's your first application), and no more than {} months before.",
                                    WINDOW_MIN_DAYS / 7,
                                    WINDOW_ADVISED_DAYS / 7,
                                    WINDOW_MAX_MONTHS
                                )}
                            </dd>
                        </div>
                        <div class="psf-facts__row">
                            <dt>"Decision"</dt>
                            <dd>"By email, after review by PSF staff and the PSF Grants Work Group."</dd>
                        </div>
                    </dl>
                    <div class="psf-button-group">
                        <a class="psf-button psf-button--start" href=Page::CpApplicant.href()>
                            "Start a Community Partner application"
                        </a>
                        <a class="psf-link" href=Page::Preview(Program::CommunityPartner).href()>
                            "Check eligibility first"
                            <span class="psf-visually-hidden">" for Community Partner"</span>
                        </a>
                    </div>
                </section>
                <section class="psf-program" aria-labelledby=mp_id.clone()>
                    <h2 class="psf-heading-l" id=mp_id.clone()>"Meetup Pro Network"</h2>
                    <dl class="psf-facts">
                        <div class="psf-facts__row">
                            <dt>"What you get"</dt>
                            <dd>
                                "The PSF pays your group's Meetup Pro subscription (about 15 US dollars a month), so organizers no longer pay for Meetup."
                            </dd>
                        </div>
                        <div class="psf-facts__row">
                            <dt>"Who qualifies"</dt>
                            <dd>
                                {format!(
                                    "Python groups on Meetup.com with content that is mostly about Python (the PSF asks for at least {MP_PYTHON_SHARE_GUIDANCE}%), a Code of Conduct in the group's About section, and at least {MP_MIN_EVENTS_PER_YEAR} events a year, virtual or in person."
                                )}
                            </dd>
                        </div>
                        <div class="psf-facts__row">
                            <dt>"When to apply"</dt>
                            <dd>"At any time."</dd>
                        </div>
                        <div class="psf-facts__row">
                            <dt>"Decision"</dt>
                            <dd>
                                {format!(
                                    "By email, usually within {DECISION_EARLIEST_BUSINESS_DAYS} to {DECISION_LATEST_BUSINESS_DAYS} business days."
                                )}
                            </dd>
                        </div>
                    </dl>
                    <div class="psf-button-group">
                        <a class="psf-button psf-button--start" href=Page::MpApplicant.href()>
                            "Start a Meetup Pro Network application"
                        </a>
                        <a class="psf-link" href=Page::Preview(Program::MeetupPro).href()>
                            "Check eligibility first"
                            <span class="psf-visually-hidden">" for the Meetup Pro Network"</span>
                        </a>
                    </div>
                </section>
            </div>
            <p class="psf-body psf-secondary-text">
                "Your answers are saved in this browser as you go, so you can come back later. Nothing is sent to the PSF until you submit."
            </p>
        </div>
    }
}

/// The resume offer for one program, when it has answers in progress.
#[component]
fn Resume(program: Program) -> impl IntoView {
    let app = use_app();
    let (saved_at, resume, first) = match program {
        Program::CommunityPartner => (app.cp.saved_at, app.cp.resume, Page::CpApplicant),
        Program::MeetupPro => (app.mp.saved_at, app.mp.resume, Page::MpApplicant),
    };
    let on_continue = Callback::new(move |_| {
        navigate(&resume.get_untracked().unwrap_or(Location::at(first)));
    });
    let on_start_again = Callback::new(move |_| {
        match program {
            Program::CommunityPartner => app.cp.discard(app.store),
            Program::MeetupPro => app.mp.discard(app.store),
        }
        navigate(&Location::at(first));
    });
    // `Show`'s own memo would stay subscribed to the draft until its next change.
    let has_draft = page_memo(move |_| app.has_draft(program));
    view! {
        <Show when=move || has_draft.get()>
            <DraftNotice
                program=program
                saved_at=saved_at
                on_continue=on_continue
                on_start_again=on_start_again
            />
        </Show>
    }
}
