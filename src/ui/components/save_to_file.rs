use leptos::html;
use leptos::prelude::*;

use crate::rules::program::Program;
use crate::ui::clock;
use crate::ui::download;
use crate::ui::draft::file;
use crate::ui::i18n::tr;
use crate::ui::state::use_app;

/// "Save your answers to a file": the draft as a file to carry to another
/// device, where "Continue from a saved file" takes it up. Reads the app
/// state: the draft and the step to come back to.
#[component]
pub fn SaveToFile(program: &'static Program) -> impl IntoView {
    let state = use_app().program(program);
    let link = NodeRef::<html::A>::new();
    let on_click = move |_| {
        let Some(a) = link.get_untracked() else {
            return;
        };
        let now = clock::now();
        let resume = state.resume.get_untracked();
        let text = state
            .draft
            .with_untracked(|d| file::to_file(program, d, now, resume.as_ref()));
        let name = file::file_name(program, now.date_naive());
        download::offer(&a, &name, "application/json", &text);
    };
    let link_text = tr!("save-to-file-link", "Save your answers to a file");
    let after = tr!(
        "save-to-file-after",
        " to continue on another device: open this form there and choose “Continue from a saved file”.",
    );
    view! {
        <p class="psf-body psf-save-file psf-no-print">
            <a class="psf-link" href="#" download="" node_ref=link on:click=on_click>
                {link_text}
            </a>
            <span class="psf-secondary-text">{after}</span>
        </p>
    }
}
