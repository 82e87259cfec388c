//! Reading stored values back from their JSON: the envelope around a
//! draft, and receipts.
//!
//! Written by hand rather than derived: serde's `Deserialize` derive compiled
//! a deserializer per stored shape into the wasm (25.5 KB after `wasm-opt
//! -Oz`, `node bench/deps.mjs`), all of it run, and so compiled by the
//! browser, before the first question appears. This reads the
//! `serde_json::Value` that the storage-version check parses anyway; the
//! draft's answers are read by their controls (`Draft::from_json`).
//!
//! Missing and `null` values read as absent; a value of the wrong kind
//! makes the whole record unreadable, which the store reports.

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde_json::{Map, Value};

use crate::rules::business_days::DecisionWindow;

/// A value that can be read back from a saved draft.
pub trait FromStored: Sized {
    /// `None` when `value` is not of this kind.
    fn from_stored(value: &Value) -> Option<Self>;
    /// What an absent or `null` value reads as: `None` when it is required.
    fn absent() -> Option<Self> {
        None
    }
}

/// The field `name` of `object`.
pub fn field<T: FromStored>(object: &Map<String, Value>, name: &str) -> Option<T> {
    match object.get(name) {
        None | Some(Value::Null) => T::absent(),
        Some(value) => T::from_stored(value),
    }
}

impl FromStored for String {
    fn from_stored(value: &Value) -> Option<Self> {
        value.as_str().map(str::to_string)
    }
    fn absent() -> Option<Self> {
        Some(String::new())
    }
}

impl<T: FromStored> FromStored for Option<T> {
    fn from_stored(value: &Value) -> Option<Self> {
        T::from_stored(value).map(Some)
    }
    fn absent() -> Option<Self> {
        Some(None)
    }
}

impl FromStored for bool {
    fn from_stored(value: &Value) -> Option<Self> {
        value.as_bool()
    }
}

impl FromStored for u32 {
    fn from_stored(value: &Value) -> Option<Self> {
        value.as_u64().and_then(|n| u32::try_from(n).ok())
    }
}

/// RFC 3339, as chrono's `Serialize` writes it.
impl FromStored for DateTime<FixedOffset> {
    fn from_stored(value: &Value) -> Option<Self> {
        DateTime::parse_from_rfc3339(value.as_str()?).ok()
    }
}

/// `2026-12-01`, as chrono's `Serialize` writes it.
impl FromStored for NaiveDate {
    fn from_stored(value: &Value) -> Option<Self> {
        let mut parts = value.as_str()?.splitn(3, '-');
        let mut number = || parts.next()?.parse::<u32>().ok();
        let (year, month, day) = (number()?, number()?, number()?);
        NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)
    }
}

impl FromStored for DecisionWindow {
    fn from_stored(value: &Value) -> Option<Self> {
        Some(DecisionWindow {
            earliest: NaiveDate::from_stored(value.get("earliest")?)?,
            latest: NaiveDate::from_stored(value.get("latest")?)?,
        })
    }
}

impl FromStored for Vec<String> {
    fn from_stored(value: &Value) -> Option<Self> {
        value.as_array()?.iter().map(String::from_stored).collect()
    }
}

impl<A: FromStored, B: FromStored> FromStored for (A, B) {
    fn from_stored(value: &Value) -> Option<Self> {
        match value.as_array()?.as_slice() {
            [a, b] => Some((A::from_stored(a)?, B::from_stored(b)?)),
            _ => None,
        }
    }
}

/// A list of records of one shape.
pub fn list<T: FromStored>(value: &Value) -> Option<Vec<T>> {
    value.as_array()?.iter().map(T::from_stored).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn dates_read_back_and_nothing_else_does() {
        let d = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let window = DecisionWindow {
            earliest: d,
            latest: d.succ_opt().unwrap(),
        };
        let written = serde_json::to_value(window).unwrap();
        assert_eq!(DecisionWindow::from_stored(&written), Some(window));
        let t = DateTime::parse_from_rfc3339("2026-11-22T10:04:05.123+01:00").unwrap();
        let written = serde_json::to_value(t).unwrap();
        assert_eq!(DateTime::<FixedOffset>::from_stored(&written), Some(t));
        for bad in [
            json!("2026-13-01"),
            json!("2026-12"),
            json!("1 December 2026"),
            json!(20261201),
        ] {
            assert_eq!(NaiveDate::from_stored(&bad), None, "{bad}");
            assert_eq!(DateTime::<FixedOffset>::from_stored(&bad), None, "{bad}");
        }
    }

    #[test]
    fn absent_values_and_wrong_kinds() {
        let object = json!({"a": null, "n": 3, "s": "x", "b": "yes"});
        let object = object.as_object().unwrap();
        assert_eq!(field::<String>(object, "missing"), Some(String::new()));
        assert_eq!(field::<Option<u32>>(object, "a"), Some(None));
        assert_eq!(field::<Option<u32>>(object, "n"), Some(Some(3)));
        assert_eq!(field::<u32>(object, "missing"), None);
        assert_eq!(field::<bool>(object, "b"), None);
        assert_eq!(field::<String>(object, "s"), Some("x".into()));
    }
}
