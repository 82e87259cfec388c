//! Pages addressed by the URL hash (`#/community-partner/event`), so that the
//! browser's Back button and a reload land on the same step, without a router
//! crate in the wasm. Every address comes from a definition: its slug, its
//! steps' slugs, and `check`, `confirmation` and `preview` for every program.
//!
//! Hashes that do not start with `#/` (such as an in-page `#psf-cp-email`)
//! are not routes: they leave the current page in place.

use crate::rules::program::Program;

/// A page of the app. Adding a program adds no variant: its steps are
/// `Step(program, n)`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Page {
    Start,
    Preview(&'static Program),
    /// The program's step `n` (from 0) of [`Program::steps`].
    Step(&'static Program, usize),
    Check(&'static Program),
    Confirmation(&'static Program),
    NotFound,
}

/// A page plus what the address asks of it.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Location {
    pub page: Page,
    /// `?return=check`: Continue and Back lead to check your answers.
    pub return_to_check: bool,
    /// `?focus=<id>`: the input to focus (a "Change" link's question).
    pub focus: Option<String>,
}

impl Location {
    pub fn at(page: Page) -> Location {
        Location {
            page,
            return_to_check: false,
            focus: None,
        }
    }

    /// Reads a hash among `programs`; `None` when it is not a route.
    pub fn parse(hash: &str, programs: &[&'static Program]) -> Option<Location> {
        let rest = hash.strip_prefix('#').unwrap_or(hash);
        if rest.is_empty() {
            return Some(Location::at(Page::Start));
        }
        let rest = rest.strip_prefix('/')?;
        let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        let find = |slug: &str| programs.iter().copied().find(|p| p.slug == slug);
        let page = match segments.as_slice() {
            [] => Page::Start,
            ["preview", program] => find(program).map_or(Page::NotFound, Page::Preview),
            [program, step] => match (find(program), *step) {
                (Some(p), "check") => Page::Check(p),
                (Some(p), "confirmation") => Page::Confirmation(p),
                (Some(p), step) => p
                    .step_index(step)
                    .map_or(Page::NotFound, |i| Page::Step(p, i)),
                (None, _) => Page::NotFound,
            },
            [program] => find(program).map_or(Page::NotFound, |p| Page::Step(p, 0)),
            _ => Page::NotFound,
        };
        let mut location = Location::at(page);
        for pair in query.split('&') {
            match pair.split_once('=') {
                Some(("return", "check")) => location.return_to_check = true,
                Some(("focus", id)) if is_safe_id(id) => location.focus = Some(id.to_string()),
                _ => {}
            }
        }
        Some(location)
    }

    pub fn href(&self) -> String {
        let mut href = self.page.href();
        let mut sep = '?';
        if self.return_to_check {
            href.push_str("?return=check");
            sep = '&';
        }
        if let Some(id) = &self.focus {
            href.push(sep);
            href.push_str("focus=");
            href.push_str(id);
        }
        href
    }
}

/// Only our own element ids may be asked to take focus.
fn is_safe_id(id: &str) -> bool {
    id.starts_with("psf-")
        && id.len() <= 64
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

impl Page {
    pub fn href(self) -> String {
        match self {
            Page::Start | Page::NotFound => "#/".to_string(),
            Page::Preview(p) => format!("#/preview/{}", p.slug),
            Page::Step(p, i) => {
                let step = p.steps.get(i).map_or("", |s| s.slug);
                format!("#/{}/{step}", p.slug)
            }
            Page::Check(p) => format!("#/{}/check", p.slug),
            Page::Confirmation(p) => format!("#/{}/confirmation", p.slug),
        }
    }

    /// The application this page is part of (not the preview's).
    pub fn program(self) -> Option<&'static Program> {
        match self {
            Page::Step(p, _) | Page::Check(p) | Page::Confirmation(p) => Some(p),
            Page::Start | Page::Preview(_) | Page::NotFound => None,
        }
    }

    /// The program whose page this is, its eligibility preview included.
    pub fn program_or_preview(self) -> Option<&'static Program> {
        match self {
            Page::Preview(p) => Some(p),
            other => other.program(),
        }
    }

    /// The application's pages the step indicator counts: its steps, then
    /// check your answers.
    pub fn steps(program: &'static Program) -> impl Iterator<Item = Page> {
        (0..program.steps.len())
            .map(move |i| Page::Step(program, i))
            .chain([Page::Check(program)])
    }

    /// The page a Continue from here leads to.
    pub fn next(self) -> Page {
        match self {
            Page::Step(p, i) if i + 1 < p.steps.len() => Page::Step(p, i + 1),
            Page::Step(p, _) => Page::Check(p),
            other => other,
        }
    }

    /// The page Back leads to.
    pub fn previous(self) -> Page {
        match self {
            Page::Step(_, 0) => Page::Start,
            Page::Step(p, i) => Page::Step(p, i - 1),
            Page::Check(p) => Page::Step(p, p.steps.len().saturating_sub(1)),
            _ => Page::Start,
        }
    }

    /// Its name in host events and the last segment of its address.
    pub fn name(self) -> &'static str {
        match self {
            Page::Start => "start",
            Page::Preview(_) => "preview",
            Page::Step(p, i) => p.steps.get(i).map_or("", |s| s.slug),
            Page::Check(_) => "check",
            Page::Confirmation(_) => "confirmation",
            Page::NotFound => "not-found",
        }
    }

    pub fn is_resumable(self) -> bool {
        matches!(self, Page::Step(..) | Page::Check(_))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::program::{all_programs, COMMUNITY_PARTNER, MEETUP_PRO};

    #[test]
    fn every_page_round_trips() {
        let programs = all_programs();
        let mut pages = vec![Page::Start];
        for &p in programs {
            pages.push(Page::Preview(p));
            pages.extend(Page::steps(p));
            pages.push(Page::Confirmation(p));
        }
        assert_eq!(pages.len(), 1 + 2 + 4 + 3 + 2 + 4 + 2);
        for page in pages {
            assert_eq!(
                Location::parse(&page.href(), programs),
                Some(Location::at(page))
            );
        }
        assert_eq!(
            Page::Step(&COMMUNITY_PARTNER, 1).href(),
            "#/community-partner/event"
        );
        assert_eq!(Page::Step(&MEETUP_PRO, 1).href(), "#/meetup-pro/group");
        assert_eq!(
            Location::parse("#/meetup-pro", programs),
            Some(Location::at(Page::Step(&MEETUP_PRO, 0)))
        );
    }

    #[test]
    fn query_and_odd_hashes() {
        let programs = all_programs();
        let l = Location::parse(
            "#/community-partner/event?return=check&focus=psf-cp-title",
            programs,
        );
        assert_eq!(
            l,
            Some(Location {
                page: Page::Step(&COMMUNITY_PARTNER, 1),
                return_to_check: true,
                focus: Some("psf-cp-title".into())
            })
        );
        assert_eq!(Location::parse("#psf-cp-email", programs), None);
        assert_eq!(
            Location::parse("", programs),
            Some(Location::at(Page::Start))
        );
        for nowhere in [
            "#/nope/x",
            "#/meetup-pro/event",
            "#/preview/nope",
            "#/a/b/c",
        ] {
            assert_eq!(
                Location::parse(nowhere, programs),
                Some(Location::at(Page::NotFound)),
                "{nowhere}"
            );
        }
        let evil = Location::parse("#/community-partner/event?focus=<script>", programs).unwrap();
        assert_eq!(evil.focus, None);
        let l = l.unwrap();
        assert_eq!(Location::parse(&l.href(), programs), Some(l));
    }

    #[test]
    fn continue_and_back() {
        let cp = &COMMUNITY_PARTNER;
        assert_eq!(Page::Step(cp, 0).next(), Page::Step(cp, 1));
        assert_eq!(Page::Step(cp, 2).next(), Page::Check(cp));
        assert_eq!(Page::Step(cp, 0).previous(), Page::Start);
        assert_eq!(Page::Check(cp).previous(), Page::Step(cp, 2));
        assert_eq!(
            Page::Check(&MEETUP_PRO).previous(),
            Page::Step(&MEETUP_PRO, 1)
        );
    }
}
