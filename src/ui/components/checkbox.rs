use leptos::prelude::*;

use super::error_message::ErrorMessage;

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
    /// Under the label, read with the box.
    #[prop(optional_no_strip)]
    hint: Option<String>,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let hint_id = hint.as_ref().map(|_| format!("{id}-hint"));
    let has_error = move || error.with(Option::is_some);
    let describedby = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || super::described_by(&[hint_id.clone(), has_error().then(|| error_id.clone())])
    };
    view! {
        <div class="psf-checkboxes__item" class:psf-checkboxes__item--error=has_error>
            <ErrorMessage id=error_id.clone() message=error />
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
                <label class="psf-label psf-checkboxes__label" for=id.clone()>{label}</label>
            </div>
            {hint.map(|h| view! { <div class="psf-hint psf-checkboxes__hint" id=hint_id.clone()>{h}</div> })}
        </div>
    }
}
