//! The Community Partner application: its answers, field validation and rule table.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use validator::Validate;

use super::acknowledgements::{AckId, ACKNOWLEDGEMENTS};
use super::checks::{host_is_on, parse_web_address, WebAddress};
use super::eligibility::{
    code_of_conduct_with_reporting, python_majority, Evaluation, Reason, Rule, RuleId, Status,
    WebPageKind,
};
use super::form::validate;
use super::thresholds::{
    ACKNOWLEDGEMENTS_TOTAL, ATTENDEES_MAX, ATTENDEES_MIN, CP_PYTHON_SHARE_MAJORITY, PERCENT_MAX,
    PERCENT_MIN,
};
use super::window::{submission_window, WindowOutcome};

/// Type of event or initiative, as the PSF's form offers them.
#[derive(Serialize, Deserialize, Clone, Copy, PartialEq, Eq, Debug)]
#[serde(rename_all = "snake_case")]
pub enum EventType {
    PyconConference,
    OtherConference,
    Meetup,
    UserGroup,
    PyladiesChapter,
    Workshop,
    SprintOrHackathon,
    OnlineInitiative,
    Other,
}

impl EventType {
    pub const ALL: [EventType; 9] = [
        EventType::PyconConference,
        EventType::OtherConference,
        EventType::Meetup,
        EventType::UserGroup,
        EventType::PyladiesChapter,
        EventType::Workshop,
        EventType::SprintOrHackathon,
        EventType::OnlineInitiative,
        EventType::Other,
    ];

    /// Groups that run several events a year apply once for the group.
    pub fn is_multi_event_group(self) -> bool {
        matches!(
            self,
            EventType::Meetup | EventType::UserGroup | EventType::PyladiesChapter
        )
    }
}

/// Everything a Community Partner applicant answers. Field names are the
/// payload's JSON names and the keys of field errors.
///
/// Validation gives field errors only (what was typed); whether the answers
/// qualify is [`evaluate`]'s business. `acknowledged` is judged there too.
#[derive(Serialize, Deserialize, Validate, Clone, PartialEq, Eq, Debug, Default)]
#[validate(schema(function = other_type_given, skip_on_field_errors = false))]
pub struct CommunityPartnerAnswers {
    #[validate(custom(function = validate::person_name))]
    pub first_name: String,
    #[validate(custom(function = validate::person_name))]
    pub last_name: String,
    #[validate(custom(function = validate::email))]
    pub email: String,
    #[validate(required)]
    pub event_type: Option<EventType>,
    /// Only when `event_type` is `Other`.
    #[serde(default)]
    #[validate(custom(function = validate::event_type_other))]
    pub event_type_other: String,
    #[validate(custom(function = validate::title))]
    pub title: String,
    #[validate(custom(function = validate::description))]
    pub description: String,
    #[validate(required)]
    pub event_date: Option<NaiveDate>,
    /// Is this the applicant's first Community Partner application?
    #[validate(required)]
    pub first_application: Option<bool>,
    #[validate(custom(function = validate::web_address))]
    pub website: String,
    #[validate(custom(function = validate::web_address))]
    pub code_of_conduct_url: String,
    /// Does the Code of Conduct say how to report and who responds?
    #[validate(required)]
    pub coc_has_reporting: Option<bool>,
    #[validate(custom(function = validate::place))]
    pub city: String,
    #[validate(custom(function = validate::place))]
    pub country: String,
    #[validate(required, range(min = ATTENDEES_MIN, max = ATTENDEES_MAX))]
    pub expected_attendees: Option<u32>,
    #[validate(required, range(min = PERCENT_MIN, max = PERCENT_MAX))]
    pub python_percent: Option<u32>,
    #[serde(default)]
    pub acknowledged: BTreeSet<AckId>,
}

/// The rule table, in the order the eligibility panel lists it.
pub fn rules() -> &'static [Rule<CommunityPartnerAnswers>] {
    RULES
}

static RULES: &[Rule<CommunityPartnerAnswers>] = &[
    Rule {
        id: RuleId::CpPythonShare,
        check: python_share,
    },
    Rule {
        id: RuleId::CpWebPage,
        check: web_page,
    },
    Rule {
        id: RuleId::CpCodeOfConduct,
        check: code_of_conduct,
    },
    Rule {
        id: RuleId::CpCommunityImpact,
        check: community_impact,
    },
    Rule {
        id: RuleId::CpAcknowledgements,
        check: acknowledgements,
    },
    Rule {
        id: RuleId::CpWindow,
        check: window,
    },
    Rule {
        id: RuleId::CpGroupNotEvent,
        check: group_not_event,
    },
];

/// `Other` needs its free-text name; filed under `event_type_other`.
fn other_type_given(answers: &CommunityPartnerAnswers) -> Result<(), validator::ValidationError> {
    if answers.event_type == Some(EventType::Other) && answers.event_type_other.trim().is_empty() {
        Err(validate::struct_error(
            validate::OTHER_TYPE_REQUIRED,
            "event_type_other",
        ))
    } else {
        Ok(())
    }
}

fn python_share(a: &CommunityPartnerAnswers, _today: NaiveDate) -> (Status, Reason) {
    python_majority(a.python_percent, CP_PYTHON_SHARE_MAJORITY)
}

fn web_page(a: &CommunityPartnerAnswers, _today: NaiveDate) -> (Status, Reason) {
    let Ok(address) = parse_web_address(&a.website) else {
        return (Status::Unknown, Reason::NotAnswered);
    };
    let kind = web_page_kind(&address);
    match kind {
        WebPageKind::Meetup | WebPageKind::Luma | WebPageKind::OwnDomain => {
            (Status::Pass, Reason::WebPageEstablished { kind })
        }
        WebPageKind::SocialMedia | WebPageKind::LinkShortener | WebPageKind::FileSharing => {
            (Status::Warn, Reason::WebPageWeak { kind })
        }
    }
}

/// Hosts whose pages are profiles or posts, not a page of the event's own.
const SOCIAL_MEDIA_HOSTS: &[&str] = &[
    "facebook.com",
    "fb.com",
    "fb.me",
    "instagram.com",
    "x.com",
    "twitter.com",
    "linkedin.com",
    "bsky.app",
    "bsky.social",
    "mastodon.social",
    "mastodon.online",
    "fosstodon.org",
    "hachyderm.io",
    "mstdn.social",
    "threads.net",
    "threads.com",
    "tiktok.com",
    "youtube.com",
    "youtu.be",
    "discord.com",
    "discord.gg",
    "t.me",
    "telegram.me",
    "wa.me",
    "whatsapp.com",
    "chat.whatsapp.com",
    "reddit.com",
    "vk.com",
    "weibo.com",
    "linktr.ee",
    "medium.com",
];

/// Addresses that hide where they lead.
const LINK_SHORTENER_HOSTS: &[&str] = &[
    "bit.ly",
    "bitly.com",
    "tinyurl.com",
    "t.co",
    "goo.gl",
    "ow.ly",
    "buff.ly",
    "is.gd",
    "v.gd",
    "rebrand.ly",
    "cutt.ly",
    "shorturl.at",
    "rb.gy",
    "tiny.cc",
    "t.ly",
    "s.id",
    "lnkd.in",
    "forms.gle",
];

/// Documents and folders, which can vanish or change owner without notice.
const FILE_SHARING_HOSTS: &[&str] = &[
    "drive.google.com",
    "docs.google.com",
    "dropbox.com",
    "dropboxusercontent.com",
    "onedrive.live.com",
    "1drv.ms",
    "sharepoint.com",
    "box.com",
    "wetransfer.com",
    "we.tl",
    "mega.nz",
    "icloud.com",
];

/// Anything that is not a known weak kind passes as the event's own page:
/// the PSF reviews every application, and a long allow-list would refuse
/// perfectly good hosts (GitHub Pages, Eventbrite, a university site…).
pub fn web_page_kind(address: &WebAddress) -> WebPageKind {
    let host = address.host.as_str();
    let on_any = |hosts: &[&str]| hosts.iter().any(|d| host_is_on(host, d));
    if host_is_on(host, "meetup.com") {
        WebPageKind::Meetup
    } else if host_is_on(host, "lu.ma") || host_is_on(host, "luma.com") {
        WebPageKind::Luma
    } else if on_any(LINK_SHORTENER_HOSTS) {
        WebPageKind::LinkShortener
    } else if on_any(FILE_SHARING_HOSTS) {
        WebPageKind::FileSharing
    } else if on_any(SOCIAL_MEDIA_HOSTS) || address.path.starts_with("/@") {
        // `/@name` is how Mastodon and similar servers address a profile, on
        // any of their thousands of instances.
        WebPageKind::SocialMedia
    } else {
        WebPageKind::OwnDomain
    }
}

fn code_of_conduct(a: &CommunityPartnerAnswers, _today: NaiveDate) -> (Status, Reason) {
    code_of_conduct_with_reporting(&a.code_of_conduct_url, a.coc_has_reporting)
}

fn community_impact(a: &CommunityPartnerAnswers, _today: NaiveDate) -> (Status, Reason) {
    if a.description.trim().is_empty() {
        (Status::Unknown, Reason::NotAnswered)
    } else {
        (Status::Pass, Reason::CommunityImpactReviewedByPsf)
    }
}

fn acknowledgements(a: &CommunityPartnerAnswers, _today: NaiveDate) -> (Status, Reason) {
    let accepted = ACKNOWLEDGEMENTS
        .iter()
        .filter(|ack| a.acknowledged.contains(&ack.id))
        .count();
    let missing = ACKNOWLEDGEMENTS_TOTAL.saturating_sub(u32::try_from(accepted).unwrap_or(0));
    if missing == 0 {
        (Status::Pass, Reason::AcknowledgementsAll)
    } else {
        (
            Status::Unknown,
            Reason::AcknowledgementsMissing {
                missing,
                total: ACKNOWLEDGEMENTS_TOTAL,
            },
        )
    }
}

fn window(a: &CommunityPartnerAnswers, today: NaiveDate) -> (Status, Reason) {
    let Some(event_date) = a.event_date else {
        return (Status::Unknown, Reason::NotAnswered);
    };
    let w = submission_window(event_date, today, a.first_application);
    match w.outcome {
        WindowOutcome::EventPast => (Status::Fail, Reason::EventPast { event_date }),
        WindowOutcome::TooEarly => (
            Status::Fail,
            Reason::TooEarly {
                opens_on: w.apply_from,
            },
        ),
        WindowOutcome::TooLate => (
            Status::Fail,
            Reason::TooLate {
                last_day: w.apply_by,
            },
        ),
        WindowOutcome::AdvisedLater => (
            Status::Warn,
            Reason::FirstTimerAdvice {
                advised_by: w.advised_by,
                apply_by: w.apply_by,
            },
        ),
        WindowOutcome::InWindow => (
            Status::Pass,
            Reason::InWindow {
                apply_from: w.apply_from,
                apply_by: w.apply_by,
            },
        ),
    }
}

fn group_not_event(a: &CommunityPartnerAnswers, _today: NaiveDate) -> (Status, Reason) {
    match a.event_type {
        None => (Status::Unknown, Reason::NotAnswered),
        Some(t) if t.is_multi_event_group() => (Status::Pass, Reason::GroupAppliesOnce),
        Some(_) => (Status::Pass, Reason::SingleEventOrInitiative),
    }
}

/// All outcomes and the verdict.
pub fn evaluate(answers: &CommunityPartnerAnswers, today: NaiveDate) -> Evaluation {
    super::eligibility::evaluate_table(rules(), answers, today)
}
