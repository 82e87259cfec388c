use leptos::prelude::*;

use super::radios::{RadioOption, Radios};
use crate::ui::messages;

/// A Yes/No question (two inline radios), for `Option<bool>` answers.
#[component]
pub fn YesNo(
    /// The first radio's id ("Yes"); "No" gets `id-2`.
    #[prop(into)]
    id: String,
    #[prop(into)] legend: String,
    #[prop(optional_no_strip)] hint: Option<String>,
    /// `None` until answered.
    #[prop(into)]
    value: Signal<Option<bool>>,
    on_change: Callback<bool>,
    #[prop(into)] error: Signal<Option<String>>,
) -> impl IntoView {
    let options = vec![
        RadioOption::new("yes", messages::yes_no(true)),
        RadioOption::new("no", messages::yes_no(false)),
    ];
    let as_code = Signal::derive(move || {
        value
            .get()
            .map(|b| if b { "yes" } else { "no" }.to_string())
    });
    let on_code = Callback::new(move |code: String| on_change.run(code == "yes"));
    view! {
        <Radios id=id legend=legend hint=hint options=options value=as_code on_change=on_code error=error inline=true />
    }
}
