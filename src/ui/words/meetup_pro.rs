//! The Meetup Pro Network application's words, keyed by its definition
//! (`rules::program::meetup_pro`).

use super::{Block, CardWords, Fact, Hint, NextSteps, ProgramWords, QuestionWords, StepWords};
use crate::rules::business_days::DecisionWindow;
use crate::rules::thresholds::{
    DECISION_EARLIEST_BUSINESS_DAYS, DECISION_LATEST_BUSINESS_DAYS, MP_MIN_EVENTS_PER_YEAR,
    MP_PYTHON_SHARE_GUIDANCE,
};
use crate::ui::format;
use crate::ui::i18n::{tr, trf};

/// The start page's card: all the start page reads, so the rest of the
/// words travel with the app's module (`ui::entry`).
pub static CARD: CardWords = CardWords {
    slug: "meetup-pro",
    name: "Meetup Pro Network",
    card_id: "mp",
    facts: &[
        Fact {
            term: "What you get",
            detail: || {
                tr!("mp-fact-1-detail", "The PSF pays your group's Meetup Pro subscription (about 15 US dollars a month), so organizers no longer pay for Meetup.").into()
            },
        },
        Fact {
            term: "Who qualifies",
            detail: || {
                trf!(
                "mp-fact-2-detail",
                "Python groups on Meetup.com with content that is mostly about Python (the PSF asks for at least { $share }), a Code of Conduct in the group's About section, and at least { $events ->\n    [one] { $events } event\n   *[other] { $events } events\n} a year, virtual or in person.",
                &[
                    ("share", format::percent(MP_PYTHON_SHARE_GUIDANCE).into()),
                    ("events", MP_MIN_EVENTS_PER_YEAR.into()),
                ],
            )
            },
        },
        Fact {
            term: "When to apply",
            detail: || tr!("mp-fact-3-detail", "At any time.").into(),
        },
        Fact {
            term: "Decision",
            detail: || {
                trf!(
                "mp-fact-4-detail",
                "By email, usually within { $earliest } to { $latest ->\n    [one] { $latest } business day\n   *[other] { $latest } business days\n}.",
                &[
                    ("earliest", DECISION_EARLIEST_BUSINESS_DAYS.into()),
                    ("latest", DECISION_LATEST_BUSINESS_DAYS.into()),
                ],
            )
            },
        },
    ],
    start_button: "Start a Meetup Pro Network application",
    preview_link_hidden: " for the Meetup Pro Network",
};

pub static WORDS: ProgramWords = ProgramWords {
    card: &CARD,
    preview_heading: "Check if your Meetup group can join the Meetup Pro Network",
    preview_note: "The PSF also checks your group's Meetup page when it reviews your application.",
    steps: &[
        StepWords { slug: "applicant", heading: "Your details", label: "Your details" },
        StepWords { slug: "group", heading: "Your Meetup group", label: "Meetup group" },
    ],
    sections: &[
        ("group", "The group"),
        ("code_of_conduct", "Code of Conduct"),
        ("events", "Events and content"),
    ],
    notes: &[],
    questions: &[
        QuestionWords {
            required: "Enter your full name",
            ..QuestionWords::plain("full_name", "Full name")
        },
        QuestionWords {
            hint: Hint::Text("The PSF sends its decision by email. Use the address of your psfmember.org account if you have one."),
            required: "Enter your email address",
            ..QuestionWords::plain("email", "Email address")
        },
        QuestionWords {
            hint: Hint::Text("For example, organizer or co-organizer."),
            summary_key: "Role in the group",
            subject: "Role",
            required: "Enter your role in the group",
            ..QuestionWords::plain("role", "Your role in the group")
        },
        QuestionWords {
            summary_key: "Group name",
            subject: "Group name",
            required: "Enter the name of the Meetup group",
            ..QuestionWords::plain("group_name", "Name of the Meetup group")
        },
        QuestionWords {
            hint: Hint::Text("For example, https://www.meetup.com/your-group-name/"),
            summary_key: "Meetup page",
            subject: "Meetup page address",
            required: "Enter the address of the group's Meetup page",
            example: "https://www.meetup.com/your-group-name/",
            ..QuestionWords::plain("meetup_url", "Address of the group's Meetup page")
        },
        QuestionWords {
            required: "Enter the city where the group meets",
            ..QuestionWords::plain("city", "City")
        },
        QuestionWords {
            required: "Enter the country where the group meets",
            ..QuestionWords::plain("country", "Country")
        },
        QuestionWords {
            summary_key: "Code of Conduct",
            subject: "Code of Conduct link",
            required: "Enter the link to the group's Code of Conduct",
            example: "https://python.example.org/code-of-conduct",
            ..QuestionWords::plain("code_of_conduct_url", "Link to the group's Code of Conduct")
        },
        QuestionWords {
            hint: Hint::Text("Open your group's Meetup page and look at its About section."),
            summary_key: "Code of Conduct in the About section",
            subject: "Code of Conduct in the About section",
            required: "Select yes if the Code of Conduct is in the About section of your Meetup page",
            ..QuestionWords::plain("coc_in_about", "Is the Code of Conduct included or linked in the About section of your Meetup page?")
        },
        QuestionWords {
            hint: Hint::Text("Count virtual and in-person events."),
            summary_key: "Events in the last 12 months",
            subject: "Number of events",
            required: "Enter how many events the group held in the last 12 months",
            example: "6",
            ..QuestionWords::plain("events_last_12_months", "How many events did the group hold in the last 12 months?")
        },
        QuestionWords {
            hint: Hint::Text("Count virtual and in-person events."),
            summary_key: "Events planned in the next 12 months",
            subject: "Number of events",
            required: "Enter how many events the group plans to hold in the next 12 months",
            example: "6",
            ..QuestionWords::plain("events_next_12_months", "How many events does the group plan to hold in the next 12 months?")
        },
        QuestionWords {
            hint: Hint::Text("Enter a whole number from 0 to 100. Content can include adjacent topics, such as networking or basic machine learning."),
            summary_key: "Python content",
            subject: "Percentage",
            required: "Enter the percentage of the group's content that is about Python",
            example: "80",
            ..QuestionWords::plain("python_percent", "Approximately what percentage of the group's content is about Python?")
        },
    ],
    next_steps: NextSteps { render: next_steps },
};

fn next_steps(email: &str, decision: Option<DecisionWindow>) -> Vec<Block> {
    let mut blocks = Vec::new();
    if let Some(d) = decision {
        blocks.push(Block::Paragraph(Vec::from([
            // The space before the first date is a placeable: Fluent drops a
            // multiline value's trailing blanks.
            trf!(
                "mp-next-decision-before",
                "PSF staff aim to review your application within { $earliest } to { $latest ->\n    [one] { $latest } business day\n   *[other] { $latest } business days\n}: you should hear from them between{ \" \" }",
                &[
                    ("earliest", DECISION_EARLIEST_BUSINESS_DAYS.into()),
                    ("latest", DECISION_LATEST_BUSINESS_DAYS.into()),
                ],
            ),
            format::date(d.earliest),
            tr!("mp-next-decision-and", " and ").into(),
            format::date(d.latest),
            tr!("mp-next-decision-after", ".").into(),
        ])));
    }
    blocks.push(Block::Paragraph(Vec::from([
        tr!(
            "mp-next-contact-before",
            "A PSF staff member may email you with questions. The decision is sent by email to ",
        )
        .into(),
        email.to_string(),
        tr!(
            "mp-next-contact-after",
            ". If your group is accepted, the email explains how to join the PSF's Meetup Pro Network.",
        )
        .into(),
    ])));
    blocks
}
