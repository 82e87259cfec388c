use leptos::prelude::*;

use super::described_by;
use super::error_message::ErrorMessage;

/// One choice of a [`Radios`] question.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct RadioOption {
    /// The stable code stored in the draft.
    pub value: String,
    pub label: String,
    pub hint: Option<String>,
}

impl RadioOption {
    pub fn new(value: impl Into<String>, label: impl Into<String>) -> RadioOption {
        RadioOption {
            value: value.into(),
            label: label.into(),
            hint: None,
        }
    }
}

/// A single-choice question: a fieldset whose legend is the question.
/// The first radio carries `id` (where error links lead); the others `id-2`…
#[component]
pub fn Radios(
    #[prop(into)] id: String,
    /// The question, as the legend.
    #[prop(into)]
    legend: String,
    #[prop(optional_no_strip)] hint: Option<String>,
    options: Vec<RadioOption>,
    /// The chosen option's value.
    #[prop(into)]
    value: Signal<Option<String>>,
    on_change: Callback<String>,
    #[prop(into)] error: Signal<Option<String>>,
    /// Side by side (for Yes/No).
    #[prop(optional)]
    inline: bool,
    /// Content shown under the option with this value while it is chosen
    /// (GOV.UK's conditional reveal), e.g. "Other" → a text question.
    #[prop(optional_no_strip)]
    reveal_for: Option<&'static str>,
    #[prop(optional_no_strip)] children: Option<ChildrenFn>,
) -> impl IntoView {
    let hint_id = hint.as_ref().map(|_| format!("{id}-hint"));
    let error_id = format!("{id}-error");
    let has_error = move || error.with(Option::is_some);
    let describedby = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || described_by(&[hint_id.clone(), has_error().then(|| error_id.clone())])
    };
    let children = StoredValue::new(children);
    let items = options
        .into_iter()
        .enumerate()
        .map(|(i, option)| {
            let input_id = if i == 0 { id.clone() } else { format!("{id}-{}", i + 1) };
            let option_hint_id = option.hint.as_ref().map(|_| format!("{input_id}-hint"));
            let conditional_id = format!("{input_id}-conditional");
            let reveals = reveal_for == Some(option.value.as_str());
            let checked = {
                let v = option.value.clone();
                Signal::derive(move || value.with(|current| current.as_deref() == Some(v.as_str())))
            };
            let chosen = option.value.clone();
            let revealed = reveals.then(|| {
                view! {
                    <div
                        class="psf-radios__conditional"
                        id=conditional_id.clone()
                        hidden=move || !checked.get()
                    >
                        {move || checked.get().then(|| children.with_value(|c| c.as_ref().map(|c| c())))}
                    </div>
                }
            });
            view! {
                <div class="psf-radios__item">
                    <input
                        class="psf-radios__input"
                        id=input_id.clone()
                        name=id.clone()
                        type="radio"
                        value=option.value.clone()
                        aria-describedby=option_hint_id.clone()
                        aria-controls=reveals.then(|| conditional_id.clone())
                        prop:checked=checked
                        on:change=move |_| on_change.run(chosen.clone())
                    />
                    <label class="psf-label psf-radios__label" for=input_id.clone()>
                        {option.label}
                    </label>
                    {option
                        .hint
                        .map(|h| {
                            view! {
                                <div class="psf-hint psf-radios__hint" id=option_hint_id>{h}</div>
                            }
                        })}
                </div>
                {revealed}
            }
        })
        .collect_view();
    view! {
        <div class="psf-form-group" class:psf-form-group--error=has_error>
            <fieldset class="psf-fieldset" aria-describedby=describedby>
                <legend class="psf-fieldset__legend">{legend}</legend>
                {hint.map(|h| view! { <div class="psf-hint" id=hint_id.clone()>{h}</div> })}
                <ErrorMessage id=error_id.clone() message=error />
                <div class="psf-radios" class:psf-radios--inline=inline>
                    {items}
                </div>
            </fieldset>
        </div>
    }
}
