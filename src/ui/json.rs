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
//! Natively (the store's and the config's tests) this is serde_json, whose
//! parser the browser's must equal: a component test reads the same texts
//! both ways (`tests/web.rs`).

use serde_json::Value;

/// `text` parsed as JSON; `None` when it is not JSON.
pub fn parse(text: &str) -> Option<Value> {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::JSON::parse(text).ok().map(|js| from_js(&js))
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
            let object = js_sys::Object::new();
            for (key, item) in map {
                let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), &to_js(item));
            }
            object.into()
        }
    }
}

/// The largest whole number a JavaScript number holds exactly (2^53).
#[cfg(target_arch = "wasm32")]
const EXACT: f64 = 9_007_199_254_740_992.0;

/// What `JSON.parse` made, as serde_json would have read the text: a whole
/// number as an integer (unsigned when not negative), any other as a float.
/// Only numbers beyond 2^53 differ (the browser rounds them); nothing the
/// app stores comes near.
#[cfg(target_arch = "wasm32")]
fn from_js(value: &wasm_bindgen::JsValue) -> Value {
    use serde_json::{Map, Number};
    use wasm_bindgen::JsCast;

    if let Some(text) = value.as_string() {
        return Value::String(text);
    }
    if let Some(flag) = value.as_bool() {
        return Value::Bool(flag);
    }
    if let Some(n) = value.as_f64() {
        let whole = n.fract() == 0.0 && n.abs() <= EXACT;
        return Value::Number(match whole {
            true if n >= 0.0 => Number::from(n as u64),
            true => Number::from(n as i64),
            false => Number::from_f64(n).unwrap_or_else(|| Number::from(0)),
        });
    }
    if let Some(array) = value.dyn_ref::<js_sys::Array>() {
        return Value::Array(array.iter().map(|item| from_js(&item)).collect());
    }
    if value.is_object() {
        let mut map = Map::new();
        for entry in js_sys::Object::entries(value.unchecked_ref()).iter() {
            let pair: js_sys::Array = entry.unchecked_into();
            if let Some(key) = pair.get(0).as_string() {
                map.insert(key, from_js(&pair.get(1)));
            }
        }
        return Value::Object(map);
    }
    Value::Null
}
