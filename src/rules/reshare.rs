//! Will the PSF re-share this post? The Community Partner checker
//! (seed `001_…`, "Promotional Support").
//!
//! The PSF "may re-share up to two eligible social media posts per Community
//! Partner", as its Grants Work Group Chair's capacity and its social media
//! calendar allow: `Eligible` here means the PSF *may* re-share the post,
//! never that it will. Whether a post is "professional and inclusive" is a
//! person's judgement, not this module's.
//!
//! The person says what the post is; the kind decides (`rs.post_kind`). The
//! pasted text is only read for words and figures that suggest a post the
//! PSF does not re-share (`rs.text_cues`): a hint, so a contradiction hands
//! the decision to the PSF rather than refusing the post.
//!
//! ASCII case folding only, and no regex: this compiles into the
//! size-budgeted wasm, where Unicode case tables cost kilobytes.

use serde::{Deserialize, Serialize};

use super::thresholds::{MAX_POST_TEXT_CHARS, RESHARE_MAX_POSTS};

/// How many posts per Community Partner the PSF may re-share.
pub const MAX_POSTS: u32 = RESHARE_MAX_POSTS;

/// The post's kind decides: eligible, not eligible, or (`Other`) the PSF's call.
pub const RULE_POST_KIND: &str = "rs.post_kind";
/// Words in the text that contradict the chosen kind.
pub const RULE_TEXT_CUES: &str = "rs.text_cues";

/// The rule table, in the order [`check_post`] applies it: a later rule
/// decides only when it overrides an earlier one.
pub const RULES: [&str; 2] = [RULE_POST_KIND, RULE_TEXT_CUES];

/// What the post is, as the person picks it. Order = the order shown.
#[derive(Serialize, Deserialize, Clone, Copy, PartialEq, Eq, Debug)]
#[serde(rename_all = "snake_case")]
pub enum PostKind {
    SaveTheDate,
    MissionStatement,
    CallForProposals,
    ScheduleRelease,
    /// A travel grant or scholarship announcement.
    TravelGrant,
    /// A fundraiser or donation request.
    Fundraiser,
    /// A paid registration promotion.
    PaidRegistration,
    /// Purchases or revenue-related content.
    Purchase,
    Other,
}

impl PostKind {
    pub const ALL: [PostKind; 9] = [
        PostKind::SaveTheDate,
        PostKind::MissionStatement,
        PostKind::CallForProposals,
        PostKind::ScheduleRelease,
        PostKind::TravelGrant,
        PostKind::Fundraiser,
        PostKind::PaidRegistration,
        PostKind::Purchase,
        PostKind::Other,
    ];

    /// The name saved drafts and the UI's choice use (serde's, checked by a test).
    pub fn code(self) -> &'static str {
        match self {
            PostKind::SaveTheDate => "save_the_date",
            PostKind::MissionStatement => "mission_statement",
            PostKind::CallForProposals => "call_for_proposals",
            PostKind::ScheduleRelease => "schedule_release",
            PostKind::TravelGrant => "travel_grant",
            PostKind::Fundraiser => "fundraiser",
            PostKind::PaidRegistration => "paid_registration",
            PostKind::Purchase => "purchase",
            PostKind::Other => "other",
        }
    }

    pub fn from_code(code: &str) -> Option<PostKind> {
        PostKind::ALL.into_iter().find(|kind| kind.code() == code)
    }

    /// The PSF's two lists: `Some(true)` eligible, `Some(false)` ineligible,
    /// `None` on neither list.
    pub fn eligible(self) -> Option<bool> {
        match self {
            PostKind::SaveTheDate
            | PostKind::MissionStatement
            | PostKind::CallForProposals
            | PostKind::ScheduleRelease
            | PostKind::TravelGrant => Some(true),
            PostKind::Fundraiser | PostKind::PaidRegistration | PostKind::Purchase => Some(false),
            PostKind::Other => None,
        }
    }
}

/// The verdict.
#[derive(Serialize, Deserialize, Clone, Copy, PartialEq, Eq, Debug)]
#[serde(rename_all = "snake_case")]
pub enum ReshareOutcome {
    /// On the PSF's eligible list: it may re-share the post.
    Eligible,
    /// On the PSF's ineligible list.
    NotEligible,
    /// On neither list, or the text contradicts the kind: the PSF decides.
    DecidedByPsf,
}

/// A word or figure in the pasted text that suggests a post the PSF does not re-share.
#[derive(Serialize, Deserialize, Clone, Copy, PartialEq, Eq, Debug)]
#[serde(rename_all = "snake_case")]
pub enum CueKind {
    /// A sum of money: "$25", "€ 10", "US$12.50", "25 USD", "15 dollars", "10 €".
    Price,
    /// "ticket", "tickets".
    Tickets,
    /// "donate", "donation(s)", "donating", "fundraiser(s)", "fundraising".
    Donation,
    /// "discount code(s)", "promo code(s)", "coupon code(s)", "coupon(s)".
    DiscountCode,
    /// "buy", "buying", "purchase(s)", "purchasing".
    Buy,
    /// "sale", "sales": "T-shirts for sale" names neither a price nor a purchase.
    Sale,
}

impl CueKind {
    /// Whether a cue of this kind speaks against a post of `kind`. Against an
    /// ineligible kind nothing does; a travel grant states its amount and
    /// may cover a (plane or conference) ticket, so those two are expected there.
    pub fn contradicts(self, kind: PostKind) -> bool {
        let expected =
            kind == PostKind::TravelGrant && matches!(self, CueKind::Price | CueKind::Tickets);
        kind.eligible() != Some(false) && !expected
    }
}

/// One cue found in the text.
#[derive(Serialize, Deserialize, Clone, PartialEq, Eq, Debug)]
pub struct Cue {
    pub kind: CueKind,
    /// The words as they appear in the text (original case), e.g. "$25",
    /// "Tickets", "discount code".
    pub found: String,
}

/// What [`check_post`] decided, and why.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
pub struct ReshareCheck {
    pub kind: PostKind,
    pub outcome: ReshareOutcome,
    /// The rule that decided, one of [`RULES`].
    pub rule: &'static str,
    /// Every cue in the text, contradicting or not (see [`CueKind::contradicts`]).
    pub cues: Vec<Cue>,
    /// True when a cue contradicts the chosen kind: an eligible kind, or
    /// `Other`, whose text looks like a fundraiser, a paid promotion or a sale.
    pub contradicted: bool,
}

/// Checks a post of `kind` whose text (possibly empty) is `text`; only the
/// first [`MAX_POST_TEXT_CHARS`] characters are read (see [`cues`]).
pub fn check_post(kind: PostKind, text: &str) -> ReshareCheck {
    let cues = cues(text);
    let contradicted = cues.iter().any(|cue| cue.kind.contradicts(kind));
    let (outcome, rule) = match kind.eligible() {
        // The person's word for an ineligible kind stands: text cannot make it eligible.
        Some(false) => (ReshareOutcome::NotEligible, RULE_POST_KIND),
        // Cues are a guess from words, too weak to refuse an eligible kind,
        // too strong to promise it.
        _ if contradicted => (ReshareOutcome::DecidedByPsf, RULE_TEXT_CUES),
        Some(true) => (ReshareOutcome::Eligible, RULE_POST_KIND),
        None => (ReshareOutcome::DecidedByPsf, RULE_POST_KIND),
    };
    ReshareCheck {
        kind,
        outcome,
        rule,
        cues,
        contradicted,
    }
}

/// The cues in `text`, in the order they appear, each listed once (the same
/// words differing in ASCII case count as one; the first spelling is kept).
///
/// Words match whole and case-insensitively: "Buy" and "BUY", not "buyer".
/// A word character is an ASCII letter or digit, a Latin letter with a
/// diacritic ("São") or a combining mark; anything else, emoji and
/// punctuation included, separates words, so "🎟️Tickets!" is found.
/// Hashtags match only when the cue is the whole tag ("#tickets", not
/// "#BuyNow"). A figure is a price only next to a currency: "2027" and
/// "50%" are not.
///
/// Only the first [`MAX_POST_TEXT_CHARS`] characters are read (the UI limits
/// the field to as many); a cue running across that point is cut with it.
pub fn cues(text: &str) -> Vec<Cue> {
    let text = first_chars(text, MAX_POST_TEXT_CHARS);
    let mut found: Vec<Cue> = Vec::new();
    let mut at = 0;
    while let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) {
        match cue_at(text, at) {
            Step::Cue(kind, end) => {
                let words = text.get(at..end).unwrap_or_default();
                if !found
                    .iter()
                    .any(|cue| cue.found.eq_ignore_ascii_case(words))
                {
                    found.push(Cue {
                        kind,
                        found: words.to_string(),
                    });
                }
                at = end;
            }
            Step::Skip(end) => at = end,
            Step::Next => at += c.len_utf8(),
        }
    }
    found
}

fn first_chars(text: &str, max: usize) -> &str {
    match text.char_indices().nth(max) {
        Some((end, _)) => text.get(..end).unwrap_or(text),
        None => text,
    }
}

// --- The vocabulary -----------------------------------------------------------

/// Whole words and phrases, lower case; a space in a phrase stands for any
/// whitespace or one hyphen ("promo-code").
const PHRASES: &[(CueKind, &str)] = &[
    (CueKind::Tickets, "ticket"),
    (CueKind::Tickets, "tickets"),
    (CueKind::Donation, "donate"),
    (CueKind::Donation, "donation"),
    (CueKind::Donation, "donations"),
    (CueKind::Donation, "donating"),
    (CueKind::Donation, "fundraiser"),
    (CueKind::Donation, "fundraisers"),
    (CueKind::Donation, "fundraising"),
    (CueKind::DiscountCode, "discount code"),
    (CueKind::DiscountCode, "discount codes"),
    (CueKind::DiscountCode, "promo code"),
    (CueKind::DiscountCode, "promo codes"),
    (CueKind::DiscountCode, "coupon code"),
    (CueKind::DiscountCode, "coupon codes"),
    (CueKind::DiscountCode, "coupon"),
    (CueKind::DiscountCode, "coupons"),
    (CueKind::Buy, "buy"),
    (CueKind::Buy, "buying"),
    (CueKind::Buy, "purchase"),
    (CueKind::Buy, "purchases"),
    (CueKind::Buy, "purchasing"),
    (CueKind::Sale, "sale"),
    (CueKind::Sale, "sales"),
];

/// Currency codes, before or after a figure ("USD 25", "25 USD", "Rs. 500").
/// Codes that are also English words a figure often precedes ("1 try",
/// "5 PHP projects", "2 pen") are left out.
const CODES: &[&str] = &[
    "usd", "eur", "gbp", "cad", "aud", "nzd", "chf", "jpy", "cny", "inr", "brl", "mxn", "zar",
    "ngn", "kes", "ghs", "sek", "nok", "dkk", "pln", "czk", "huf", "sgd", "hkd", "idr", "pkr",
    "egp", "ils", "thb", "vnd", "krw", "twd", "myr", "uah", "rs", "kr",
];

/// Currency words, after a figure only ("15 dollars"). "real", "won" and
/// "rand" are left out: "10 real projects", "Team 7 won".
const CURRENCY_WORDS: &[&str] = &[
    "dollar",
    "dollars",
    "euro",
    "euros",
    "pound",
    "pounds",
    "rupee",
    "rupees",
    "yen",
    "yuan",
    "peso",
    "pesos",
    "reais",
    "naira",
    "cedi",
    "cedis",
    "shilling",
    "shillings",
    "franc",
    "francs",
    "krona",
    "kronor",
    "krone",
    "kroner",
    "zloty",
    "cent",
    "cents",
];

/// Currency signs, before or after a figure.
const SYMBOLS: &[char] = &[
    '$', '€', '£', '¥', '¢', '₹', '₩', '₽', '₺', '₦', '₱', '₪', '₫', '₴', '₵', '₡', '₲', '₸', '₭',
    '₼', '₾', '฿',
];

/// A run of capitals this long at most may lead a `$`: "R$", "US$", "NZ$".
const MAX_DOLLAR_PREFIX: usize = 3;

// --- The scanner ----------------------------------------------------------------

enum Step {
    /// A cue from here to the end.
    Cue(CueKind, usize),
    /// A figure that is no price: reading on inside it would find its tail
    /// ("000" of "1,000") as a figure of its own.
    Skip(usize),
    Next,
}

/// What starts at byte `at`, a character boundary of `text`.
fn cue_at(text: &str, at: usize) -> Step {
    let bytes = text.as_bytes();
    let starts_word = !word_before(text, at);
    match bytes.get(at) {
        Some(b) if starts_word && b.is_ascii_alphabetic() => {
            if let Some((kind, end)) = phrase_at(text, at) {
                return Step::Cue(kind, end);
            }
            match code_then_figure(text, at).or_else(|| dollar_prefix(text, at)) {
                Some(end) => Step::Cue(CueKind::Price, end),
                None => Step::Next,
            }
        }
        Some(b) if starts_word && b.is_ascii_digit() => figure_then_currency(text, at),
        _ => match symbol_then_figure(text, at) {
            Some(end) => Step::Cue(CueKind::Price, end),
            None => Step::Next,
        },
    }
}

/// The longest phrase starting at `at` and ending a word.
fn phrase_at(text: &str, at: usize) -> Option<(CueKind, usize)> {
    PHRASES
        .iter()
        .filter_map(|&(kind, phrase)| {
            let end = phrase_end(text, at, phrase)?;
            (!word_after(text, end)).then_some((kind, end))
        })
        .max_by_key(|&(_, end)| end)
}

fn phrase_end(text: &str, at: usize, phrase: &str) -> Option<usize> {
    let mut end = at;
    for (i, word) in phrase.split(' ').enumerate() {
        if i > 0 {
            end = separator(text, end)?;
        }
        end = ascii_word(text, end, word)?;
    }
    Some(end)
}

/// Whitespace, or a single hyphen, between two words of a phrase.
fn separator(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?;
    if rest.starts_with('-') {
        return Some(at + 1);
    }
    let len: usize = rest
        .chars()
        .take_while(|&c| c.is_ascii_whitespace() || is_space(c))
        .map(char::len_utf8)
        .sum();
    (len > 0).then_some(at + len)
}

/// `word` (ASCII, lower case) at `at`, in any ASCII case.
fn ascii_word(text: &str, at: usize, word: &str) -> Option<usize> {
    let end = at.checked_add(word.len())?;
    // Both ends fall on ASCII bytes once matched: slicing stays on boundaries.
    let candidate = text.as_bytes().get(at..end)?;
    candidate
        .eq_ignore_ascii_case(word.as_bytes())
        .then_some(end)
}

/// "USD 25", "Rs. 500".
fn code_then_figure(text: &str, at: usize) -> Option<usize> {
    let end = letters_end(text, at);
    let letters = text.get(at..end)?;
    if word_after(text, end) || !CODES.iter().any(|c| c.eq_ignore_ascii_case(letters)) {
        return None;
    }
    let end = if text.get(end..)?.starts_with('.') {
        end + 1
    } else {
        end
    };
    figure_end(text, spaces_end(text, end))
}

/// "R$50", "US$12.50": capitals glued to a dollar sign.
fn dollar_prefix(text: &str, at: usize) -> Option<usize> {
    let end = letters_end(text, at);
    let letters = text.get(at..end)?;
    let capitals = letters.bytes().all(|b| b.is_ascii_uppercase());
    if !capitals || letters.len() > MAX_DOLLAR_PREFIX || !text.get(end..)?.starts_with('$') {
        return None;
    }
    figure_end(text, spaces_end(text, end + 1))
}

/// "$25", "€ 10".
fn symbol_then_figure(text: &str, at: usize) -> Option<usize> {
    let end = symbol_end(text, at)?;
    figure_end(text, spaces_end(text, end))
}

/// "25 USD", "15 dollars", "10 €"; any other figure is skipped whole.
fn figure_then_currency(text: &str, at: usize) -> Step {
    let Some(figure) = figure_end(text, at) else {
        return Step::Next;
    };
    let after = spaces_end(text, figure);
    if let Some(end) = symbol_end(text, after) {
        // "10 $20": the sign belongs to the figure after it.
        let next = text.get(end..).and_then(|rest| rest.chars().next());
        if !next.is_some_and(|c| c.is_ascii_digit()) {
            return Step::Cue(CueKind::Price, end);
        }
    }
    let end = letters_end(text, after);
    let is_currency = text.get(after..end).is_some_and(|letters| {
        !letters.is_empty()
            && CODES
                .iter()
                .chain(CURRENCY_WORDS)
                .any(|c| c.eq_ignore_ascii_case(letters))
    });
    if is_currency && !word_after(text, end) {
        Step::Cue(CueKind::Price, end)
    } else {
        Step::Skip(figure)
    }
}

/// The end of a figure starting at `at`: digits, grouped or with decimals
/// ("1,000.50", "1.000,50", "1'000", "1 000").
fn figure_end(text: &str, at: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let digits = |from: usize| {
        bytes.get(from..).map_or(0, |rest| {
            rest.iter().take_while(|b| b.is_ascii_digit()).count()
        })
    };
    let first = digits(at);
    if first == 0 {
        return None;
    }
    let mut end = at + first;
    while let Some(sep) = text.get(end..).and_then(|rest| rest.chars().next()) {
        let next = end + sep.len_utf8();
        let group = digits(next);
        let joins = match sep {
            '.' | ',' | '\'' => group > 0,
            // A space groups thousands only: "15 2027" is two figures.
            ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' => group == 3,
            _ => false,
        };
        if !joins {
            break;
        }
        end = next + group;
    }
    Some(end)
}

fn symbol_end(text: &str, at: usize) -> Option<usize> {
    let c = text.get(at..)?.chars().next()?;
    SYMBOLS.contains(&c).then(|| at + c.len_utf8())
}

fn letters_end(text: &str, at: usize) -> usize {
    let len = text.as_bytes().get(at..).map_or(0, |rest| {
        rest.iter().take_while(|b| b.is_ascii_alphabetic()).count()
    });
    at + len
}

/// Spaces that may sit between a figure and its currency, on one line.
fn spaces_end(text: &str, at: usize) -> usize {
    let len: usize = text.get(at..).map_or(0, |rest| {
        rest.chars()
            .take_while(|&c| c == ' ' || c == '\t' || is_space(c))
            .map(char::len_utf8)
            .sum()
    });
    at + len
}

/// The no-break and thin spaces French and Swiss typography put before "€".
fn is_space(c: char) -> bool {
    matches!(c, '\u{a0}' | '\u{202f}' | '\u{2009}')
}

fn word_before(text: &str, at: usize) -> bool {
    text.get(..at)
        .and_then(|before| before.chars().next_back())
        .is_some_and(is_word_char)
}

fn word_after(text: &str, at: usize) -> bool {
    text.get(at..)
        .and_then(|after| after.chars().next())
        .is_some_and(is_word_char)
}

/// Range checks rather than `char::is_alphanumeric`, whose Unicode table the
/// wasm would carry: Latin letters with diacritics cover the languages whose
/// words run into an English cue ("ébuy"); emoji and punctuation never join.
fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || (('\u{c0}'..='\u{24f}').contains(&c) && c != '\u{d7}' && c != '\u{f7}')
        || ('\u{300}'..='\u{36f}').contains(&c)
}
