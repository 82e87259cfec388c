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
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let has_error = move || error.with(Option::is_some);
    view! {
        <div class="psf-checkboxes__item" class:psf-checkboxes__item--error=has_error>
            <ErrorMessage id=error_id.clone() message=error />
            <div class="psf-checkboxes__row">
                <input
                    class="psf-checkboxes__input"
                    id=id.clone()
                    name=id.clone()
                    type="checkbox"
                    aria-describedby=move || has_error().then(|| error_id.clone())
                    aria-invalid=move || has_error().then_some("true")
                    prop:checked=move || checked.get()
                    on:change=move |ev| on_change.run(event_target_checked(&ev))
                />
                <label class="psf-label psf-checkboxes__label" for=id.clone()>{label}</label>
            </div>
        </div>
    }
}
