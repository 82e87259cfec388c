//! The catalogues: `public/locales/en.ftl` is exactly the English of the
//! app (every `tr!`/`trf!` in `src/ui` and every word of the words
//! tables), and every other locale has each of its ids, not empty, with
//! the same variables. `PSF_BLESS=1 cargo test --test catalogues` writes
//! `en.ftl` and the pseudo-locale's `en-XA.ftl` afresh; the translations
//! are edited by hand.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use psf_apply::ui::i18n::fluent::{self, Catalogue};
use psf_apply::ui::i18n::{pseudo_catalogue, Locale};
use psf_apply::ui::words;
use syn::visit::Visit;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn locale_file(tag: &str) -> PathBuf {
    root().join("public/locales").join(format!("{tag}.ftl"))
}

/// One `tr!`/`trf!` found in the source.
struct Call {
    id: String,
    english: String,
    plain: bool,
    at: String,
}

struct Finder<'a> {
    file: &'a str,
    calls: Vec<Call>,
    problems: Vec<String>,
}

fn is_test_only(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|a| {
        a.path().is_ident("cfg")
            && a.parse_args::<syn::Meta>()
                .is_ok_and(|m| m.path().is_ident("test"))
    })
}

impl Finder<'_> {
    /// `tr!`/`trf!` inside another macro (`view!`, `format!`) are tokens,
    /// not syntax: found as `tr` `!` followed by `( "id" , "English" …)`.
    fn scan_tokens(&mut self, tokens: proc_macro2::TokenStream) {
        use proc_macro2::TokenTree;
        let trees: Vec<TokenTree> = tokens.into_iter().collect();
        for (i, tree) in trees.iter().enumerate() {
            match tree {
                TokenTree::Group(g) => {
                    let bang = matches!(
                        i.checked_sub(1).map(|j| &trees[j]),
                        Some(TokenTree::Punct(p)) if p.as_char() == '!'
                    );
                    let name = match i.checked_sub(2).map(|j| &trees[j]) {
                        Some(TokenTree::Ident(id)) if bang => id.to_string(),
                        _ => String::new(),
                    };
                    // Any bracket: `tr![…]` compiles as well as `tr!(…)`.
                    if name == "tr" || name == "trf" {
                        self.macro_call(&name, g.stream(), g.span().start().line);
                    }
                    // A lookup around the macros, written inside a macro.
                    let called = match i.checked_sub(1).map(|j| &trees[j]) {
                        Some(TokenTree::Ident(id)) => id.to_string(),
                        _ => String::new(),
                    };
                    if g.delimiter() == proc_macro2::Delimiter::Parenthesis {
                        self.bypass(&called, g.span().start().line);
                    }
                    self.scan_tokens(g.stream());
                }
                TokenTree::Ident(_) | TokenTree::Punct(_) | TokenTree::Literal(_) => {}
            }
        }
    }

    /// Words looked up around the macros would be missing from `en.ftl`;
    /// only the words tables' walk (`words/mod.rs`) makes its ids.
    fn bypass(&mut self, name: &str, line: usize) {
        let allowed = match name {
            "tr_made" => self.file.ends_with("words/mod.rs"),
            "tr_hashed" | "trf_hashed" => false,
            _ => true,
        };
        if !allowed && !self.file.contains("i18n/") {
            self.problems.push(format!(
                "{}:{line}: {name}(…) bypasses tr!/trf!: its words would not be in en.ftl",
                self.file
            ));
        }
    }

    fn macro_call(&mut self, name: &str, args: proc_macro2::TokenStream, line: usize) {
        let parts: Vec<proc_macro2::TokenTree> = args.into_iter().collect();
        let literal = |i: usize| {
            parts
                .get(i)
                .and_then(|t| syn::parse2::<syn::LitStr>(t.clone().into()).ok())
        };
        let at = format!("{}:{line}", self.file);
        let comma =
            matches!(parts.get(1), Some(proc_macro2::TokenTree::Punct(p)) if p.as_char() == ',');
        match (literal(0), comma, literal(2)) {
            (Some(id), true, Some(english)) => self.calls.push(Call {
                id: id.value(),
                english: english.value(),
                plain: name == "tr",
                at,
            }),
            _ => self.problems.push(format!(
                "{at}: {name}!(…) needs a literal id and literal English"
            )),
        }
    }
}

impl<'ast> Visit<'ast> for Finder<'_> {
    fn visit_macro(&mut self, m: &'ast syn::Macro) {
        let name = m.path.segments.last().map(|s| s.ident.to_string());
        match name.as_deref() {
            Some(name @ ("tr" | "trf")) => {
                let line = m
                    .path
                    .segments
                    .last()
                    .map_or(0, |s| s.ident.span().start().line);
                self.macro_call(name, m.tokens.clone(), line);
                // A `tr!` among a `trf!`'s arguments.
                self.scan_tokens(m.tokens.clone());
            }
            _ => self.scan_tokens(m.tokens.clone()),
        }
    }

    fn visit_item_mod(&mut self, m: &'ast syn::ItemMod) {
        if !is_test_only(&m.attrs) {
            syn::visit::visit_item_mod(self, m);
        }
    }

    fn visit_item_fn(&mut self, f: &'ast syn::ItemFn) {
        if !is_test_only(&f.attrs) {
            syn::visit::visit_item_fn(self, f);
        }
    }

    /// A lookup around the macros, called or passed as a function value
    /// (`.map(i18n::tr_made)`).
    fn visit_expr_path(&mut self, path: &'ast syn::ExprPath) {
        syn::visit::visit_expr_path(self, path);
        if let Some(last) = path.path.segments.last() {
            self.bypass(&last.ident.to_string(), last.ident.span().start().line);
        }
    }

    /// `use …::tr as t;` would hide every `t!` from this scan.
    fn visit_use_rename(&mut self, rename: &'ast syn::UseRename) {
        if rename.ident == "tr" || rename.ident == "trf" {
            let line = rename.ident.span().start().line;
            self.problems.push(format!(
                "{}:{line}: {} renamed: its words would not be in en.ftl",
                self.file, rename.ident
            ));
        }
    }
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("src/ui is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs")
            && path.file_name().is_some_and(|n| n != "tests.rs")
        {
            out.push(path);
        }
    }
}

/// Every English word of the app by id, or what is wrong with the source.
fn english() -> Result<BTreeMap<String, String>, Vec<String>> {
    let mut files = Vec::new();
    rust_files(&root().join("src/ui"), &mut files);
    files.sort();
    let mut calls = Vec::new();
    let mut problems = Vec::new();
    for path in &files {
        let rel = path
            .strip_prefix(root())
            .unwrap_or(path)
            .display()
            .to_string();
        let source = fs::read_to_string(path).expect("a source file");
        let file = syn::parse_file(&source).unwrap_or_else(|e| panic!("{rel}: {e}"));
        let mut finder = Finder {
            file: &rel,
            calls: Vec::new(),
            problems: Vec::new(),
        };
        finder.visit_file(&file);
        calls.extend(finder.calls);
        problems.extend(finder.problems);
    }
    for (id, english) in words::catalogue() {
        calls.push(Call {
            id,
            english: english.to_string(),
            plain: true,
            at: "words tables".into(),
        });
    }
    let mut out: BTreeMap<String, (String, String)> = BTreeMap::new();
    for call in calls {
        let valid_id = call
            .id
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_lowercase())
            && call
                .id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !valid_id {
            problems.push(format!(
                "{}: id {:?} is not lower-case letters, digits, - and _",
                call.at, call.id
            ));
        }
        match fluent::pattern(&call.english) {
            Err(e) => problems.push(format!(
                "{}: {}: the English is not a Fluent pattern ({e})",
                call.at, call.id
            )),
            Ok(p) if call.plain && fluent::plain(&p).is_none() => problems.push(format!(
                "{}: {}: tr! is for words without variables; use trf!",
                call.at, call.id
            )),
            Ok(_) => {}
        }
        if call.english.trim().is_empty() {
            problems.push(format!("{}: {}: no English", call.at, call.id));
        }
        match out.get(&call.id) {
            Some((english, at)) if *english != call.english => problems.push(format!(
                "{}: {} is {:?} here and {:?} at {at}: one id, one text",
                call.at, call.id, call.english, english
            )),
            Some(_) => {}
            None => {
                out.insert(call.id, (call.english, call.at));
            }
        }
    }
    if problems.is_empty() {
        Ok(out.into_iter().map(|(k, (v, _))| (k, v)).collect())
    } else {
        Err(problems)
    }
}

/// A value as Fluent writes it after `id =`: a plain text's spaces at
/// either end and its braces kept by `{ "…" }`, a multiline value
/// indented under its id.
fn ftl_value(english: &str, plain: bool) -> String {
    if english.contains('\n') {
        let mut out = String::new();
        for line in english.lines() {
            out.push_str("\n    ");
            out.push_str(line.trim_end());
        }
        return out;
    }
    let mut text = english.to_string();
    if plain {
        text = text
            .replace('{', "\u{0}")
            .replace('}', "{ \"}\" }")
            .replace('\u{0}', "{ \"{\" }");
    }
    let lead = text.len() - text.trim_start().len();
    let trail = text.len() - text.trim_end().len();
    let middle = text.trim().to_string();
    format!(
        " {}{middle}{}",
        "{ \" \" }".repeat(lead),
        "{ \" \" }".repeat(trail)
    )
}

fn render(english: &BTreeMap<String, String>) -> String {
    let mut out = String::from(
        "# psf-apply: the English words, generated from the source (tests/catalogues.rs).\n\
         # Do not edit: change the words where they are used in src/ui, then run\n\
         # PSF_BLESS=1 cargo test --test catalogues. Translators: copy this file to\n\
         # <locale>.ftl and translate each value; keep every id and every { $variable }.\n\
         # A [one]/[other] choice follows the plural rules of your language (CLDR):\n\
         # add [few] or [many] where your language has them.\n",
    );
    let mut group = "";
    for (id, value) in english {
        let prefix = id.split('-').next().unwrap_or("");
        if prefix != group {
            out.push('\n');
            group = prefix;
        }
        let plain = fluent::pattern(value)
            .ok()
            .is_some_and(|p| fluent::plain(&p).is_some());
        out.push_str(id);
        out.push_str(" =");
        out.push_str(&ftl_value(value, plain));
        out.push('\n');
    }
    out
}

fn bless() -> bool {
    std::env::var_os("PSF_BLESS").is_some_and(|v| v == "1")
}

#[test]
fn en_ftl_is_the_english_of_the_source() {
    let english = english().unwrap_or_else(|p| panic!("the source's words:\n{}", p.join("\n")));
    assert!(
        english.len() > 300,
        "only {} words found: the walk is broken",
        english.len()
    );
    let rendered = render(&english);
    // What is written must read back as the same words.
    let catalogue = Catalogue::parse(&rendered).expect("en.ftl parses");
    let written = |pieces: &[fluent::Piece]| {
        let mut out = String::new();
        fluent::format(pieces, &[], &|_| "other", &|n| n.to_string(), &mut out);
        (
            out,
            fluent::variables(pieces)
                .into_iter()
                .map(str::to_string)
                .collect::<Vec<_>>(),
        )
    };
    for (id, value) in &english {
        let pieces = catalogue
            .get(id)
            .unwrap_or_else(|| panic!("{id} lost in en.ftl"));
        let want = fluent::pattern(value).expect("checked above");
        assert_eq!(
            written(pieces),
            written(&want),
            "{id} reads back differently"
        );
    }
    let path = locale_file("en");
    if bless() {
        fs::write(&path, &rendered).expect("en.ftl is writable");
        fs::write(locale_file("en-XA"), pseudo_catalogue(&rendered))
            .expect("en-XA.ftl is writable");
    }
    let on_disk = fs::read_to_string(&path).unwrap_or_default();
    assert!(
        on_disk == rendered,
        "public/locales/en.ftl is not the source's English: run PSF_BLESS=1 cargo test --test catalogues"
    );
}

#[test]
fn the_pseudo_locale_is_en_ftl_accented() {
    let en = fs::read_to_string(locale_file("en")).expect("en.ftl");
    let pseudo = fs::read_to_string(locale_file("en-XA")).expect("en-XA.ftl");
    assert!(
        pseudo == pseudo_catalogue(&en),
        "run PSF_BLESS=1 cargo test --test catalogues"
    );
}

/// What is wrong with one translation against the English.
fn problems(tag: &str, en: &Catalogue, other: &Catalogue) -> Vec<String> {
    let mut out = Vec::new();
    for id in en.ids() {
        let want = fluent::variables(en.get(id).unwrap_or_default());
        match other.get(id) {
            None => out.push(format!("{tag}: {id} is missing")),
            Some(p) if fluent::plain(p).is_some_and(|t| t.trim().is_empty()) => {
                out.push(format!("{tag}: {id} is empty"))
            }
            Some(p) if fluent::variables(p) != want => out.push(format!(
                "{tag}: {id} uses {:?}, the English {want:?}",
                fluent::variables(p)
            )),
            Some(_) => {}
        }
    }
    for id in other.ids() {
        if en.get(id).is_none() {
            out.push(format!("{tag}: {id} is not in en.ftl (renamed or gone?)"));
        }
    }
    out
}

#[test]
fn every_locale_has_every_id_with_its_variables() {
    let en_text = fs::read_to_string(locale_file("en")).expect("en.ftl");
    let en = Catalogue::parse(&en_text).expect("en.ftl parses");
    let mut all = Vec::new();
    for locale in Locale::ALL.into_iter().filter(|l| *l != Locale::En) {
        let tag = locale.tag();
        let text = fs::read_to_string(locale_file(tag))
            .unwrap_or_else(|_| panic!("public/locales/{tag}.ftl"));
        let other = Catalogue::parse(&text)
            .unwrap_or_else(|e| panic!("{tag}.ftl line {}: expected {}", e.line, e.expected));
        all.extend(problems(tag, &en, &other));
    }
    assert!(
        all.is_empty(),
        "{} problems:\n{}",
        all.len(),
        all.join("\n")
    );
}

#[test]
fn the_check_finds_a_missing_an_empty_and_a_changed_message() {
    let en = Catalogue::parse("a = A\nb = B { $n }\nc = C\n").unwrap();
    let es = Catalogue::parse("b = B { $m }\nc = { \"\" }\nd = D\n").unwrap();
    assert_eq!(
        problems("es", &en, &es),
        [
            "es: a is missing",
            "es: b uses [\"m\"], the English [\"n\"]",
            "es: c is empty",
            "es: d is not in en.ftl (renamed or gone?)"
        ]
    );
}

/// The UI finds its words by the id's hash: two ids of the source with one
/// hash would show one's words in place of the other's.
#[test]
fn every_id_has_a_hash_of_its_own() {
    let english = english().unwrap_or_else(|p| panic!("the source's words:\n{}", p.join("\n")));
    let mut seen = BTreeMap::new();
    for id in english.keys() {
        if let Some(other) = seen.insert(fluent::id_hash(id), id) {
            panic!(
                "{id} and {other} share the hash {:#x}: rename one",
                fluent::id_hash(id)
            );
        }
    }
    assert_eq!(seen.len(), english.len());
}
