//! The language switcher, on every page: each language named in itself
//! (with its `lang`, so a screen reader says it in that language), the one
//! spoken marked as current. Choosing one keeps every answer and the page:
//! only the words are drawn again.

use leptos::prelude::*;

use crate::ui::i18n::{tr, Locale};
use crate::ui::language;

/// The switcher.
#[component]
pub fn LanguageSwitcher(
    /// The app's storage prefix: the choice is remembered beside its drafts.
    storage_prefix: String,
) -> impl IntoView {
    let storage_prefix = StoredValue::new(storage_prefix);
    let options = Locale::OFFERED
        .into_iter()
        .map(|locale| {
            let choose = move |_| {
                let prefix = storage_prefix.get_value();
                leptos::task::spawn_local(async move {
                    if language::speak(locale).await == locale {
                        language::remember(&prefix, locale);
                    }
                });
            };
            view! {
                <li class="psf-language__item">
                    <button
                        type="button"
                        class="psf-language__option"
                        lang=locale.tag()
                        aria-current=move || (language::spoken() == locale).then_some("true")
                        on:click=choose
                    >
                        {locale.own_name()}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav
            class="psf-language psf-no-print"
            aria-label=move || {
                language::spoken();
                tr!("language-switcher-label", "Language")
            }
        >
            <ul class="psf-language__list">{options}</ul>
        </nav>
    }
}
