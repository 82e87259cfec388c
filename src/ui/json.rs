//! JSON read by the browser's own parser (`JSON.parse`) into serde_json's
//! `Value`, and a `Value` handed to the page as a JavaScript value.
//!
//! Why not `serde_json::from_str` and `to_string`: the drafts, the config's
//! storage prefix and the step event are all the start page drawn by hand
//! (`ui::shell`) reads or writes as JSON, and serde_json's parser and writer,
//! with their error messages, were what kept serde_json in the first module.
//! Left to the app's module, they took the first load from 81.2 to 72.9 KB
//! brotli (`bench/size.mjs`; serde_json and serde_core 11.1 → 0.2 KB raw,
//! strings 33.2 → 28.3, `bench/deps.mjs --first-load`). The walk below is all
//! that is written by hand; the parsing is the browser's.
//!
//! Natively (the store's and the config's tests) this is serde_json. In the
//! browser it reads every text as serde_json does, and refuses what serde_json
//! refuses (128 levels of nesting or more, a number too large for a float, a
//! lone surrogate in a string), with three differences, which nothing the app
//! writes has: a whole number written with a fraction or an exponent (`1.0`,
//! `1e3`) reads as an integer, one beyond 2^53 as the float the browser
//! rounded it to, and a float the browser rounds to the nearest where
//! serde_json's reader can be one unit in the last place off (`-1.5e-300`).
//! A component test reads the same texts both ways (`tests/web.rs`).

use serde_json::Value;

/// `text` parsed as JSON; `None` when it is not JSON.
pub fn parse(text: &str) -> Option<Value> {
    #[cfg(target_arch = "wasm32")]
    {
        from_js(&js_sys::JSON::parse(text).ok()?, 1)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        serde_json::from_str(text).ok()
    }
}

/// `value` as the JavaScript value `JSON.parse` would make of its text.
pub fn to_js(value: &Value) -> wasm_bindgen::JsValue {
    use wasm_bindgen::JsValue;
    match value {
        Value::Null => JsValue::NULL,
        Value::Bool(flag) => JsValue::from_bool(*flag),
        Value::Number(n) => JsValue::from_f64(n.as_f64().unwrap_or_default()),
        Value::String(text) => JsValue::from_str(text),
        Value::Array(items) => items.iter().map(to_js).collect::<js_sys::Array>().into(),
        Value::Object(map) => {
            // `fromEntries`, not a property set: a key `__proto__` stays a key.
            let entries: js_sys::Array = map
                .iter()
                .map(|(key, item)| js_sys::Array::of2(&JsValue::from_str(key), &to_js(item)))
                .collect();
            js_sys::Object::from_entries(&entries).map_or(JsValue::NULL, JsValue::from)
        }
    }
}

/// serde_json's nesting limit: it refuses an array or object this deep.
#[cfg(target_arch = "wasm32")]
const DEEPEST: usize = 128;

/// The largest whole number a JavaScript number holds exactly (2^53).
#[cfg(target_arch = "wasm32")]
const EXACT: f64 = 9_007_199_254_740_992.0;

/// What `JSON.parse` made, as serde_json would have read the text (a whole
/// number as an integer, unsigned when not negative; `-0` and any other as a
/// float), or `None` for what serde_json refuses. `depth`: the arrays and
/// objects this value is in, itself included.
#[cfg(target_arch = "wasm32")]
fn from_js(value: &wasm_bindgen::JsValue, depth: usize) -> Option<Value> {
    use serde_json::{Map, Number};
    use wasm_bindgen::JsCast;

    if value.is_string() {
        return text(value).map(Value::String);
    }
    if let Some(flag) = value.as_bool() {
        return Some(Value::Bool(flag));
    }
    if let Some(n) = value.as_f64() {
        let whole = n.fract() == 0.0 && n.abs() <= EXACT && !(n == 0.0 && n.is_sign_negative());
        return Some(Value::Number(match whole {
            true if n >= 0.0 => Number::from(n as u64),
            true => Number::from(n as i64),
            // `None` for the infinity a number too large becomes.
            false => Number::from_f64(n)?,
        }));
    }
    if value.is_null() {
        return Some(Value::Null);
    }
    if depth >= DEEPEST {
        return None;
    }
    if let Some(array) = value.dyn_ref::<js_sys::Array>() {
        return array
            .iter()
            .map(|item| from_js(&item, depth + 1))
            .collect::<Option<_>>()
            .map(Value::Array);
    }
    let mut map = Map::new();
    for entry in js_sys::Object::entries(value.unchecked_ref()).iter() {
        let pair: js_sys::Array = entry.unchecked_into();
        map.insert(text(&pair.get(0))?, from_js(&pair.get(1), depth + 1)?);
    }
    Some(Value::Object(map))
}

/// A JavaScript string as Rust's, `None` when it holds a lone surrogate
/// (which `as_string` would turn into U+FFFD, and serde_json refuses).
#[cfg(target_arch = "wasm32")]
fn text(value: &wasm_bindgen::JsValue) -> Option<String> {
    use wasm_bindgen::JsCast;
    let text = value.as_string()?;
    // Only a string with U+FFFD in it can have had a lone surrogate: the
    // slower check, a call per UTF-16 unit, runs for those alone.
    let lone =
        text.contains('\u{FFFD}') && !value.unchecked_ref::<js_sys::JsString>().is_valid_utf16();
    (!lone).then_some(text)
}
