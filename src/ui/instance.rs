//! What sets one app instance apart from the others on a page: element ids
//! of its own, routing that never touches the host's URL, the programs it
//! offers, the program it is fixed to and the answers the host prefills.
//! Provided as context by `App`; `embed` makes one per widget.

use crate::rules::program::{all_programs, Program};

use super::prefill::{self, Answers};
use super::route::{Location, Page};

#[derive(Clone, Debug, PartialEq)]
pub struct Instance {
    /// Replaces the leading `psf-` of every element id the app renders.
    pub id_prefix: String,
    /// `false`: pages change in memory, the URL is never touched.
    pub hash_routing: bool,
    /// Where a widget starts (ignored with hash routing, where the hash says).
    pub start: Location,
    /// The programs on offer, in the start page's order.
    pub programs: &'static [&'static Program],
    /// The program a widget is fixed to.
    pub program: Option<&'static Program>,
    /// Answers to put into empty questions, in order of precedence.
    pub prefill: Vec<Answers>,
    /// A widget's width when mounted, in CSS pixels: what the layout follows
    /// (a sidebar is narrow on the widest screen).
    pub width: Option<f64>,
}

impl Instance {
    /// The standalone page: today's ids, the URL hash as the route, and the
    /// URL's `psf_…` parameters as prefill.
    pub fn standalone() -> Instance {
        Instance {
            id_prefix: "psf-".to_string(),
            hash_routing: true,
            start: Location::at(Page::Start),
            programs: all_programs(),
            program: None,
            prefill: vec![prefill::from_url()],
            width: None,
        }
    }

    /// The page a widget opens on: its program's first step (or preview).
    pub fn widget_start(program: Option<&'static Program>, preview: bool) -> Location {
        Location::at(match (program, preview) {
            (None, _) => Page::Start,
            (Some(p), true) => Page::Preview(p),
            (Some(p), false) => Page::Step(p, 0),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::program::{COMMUNITY_PARTNER, MEETUP_PRO};

    #[test]
    fn widgets_start_on_their_program() {
        assert_eq!(
            Instance::widget_start(Some(&COMMUNITY_PARTNER), false).page,
            Page::Step(&COMMUNITY_PARTNER, 0)
        );
        assert_eq!(
            Instance::widget_start(Some(&MEETUP_PRO), true).page,
            Page::Preview(&MEETUP_PRO)
        );
        assert_eq!(Instance::widget_start(None, true).page, Page::Start);
    }
}
