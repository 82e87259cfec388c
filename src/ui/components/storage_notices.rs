use leptos::prelude::*;

use crate::ui::i18n::tr;
use crate::ui::messages;
use crate::ui::notice::Notice;

/// What happened to saved answers (storage off, a draft that could not be
/// read…), each with a way to dismiss it.
#[component]
pub fn StorageNotices(
    #[prop(into)] notices: Signal<Vec<Notice>>,
    on_dismiss: Callback<Notice>,
) -> impl IntoView {
    let dismiss = tr!("storage-notices-dismiss", "Dismiss");
    let dismiss_rest = tr!("storage-notices-dismiss-hidden", " this message");
    view! {
        <div class="psf-notices" role="status">
            <For each=move || notices.get() key=|n| *n let(notice)>
                <div class="psf-notice">
                    <p class="psf-notice__text">
                        <span class="psf-notice__icon" aria-hidden="true">"!"</span>
                        <span>{messages::notice(notice)}</span>
                    </p>
                    <button
                        type="button"
                        class="psf-notice__dismiss psf-link-button"
                        on:click=move |_| on_dismiss.run(notice)
                    >
                        {dismiss}
                        <span class="psf-visually-hidden">{dismiss_rest}</span>
                    </button>
                </div>
            </For>
        </div>
    }
}
