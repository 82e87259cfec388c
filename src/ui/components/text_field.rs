use leptos::prelude::*;

use super::described_by;
use super::error_message::ErrorMessage;
use crate::ui::messages;

/// How a text input behaves.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct InputKind {
    /// `type`: `text`, or `email` for emails.
    pub input_type: &'static str,
    pub autocomplete: Option<&'static str>,
    /// `numeric` for whole numbers (GOV.UK avoids `type=number`), `url`, …
    pub inputmode: Option<&'static str>,
    /// Off for emails and addresses, where it only gets in the way.
    pub spellcheck: bool,
    /// A width class such as `psf-input--w5` for short answers.
    pub width: Option<&'static str>,
    /// A unit after the input, such as `%`.
    pub suffix: Option<&'static str>,
}

impl InputKind {
    pub const PLAIN: InputKind = InputKind {
        input_type: "text",
        autocomplete: None,
        inputmode: None,
        spellcheck: true,
        width: None,
        suffix: None,
    };
    /// A web address (people often leave out `https://`, so not `type=url`).
    pub const ADDRESS: InputKind = InputKind {
        inputmode: Some("url"),
        spellcheck: false,
        ..InputKind::PLAIN
    };
    pub const EMAIL: InputKind = InputKind {
        input_type: "email",
        autocomplete: Some("email"),
        spellcheck: false,
        ..InputKind::PLAIN
    };
    pub const COUNT: InputKind = InputKind {
        inputmode: Some("numeric"),
        spellcheck: false,
        width: Some("psf-input--w5"),
        ..InputKind::PLAIN
    };
    pub const PERCENT: InputKind = InputKind {
        inputmode: Some("numeric"),
        spellcheck: false,
        width: Some("psf-input--w3"),
        suffix: Some("%"),
        ..InputKind::PLAIN
    };

    /// Whole US dollars.
    pub const MONEY: InputKind = InputKind {
        inputmode: Some("numeric"),
        spellcheck: false,
        width: Some("psf-input--w10"),
        suffix: Some("USD"),
        ..InputKind::PLAIN
    };

    pub const fn autocomplete(self, value: &'static str) -> InputKind {
        InputKind {
            autocomplete: Some(value),
            ..self
        }
    }

    pub const fn width(self, class: &'static str) -> InputKind {
        InputKind {
            width: Some(class),
            ..self
        }
    }
}

/// A one-line text question: label, optional hint, error message, input.
/// The input shows exactly what was typed; it is never cleared or rewritten.
#[component]
pub fn TextField(
    /// The input's id (and name); the label's `for` and error links use it.
    #[prop(into)]
    id: String,
    /// The question.
    #[prop(into)]
    label: String,
    #[prop(optional_no_strip)] hint: Option<String>,
    /// The text as typed.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the new text on every keystroke.
    on_input: Callback<String>,
    /// The question's error, shown only while the step shows errors.
    #[prop(into)]
    error: Signal<Option<String>>,
    /// Adds "(optional)" to the label.
    #[prop(optional)]
    optional: bool,
    /// How the input behaves (type, autocomplete, keyboard, width, unit).
    #[prop(default = InputKind::PLAIN)]
    kind: InputKind,
) -> impl IntoView {
    let InputKind {
        input_type,
        autocomplete,
        inputmode,
        spellcheck,
        width,
        suffix,
    } = kind;
    let hint_id = hint.as_ref().map(|_| format!("{id}-hint"));
    let error_id = format!("{id}-error");
    let has_error = move || error.with(Option::is_some);
    let describedby = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || described_by(&[hint_id.clone(), has_error().then(|| error_id.clone())])
    };
    let input_class = format!("psf-input {}", width.unwrap_or(""));
    let input = view! {
        <input
            class=input_class
            class:psf-input--error=has_error
            id=id.clone()
            name=id.clone()
            type=input_type
            autocomplete=autocomplete
            inputmode=inputmode
            spellcheck=if spellcheck { "true" } else { "false" }
            autocapitalize=(!spellcheck).then_some("none")
            aria-describedby=describedby
            aria-invalid=move || has_error().then_some("true")
            prop:value=move || value.get()
            on:input=move |ev| on_input.run(event_target_value(&ev))
        />
    };
    view! {
        <div class="psf-form-group" class:psf-form-group--error=has_error>
            <label class="psf-label" for=id.clone()>
                {label}
                {optional.then(|| view! { " " <span class="psf-optional">{messages::optional()}</span> })}
            </label>
            {hint.map(|h| view! { <div class="psf-hint" id=hint_id.clone()>{h}</div> })}
            <ErrorMessage id=error_id.clone() message=error />
            {match suffix {
                Some(s) => {
                    view! {
                        <div class="psf-input-wrapper">
                            {input}
                            <div class="psf-input-suffix" aria-hidden="true">{s}</div>
                        </div>
                    }
                        .into_any()
                }
                None => input.into_any(),
            }}
        </div>
    }
}
