//! Element ids and page-wide rights per app instance.

use leptos::prelude::use_context;

use super::instance::Instance;

/// An element id for this instance: `psf-cp-email` stays as it is in the
/// standalone app and becomes `psf-w2-cp-email` in the second widget.
/// Outside an app (unit tests) ids are left alone.
pub fn dom_id(id: &str) -> String {
    match use_context::<Instance>() {
        Some(instance) if instance.id_prefix != "psf-" => match id.strip_prefix("psf-") {
            Some(rest) => format!("{}{rest}", instance.id_prefix),
            None => id.to_string(),
        },
        _ => id.to_string(),
    }
}

/// Whether this instance may change page-wide things (the document title).
pub fn owns_document() -> bool {
    use_context::<Instance>().is_none_or(|i| i.hash_routing)
}
