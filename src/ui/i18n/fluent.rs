//! The part of Fluent (projectfluent.org) the catalogues use: messages of
//! one pattern, `{ $variable }` placeables, `{ "literal" }` strings and
//! select expressions on a variable, whose variant keys are plural
//! categories (`[one]`, `[other]`, chosen by the locale's CLDR rules) or
//! exact values (`[0]`, `[yes]`). Comments and blank lines are skipped.
//!
//! Written here rather than taken from `fluent-bundle`: that crate brings
//! `intl_pluralrules` (the CLDR rules of every language, compiled in),
//! `unic-langid`, `intl-memoizer` and a full syntax tree, while the browser
//! already has the plural rules (`Intl.PluralRules`); see the README's
//! size table for the measured difference. Terms, attributes, message
//! references and functions are not used by the catalogues and are read
//! as errors, so a translator who writes one learns it at once (the
//! catalogue test parses every file with this parser).

/// One piece of a pattern.
#[derive(Debug, Clone, PartialEq)]
pub enum Piece<'s> {
    Text(&'s str),
    /// A `"…"` literal after its escapes were read.
    Owned(String),
    Var(&'s str),
    Select {
        var: &'s str,
        variants: Vec<(&'s str, Vec<Piece<'s>>)>,
        /// The index of the `*[…]` variant.
        default: usize,
    },
}

/// A pattern's value for one variable.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    /// A count: chooses a plural variant, and is written in the locale's
    /// digits and grouping.
    Count(i64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

macro_rules! count_from {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Count(n as i64)
            }
        }
    )*};
}
count_from!(u8, u16, u32, u64, usize, i32, i64);

/// Why a catalogue or a pattern could not be read: the line (1-based) and
/// what was expected there.
#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxError {
    pub line: usize,
    pub expected: &'static str,
}

/// A message id's hash, the key the UI looks its words up by: the `tr!`
/// and `trf!` macros compute it at compile time, so the 390-odd literal
/// ids are not shipped in the wasm (3.2 KB brotli measured). FNV-1a, 32 bits;
/// `tests/catalogues.rs` fails if two ids of the source share a hash.
pub const fn id_hash(id: &str) -> u32 {
    let bytes = id.as_bytes();
    let mut hash: u32 = 0x811c_9dc5;
    let mut i = 0;
    while i < bytes.len() {
        hash ^= bytes[i] as u32;
        hash = hash.wrapping_mul(0x0100_0193);
        i += 1;
    }
    hash
}

/// A catalogue: its messages in the file's order, each with its id's hash.
#[derive(Debug, Default)]
pub struct Catalogue<'s> {
    messages: Vec<Message<'s>>,
}

#[derive(Debug)]
struct Message<'s> {
    id: &'s str,
    hash: u32,
    pieces: Vec<Piece<'s>>,
}

impl<'s> Catalogue<'s> {
    pub fn parse(source: &'s str) -> Result<Catalogue<'s>, SyntaxError> {
        let mut messages: Vec<Message<'s>> = Vec::new();
        let lines: Vec<&str> = source.lines().collect();
        let mut i = 0;
        while i < lines.len() {
            let line = lines[i];
            if line.trim().is_empty() || line.starts_with('#') {
                i += 1;
                continue;
            }
            let Some((id, first)) = line.split_once('=') else {
                return Err(SyntaxError {
                    line: i + 1,
                    expected: "id = value",
                });
            };
            let id = id.trim_end();
            if !is_identifier(id) {
                return Err(SyntaxError {
                    line: i + 1,
                    expected: "a message id",
                });
            }
            let hash = id_hash(id);
            // Checked against every message before it rather than by
            // sorting: a sort costs 1 KB of wasm, this a millisecond once.
            if let Some(taken) = messages.iter().find(|m| m.hash == hash) {
                return Err(SyntaxError {
                    line: i + 1,
                    expected: if taken.id == id {
                        "each id once"
                    } else {
                        "an id whose hash no other id has"
                    },
                });
            }
            let start = i;
            i += 1;
            // A value goes on over the indented lines that follow.
            while i < lines.len() && lines[i].starts_with(' ') {
                i += 1;
            }
            let pieces = block(first, &lines[start + 1..i]).map_err(|expected| SyntaxError {
                line: start + 1,
                expected,
            })?;
            messages.push(Message { id, hash, pieces });
        }
        Ok(Catalogue { messages })
    }

    /// By the id itself (the tests'), so that a hash shared with a stray
    /// id cannot hide a missing one.
    pub fn get(&self, id: &str) -> Option<&[Piece<'s>]> {
        self.messages
            .iter()
            .find(|m| m.id == id)
            .map(|m| m.pieces.as_slice())
    }

    /// A scan of a few hundred `u32`s per word drawn: under a microsecond,
    /// and no index to build or ship.
    pub fn get_hashed(&self, hash: u32) -> Option<&[Piece<'s>]> {
        self.messages
            .iter()
            .find(|m| m.hash == hash)
            .map(|m| m.pieces.as_slice())
    }

    pub fn ids(&self) -> impl Iterator<Item = &'s str> + '_ {
        self.messages.iter().map(|m| m.id)
    }
}

fn is_identifier(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

/// The text of a value: what follows `=` and its continuation lines, less
/// their common indentation (as Fluent reads a multiline pattern).
fn block<'s>(first: &'s str, rest: &[&'s str]) -> Result<Vec<Piece<'s>>, &'static str> {
    let first = first.trim_start();
    if rest.is_empty() {
        return pattern(first.trim_end());
    }
    let indent = rest
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    // Pieces borrow from the source, so the lines are read one by one and
    // joined by the newlines between them.
    let mut text: Vec<&'s str> = Vec::new();
    if !first.trim().is_empty() {
        text.push(first.trim_end());
    }
    for l in rest {
        text.push(l.get(indent..).unwrap_or("").trim_end());
    }
    let joined: &'s str = leak_join(&text);
    pattern(joined.trim())
}

/// Multiline values are rare (select expressions); their joined text is
/// kept for as long as the catalogue, which lives as long as the app.
fn leak_join<'s>(lines: &[&'s str]) -> &'s str {
    Box::leak(lines.join("\n").into_boxed_str())
}

/// Reads one pattern (the whole of `source`).
pub fn pattern(source: &str) -> Result<Vec<Piece<'_>>, &'static str> {
    let mut reader = Reader { s: source, at: 0 };
    let pieces = reader.pieces(false)?;
    if reader.at < source.len() {
        return Err("text or a placeable");
    }
    Ok(joined(pieces))
}

/// Text next to text (`{ " " }for …`) as one piece, so that a message
/// without variables is one string (`plain`).
fn joined(pieces: Vec<Piece<'_>>) -> Vec<Piece<'_>> {
    let mut out: Vec<Piece<'_>> = Vec::with_capacity(pieces.len());
    for piece in pieces {
        let text = match &piece {
            Piece::Text(t) => Some(*t),
            Piece::Owned(t) => Some(t.as_str()),
            _ => None,
        };
        match (out.last_mut(), text) {
            (Some(Piece::Text(prev)), Some(t)) => {
                let merged = format!("{prev}{t}");
                *out.last_mut().expect("just matched") = Piece::Owned(merged);
            }
            (Some(Piece::Owned(prev)), Some(t)) => prev.push_str(t),
            _ => out.push(piece),
        }
    }
    out
}

struct Reader<'s> {
    s: &'s str,
    at: usize,
}

impl<'s> Reader<'s> {
    fn rest(&self) -> &'s str {
        &self.s[self.at..]
    }

    fn skip_blank(&mut self) {
        let r = self.rest();
        self.at += r.len() - r.trim_start().len();
    }

    /// Text and placeables up to the end, or (in a variant) up to a line
    /// that starts the next variant or closes the select.
    fn pieces(&mut self, in_variant: bool) -> Result<Vec<Piece<'s>>, &'static str> {
        let mut out = Vec::new();
        let mut text_start = self.at;
        while self.at < self.s.len() {
            let r = self.rest();
            if r.starts_with('}') && !in_variant {
                return Err("a { before this }");
            }
            if in_variant && r.starts_with('\n') {
                let next = r[1..].trim_start();
                if next.starts_with('[') || next.starts_with("*[") || next.starts_with('}') {
                    break;
                }
            }
            if r.starts_with('{') {
                push_text(&mut out, &self.s[text_start..self.at]);
                self.at += 1;
                out.push(self.placeable()?);
                text_start = self.at;
                continue;
            }
            self.at += r.chars().next().map_or(1, char::len_utf8);
        }
        push_text(&mut out, &self.s[text_start..self.at]);
        Ok(out)
    }

    fn placeable(&mut self) -> Result<Piece<'s>, &'static str> {
        self.skip_blank();
        let r = self.rest();
        if let Some(lit) = r.strip_prefix('"') {
            let end = lit.find('"').ok_or("a closing \"")?;
            let text = unescape(&lit[..end])?;
            self.at += end + 2;
            self.close()?;
            return Ok(Piece::Owned(text));
        }
        let Some(var) = r.strip_prefix('$') else {
            return Err("$variable or \"text\" in { }");
        };
        let len = var
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
            .unwrap_or(var.len());
        if len == 0 {
            return Err("a variable name after $");
        }
        let name = &var[..len];
        self.at += 1 + len;
        self.skip_blank();
        if self.rest().starts_with("->") {
            self.at += 2;
            return self.select(name);
        }
        self.close()?;
        Ok(Piece::Var(name))
    }

    fn close(&mut self) -> Result<(), &'static str> {
        self.skip_blank();
        if !self.rest().starts_with('}') {
            return Err("a }");
        }
        self.at += 1;
        Ok(())
    }

    fn select(&mut self, var: &'s str) -> Result<Piece<'s>, &'static str> {
        let mut variants = Vec::new();
        let mut default = None;
        loop {
            self.skip_blank();
            let r = self.rest();
            if r.starts_with('}') {
                self.at += 1;
                break;
            }
            if r.starts_with('*') {
                if default.is_some() {
                    return Err("one default *[variant]");
                }
                default = Some(variants.len());
                self.at += 1;
            }
            let r = self.rest();
            let key = r.strip_prefix('[').ok_or("[variant]")?;
            let end = key.find(']').ok_or("a ] after the variant's key")?;
            let name = key[..end].trim();
            self.at += end + 2;
            // The variant's own text starts after the blanks of its line.
            let r = self.rest();
            self.at += r.len() - r.trim_start_matches([' ', '\t']).len();
            let pieces = self.pieces(true)?;
            variants.push((name, trim_pieces(pieces)));
            if self.at >= self.s.len() {
                return Err("a } after the variants");
            }
        }
        let default = default.ok_or("a default *[variant]")?;
        Ok(Piece::Select {
            var,
            variants,
            default,
        })
    }
}

fn push_text<'s>(out: &mut Vec<Piece<'s>>, text: &'s str) {
    if !text.is_empty() {
        out.push(Piece::Text(text));
    }
}

fn trim_pieces(mut pieces: Vec<Piece<'_>>) -> Vec<Piece<'_>> {
    if let Some(Piece::Text(t)) = pieces.last_mut() {
        *t = t.trim_end();
    }
    pieces.retain(|p| !matches!(p, Piece::Text("")));
    pieces
}

fn unescape(s: &str) -> Result<String, &'static str> {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('\\') => out.push('\\'),
            Some('"') => out.push('"'),
            Some('u') => {
                let hex: String = chars.by_ref().take(4).collect();
                let c = u32::from_str_radix(&hex, 16)
                    .ok()
                    .and_then(char::from_u32)
                    .ok_or("\\uXXXX")?;
                out.push(c);
            }
            _ => return Err("\\\\, \\\" or \\uXXXX"),
        }
    }
    Ok(out)
}

/// Writes a pattern with its arguments. `category` gives a count's CLDR
/// plural category and `count` writes it in the locale's digits. A
/// variable without an argument is written as `{$name}`, so that a
/// mistake shows rather than vanishing.
pub fn format(
    pieces: &[Piece<'_>],
    args: &[(&str, Arg)],
    category: &dyn Fn(i64) -> &'static str,
    count: &dyn Fn(i64) -> String,
    out: &mut String,
) {
    for piece in pieces {
        match piece {
            Piece::Text(t) => out.push_str(t),
            Piece::Owned(t) => out.push_str(t),
            Piece::Var(name) => match arg(args, name) {
                Some(Arg::Text(t)) => out.push_str(t),
                Some(Arg::Count(n)) => out.push_str(&count(*n)),
                None => {
                    out.push_str("{$");
                    out.push_str(name);
                    out.push('}');
                }
            },
            Piece::Select {
                var,
                variants,
                default,
            } => {
                let chosen = match arg(args, var) {
                    Some(Arg::Count(n)) => {
                        let exact = n.to_string();
                        variants.iter().position(|(k, _)| *k == exact).or_else(|| {
                            let cat = category(*n);
                            variants.iter().position(|(k, _)| *k == cat)
                        })
                    }
                    Some(Arg::Text(t)) => variants.iter().position(|(k, _)| k == t),
                    None => None,
                }
                .unwrap_or(*default);
                format(&variants[chosen].1, args, category, count, out);
            }
        }
    }
}

fn arg<'a>(args: &'a [(&str, Arg)], name: &str) -> Option<&'a Arg> {
    args.iter().find(|(k, _)| *k == name).map(|(_, v)| v)
}

/// The variables a pattern uses, sorted and once each: a translation must
/// use the same ones as the English.
pub fn variables<'s>(pieces: &[Piece<'s>]) -> Vec<&'s str> {
    fn walk<'s>(pieces: &[Piece<'s>], out: &mut Vec<&'s str>) {
        for p in pieces {
            match p {
                Piece::Var(v) => out.push(v),
                Piece::Select { var, variants, .. } => {
                    out.push(var);
                    for (_, v) in variants {
                        walk(v, out);
                    }
                }
                Piece::Text(_) | Piece::Owned(_) => {}
            }
        }
    }
    let mut out = Vec::new();
    walk(pieces, &mut out);
    out.sort_unstable();
    out.dedup();
    out
}

/// Whether a pattern is plain text, with no placeable.
pub fn plain<'p, 's>(pieces: &'p [Piece<'s>]) -> Option<&'p str> {
    match pieces {
        [] => Some(""),
        [Piece::Text(t)] => Some(t),
        [Piece::Owned(t)] => Some(t.as_str()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn english(n: i64) -> &'static str {
        if n == 1 {
            "one"
        } else {
            "other"
        }
    }

    fn run(source: &str, args: &[(&str, Arg)]) -> String {
        let p = pattern(source).expect("parses");
        let mut out = String::new();
        format(&p, args, &english, &|n| n.to_string(), &mut out);
        out
    }

    #[test]
    fn text_and_variables() {
        assert_eq!(
            run("Step { $n } of {$of}", &[("n", 2.into()), ("of", 4.into())]),
            "Step 2 of 4"
        );
        assert_eq!(run("Plain", &[]), "Plain");
        assert_eq!(run("{ \"{\" }x{ \"\\u00A0\" }", &[]), "{x\u{a0}");
        let spaced = pattern("{ \" \" }for you").unwrap();
        assert_eq!(
            plain(&spaced),
            Some(" for you"),
            "one text, so tr! can give it"
        );
        assert_eq!(run("Hi { $who }", &[]), "Hi {$who}");
    }

    #[test]
    fn plural_and_exact_variants() {
        let src =
            "{ $count ->\n    [0] no events\n    [one] one event\n   *[other] { $count } events\n}";
        assert_eq!(run(src, &[("count", 0.into())]), "no events");
        assert_eq!(run(src, &[("count", 1.into())]), "one event");
        assert_eq!(run(src, &[("count", 7.into())]), "7 events");
        let text = "{ $kind ->\n [web] a web page\n *[other] something\n} here";
        assert_eq!(run(text, &[("kind", "web".into())]), "a web page here");
        assert_eq!(run(text, &[("kind", "x".into())]), "something here");
    }

    #[test]
    fn catalogue_with_multiline_values() {
        let src = "# comment\nhello = Hello, { $name }!\n\nevents =\n    { $count ->\n        [one] one event\n       *[other] { $count } events\n    }\nafter = done\n";
        let cat = Catalogue::parse(src).expect("parses");
        assert_eq!(cat.ids().collect::<Vec<_>>(), ["hello", "events", "after"]);
        let mut out = String::new();
        format(
            cat.get("events").unwrap(),
            &[("count", 3.into())],
            &english,
            &|n| n.to_string(),
            &mut out,
        );
        assert_eq!(out, "3 events");
        assert_eq!(plain(cat.get("after").unwrap()), Some("done"));
        assert_eq!(variables(cat.get("events").unwrap()), ["count"]);
    }

    #[test]
    fn mistakes_are_named_with_their_line() {
        assert_eq!(
            Catalogue::parse("a = x\nno equals here\n")
                .unwrap_err()
                .line,
            2
        );
        assert_eq!(
            Catalogue::parse("a = x\na = y\n").unwrap_err().expected,
            "each id once"
        );
        // Two ids with one FNV-1a hash (found by search): refused, as the
        // app could not tell their words apart.
        assert_eq!(id_hash("id522789"), id_hash("id739192"));
        let shared = Catalogue::parse("id522789 = x\nid739192 = y\n").unwrap_err();
        assert_eq!(
            (shared.line, shared.expected),
            (2, "an id whose hash no other id has")
        );
        assert!(Catalogue::parse("a = { -term }\n").is_err());
        assert!(
            Catalogue::parse("a = { $n ->\n  [one] x\n}\n").is_err(),
            "no default variant"
        );
        assert!(Catalogue::parse("a = oops }\n").is_err());
        assert!(Catalogue::parse("a = { $x\n").is_err());
    }
}
