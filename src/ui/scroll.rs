//! Moving focus without hiding it under the host's header (WCAG 2.4.11
//! Focus Not Obscured). A host page's fixed or sticky header covers the top
//! of the window, so whatever takes focus (the error summary, a question,
//! the next step's heading) is scrolled to just below it, never to the very
//! top. Every focus move of the app that scrolls goes through [`reveal`].

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement};

use super::state::AppState;

#[wasm_bindgen]
extern "C" {
    // Bound here, not through web-sys, whose `getComputedStyle` needs its
    // CssStyleDeclaration feature for this one property; and JavaScript's
    // parseFloat, as Rust's float parser would add kilobytes.
    type ComputedStyle;
    #[wasm_bindgen(js_name = getComputedStyle)]
    fn computed_style(element: &Element) -> ComputedStyle;
    #[wasm_bindgen(method, getter, js_name = scrollPaddingTop)]
    fn scroll_padding_top(this: &ComputedStyle) -> JsValue;
    #[wasm_bindgen(js_name = parseFloat)]
    fn parse_float(value: &JsValue) -> f64;
}

/// The `scrollOffset` setting, to capture where a component is set up:
/// event handlers and animation frames run outside the app's context.
/// `None` outside an app (component tests) and when the host gave none.
pub fn offset_setting() -> Option<u32> {
    use_context::<AppState>().and_then(|app| app.config.get_value().scroll_offset)
}

/// Scrolls `target` to the top of the window, below the host's header, then
/// focuses `focus` (the target or an input in it). The header's height is
/// `offset` (the widget setting) when given, else the page's own
/// `scroll-padding-top`, else 0 (the standalone page's header scrolls away).
pub fn reveal(target: &Element, focus: &HtmlElement, offset: Option<u32>) {
    // Brings it into view in every scroll container up to the window (a host
    // may put the widget in one).
    target.scroll_into_view();
    // Then the window: the browser did align the target below the scroll
    // padding, but on a whole pixel, which can leave a fraction of it under
    // the header; and it knows nothing of the setting. So the target's top
    // goes to `offset`, rounded down: below the header, never under it.
    let offset = offset.map_or_else(host_scroll_padding_top, f64::from);
    let top = target.get_bounding_client_rect().top();
    window().scroll_by_with_x_and_y(0.0, (top - offset).floor());
    // Focus last: the target is now fully in view, so focusing does not
    // scroll again (focusing first scrolls wherever the browser likes).
    let _ = focus.focus();
}

/// `scroll-padding-top` of the document's scrolling element (`html`), the
/// CSS way for a page to say how tall its fixed header is, in CSS pixels
/// (`auto`, the initial value: 0; a percentage is rare, read as pixels).
fn host_scroll_padding_top() -> f64 {
    let px = document().scrolling_element().map_or(f64::NAN, |root| {
        parse_float(&computed_style(&root).scroll_padding_top())
    });
    if px.is_finite() {
        px
    } else {
        0.0
    }
}
