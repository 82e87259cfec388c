//! Questions several programs ask the same way, so that they cannot drift
//! apart by accident; each program adds the rules they feed (its words
//! may still differ).

use super::Control::{Email, Percentage, Text, Url};
use super::{Limit, Question};
use crate::rules::thresholds::{
    MAX_EMAIL_CHARS, MAX_PLACE_CHARS, MAX_URL_CHARS, PERCENT_MAX, PERCENT_MIN,
};

pub(super) const fn email() -> Question {
    Question::new("email", "email", Email, Limit::Chars(MAX_EMAIL_CHARS))
        .personal()
        .autocomplete("email")
        .width(30)
}

pub(super) const fn city() -> Question {
    Question::new("city", "city", Text, Limit::Chars(MAX_PLACE_CHARS)).width(20)
}

pub(super) const fn country() -> Question {
    Question::new("country", "country", Text, Limit::Chars(MAX_PLACE_CHARS)).width(20)
}

pub(super) const fn code_of_conduct_url() -> Question {
    Question::new(
        "code_of_conduct_url",
        "code-of-conduct-url",
        Url,
        Limit::Chars(MAX_URL_CHARS),
    )
}

pub(super) const fn python_percent() -> Question {
    let limit = Limit::Range {
        min: PERCENT_MIN,
        max: PERCENT_MAX,
    };
    Question::new("python_percent", "python-percent", Percentage, limit).width(3)
}
