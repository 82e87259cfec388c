//! "Save your answers to a file" and "Continue from a saved file": a draft
//! as a versioned JSON document that a person carries to another device.
//!
//! The file is the storage envelope (so one reader serves both) with what
//! storage knows from its key written into it: what the file is and which
//! program it belongs to. Reading never touches the current draft: it
//! returns the draft or why the file cannot be used, and the page decides.

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde_json::{json, Value};

use super::store::{read_envelope, restored, STORAGE_VERSION};
use super::Draft;
use crate::rules::acknowledgements;
use crate::rules::program::{self, Program};
pub use crate::ui::notice::FileProblem;
use crate::ui::notice::Notice;
use crate::ui::route::Location;

/// What a saved-answers file says it is, so that any other JSON (a
/// downloaded payload, a receipt) is told apart.
pub const FORMAT: &str = "psf-apply/saved-answers";

/// Larger than any real draft by far (a Grants request with every list
/// full is about 30 KB), small enough that a wrong file is refused before
/// it is read into memory.
pub const MAX_FILE_BYTES: f64 = 1_000_000.0;

/// A draft read from a file.
pub struct FromFile {
    pub program: &'static Program,
    pub draft: Draft,
    pub saved_at: DateTime<FixedOffset>,
    pub resume: Option<Location>,
    /// Set when the acknowledgements had to be unticked (their text changed).
    pub notice: Option<Notice>,
}

/// The file's text for `program`'s draft.
pub fn to_file(
    program: &Program,
    draft: &Draft,
    saved_at: DateTime<FixedOffset>,
    resume: Option<&Location>,
) -> String {
    let file = json!({
        "format": FORMAT,
        "version": STORAGE_VERSION,
        "program": program.slug,
        "saved_at": saved_at,
        "resume": resume.map(Location::href),
        "ack_version": acknowledgements::VERSION,
        "draft": draft.to_json(program),
    });
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// "psf-community-partner-answers-2026-12-02.json".
pub fn file_name(program: &Program, date: NaiveDate) -> String {
    format!("psf-{}-answers-{date}.json", program.slug)
}

/// Reads a chosen file's text against the programs this form offers.
pub fn read_file(text: &str, offered: &[&'static Program]) -> Result<FromFile, FileProblem> {
    if text.trim().is_empty() {
        return Err(FileProblem::Empty);
    }
    let Ok(value) = serde_json::from_str::<Value>(text) else {
        return Err(FileProblem::NotJson);
    };
    if value.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(FileProblem::NotSavedAnswers);
    }
    match value.get("version").and_then(Value::as_u64) {
        Some(v) if v == u64::from(STORAGE_VERSION) => {}
        Some(v) => {
            return Err(FileProblem::OtherVersion {
                newer: v > u64::from(STORAGE_VERSION),
            })
        }
        None => return Err(FileProblem::NotSavedAnswers),
    }
    let slug = value.get("program").and_then(Value::as_str).unwrap_or("");
    let Some(program) = offered.iter().copied().find(|p| p.slug == slug) else {
        return Err(FileProblem::OtherProgram(program::by_slug(slug)));
    };
    let (mut draft, saved_at, resume, ack_version) =
        read_envelope(program, &value).ok_or(FileProblem::Broken(program))?;
    let notice = restored(program, &mut draft, ack_version);
    let resume = resume
        .as_deref()
        .and_then(|hash| Location::parse(hash, offered))
        .filter(|l| l.page.is_resumable() && l.page.program() == Some(program));
    Ok(FromFile {
        program,
        draft,
        saved_at,
        resume,
        notice,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::program::{all_programs, COMMUNITY_PARTNER, GRANT, MEETUP_PRO};

    fn golden(slug: &str) -> Value {
        let path = format!("{}/tests/drafts_v1/{slug}.json", env!("CARGO_MANIFEST_DIR"));
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
    }

    fn saved(program: &'static Program) -> String {
        let stored = golden(program.slug);
        let (draft, saved_at, resume, _) = read_envelope(program, &stored).unwrap();
        let resume = Location::parse(&resume.unwrap(), all_programs()).unwrap();
        to_file(program, &draft, saved_at, Some(&resume))
    }

    #[test]
    fn a_saved_file_of_each_program_reads_back_the_same_answers_and_step() {
        for program in all_programs().iter().copied() {
            let text = saved(program);
            let back = read_file(&text, all_programs())
                .unwrap_or_else(|e| panic!("{}: {e:?}", program.slug));
            assert_eq!(back.program, program);
            let stored = golden(program.slug);
            assert_eq!(
                back.draft.to_json(program),
                stored["draft"],
                "{}",
                program.slug
            );
            assert_eq!(
                back.resume.map(|l| l.href()),
                stored["resume"].as_str().map(String::from),
                "{}",
                program.slug
            );
            assert!(back.notice.is_none());
        }
    }

    #[test]
    fn the_file_says_what_it_is_and_its_name_says_program_and_date() {
        let v: Value = serde_json::from_str(&saved(&GRANT)).unwrap();
        assert_eq!(v["format"], FORMAT);
        assert_eq!(v["version"], STORAGE_VERSION);
        assert_eq!(v["program"], "grant");
        let date = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
        assert_eq!(
            file_name(&COMMUNITY_PARTNER, date),
            "psf-community-partner-answers-2026-12-02.json"
        );
    }

    #[test]
    fn files_that_cannot_be_used_say_why() {
        let cp = saved(&COMMUNITY_PARTNER);
        let with = |edit: &dyn Fn(&mut Value)| {
            let mut v: Value = serde_json::from_str(&cp).unwrap();
            edit(&mut v);
            v.to_string()
        };
        let only_mp: &[&'static Program] = &[&MEETUP_PRO];
        let cases: Vec<(String, &[&'static Program], FileProblem)> = vec![
            ("".into(), all_programs(), FileProblem::Empty),
            ("  \n".into(), all_programs(), FileProblem::Empty),
            (
                "first_name,Joey".into(),
                all_programs(),
                FileProblem::NotJson,
            ),
            ("{\"format\":".into(), all_programs(), FileProblem::NotJson),
            ("[1,2]".into(), all_programs(), FileProblem::NotSavedAnswers),
            (
                golden("community-partner").to_string(),
                all_programs(),
                FileProblem::NotSavedAnswers,
            ),
            (
                with(&|v| v["format"] = json!("psf-apply/grant/v1")),
                all_programs(),
                FileProblem::NotSavedAnswers,
            ),
            (
                with(&|v| v["version"] = json!(2)),
                all_programs(),
                FileProblem::OtherVersion { newer: true },
            ),
            (
                with(&|v| v["version"] = json!(0)),
                all_programs(),
                FileProblem::OtherVersion { newer: false },
            ),
            (
                cp.clone(),
                only_mp,
                FileProblem::OtherProgram(Some(&COMMUNITY_PARTNER)),
            ),
            (
                with(&|v| v["program"] = json!("book-club")),
                all_programs(),
                FileProblem::OtherProgram(None),
            ),
            (
                with(&|v| v["draft"] = json!("nothing")),
                all_programs(),
                FileProblem::Broken(&COMMUNITY_PARTNER),
            ),
            (
                with(&|v| v["draft"]["expected_attendees"] = json!(3)),
                all_programs(),
                FileProblem::Broken(&COMMUNITY_PARTNER),
            ),
            (
                with(&|v| v["saved_at"] = json!("yesterday")),
                all_programs(),
                FileProblem::Broken(&COMMUNITY_PARTNER),
            ),
        ];
        for (text, offered, expected) in cases {
            let got = read_file(&text, offered).err();
            assert_eq!(got, Some(expected), "{text:.80}");
        }
    }

    #[test]
    fn a_file_from_before_the_acknowledgements_changed_loads_them_unticked() {
        let mut v: Value = serde_json::from_str(&saved(&COMMUNITY_PARTNER)).unwrap();
        v["ack_version"] = json!(0);
        let back = read_file(&v.to_string(), all_programs()).unwrap();
        assert_eq!(back.notice, Some(Notice::AcknowledgementsChanged));
    }

    #[test]
    fn a_resume_step_of_another_program_is_dropped_not_followed() {
        let mut v: Value = serde_json::from_str(&saved(&COMMUNITY_PARTNER)).unwrap();
        v["resume"] = json!("#/grant/the-money");
        let back = read_file(&v.to_string(), all_programs()).unwrap();
        assert!(back.resume.is_none());
    }
}
