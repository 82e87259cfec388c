//! Failure modes the browser tests switch on, to see the app cope with a
//! backend that is slow, failing, rate-limiting or answering HTML. They exist
//! only in a receiver started with `--test-controls`.

use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize, Clone, Copy, PartialEq, Eq, Debug)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    Normal,
    Slow,
    FailThenSucceed,
    #[serde(rename = "always_500")]
    Always500,
    #[serde(rename = "problem_422")]
    Problem422,
    #[serde(rename = "html_502")]
    Html502,
    RateLimited,
    /// The handler panics: the receiver must answer 500 and keep serving.
    Panic,
}

/// The longest `slow` delay: under the request timeout, so a slow answer is
/// still the receiver's answer, and short enough that no request hangs for long.
pub const MAX_DELAY_MS: u64 = 20_000;

/// The body of `POST /__receiver/mode`, and what `GET` shows. `count` is what
/// is left: it counts down, and the mode falls back to `normal` at zero.
#[derive(Serialize, Deserialize, Clone, Copy, PartialEq, Eq, Debug)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    pub mode: Mode,
    #[serde(default = "default_delay_ms", deserialize_with = "bounded_delay")]
    pub delay_ms: u64,
    #[serde(default = "default_count")]
    pub count: u32,
    #[serde(default = "default_retry_after")]
    pub retry_after: u32,
}

fn default_delay_ms() -> u64 {
    3000
}

fn bounded_delay<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<u64, D::Error> {
    let ms = u64::deserialize(deserializer)?;
    if ms > MAX_DELAY_MS {
        return Err(serde::de::Error::custom(format!(
            "delay_ms {ms} is over the limit of {MAX_DELAY_MS}"
        )));
    }
    Ok(ms)
}
fn default_count() -> u32 {
    1
}
fn default_retry_after() -> u32 {
    1
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            mode: Mode::Normal,
            delay_ms: default_delay_ms(),
            count: default_count(),
            retry_after: default_retry_after(),
        }
    }
}

/// What to do with one `POST /api/applications`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Action {
    Normal,
    /// Sleep, then handle normally.
    Delay(u64),
    Fail500,
    Problem422,
    Html502,
    RateLimited {
        retry_after: u32,
    },
    Panic,
}

impl Settings {
    /// The action for the next POST, counting down the counted modes.
    pub fn take(&mut self) -> Action {
        let counted = |s: &mut Settings, action| {
            if s.count == 0 {
                *s = Settings::default();
                return Action::Normal;
            }
            s.count -= 1;
            if s.count == 0 {
                *s = Settings::default();
            }
            action
        };
        match self.mode {
            Mode::Normal => Action::Normal,
            Mode::Slow => Action::Delay(self.delay_ms),
            Mode::FailThenSucceed => counted(self, Action::Fail500),
            Mode::RateLimited => {
                let retry_after = self.retry_after;
                counted(self, Action::RateLimited { retry_after })
            }
            Mode::Always500 => Action::Fail500,
            Mode::Problem422 => Action::Problem422,
            Mode::Html502 => Action::Html502,
            Mode::Panic => Action::Panic,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(json: &str) -> Settings {
        serde_json::from_str(json).expect(json)
    }

    #[test]
    fn wire_names_and_defaults() {
        for (name, mode) in [
            ("normal", Mode::Normal),
            ("slow", Mode::Slow),
            ("fail_then_succeed", Mode::FailThenSucceed),
            ("always_500", Mode::Always500),
            ("problem_422", Mode::Problem422),
            ("html_502", Mode::Html502),
            ("rate_limited", Mode::RateLimited),
            ("panic", Mode::Panic),
        ] {
            let settings = parse(&format!(r#"{{"mode":"{name}"}}"#));
            assert_eq!(settings.mode, mode);
            assert_eq!(
                (settings.delay_ms, settings.count, settings.retry_after),
                (3000, 1, 1)
            );
        }
        assert!(serde_json::from_str::<Settings>(r#"{"mode":"slow","dealy_ms":5}"#).is_err());
        assert!(serde_json::from_str::<Settings>(r#"{"mode":"broken"}"#).is_err());
    }

    #[test]
    fn the_delay_is_bounded() {
        assert_eq!(
            parse(r#"{"mode":"slow","delay_ms":20000}"#).delay_ms,
            MAX_DELAY_MS
        );
        let err = serde_json::from_str::<Settings>(r#"{"mode":"slow","delay_ms":20001}"#)
            .unwrap_err()
            .to_string();
        assert!(err.contains("over the limit of 20000"), "{err}");
        assert!(serde_json::from_str::<Settings>(r#"{"mode":"slow","delay_ms":-1}"#).is_err());
    }

    #[test]
    fn fail_then_succeed_counts_down() {
        let mut s = parse(r#"{"mode":"fail_then_succeed","count":2}"#);
        assert_eq!(s.take(), Action::Fail500);
        assert_eq!(s.count, 1);
        assert_eq!(s.take(), Action::Fail500);
        assert_eq!(s.mode, Mode::Normal);
        assert_eq!(s.take(), Action::Normal);
    }

    #[test]
    fn rate_limited_then_normal() {
        let mut s = parse(r#"{"mode":"rate_limited","retry_after":7}"#);
        assert_eq!(s.take(), Action::RateLimited { retry_after: 7 });
        assert_eq!(s.take(), Action::Normal);
    }

    #[test]
    fn zero_count_is_normal_and_persistent_modes_persist() {
        assert_eq!(
            parse(r#"{"mode":"fail_then_succeed","count":0}"#).take(),
            Action::Normal
        );
        let mut s = parse(r#"{"mode":"slow","delay_ms":50}"#);
        assert_eq!(s.take(), Action::Delay(50));
        assert_eq!(s.take(), Action::Delay(50));
        let mut s = parse(r#"{"mode":"always_500"}"#);
        assert_eq!(s.take(), Action::Fail500);
        assert_eq!(s.take(), Action::Fail500);
    }
}
