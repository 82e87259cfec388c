use leptos::prelude::*;

/// "Print or save as PDF": the browser's print dialog, where "Save as PDF"
/// is one of the printers. The print stylesheet leaves out the page's
/// controls and keeps every answer.
#[component]
pub fn PrintButton() -> impl IntoView {
    let on_click = |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    view! {
        <button type="button" class="psf-button psf-button--secondary" on:click=on_click>
            "Print or save as PDF"
        </button>
    }
}
