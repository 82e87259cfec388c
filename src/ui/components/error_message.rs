use leptos::prelude::*;

use crate::ui::i18n::tr;

/// A question's own error message, above its input, with the hidden
/// "Error:" that screen readers announce first (GOV.UK's pattern).
#[component]
pub fn ErrorMessage(
    /// The id `aria-describedby` points to.
    id: String,
    /// The message; nothing is rendered while it is `None`.
    #[prop(into)]
    message: Signal<Option<String>>,
) -> impl IntoView {
    move || {
        message.get().map(|m| {
            let lead = tr!("error-message-lead", "Error: ");
            view! {
                <p class="psf-error-message" id=id.clone()>
                    <span class="psf-visually-hidden">{lead}</span>
                    {m}
                </p>
            }
        })
    }
}
