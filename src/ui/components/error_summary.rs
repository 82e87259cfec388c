use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::ui::i18n::tr;
use crate::ui::ids::dom_id;
use crate::ui::scroll;
use crate::ui::validation::Problem;

/// "There is a problem": GOV.UK's error summary at the top of a step. It
/// lists every problem, each a link that moves focus to the input to fix,
/// and takes focus itself when asked (after Continue), so that keyboard and
/// screen reader users start from it.
#[component]
pub fn ErrorSummary(
    /// The problems to list; nothing is rendered while it is empty.
    #[prop(into)]
    problems: Signal<Vec<Problem>>,
    /// Every new value above 0 moves focus to the summary.
    #[prop(into)]
    focus_request: Signal<u32>,
    /// The heading; "There is a problem" unless told.
    #[prop(optional, into)]
    title: Option<String>,
) -> impl IntoView {
    // Given here rather than as the prop's default, where the catalogue's
    // reader of the source would not find it.
    let title =
        title.unwrap_or_else(|| tr!("error-summary-title", "There is a problem").to_string());
    let node = NodeRef::<html::Div>::new();
    let offset = scroll::offset_setting();
    Effect::new(move |_| {
        if focus_request.get() > 0 {
            // After this render, once the summary is in the page.
            request_animation_frame(move || {
                if let Some(el) = node.get_untracked() {
                    scroll::reveal(&el, &el, offset);
                }
            });
        }
    });
    let title = StoredValue::new(title);
    let title_id = dom_id("psf-error-summary-title");
    view! {
        <Show when=move || problems.with(|p| !p.is_empty())>
            <div
                class="psf-error-summary"
                role="alert"
                tabindex="-1"
                node_ref=node
                aria-labelledby=title_id.clone()
            >
                <div>
                    <h2 class="psf-error-summary__title" id=title_id.clone()>
                        {title.get_value()}
                    </h2>
                    <ul class="psf-error-summary__list">
                        <For
                            each=move || problems.get()
                            key=|p| (p.target_id.clone(), p.message.clone())
                            let(problem)
                        >
                            <li>{summary_entry(problem, offset)}</li>
                        </For>
                    </ul>
                </div>
            </div>
        </Show>
    }
}

/// One entry: a link to the input on this page, a link to the page where
/// the question is asked, or (a backend problem matching no question) text.
fn summary_entry(problem: Problem, offset: Option<u32>) -> AnyView {
    match (problem.href, problem.target_id.is_empty()) {
        (Some(href), _) => view! {
            <a class="psf-error-summary__link" href=href>
                {problem.message}
            </a>
        }
        .into_any(),
        (None, true) => {
            view! { <span class="psf-error-summary__text">{problem.message}</span> }.into_any()
        }
        (None, false) => {
            let target = problem.target_id.clone();
            view! {
                <a
                    class="psf-error-summary__link"
                    href=format!("#{}", problem.target_id)
                    on:click=move |ev| {
                        // The URL hash is our router: move focus without touching it.
                        ev.prevent_default();
                        focus_input(&target, offset);
                    }
                >
                    {problem.message}
                </a>
            }
            .into_any()
        }
    }
}

/// Brings a question into view with its label and legend, then focuses its
/// input, as GOV.UK's error summary does; `offset` is the `scrollOffset`
/// setting ([`scroll::reveal`]).
pub fn focus_input(id: &str, offset: Option<u32>) {
    let Some(el) = document().get_element_by_id(id) else {
        return;
    };
    let group = el
        .closest(".psf-form-group, .psf-checkboxes__item")
        .ok()
        .flatten();
    if let Some(input) = el.dyn_ref::<web_sys::HtmlElement>() {
        scroll::reveal(group.as_ref().unwrap_or(&el), input, offset);
    }
}
