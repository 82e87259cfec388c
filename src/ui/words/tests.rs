//! Every name, key, option, error code and rule of every definition has its
//! words, and no words are left for a question that is gone.

use super::*;
use crate::rules::eligibility::Reason;
use crate::rules::program::{all_programs, Control, Hook, Question};
use crate::ui::messages::{self, FieldErrorCode};
use crate::ui::route::Page;

fn check_program(program: &'static Program) {
    let w = of(program);
    let c = card(program);
    assert_eq!(w.card.slug, program.slug, "{}: no words", program.slug);
    assert_eq!(c.slug, program.slug, "{}: no card", program.slug);
    assert!(
        std::ptr::eq(w.card, c),
        "{}: the words' card is not the start page's",
        program.slug
    );
    for field in [
        c.name,
        c.card_id,
        c.start_button,
        w.preview_heading,
        w.preview_note,
    ] {
        assert!(
            !field.is_empty(),
            "{}: a program word is empty",
            program.slug
        );
    }
    assert!(
        !c.facts.is_empty(),
        "{}: no facts for the start page",
        program.slug
    );
    for (i, step) in program.steps.iter().enumerate() {
        let sw = w
            .step(step.slug)
            .unwrap_or_else(|| panic!("{}/{}: no words", program.slug, step.slug));
        assert!(!sw.heading.is_empty() && !sw.label.is_empty());
        assert_eq!(messages::page_heading(Page::Step(program, i)), sw.heading);
        for section in step.sections {
            if let Some(key) = section.heading {
                assert!(
                    !w.section(key).is_empty(),
                    "{}: section {key} has no words",
                    program.slug
                );
            }
        }
    }
    assert_eq!(
        w.steps.len(),
        program.steps.len(),
        "{}: words for a step that is gone",
        program.slug
    );
    for q in program.questions {
        check_question(program, q);
    }
    for qw in w.questions {
        // A list's field is keyed `<list>/<field>`.
        let asked = match qw.name.split_once('/') {
            Some((list, field)) => program
                .question(list)
                .is_some_and(|l| l.control.fields().iter().any(|f| f.name == field)),
            None => program.question(qw.name).is_some(),
        };
        assert!(
            asked,
            "{}: words for {}, which no question has",
            program.slug, qw.name
        );
    }
    for rule in program.rules {
        assert!(!messages::rule_title(rule.id).is_empty());
        assert!(!messages::rule_criterion(rule.id).is_empty());
        assert!(!messages::reason(rule.id, &Reason::NotAnswered).is_empty());
    }
}

fn check_question(program: &'static Program, q: &'static Question) {
    check_words(program, q, q.name);
    if let Control::List(list) = &q.control {
        let w = of(program).question(q.name);
        assert!(
            !w.item.is_empty() && !w.items.is_empty(),
            "{}/{}: no name for a line, or for lines",
            program.slug,
            q.name
        );
        for field in list.fields {
            check_words(program, field, &format!("{}/{}", q.name, field.name));
        }
    }
}

fn check_words(program: &'static Program, q: &'static Question, key: &str) {
    let w = of(program).question(key);
    let at = format!("{}/{key}", program.slug);
    assert_eq!(w.name, key, "{at}: no words");
    for (what, text) in [
        ("label", w.label),
        ("summary key", w.summary_key),
        ("subject", w.subject),
    ] {
        assert!(!text.is_empty(), "{at}: no {what}");
    }
    if q.required {
        assert!(
            !w.required.is_empty(),
            "{at}: no message for a missing answer"
        );
    }
    for code in FieldErrorCode::KNOWN {
        // An optional question is never missing.
        let missing = matches!(
            FieldErrorCode::from_code(code),
            FieldErrorCode::Required | FieldErrorCode::OtherTypeRequired
        );
        if !q.required && missing {
            continue;
        }
        let message = messages::field_error(q, w, &FieldErrorCode::from_code(code));
        assert!(message.len() > 10, "{at}: {code} has no message");
    }
    for code in q.control.codes() {
        assert!(
            !w.option(code).is_empty(),
            "{at}: option {code} has no words"
        );
    }
    assert_eq!(
        w.options.len(),
        q.control.codes().count(),
        "{at}: words for an option that is gone"
    );
    // A tick box draws no hint (`answer_input`): words for one would be lost.
    if q.control == Control::Tick {
        assert!(matches!(w.hint, Hint::None), "{at}: a tick box has no hint");
    }
    if matches!(q.control, Control::Url) {
        assert!(
            w.example.starts_with("https://"),
            "{at}: no example address"
        );
    }
    for hook in q.hooks {
        if let Hook::Note { key, .. } = hook {
            let note = of(program)
                .note(key)
                .unwrap_or_else(|| panic!("{at}: note {key} has no words"));
            assert!(!note.before.is_empty() && !note.link_text.is_empty());
        }
    }
}

#[test]
fn every_definition_has_all_its_words() {
    for &program in all_programs() {
        check_program(program);
    }
}

#[test]
fn a_missing_word_is_caught() {
    // The check itself must fail on a program without words.
    let mp = &crate::rules::program::MEETUP_PRO;
    let bare: &'static Program = Box::leak(Box::new(Program {
        slug: "bare",
        schema: mp.schema,
        id_prefix: mp.id_prefix,
        questions: mp.questions,
        steps: mp.steps,
        preview: mp.preview,
        reference_prefix: mp.reference_prefix,
        rules: mp.rules,
        offers: mp.offers,
    }));
    let caught = std::panic::catch_unwind(|| check_program(bare));
    assert!(caught.is_err());
}
