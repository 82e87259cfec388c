use leptos::prelude::*;

use crate::ui::i18n::trf;
use crate::ui::page_memo::page_memo;

use super::described_by;
use super::error_message::ErrorMessage;

/// A longer text question. Shows how many characters are left once the
/// person gets near the limit (GOV.UK's character count, without the noise
/// of announcing every keystroke).
#[component]
pub fn TextArea(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(optional_no_strip)] hint: Option<String>,
    #[prop(into)] value: Signal<String>,
    on_input: Callback<String>,
    #[prop(into)] error: Signal<Option<String>>,
    /// The limit the rules apply; the count appears from 75% of it.
    max_chars: usize,
    #[prop(default = 5)] rows: u32,
) -> impl IntoView {
    let hint_id = hint.as_ref().map(|_| format!("{id}-hint"));
    let error_id = format!("{id}-error");
    let count_id = format!("{id}-count");
    let has_error = move || error.with(Option::is_some);
    let used = page_memo(move |_| value.with(|v| v.trim().chars().count()));
    let describedby = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || described_by(&[hint_id.clone(), has_error().then(|| error_id.clone())])
    };
    let over = move || used.get() > max_chars;
    let count_text = move || {
        let used = used.get();
        if used * 4 < max_chars * 3 {
            String::new()
        } else if used <= max_chars {
            trf!(
                "text-area-remaining",
                "{ $count ->\n    [one] You have { $count } character remaining\n   *[other] You have { $count } characters remaining\n}",
                &[("count", (max_chars - used).into())],
            )
        } else {
            trf!(
                "text-area-too-many",
                "{ $count ->\n    [one] You have { $count } character too many\n   *[other] You have { $count } characters too many\n}",
                &[("count", (used - max_chars).into())],
            )
        }
    };
    view! {
        <div class="psf-form-group" class:psf-form-group--error=has_error>
            <label class="psf-label" for=id.clone()>{label}</label>
            {hint.map(|h| view! { <div class="psf-hint" id=hint_id.clone()>{h}</div> })}
            <ErrorMessage id=error_id.clone() message=error />
            <textarea
                class="psf-textarea"
                class:psf-input--error=has_error
                id=id.clone()
                name=id.clone()
                rows=rows
                aria-describedby=describedby
                aria-invalid=move || has_error().then_some("true")
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
            ></textarea>
            <div
                class="psf-character-count"
                class:psf-character-count--over=over
                id=count_id
            >
                {count_text}
            </div>
        </div>
    }
}
