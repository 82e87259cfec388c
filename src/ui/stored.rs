//! Reading a saved draft back from its JSON.
//!
//! Written by hand rather than derived: serde's `Deserialize` derive compiled
//! a deserializer per draft shape into the wasm (25.5 KB after `wasm-opt
//! -Oz`, `node bench/deps.mjs`), all of it run, and so compiled by the
//! browser, before the first question appears. This reads the
//! `serde_json::Value` that the storage-version check parses anyway. Drafts
//! are still written with serde's `Serialize`; the two agree on the field
//! names because a draft lists its fields with [`stored_fields!`], which
//! will not compile unless every field is named.
//!
//! Missing and `null` answers read as unanswered (a newer draft may lack a
//! question an older one had, as `#[serde(default)]` allowed); a value of
//! the wrong kind makes the whole draft unreadable, which the store reports.
//! The confirmation page's receipt is read the same way (its dates went
//! through chrono's general parser when derived).

use std::collections::BTreeSet;

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde_json::{Map, Value};

use crate::rules::acknowledgements::AckId;
use crate::rules::business_days::DecisionWindow;
use crate::rules::community_partner::EventType;

use super::fields::{event_type_from_code, Program};

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

/// Implements [`FromStored`] for a draft struct from the names of all its
/// fields (each read with [`field`] under its own name, as serde writes it).
macro_rules! stored_fields {
    ($draft:ident { $($name:ident),* $(,)? }) => {
        impl $crate::ui::stored::FromStored for $draft {
            fn from_stored(value: &serde_json::Value) -> Option<Self> {
                let serde_json::Value::Object(object) = value else {
                    return None;
                };
                Some($draft {
                    $($name: $crate::ui::stored::field(object, stringify!($name))?,)*
                })
            }

            /// As an empty object reads: whole when every field may be absent.
            fn absent() -> Option<Self> {
                Self::from_stored(&serde_json::Value::Object(serde_json::Map::new()))
            }
        }
    };
}
pub(crate) use stored_fields;

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

impl FromStored for EventType {
    fn from_stored(value: &Value) -> Option<Self> {
        event_type_from_code(value.as_str()?)
    }
}

impl FromStored for Program {
    fn from_stored(value: &Value) -> Option<Self> {
        Program::from_slug(value.as_str()?)
    }
}

impl FromStored for BTreeSet<AckId> {
    fn from_stored(value: &Value) -> Option<Self> {
        value
            .as_array()?
            .iter()
            .map(|id| AckId::from_code(id.as_str()?))
            .collect()
    }
    fn absent() -> Option<Self> {
        Some(BTreeSet::new())
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::acknowledgements::ACKNOWLEDGEMENTS;
    use serde_json::json;

    #[derive(serde::Serialize, Default, PartialEq, Debug)]
    struct Shape {
        text: String,
        choice: Option<bool>,
        kind: Option<EventType>,
        ticks: BTreeSet<AckId>,
        count: Option<u32>,
        key: Option<String>,
    }
    stored_fields!(Shape {
        text,
        choice,
        kind,
        ticks,
        count,
        key
    });

    #[test]
    fn reads_back_what_serde_wrote() {
        let shape = Shape {
            text: "Joey".into(),
            choice: Some(false),
            kind: Some(EventType::SprintOrHackathon),
            ticks: [AckId::Trademark, AckId::Revocable].into(),
            count: Some(3),
            key: Some("k".into()),
        };
        let written = serde_json::to_value(&shape).unwrap();
        assert_eq!(Shape::from_stored(&written), Some(shape));
    }

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
        for p in Program::ALL {
            assert_eq!(
                Program::from_stored(&serde_json::to_value(p).unwrap()),
                Some(p)
            );
        }
    }

    #[test]
    fn every_event_type_and_acknowledgement_reads_back() {
        for t in EventType::ALL {
            let written = serde_json::to_value(t).unwrap();
            assert_eq!(Option::<EventType>::from_stored(&written), Some(Some(t)));
            assert_eq!(EventType::from_stored(&written), Some(t));
        }
        let all: BTreeSet<AckId> = ACKNOWLEDGEMENTS.iter().map(|a| a.id).collect();
        let written = serde_json::to_value(&all).unwrap();
        assert_eq!(BTreeSet::<AckId>::from_stored(&written), Some(all));
    }

    #[test]
    fn missing_and_null_are_defaults_and_the_wrong_kind_is_unreadable() {
        let cases = [
            (json!({}), Some(Shape::default())),
            (
                json!({ "text": null, "choice": null }),
                Some(Shape::default()),
            ),
            (json!({ "text": 5 }), None),
            (json!({ "choice": "yes" }), None),
            (json!({ "kind": "festival" }), None),
            (json!({ "ticks": ["trademark", "nope"] }), None),
            (json!({ "count": -1 }), None),
            (json!([]), None),
        ];
        for (stored, expected) in cases {
            assert_eq!(Shape::from_stored(&stored), expected, "{stored}");
        }
    }
}
