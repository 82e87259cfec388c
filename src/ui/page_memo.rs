//! Memos made by a page, which must let go of the app's state when the page
//! goes.
//!
//! Leptos 0.8 (reactive_graph 0.2) never takes a disposed memo, effect or
//! render effect out of its sources' subscriber lists. A signal drops them
//! the next time it is set, but an app-wide `Memo` (`parsed`, `evaluation`,
//! `standing_refusals`, …) keeps every page's subscriber for good: each entry
//! is a `Weak` that pins the dead node's allocation, so every page visit
//! leaked a few kilobytes of wasm memory. A page's memos therefore unsubscribe
//! themselves on cleanup, and the page's other readers of app-wide memos read
//! them through one of these.

use leptos::prelude::*;
use leptos::reactive::graph::{Subscriber, ToAnySubscriber};

/// `Memo::new` for page and component code: the same memo, taken out of its
/// sources' subscriber lists when its owner is cleaned up.
pub fn page_memo<T>(fun: impl Fn(Option<&T>) -> T + Send + Sync + 'static) -> Memo<T>
where
    T: PartialEq + Send + Sync + 'static,
{
    let memo = ArcMemo::new(fun);
    let this = memo.clone();
    on_cleanup(move || this.clear_sources(&this.to_any_subscriber()));
    memo.into()
}
