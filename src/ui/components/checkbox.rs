use leptos::prelude::*;

use super::described_by;
use super::error_message::ErrorMessage;
use crate::ui::i18n::{locale, tr};

/// One checkbox whose label is the whole statement agreed to (used for each
/// of the eight acknowledgements, so that each is read and ticked on its own).
#[component]
pub fn Checkbox(
    #[prop(into)] id: String,
    /// The statement, shown in full.
    #[prop(into)]
    label: String,
    #[prop(into)] checked: Signal<bool>,
    on_change: Callback<bool>,
    /// Shown above the box while it is unticked and the step shows errors.
    #[prop(into)]
    error: Signal<Option<String>>,
    /// The statement in the person's language, shown under the box as help
    /// to understand it: what is agreed to stays the English of `label`.
    #[prop(optional_no_strip)]
    translation: Option<&'static str>,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let has_error = move || error.with(Option::is_some);
    let translation_id = translation.map(|_| format!("{id}-translation"));
    let describedby = {
        let (error_id, translation_id) = (error_id.clone(), translation_id.clone());
        move || {
            described_by(&[
                has_error().then(|| error_id.clone()),
                translation_id.clone(),
            ])
        }
    };
    // The label is the box's accessible name; the translation only describes it.
    let translation = translation.map(|text| {
        let lead = tr!("checkbox-translation-lead", "Translation, for help:");
        view! {
            <p class="psf-hint psf-ack-translation" id=translation_id lang=locale().tag()>
                <span class="psf-ack-translation__lead">{lead}</span>
                " "
                {text}
            </p>
        }
    });
    let label_lang = translation.is_some().then_some("en");
    view! {
        <div class="psf-checkboxes__item" class:psf-checkboxes__item--error=has_error>
            <ErrorMessage id=error_id message=error />
            <div class="psf-checkboxes__row">
                <input
                    class="psf-checkboxes__input"
                    id=id.clone()
                    name=id.clone()
                    type="checkbox"
                    aria-describedby=describedby
                    aria-invalid=move || has_error().then_some("true")
                    prop:checked=move || checked.get()
                    on:change=move |ev| on_change.run(event_target_checked(&ev))
                />
                <label class="psf-label psf-checkboxes__label" for=id.clone() lang=label_lang>
                    {label}
                </label>
            </div>
            {translation}
        </div>
    }
}
