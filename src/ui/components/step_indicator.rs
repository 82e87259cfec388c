use leptos::prelude::*;

use crate::rules::program::Program;
use crate::ui::i18n::trf;
use crate::ui::messages;
use crate::ui::route::Page;

/// "Step 2 of 4" and the list of steps, the current one marked with
/// `aria-current="step"`. Earlier steps are links (Back keeps the answers);
/// later ones are plain text until reached.
#[component]
pub fn StepIndicator(program: &'static Program, current: Page) -> impl IntoView {
    let steps: Vec<Page> = Page::steps(program).collect();
    let index = steps.iter().position(|p| *p == current).unwrap_or(0);
    let count = steps.len();
    let items = steps
        .into_iter()
        .enumerate()
        .map(|(i, page)| {
            let label = messages::step_label(page);
            let number = i + 1;
            let content = if i == index {
                view! {
                    <span class="psf-steps__label" aria-current="step">
                        <span class="psf-steps__number" aria-hidden="true">{number}</span>
                        {label}
                    </span>
                }
                .into_any()
            } else if i < index {
                view! {
                    <a class="psf-steps__label psf-steps__link" href=page.href()>
                        <span class="psf-steps__number" aria-hidden="true">{"✓"}</span>
                        {label}
                    </a>
                }
                .into_any()
            } else {
                view! {
                    <span class="psf-steps__label">
                        <span class="psf-steps__number" aria-hidden="true">{number}</span>
                        {label}
                    </span>
                }
                .into_any()
            };
            let state = if i == index {
                "current"
            } else if i < index {
                "done"
            } else {
                "todo"
            };
            view! { <li class=format!("psf-steps__item psf-steps__item--{state}")>{content}</li> }
        })
        .collect_view();
    let label = trf!(
        "step-indicator-label",
        "{ $application } steps",
        &[("application", messages::application_name(program).into())],
    );
    view! {
        <nav class="psf-steps" aria-label=label>
            <p class="psf-steps__count">{messages::step_of(index + 1, count)}</p>
            <ol class="psf-steps__list">{items}</ol>
        </nav>
    }
}
