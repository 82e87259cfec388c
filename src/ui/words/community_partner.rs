//! The Community Partner application's words, keyed by its definition
//! (`rules::program::community_partner`).

use chrono::{Days, NaiveDate};

use super::{
    description_hint, Block, CardWords, Fact, Hint, NextSteps, NoteWords, ProgramWords,
    QuestionWords, StepWords,
};
use crate::rules::thresholds::{WINDOW_ADVISED_DAYS, WINDOW_MAX_MONTHS, WINDOW_MIN_DAYS};
use crate::ui::format::{date_as_typed, weeks};
use crate::ui::i18n::{tr, trf};

fn event_date_hint(today: NaiveDate) -> String {
    // An example a few months ahead reads as a plausible event date.
    let example = today.checked_add_days(Days::new(90)).unwrap_or(today);
    trf!(
        "cp-event_date-hint",
        "For example, { $date }. For a long-running initiative, give its start date.",
        &[("date", date_as_typed(example).into())],
    )
}

fn first_application_hint(_: NaiveDate) -> String {
    trf!(
        "cp-first_application-hint",
        "First-time applicants are encouraged to apply { $weeks ->\n    [one] { $weeks } week\n   *[other] { $weeks } weeks\n} before the event.",
        &[("weeks", weeks(WINDOW_ADVISED_DAYS).into())],
    )
}

/// The start page's card: all the start page reads, so the rest of the
/// words travel with the app's module (`ui::entry`).
pub static CARD: CardWords = CardWords {
    slug: "community-partner",
    name: "Community Partner",
    card_id: "cp",
    facts: &[
        Fact {
            term: "What you get",
            detail: || {
                tr!("cp-fact-1-detail", "The PSF's name attached to your event or initiative, to help it gain credibility and attract sponsors, and re-sharing of up to two of your social media posts. It is a partnership without money.").into()
            },
        },
        Fact {
            term: "Who qualifies",
            detail: || {
                tr!("cp-fact-2-detail", "Regional PyCons, workshops, Meetups, organizations and other initiatives that are mostly about Python, with an established web page and a Code of Conduct that says how to report problems.").into()
            },
        },
        Fact {
            term: "When to apply",
            detail: || {
                trf!(
                "cp-fact-3-detail",
                "At least { $min ->\n    [one] { $min } week\n   *[other] { $min } weeks\n} before the event ({ $advised ->\n    [one] { $advised } week\n   *[other] { $advised } weeks\n} if it's your first application), and no more than { $months ->\n    [one] { $months } month\n   *[other] { $months } months\n} before.",
                &[
                    ("min", (WINDOW_MIN_DAYS / 7).into()),
                    ("advised", (WINDOW_ADVISED_DAYS / 7).into()),
                    ("months", WINDOW_MAX_MONTHS.into()),
                ],
            )
            },
        },
        Fact {
            term: "Decision",
            detail: || {
                tr!(
                    "cp-fact-4-detail",
                    "By email, after review by PSF staff and the PSF Grants Work Group."
                )
                .into()
            },
        },
    ],
    start_button: "Start a Community Partner application",
    preview_link_hidden: " for Community Partner",
};

pub static WORDS: ProgramWords = ProgramWords {
    card: &CARD,
    preview_heading: "Check if your event can become a Community Partner",
    preview_note: "The application also asks you to describe the event (the PSF judges its impact on the Python community) and to agree to eight acknowledgements.",
    steps: &[
        StepWords { slug: "applicant", heading: "Your details", label: "Your details" },
        StepWords { slug: "event", heading: "Event or initiative details", label: "Event or initiative" },
        StepWords { slug: "acknowledgements", heading: "Acknowledgements", label: "Acknowledgements" },
    ],
    sections: &[
        ("about", "About it"),
        ("when", "When it is"),
        ("web_and_coc", "Web pages and Code of Conduct"),
        ("where", "Where and how many"),
    ],
    notes: &[NoteWords {
        key: "meetup_pro",
        before: "Is it a group on Meetup.com? The PSF may also pay its Meetup fees through the ",
        link_text: "Meetup Pro Network",
        link_href: "#/preview/meetup-pro",
        after: ".",
    }],
    questions: &[
        QuestionWords {
            required: "Enter your first name",
            ..QuestionWords::plain("first_name", "First name")
        },
        QuestionWords {
            required: "Enter your last name",
            ..QuestionWords::plain("last_name", "Last name")
        },
        QuestionWords {
            hint: Hint::Text("We'll only use this to contact you about your application."),
            required: "Enter your email address",
            ..QuestionWords::plain("email", "Email address")
        },
        QuestionWords {
            summary_key: "Type",
            subject: "Type of event or initiative",
            required: "Select the type of event or initiative",
            options: &[
                ("pycon_conference", "Conference – PyCon"),
                ("other_conference", "Conference – other"),
                ("meetup", "Meetup"),
                ("user_group", "Python user group"),
                ("pyladies_chapter", "PyLadies chapter"),
                ("workshop", "Workshop"),
                ("sprint_or_hackathon", "Sprint or hackathon"),
                ("online_initiative", "Online initiative"),
                ("other", "Other"),
            ],
            ..QuestionWords::plain("event_type", "What type of event or initiative is it?")
        },
        QuestionWords {
            // Shown in the type's own row ("Other: …").
            summary_key: "Type (other)",
            subject: "Type of event or initiative",
            required: "Enter the type of event or initiative",
            ..QuestionWords::plain("event_type_other", "Type of event or initiative")
        },
        QuestionWords {
            hint: Hint::Text("For example, PyCon Jupiter."),
            summary_key: "Title",
            subject: "Title",
            required: "Enter the title of the event or initiative",
            ..QuestionWords::plain("title", "Title of the event or initiative")
        },
        QuestionWords {
            hint: Hint::Made(description_hint),
            summary_key: "Description",
            subject: "Description",
            required: "Enter a short description of the event or initiative",
            ..QuestionWords::plain("description", "Short description of the event or initiative")
        },
        QuestionWords {
            hint: Hint::Made(event_date_hint),
            summary_key: "Date",
            subject: "Event date",
            required: "Enter the date of the event or initiative",
            ..QuestionWords::plain("event_date", "When is the event or initiative?")
        },
        QuestionWords {
            hint: Hint::Made(first_application_hint),
            summary_key: "First Community Partner application",
            subject: "First application",
            required: "Select yes if this is your first Community Partner application",
            ..QuestionWords::plain("first_application", "Is this your first Community Partner application?")
        },
        QuestionWords {
            hint: Hint::Text("Its own website, or its Meetup or Luma page. For example, https://pycon.example.org"),
            summary_key: "Website",
            subject: "Website address",
            required: "Enter the website of the event or initiative",
            example: "https://pycon.example.org",
            ..QuestionWords::plain("website", "Website of the event or initiative")
        },
        QuestionWords {
            hint: Hint::Text("For example, https://pycon.example.org/code-of-conduct"),
            summary_key: "Code of Conduct",
            subject: "Code of Conduct link",
            required: "Enter the link to the Code of Conduct",
            example: "https://pycon.example.org/code-of-conduct",
            ..QuestionWords::plain("code_of_conduct_url", "Link to the Code of Conduct")
        },
        QuestionWords {
            hint: Hint::Text("For example, an email address or form for reports, and who reads them."),
            summary_key: "Code of Conduct explains reporting",
            subject: "Code of Conduct reporting",
            required: "Select yes if the Code of Conduct says how to report a problem and who responds",
            ..QuestionWords::plain("coc_has_reporting", "Does the Code of Conduct say how to report a problem and who responds?")
        },
        QuestionWords {
            required: "Enter the city",
            ..QuestionWords::plain("city", "City")
        },
        QuestionWords {
            required: "Enter the country",
            ..QuestionWords::plain("country", "Country")
        },
        QuestionWords {
            summary_key: "Expected attendees",
            subject: "Expected number of attendees",
            required: "Enter the expected number of attendees or participants",
            example: "100",
            ..QuestionWords::plain("expected_attendees", "Expected number of attendees or participants")
        },
        QuestionWords {
            hint: Hint::Text("Enter a whole number from 0 to 100."),
            summary_key: "Python-related",
            subject: "Percentage",
            required: "Enter the percentage of the event that is Python-related",
            example: "80",
            ..QuestionWords::plain("python_percent", "Approximately what percentage of the event is Python-related?")
        },
        QuestionWords {
            hint: Hint::Text("You need to agree to all eight to become a Community Partner."),
            summary_key: "Acknowledgements",
            subject: "Acknowledgements",
            required: "Tick every acknowledgement",
            // What each box agrees to, for "Tick the box to confirm that …".
            options: &[
                ("not_official", "the partnership does not make the event an official or legal part of the PSF"),
                ("trademark", "the event follows the PSF Trademark Usage Policy"),
                ("single_event_one_year", "the partnership is only for this event or initiative and lasts about one year"),
                ("reapply_on_change", "you will re-apply if a long-term initiative changes substantially"),
                ("no_endorsement", "the partnership does not endorse any part of the event"),
                ("no_official_sessions", "no talks, sessions or booths will be presented as an official part of the PSF"),
                ("community_led_mentions", "mentions of the PSF will be clearly community-led"),
                ("revocable", "the PSF may revoke the partnership at any time"),
            ],
            lead: Some("By submitting this form, I acknowledge that:"),
            ..QuestionWords::plain("acknowledged", "Read each acknowledgement and tick the box to agree")
        },
    ],
    next_steps: NextSteps { render: next_steps },
};

fn next_steps(email: &str, _: Option<crate::rules::business_days::DecisionWindow>) -> Vec<Block> {
    Vec::from([
        Block::Paragraph(Vec::from([tr!(
            "cp-next-review",
            "PSF staff will pre-review your application and may email you with questions. The PSF Grants Work Group then reviews it; in some cases the PSF Board is consulted.",
        )
        .into()])),
        Block::Paragraph(Vec::from([
            tr!("cp-next-decision-before", "The decision is sent by email to ").into(),
            email.to_string(),
            tr!(
                "cp-next-decision-after",
                ". If your application is accepted, you'll get information on using the PSF's logo, social media re-sharing and optional reporting after the event.",
            )
            .into(),
        ])),
        Block::Heading(tr!("cp-next-reshare-heading", "Social media posts the PSF may re-share")),
        Block::Paragraph(Vec::from([tr!(
            "cp-next-reshare",
            "As a Community Partner, the PSF may re-share up to two of your posts on its social media accounts (LinkedIn, Bluesky, Mastodon and X), depending on its capacity and calendar.",
        )
        .into()])),
        Block::Columns(Vec::from([
            (
                tr!("cp-next-can-heading", "Posts that can be re-shared"),
                Vec::from([
                    tr!("cp-next-can-save-the-date", "Save the date"),
                    tr!("cp-next-can-mission", "Mission statements"),
                    tr!("cp-next-can-cfp", "Call for Proposals announcements"),
                    tr!("cp-next-can-schedule", "Schedule releases"),
                    tr!("cp-next-can-grants", "Travel grant or scholarship announcements"),
                ]),
            ),
            (
                tr!("cp-next-cannot-heading", "Posts that can't be re-shared"),
                Vec::from([
                    tr!("cp-next-cannot-fundraisers", "Fundraisers or donation requests"),
                    tr!("cp-next-cannot-registration", "Paid registration promotions"),
                    tr!("cp-next-cannot-revenue", "Purchases or revenue-related content"),
                ]),
            ),
        ])),
        Block::Paragraph(Vec::from([tr!(
            "cp-next-conduct",
            "Posts must be professional and inclusive. Content that is discriminatory, sexualized or otherwise inappropriate will not be shared.",
        )
        .into()])),
    ])
}
