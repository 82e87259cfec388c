use leptos::ev::MouseEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::ui::i18n::tr;
use crate::ui::ids::owns_document;

/// Marks the widget being printed…
const PRINTING: &str = "data-psf-printing";
/// …and its document, while it prints (another name: the document holds
/// everything, so the widget's own mark must not be on it).
const PRINTING_WIDGET: &str = "data-psf-printing-widget";

/// "Print or save as PDF": the browser's print dialog, where "Save as PDF"
/// is one of the printers. The print stylesheet leaves out the page's
/// controls and keeps every answer. In a widget, the host's page around it
/// is left out too (`main.css`, `[data-psf-printing]`), until the print is
/// over.
#[component]
pub fn PrintButton() -> impl IntoView {
    // Read while the component is made: the context is not there in a handler.
    let in_widget = !owns_document();
    let on_click = move |ev: MouseEvent| {
        let Some(window) = web_sys::window() else {
            return;
        };
        let widget = if !in_widget {
            None
        } else {
            ev.target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|e| e.closest(".psf-app").ok().flatten())
        };
        let root = window.document().and_then(|d| d.document_element());
        if let (Some(widget), Some(root)) = (&widget, &root) {
            let _ = widget.set_attribute(PRINTING, "");
            let _ = root.set_attribute(PRINTING_WIDGET, "");
            let (widget, root) = (widget.clone(), root.clone());
            // Printing is over (or cancelled) when `afterprint` fires. Kept
            // (a few bytes a print) rather than removed: it may fire again.
            let done = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
                let _ = widget.remove_attribute(PRINTING);
                let _ = root.remove_attribute(PRINTING_WIDGET);
            });
            let _ = window
                .add_event_listener_with_callback("afterprint", done.as_ref().unchecked_ref());
            done.forget();
        }
        let _ = window.print();
    };
    let text = tr!("print-button-text", "Print or save as PDF");
    view! {
        <button type="button" class="psf-button psf-button--secondary" on:click=on_click>
            {text}
        </button>
    }
}
