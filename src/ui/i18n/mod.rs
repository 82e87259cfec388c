//! The language the app speaks. English is compiled in: every word is
//! written in English where it is used, with a stable id
//! (`tr!("check-heading", "Check your answers before submitting")`), and
//! `public/locales/en.ftl` is generated from those calls and from the
//! words tables (`tests/catalogues.rs` fails when it is stale). Another
//! locale's catalogue is a Fluent file fetched when it is chosen
//! (`public/locales/<tag>.ftl`), so it costs the first load nothing; an id
//! it lacks falls back to the English.
//!
//! One locale at a time per page: a second widget on the same page speaks
//! the language the last one chose.

pub mod fluent;
mod intl;

use std::cell::RefCell;

pub use fluent::Arg;
use fluent::{Catalogue, Piece};

/// The languages the app is offered in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Locale {
    En,
    Es,
    PtBr,
    Fr,
    /// English accented and made 30% longer (`en-XA`), generated from
    /// `en.ftl`: a journey in it shows any text that is not translated
    /// and any layout that breaks on longer words. Never offered in the
    /// switcher; chosen by a browser or host asking for `en-XA`.
    Pseudo,
}

impl Locale {
    /// The switcher's languages, in its order.
    pub const OFFERED: [Locale; 4] = [Locale::En, Locale::Es, Locale::PtBr, Locale::Fr];
    pub const ALL: [Locale; 5] = [
        Locale::En,
        Locale::Es,
        Locale::PtBr,
        Locale::Fr,
        Locale::Pseudo,
    ];

    /// The BCP 47 tag: `lang` attributes, the catalogue's file name, the
    /// payload's `locale`.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Es => "es",
            Locale::PtBr => "pt-BR",
            Locale::Fr => "fr",
            Locale::Pseudo => "en-XA",
        }
    }

    /// The language's name in itself, as the switcher offers it.
    pub fn own_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Es => "Español",
            Locale::PtBr => "Português (Brasil)",
            Locale::Fr => "Français",
            Locale::Pseudo => "Ƥşḗŭḓǿ",
        }
    }

    /// A tag exactly as written (any case).
    pub fn from_tag(tag: &str) -> Option<Locale> {
        Locale::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(tag.trim()))
    }

    /// The first of a person's preferred languages (most wanted first, as
    /// `navigator.languages` lists them) the app speaks: the tag itself,
    /// else its language (`es-MX` → Spanish, `pt-PT` → Brazilian
    /// Portuguese, the only Portuguese offered). English when none is.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Locale {
        for tag in preferred {
            if let Some(l) = Locale::from_tag(tag) {
                return l;
            }
            let language = tag.split(['-', '_']).next().unwrap_or("");
            if let Some(l) = Locale::OFFERED
                .into_iter()
                .find(|l| l.tag().split('-').next() == Some(language) && !language.is_empty())
            {
                return l;
            }
        }
        Locale::En
    }
}

struct Current {
    locale: Locale,
    catalogue: Option<&'static Catalogue<'static>>,
}

thread_local! {
    static CURRENT: RefCell<Current> = const {
        RefCell::new(Current { locale: Locale::En, catalogue: None })
    };
    /// Catalogues already read, kept for the page's life so that switching
    /// back costs nothing and `tr!` can hand out `&'static str`.
    static LOADED: RefCell<Vec<(Locale, &'static Catalogue<'static>)>> =
        const { RefCell::new(Vec::new()) };
}

/// The locale words are given in now.
pub fn locale() -> Locale {
    CURRENT.with(|c| c.borrow().locale)
}

/// The catalogue of `locale` if it was read already.
pub fn loaded(locale: Locale) -> Option<&'static Catalogue<'static>> {
    LOADED.with(|l| {
        l.borrow()
            .iter()
            .find(|(k, _)| *k == locale)
            .map(|(_, c)| *c)
    })
}

/// Reads a catalogue's text and keeps it for `locale`. A syntax error
/// leaves the locale unloaded.
pub fn load(locale: Locale, source: String) -> Result<(), fluent::SyntaxError> {
    let source: &'static str = Box::leak(source.into_boxed_str());
    let catalogue: &'static Catalogue<'static> = Box::leak(Box::new(Catalogue::parse(source)?));
    LOADED.with(|l| l.borrow_mut().push((locale, catalogue)));
    Ok(())
}

/// Speaks `locale` from now on: English, or a locale whose catalogue was
/// loaded (else English stays).
pub fn set_locale(locale: Locale) -> Locale {
    let catalogue = loaded(locale);
    let locale = if catalogue.is_some() {
        locale
    } else {
        Locale::En
    };
    CURRENT.with(|c| *c.borrow_mut() = Current { locale, catalogue });
    locale
}

fn translation(hash: u32) -> Option<&'static [Piece<'static>]> {
    CURRENT.with(|c| c.borrow().catalogue.and_then(|cat| cat.get_hashed(hash)))
}

/// Words without variables: `tr!("id", "English")` is the current locale's
/// words for `id`, else the English. The id is hashed at compile time
/// (`fluent::id_hash`), so only its hash is shipped.
macro_rules! tr {
    ($id:literal, $english:expr $(,)?) => {
        $crate::ui::i18n::tr_hashed(
            {
                const HASH: u32 = $crate::ui::i18n::fluent::id_hash($id);
                HASH
            },
            $english,
        )
    };
}
pub(crate) use tr;

/// Words with variables, the English being a Fluent pattern:
/// `trf!("step-of", "Step { $n } of { $of }", &[("n", …), ("of", …)])`.
macro_rules! trf {
    ($id:literal, $english:expr, $args:expr $(,)?) => {
        $crate::ui::i18n::trf_hashed(
            {
                const HASH: u32 = $crate::ui::i18n::fluent::id_hash($id);
                HASH
            },
            $english,
            $args,
        )
    };
}
pub(crate) use trf;

/// `tr!` for an id made at run time (the words tables' `<card>-<part>`,
/// the acknowledgements' `ack-<code>`).
pub fn tr_made(id: &str, english: &'static str) -> &'static str {
    tr_hashed(fluent::id_hash(id), english)
}

#[doc(hidden)]
pub fn tr_hashed(hash: u32, english: &'static str) -> &'static str {
    translation(hash).and_then(fluent::plain).unwrap_or(english)
}

#[doc(hidden)]
pub fn trf_hashed(hash: u32, english: &'static str, args: &[(&str, Arg)]) -> String {
    let mut out = String::new();
    let category = |n: i64| intl::plural_category(locale(), n);
    let count = |n: i64| number(n);
    match translation(hash) {
        Some(pieces) => fluent::format(pieces, args, &category, &count, &mut out),
        None => match fluent::pattern(english) {
            Ok(pieces) => fluent::format(&pieces, args, &category, &count, &mut out),
            // The catalogue test parses every English pattern.
            Err(_) => out.push_str(english),
        },
    }
    out
}

/// Words set inside a sentence ("enter the meetup page address") are
/// lower-cased by the rules' small table: `str::to_lowercase` would compile
/// in Unicode's whole case table.
pub use crate::rules::lower_case::lower_case;

/// "1,000,000" in English, "1.000.000" in Spanish, "1 000 000" in French.
pub fn number(n: i64) -> String {
    match locale() {
        Locale::En | Locale::Pseudo => english_number(n),
        other => intl::number(other, n).unwrap_or_else(|| english_number(n)),
    }
}

/// "80%" in English, "80 %" in French and Spanish.
pub fn percent(n: i64) -> String {
    match locale() {
        Locale::En | Locale::Pseudo => format!("{n}%"),
        other => intl::percent(other, n).unwrap_or_else(|| format!("{n}%")),
    }
}

/// A date written out in the current locale ("sábado, 11 de julio de
/// 2026"), or `None` in English, which `format` writes itself.
pub fn long_date(year: i32, month: u32, day: u32) -> Option<String> {
    match locale() {
        Locale::En | Locale::Pseudo => None,
        other => intl::long_date(other, year, month, day),
    }
}

fn english_number(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if n < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The pseudo-locale's version of an English catalogue: every letter
/// accented and every vowel doubled (a third longer or more), the ids,
/// variables and variant keys untouched.
pub fn pseudo_catalogue(english: &str) -> String {
    let mut out = String::new();
    for line in english.lines() {
        if line.trim().is_empty() || line.starts_with('#') {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        let (head, value) = match line.split_once('=').filter(|_| !line.starts_with(' ')) {
            Some((id, value)) => (format!("{id}="), value),
            None => {
                let trimmed = line.trim_start();
                let indent = &line[..line.len() - trimmed.len()];
                // A variant's key stays as it is.
                if let Some(end) = trimmed
                    .find(']')
                    .filter(|_| trimmed.starts_with('[') || trimmed.starts_with("*["))
                {
                    (format!("{indent}{}", &trimmed[..=end]), &trimmed[end + 1..])
                } else {
                    (indent.to_string(), trimmed)
                }
            }
        };
        out.push_str(&head);
        out.push_str(&pseudo_text(value));
        out.push('\n');
    }
    out
}

fn pseudo_text(value: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in value.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth == 0 && c != '}' {
            out.push(accent(c));
            if "aeiouAEIOU".contains(c) {
                out.push(accent(c));
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn accent(c: char) -> char {
    const FROM: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const TO: [char; 52] = [
        'ȧ', 'ƀ', 'ƈ', 'ḓ', 'ḗ', 'ƒ', 'ɠ', 'ħ', 'ī', 'ĵ', 'ķ', 'ŀ', 'ḿ', 'ƞ', 'ǿ', 'ƥ', 'ɋ', 'ř',
        'ş', 'ŧ', 'ŭ', 'ṽ', 'ẇ', 'ẋ', 'ẏ', 'ẑ', 'Ȧ', 'Ɓ', 'Ƈ', 'Ḓ', 'Ḗ', 'Ƒ', 'Ɠ', 'Ħ', 'Ī', 'Ĵ',
        'Ķ', 'Ŀ', 'Ḿ', 'Ƞ', 'Ǿ', 'Ƥ', 'Ɋ', 'Ř', 'Ş', 'Ŧ', 'Ŭ', 'Ṽ', 'Ẇ', 'Ẋ', 'Ẏ', 'Ẑ',
    ];
    FROM.find(c).map_or(c, |i| TO[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_preferred_language_picks_the_first_match() {
        assert_eq!(Locale::negotiate(["de-DE", "es-MX", "fr"]), Locale::Es);
        assert_eq!(Locale::negotiate(["pt-PT"]), Locale::PtBr);
        assert_eq!(Locale::negotiate(["PT-br"]), Locale::PtBr);
        assert_eq!(Locale::negotiate(["fr-CA", "en"]), Locale::Fr);
        assert_eq!(Locale::negotiate(["en-GB", "es"]), Locale::En);
        assert_eq!(Locale::negotiate(["en-XA"]), Locale::Pseudo);
        assert_eq!(Locale::negotiate(["de", "ja"]), Locale::En);
        assert_eq!(Locale::negotiate([]), Locale::En);
    }

    #[test]
    fn a_loaded_catalogue_is_spoken_and_falls_back_to_english() {
        assert_eq!(tr!("greeting", "Hello"), "Hello");
        load(
            Locale::Es,
            "greeting = Hola\nsteps = Paso { $n } de { $of }\n".into(),
        )
        .unwrap();
        assert_eq!(set_locale(Locale::Es), Locale::Es);
        assert_eq!(tr!("greeting", "Hello"), "Hola");
        assert_eq!(tr!("missing", "Missing"), "Missing");
        assert_eq!(
            trf!(
                "steps",
                "Step { $n } of { $of }",
                &[("n", 2.into()), ("of", 4.into())]
            ),
            "Paso 2 de 4"
        );
        assert_eq!(
            set_locale(Locale::Fr),
            Locale::En,
            "French was never loaded"
        );
        assert_eq!(tr!("greeting", "Hello"), "Hello");
    }

    #[test]
    fn english_numbers_are_grouped_in_threes() {
        assert_eq!(number(0), "0");
        assert_eq!(number(999), "999");
        assert_eq!(number(1000), "1,000");
        assert_eq!(number(1_000_000), "1,000,000");
        assert_eq!(number(-12500), "-12,500");
        assert_eq!(percent(80), "80%");
    }

    #[test]
    fn the_pseudo_locale_keeps_ids_variables_and_keys() {
        let en = "# c\nsteps = Step { $n } of { $of }\nevents =\n    { $count ->\n        [one] one event\n       *[other] { $count } events\n    }\n";
        let pseudo = pseudo_catalogue(en);
        let cat = Catalogue::parse(&pseudo).expect("the pseudo catalogue parses");
        assert_eq!(cat.ids().collect::<Vec<_>>(), ["steps", "events"]);
        assert_eq!(fluent::variables(cat.get("steps").unwrap()), ["n", "of"]);
        assert!(pseudo.contains("[one]") && pseudo.contains("*[other]"));
        assert!(pseudo.contains("Şŧḗḗƥ"), "{pseudo}");
        let english_len = "one event".chars().count();
        let longer = pseudo.lines().find(|l| l.contains("[one]")).unwrap();
        assert!(longer.trim().chars().count() - "[one]".len() > english_len);
    }
}
