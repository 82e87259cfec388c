//! The PSF Grants request's words, keyed by its definition
//! (`rules::program::grant`). A list's fields are keyed
//! `<list>/<field>` (`budget/amount`).

use chrono::{Days, NaiveDate};

use super::{
    description_hint, Block, CardWords, Fact, Hint, NextSteps, ProgramWords, QuestionWords,
    StepWords,
};
use crate::rules::business_days::DecisionWindow;
use crate::rules::thresholds::{
    GR_BOARD_REVIEW_ABOVE_USD, GR_WINDOW_ADVISED_MONTHS, GR_WINDOW_MIN_DAYS,
};
use crate::ui::format::{date_as_typed, money, weeks};
use crate::ui::i18n::{tr, trf};

fn start_date_hint(today: NaiveDate) -> String {
    // An example a few months ahead reads as a plausible start date.
    let example = today.checked_add_days(Days::new(120)).unwrap_or(today);
    trf!(
        "gr-start_date-hint",
        "For example, { $date }. For an initiative, the day it starts.",
        &[("date", date_as_typed(example).into())],
    )
}

fn amount_hint(_: NaiveDate) -> String {
    trf!(
        "gr-amount_requested-hint",
        "In whole US dollars, for example 12,500. Requests over { $amount } also go to the PSF Board.",
        &[("amount", money(GR_BOARD_REVIEW_ABOVE_USD).into())],
    )
}

/// The start page's card: all the start page reads, so the rest of the
/// words travel with the app's module (`ui::entry`).
pub static CARD: CardWords = CardWords {
    slug: "grant",
    name: "PSF Grants",
    card_id: "gr",
    facts: &[
        Fact {
            term: "What you get",
            detail: || {
                tr!("gr-fact-1-detail", "Money towards a Python event or initiative: a conference, workshop, sprint, meetup series or project. The PSF supplements other funding; it does not pay for a whole event, and never for swag.").into()
            },
        },
        Fact {
            term: "Who qualifies",
            detail: || {
                tr!("gr-fact-2-detail", "Events and initiatives that are mostly about Python, with a Code of Conduct that says how to report problems, and a budget where every cost is its own line.").into()
            },
        },
        Fact {
            term: "When to apply",
            detail: || {
                trf!(
                "gr-fact-3-detail",
                "At least { $weeks ->\n    [one] { $weeks } week\n   *[other] { $weeks } weeks\n} before the event; { $months ->\n    [one] { $months } month\n   *[other] { $months } months\n} or more is advised, especially for requests over { $amount }.",
                &[
                    ("weeks", weeks(GR_WINDOW_MIN_DAYS).into()),
                    ("months", GR_WINDOW_ADVISED_MONTHS.into()),
                    ("amount", money(GR_BOARD_REVIEW_ABOVE_USD).into()),
                ],
            )
            },
        },
        Fact {
            term: "Decision",
            detail: || {
                trf!(
                "gr-fact-4-detail",
                "By email, after PSF staff and the Grants Work Group (at least a month); over { $amount }, the PSF Board decides too.",
                &[("amount", money(GR_BOARD_REVIEW_ABOVE_USD).into())],
            )
            },
        },
    ],
    start_button: "Start a grant request",
    preview_link_hidden: " for a PSF grant",
};

pub static WORDS: ProgramWords = ProgramWords {
    card: &CARD,
    preview_heading: "Check if your event can get a PSF grant",
    preview_note: "The request also asks for an itemised budget: one line per cost, with the essential ones marked, and no swag.",
    steps: &[
        StepWords { slug: "applicant", heading: "Your details", label: "Your details" },
        StepWords { slug: "event", heading: "The event or initiative", label: "Event or initiative" },
        StepWords { slug: "money", heading: "The money", label: "Money" },
    ],
    sections: &[
        ("about", "About it"),
        ("when_where", "When and where"),
        ("web_and_coc", "Website and Code of Conduct"),
        ("request", "Your request"),
        ("budget", "Itemised budget"),
        ("other_sources", "Other sponsors and sources"),
    ],
    notes: &[],
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
            hint: Hint::Text("The PSF sends its decision and any questions to this address."),
            required: "Enter your email address",
            ..QuestionWords::plain("email", "Email address")
        },
        QuestionWords {
            hint: Hint::Text("For example, the PyCon or user group that runs the event."),
            summary_key: "Organizing group",
            subject: "Group name",
            required: "Enter the name of the organizing group",
            ..QuestionWords::plain("group_name", "Name of the organizing group")
        },
        QuestionWords {
            summary_key: "Title",
            subject: "Title",
            required: "Enter the title of the event or initiative",
            ..QuestionWords::plain("title", "Title of the event or initiative")
        },
        QuestionWords {
            summary_key: "Type",
            subject: "Type of event or initiative",
            required: "Select the type of event or initiative",
            options: &[
                ("conference", "Conference"),
                ("workshop", "Workshop"),
                ("sprint", "Sprint"),
                ("meetup_series", "Meetup series"),
                ("initiative", "Initiative or project"),
            ],
            ..QuestionWords::plain("event_type", "What kind of event or initiative is it?")
        },
        QuestionWords {
            hint: Hint::Made(description_hint),
            summary_key: "Description",
            subject: "Description",
            required: "Enter a short description of the event or initiative",
            ..QuestionWords::plain("description", "Short description")
        },
        QuestionWords {
            hint: Hint::Made(start_date_hint),
            summary_key: "Start date",
            subject: "Start date",
            required: "Enter the start date of the event or initiative",
            ..QuestionWords::plain("start_date", "When does it start?")
        },
        QuestionWords {
            hint: Hint::Text("Leave it empty for a one-day event."),
            summary_key: "End date",
            subject: "End date",
            ..QuestionWords::plain("end_date", "When does it end?")
        },
        QuestionWords {
            summary_key: "Where",
            subject: "Where it happens",
            required: "Select whether the event is in person or online",
            options: &[
                ("in_person", "In person (or hybrid)"),
                ("online", "Online only"),
            ],
            ..QuestionWords::plain("attendance", "Where does it happen?")
        },
        QuestionWords {
            required: "Enter the city of the event",
            ..QuestionWords::plain("city", "City")
        },
        QuestionWords {
            required: "Enter the country of the event",
            ..QuestionWords::plain("country", "Country")
        },
        QuestionWords {
            summary_key: "Website",
            subject: "Website",
            required: "Enter the website of the event or initiative",
            example: "https://pycon.example.org",
            ..QuestionWords::plain("website", "Website of the event or initiative")
        },
        QuestionWords {
            summary_key: "Code of Conduct",
            subject: "Code of Conduct link",
            required: "Enter the link to the Code of Conduct",
            example: "https://pycon.example.org/code-of-conduct",
            ..QuestionWords::plain("code_of_conduct_url", "Link to the Code of Conduct")
        },
        QuestionWords {
            summary_key: "Code of Conduct says how to report",
            subject: "Reporting in the Code of Conduct",
            required: "Select yes if the Code of Conduct says how to report a problem and who responds",
            ..QuestionWords::plain("coc_has_reporting", "Does the Code of Conduct say how to report a problem and who responds?")
        },
        QuestionWords {
            hint: Hint::Text("Your best estimate, as a whole number."),
            summary_key: "Expected attendees",
            subject: "Expected number of attendees",
            required: "Enter the expected number of attendees",
            example: "250",
            ..QuestionWords::plain("expected_attendees", "How many people do you expect?")
        },
        QuestionWords {
            hint: Hint::Text("Enter a whole number from 0 to 100."),
            summary_key: "Python-related",
            subject: "Percentage",
            required: "Enter the percentage of the event that is about Python",
            example: "80",
            ..QuestionWords::plain("python_percent", "Approximately what percentage of the event is about Python?")
        },
        QuestionWords {
            summary_key: "First PSF grant request",
            subject: "First grant request",
            required: "Select yes if this is the group's first PSF grant request",
            ..QuestionWords::plain("first_grant", "Is this the group's first PSF grant request?")
        },
        QuestionWords {
            hint: Hint::Made(amount_hint),
            summary_key: "Amount requested",
            subject: "Amount requested",
            required: "Enter the amount you are asking the PSF for",
            example: "12,500",
            ..QuestionWords::plain("amount_requested", "How much are you asking the PSF for?")
        },
        QuestionWords {
            hint: Hint::Text("Everything the event costs, from every source, in whole US dollars."),
            summary_key: "Total budget",
            subject: "Total budget",
            required: "Enter the event's total budget",
            example: "60,000",
            ..QuestionWords::plain("total_budget", "What is the event's total budget?")
        },
        QuestionWords {
            hint: Hint::Text("One line per cost the grant would pay for, adding up to the amount requested. The PSF may approve less than you ask for, so mark what the event can't do without. Grants never cover swag."),
            summary_key: "Budget",
            subject: "Budget",
            required: "Add at least one budget line",
            item: "Budget line",
            items: "Budget lines",
            ..QuestionWords::plain("budget", "What would the grant pay for?")
        },
        QuestionWords {
            required: "Enter what this line pays for",
            ..QuestionWords::plain("budget/description", "What it pays for")
        },
        QuestionWords {
            required: "Select the category of this line",
            options: &[
                ("venue", "Venue"),
                ("food_and_drink", "Food and drink"),
                ("travel_grants", "Travel grants or scholarships"),
                ("speaker_travel", "Speaker travel"),
                ("accessibility", "Accessibility (captioning, childcare, sign language)"),
                ("audio_video", "Audio, video and streaming"),
                ("swag", "Swag (not funded)"),
                ("other", "Other"),
            ],
            ..QuestionWords::plain("budget/category", "Category")
        },
        QuestionWords {
            hint: Hint::Text("In whole US dollars, for example 4,000."),
            required: "Enter the amount in whole US dollars",
            example: "4,000",
            ..QuestionWords::plain("budget/amount", "Amount")
        },
        QuestionWords {
            summary_key: "Essential",
            ..QuestionWords::plain("budget/essential", "Essential: the event can't do without it")
        },
        QuestionWords {
            hint: Hint::Text("A page or document the reviewers can open."),
            summary_key: "Quote or invoice",
            subject: "Quote or invoice link",
            example: "https://venue.example.org/quote-2027",
            ..QuestionWords::plain("budget/quote_url", "Link to a quote or invoice")
        },
        QuestionWords {
            hint: Hint::Text("Sponsors, ticket sales, other grants: the PSF supplements other funding. Leave it empty if there are none."),
            summary_key: "Other sources",
            subject: "Other sources",
            item: "Source",
            items: "Sources",
            ..QuestionWords::plain("other_sources", "Who else is paying for the event?")
        },
        QuestionWords {
            required: "Enter the name of the sponsor or source",
            ..QuestionWords::plain("other_sources/name", "Sponsor or source")
        },
        QuestionWords {
            hint: Hint::Text("In whole US dollars, for example 5,000."),
            required: "Enter the amount in whole US dollars",
            example: "5,000",
            ..QuestionWords::plain("other_sources/amount", "Amount")
        },
    ],
    next_steps: NextSteps { render: next_steps },
};

fn next_steps(email: &str, _: Option<DecisionWindow>) -> Vec<Block> {
    Vec::from([
        Block::Paragraph(Vec::from([tr!(
            "gr-next-pre-review",
            "PSF staff pre-review your request and may email you with questions.",
        )
        .into()])),
        Block::Paragraph(Vec::from([tr!(
            "gr-next-work-group",
            "Then the PSF Grants Work Group reviews it: a dozen or more people experienced in organizing events read every budget line. Allow at least a month.",
        )
        .into()])),
        Block::Paragraph(Vec::from([
            tr!("gr-next-board-before", "If you asked for more than ").into(),
            money(GR_BOARD_REVIEW_ABOVE_USD),
            tr!(
                "gr-next-board-after",
                ", the Grants Work Group sends it with its recommendation to the PSF Board, which meets every other month.",
            )
            .into(),
        ])),
        Block::Paragraph(Vec::from([
            tr!("gr-next-decision-before", "The decision is sent by email to ").into(),
            email.to_string(),
            tr!(
                "gr-next-decision-after",
                ". A grant may be approved for less than you asked for.",
            )
            .into(),
        ])),
    ])
}
