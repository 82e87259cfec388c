//! Pages addressed by the URL hash (`#/community-partner/event`), so that the
//! browser's Back button and a reload land on the same step, without a router
//! crate in the wasm.
//!
//! Hashes that do not start with `#/` (such as an in-page `#psf-cp-email`)
//! are not routes: they leave the current page in place.

use leptos::prelude::{use_context, Set, Update};

use super::embed::Instance;
use super::fields::Program;
use super::state::AppState;

/// One page of the app.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Page {
    Start,
    Preview(Program),
    CpApplicant,
    CpEvent,
    CpAcknowledgements,
    CpCheck,
    CpConfirmation,
    MpApplicant,
    MpGroup,
    MpCheck,
    MpConfirmation,
    NotFound,
}

/// A page and what the hash's query says about it.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Location {
    pub page: Page,
    /// `?return=check`: Continue goes back to check your answers.
    pub return_to_check: bool,
    /// `?focus=<input id>`: focus this question rather than the heading
    /// (used by the "Change" links).
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

    /// Reads a `location.hash` value. `None` when it is not a route at all.
    pub fn parse(hash: &str) -> Option<Location> {
        let rest = hash.strip_prefix('#').unwrap_or(hash);
        if rest.is_empty() {
            return Some(Location::at(Page::Start));
        }
        let rest = rest.strip_prefix('/')?;
        let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        let page = match segments.as_slice() {
            [] => Page::Start,
            ["preview", program] => {
                Program::from_slug(program).map_or(Page::NotFound, Page::Preview)
            }
            [program, step] => match (Program::from_slug(program), *step) {
                (Some(Program::CommunityPartner), "applicant") => Page::CpApplicant,
                (Some(Program::CommunityPartner), "event") => Page::CpEvent,
                (Some(Program::CommunityPartner), "acknowledgements") => Page::CpAcknowledgements,
                (Some(Program::CommunityPartner), "check") => Page::CpCheck,
                (Some(Program::CommunityPartner), "confirmation") => Page::CpConfirmation,
                (Some(Program::MeetupPro), "applicant") => Page::MpApplicant,
                (Some(Program::MeetupPro), "group") => Page::MpGroup,
                (Some(Program::MeetupPro), "check") => Page::MpCheck,
                (Some(Program::MeetupPro), "confirmation") => Page::MpConfirmation,
                _ => Page::NotFound,
            },
            [program] => match Program::from_slug(program) {
                Some(Program::CommunityPartner) => Page::CpApplicant,
                Some(Program::MeetupPro) => Page::MpApplicant,
                None => Page::NotFound,
            },
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

    /// The hash for this location, `#/…`.
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

/// Ids are ours (`psf-…`): anything else in the URL is ignored rather than
/// passed to `getElementById`.
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
            Page::Preview(program) => format!("#/preview/{}", program.slug()),
            Page::CpApplicant => "#/community-partner/applicant".to_string(),
            Page::CpEvent => "#/community-partner/event".to_string(),
            Page::CpAcknowledgements => "#/community-partner/acknowledgements".to_string(),
            Page::CpCheck => "#/community-partner/check".to_string(),
            Page::CpConfirmation => "#/community-partner/confirmation".to_string(),
            Page::MpApplicant => "#/meetup-pro/applicant".to_string(),
            Page::MpGroup => "#/meetup-pro/group".to_string(),
            Page::MpCheck => "#/meetup-pro/check".to_string(),
            Page::MpConfirmation => "#/meetup-pro/confirmation".to_string(),
        }
    }

    /// The application this page belongs to (previews excluded).
    pub fn program(self) -> Option<Program> {
        match self {
            Page::CpApplicant
            | Page::CpEvent
            | Page::CpAcknowledgements
            | Page::CpCheck
            | Page::CpConfirmation => Some(Program::CommunityPartner),
            Page::MpApplicant | Page::MpGroup | Page::MpCheck | Page::MpConfirmation => {
                Some(Program::MeetupPro)
            }
            Page::Start | Page::Preview(_) | Page::NotFound => None,
        }
    }

    /// The question and check pages of a program, in order ("Step N of M").
    pub fn steps(program: Program) -> &'static [Page] {
        match program {
            Program::CommunityPartner => &[
                Page::CpApplicant,
                Page::CpEvent,
                Page::CpAcknowledgements,
                Page::CpCheck,
            ],
            Program::MeetupPro => &[Page::MpApplicant, Page::MpGroup, Page::MpCheck],
        }
    }

    /// A page a person may be sent back to by "Continue where you left off".
    pub fn is_resumable(self) -> bool {
        self.program().is_some() && !matches!(self, Page::CpConfirmation | Page::MpConfirmation)
    }
}

/// Goes to a page: in the standalone app by setting the hash (the
/// `hashchange` listener does the rest); in a widget in memory, so that the
/// host's URL and history are never touched.
pub fn navigate(location: &Location) {
    let memory = use_context::<Instance>().is_some_and(|i| !i.hash_routing);
    if memory {
        if let Some(app) = use_context::<AppState>() {
            app.location.set(location.clone());
            app.navigations.update(|n| *n += 1);
        }
        return;
    }
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_hash(&location.href());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_round_trips() {
        let pages = [
            Page::Start,
            Page::Preview(Program::CommunityPartner),
            Page::Preview(Program::MeetupPro),
            Page::CpApplicant,
            Page::CpEvent,
            Page::CpAcknowledgements,
            Page::CpCheck,
            Page::CpConfirmation,
            Page::MpApplicant,
            Page::MpGroup,
            Page::MpCheck,
            Page::MpConfirmation,
        ];
        for page in pages {
            assert_eq!(Location::parse(&page.href()), Some(Location::at(page)));
        }
    }

    #[test]
    fn query_and_odd_hashes() {
        let l = Location::parse("#/community-partner/event?return=check&focus=psf-cp-title");
        assert_eq!(
            l,
            Some(Location {
                page: Page::CpEvent,
                return_to_check: true,
                focus: Some("psf-cp-title".into())
            })
        );
        assert_eq!(Location::parse("#psf-cp-email"), None);
        assert_eq!(Location::parse(""), Some(Location::at(Page::Start)));
        assert_eq!(
            Location::parse("#/nope/x"),
            Some(Location::at(Page::NotFound))
        );
        let evil = Location::parse("#/community-partner/event?focus=<script>").unwrap();
        assert_eq!(evil.focus, None);
        let l = l.unwrap();
        assert_eq!(Location::parse(&l.href()), Some(l));
    }
}
