//! Reusable pieces, one per file. State flows down as signals, events come
//! back up as callbacks; none of them reads the app state directly except
//! where noted, so they can be mounted alone in tests.

pub mod answer_input;
pub mod back_link;
pub mod check_answers;
pub mod checkbox;
pub mod continue_from_file;
pub mod date_field;
pub mod draft_notice;
pub mod eligibility_panel;
pub mod error_message;
pub mod error_summary;
pub mod grant_window;
pub mod language_switcher;
pub mod list_field;
pub mod page_heading;
pub mod print_button;
pub mod question;
pub mod radios;
pub mod reminder_link;
pub mod reshare_check;
pub mod save_to_file;
pub mod step_indicator;
pub mod storage_notices;
pub mod submit_problem;
pub mod text_area;
pub mod text_field;
pub mod window_feedback;
pub mod yes_no;

/// `aria-describedby` from the ids that exist (hint, error), or no attribute.
pub(crate) fn described_by(ids: &[Option<String>]) -> Option<String> {
    let joined = ids.iter().flatten().cloned().collect::<Vec<_>>().join(" ");
    (!joined.is_empty()).then_some(joined)
}
