use leptos::prelude::*;

use super::described_by;
use super::error_message::ErrorMessage;
use crate::ui::draft::DateParts;
use crate::ui::i18n::tr;
use crate::ui::messages;

/// GOV.UK's date input: Day, Month and Year boxes in a fieldset. The boxes
/// keep what was typed; `rules::form::parse_date_parts` reads it elsewhere.
/// Inputs are `{id}-day`, `{id}-month`, `{id}-year`.
#[component]
pub fn DateField(
    #[prop(into)] id: String,
    /// The question, as the legend.
    #[prop(into)]
    legend: String,
    #[prop(optional_no_strip)] hint: Option<String>,
    #[prop(into)] value: Signal<DateParts>,
    /// Called with all three boxes whenever one changes.
    on_change: Callback<DateParts>,
    #[prop(into)] error: Signal<Option<String>>,
    /// Adds "(optional)" to the legend.
    #[prop(optional)]
    optional: bool,
) -> impl IntoView {
    let hint_id = hint.as_ref().map(|_| format!("{id}-hint"));
    let error_id = format!("{id}-error");
    let has_error = move || error.with(Option::is_some);
    let describedby = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || described_by(&[hint_id.clone(), has_error().then(|| error_id.clone())])
    };
    // With an incomplete date, only the empty boxes are marked.
    let marked = move |i: usize| {
        has_error() && {
            let missing = value.with(DateParts::missing);
            !missing.iter().any(|m| *m) || missing[i]
        }
    };
    let boxes: [(&'static str, &'static str, &'static str, usize); 3] = [
        ("day", tr!("date-field-day", "Day"), "psf-input--w2", 0),
        (
            "month",
            tr!("date-field-month", "Month"),
            "psf-input--w2",
            1,
        ),
        ("year", tr!("date-field-year", "Year"), "psf-input--w4", 2),
    ];
    let items = boxes
        .into_iter()
        .map(|(part, label, width, i)| {
            let input_id = format!("{id}-{part}");
            let get = move |d: &DateParts| match i {
                0 => d.day.clone(),
                1 => d.month.clone(),
                _ => d.year.clone(),
            };
            view! {
                <div class="psf-date-input__item">
                    <label class="psf-label psf-date-input__label" for=input_id.clone()>
                        {label}
                    </label>
                    <input
                        class=format!("psf-input psf-date-input__input {width}")
                        class:psf-input--error=move || marked(i)
                        id=input_id.clone()
                        name=input_id.clone()
                        type="text"
                        inputmode="numeric"
                        aria-invalid=move || marked(i).then_some("true")
                        prop:value=move || value.with(get)
                        on:input=move |ev| {
                            let mut parts = value.get_untracked();
                            let typed = event_target_value(&ev);
                            match i {
                                0 => parts.day = typed,
                                1 => parts.month = typed,
                                _ => parts.year = typed,
                            }
                            on_change.run(parts);
                        }
                    />
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="psf-form-group" class:psf-form-group--error=has_error>
            <fieldset class="psf-fieldset" role="group" aria-describedby=describedby>
                <legend class="psf-fieldset__legend">
                    {legend}
                    {optional.then(|| view! { " " <span class="psf-optional">{messages::optional()}</span> })}
                </legend>
                {hint.map(|h| view! { <div class="psf-hint" id=hint_id.clone()>{h}</div> })}
                <ErrorMessage id=error_id.clone() message=error />
                <div class="psf-date-input" id=id.clone()>
                    {items}
                </div>
            </fieldset>
        </div>
    }
}
