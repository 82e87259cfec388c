//! What the host controls: where applications go and how they are sent.
//!
//! A host gives it as JSON (a `<script type="application/json"
//! id="psf-apply-config">` element, or `config.json` beside the standalone
//! app) or as `data-*` attributes on the element the widget mounts in. A bad
//! value never stops the form: it is reported as a [`ConfigError`] and the
//! default is used, so a person can still fill in and keep their application.

use serde::Deserialize;

/// Browser `credentials` mode for the submission request.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum Credentials {
    Omit,
    #[default]
    SameOrigin,
    Include,
}

/// The submission settings, after validation.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Config {
    /// Where the JSON is POSTed; `None`: nothing is sent, the person downloads it.
    pub endpoint: Option<String>,
    /// Extra request headers, e.g. a CSRF token or an API key.
    pub headers: Vec<(String, String)>,
    pub credentials: Credentials,
    /// Per attempt, from sending to the whole response body read.
    pub timeout_ms: u32,
    /// Automatic retries after the first attempt, for failures worth retrying.
    pub retries: u32,
    /// Namespace of the localStorage keys, so two widgets on a page keep apart.
    pub storage_prefix: String,
    /// Height in CSS pixels of the host's fixed or sticky header: where
    /// elements that take focus are scrolled to, so the header does not hide
    /// them (WCAG 2.4.11). `None`: the host's `scroll-padding-top`, if any.
    pub scroll_offset: Option<u32>,
}

pub const DEFAULT_TIMEOUT_MS: u32 = 15_000;
pub const DEFAULT_RETRIES: u32 = 3;
pub const TIMEOUT_RANGE_MS: std::ops::RangeInclusive<u32> = 1_000..=120_000;
pub const MAX_RETRIES: u32 = 10;
pub const DEFAULT_STORAGE_PREFIX: &str = "psf-apply";
pub const MAX_SCROLL_OFFSET: u32 = 1_000;

impl Default for Config {
    fn default() -> Self {
        Config {
            endpoint: None,
            headers: Vec::new(),
            credentials: Credentials::default(),
            timeout_ms: DEFAULT_TIMEOUT_MS,
            retries: DEFAULT_RETRIES,
            storage_prefix: DEFAULT_STORAGE_PREFIX.to_string(),
            scroll_offset: None,
        }
    }
}

/// A setting that was refused, and why (worded in `messages`).
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum ConfigError {
    /// The config text is not a JSON object.
    NotJson,
    /// `endpoint` must be an http(s) URL or a path starting with `/` or `./`.
    Endpoint(String),
    /// A header name that browsers refuse or that is not a token.
    HeaderName(String),
    /// A header value with a line break or non-ASCII character.
    HeaderValue(String),
    Credentials(String),
    TimeoutMs(String),
    Retries(String),
    StoragePrefix(String),
    ScrollOffset(String),
}

/// The host's settings as written, before validation: everything optional
/// and loosely typed, so one wrong value doesn't discard the others.
#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct RawConfig {
    endpoint: Option<serde_json::Value>,
    headers: Option<serde_json::Map<String, serde_json::Value>>,
    credentials: Option<serde_json::Value>,
    timeout_ms: Option<serde_json::Value>,
    retries: Option<serde_json::Value>,
    storage_prefix: Option<serde_json::Value>,
    scroll_offset: Option<serde_json::Value>,
}

impl Config {
    /// Reads a JSON config (`{"endpoint": "/api/applications", "headers":
    /// {"X-CSRF-Token": "…"}, "credentials": "same-origin", "timeoutMs": 15000,
    /// "retries": 3, "storagePrefix": "psf-apply", "scrollOffset": 80}`).
    pub fn from_json(text: &str) -> (Config, Vec<ConfigError>) {
        match serde_json::from_str::<RawConfig>(text) {
            Ok(raw) => Self::from_raw(raw),
            Err(_) => (Config::default(), vec![ConfigError::NotJson]),
        }
    }

    /// Reads `data-*` attributes (`data-endpoint`, `data-credentials`,
    /// `data-timeout-ms`, `data-retries`, `data-storage-prefix`,
    /// `data-scroll-offset`, and `data-headers` as a JSON object), given as
    /// (name without `data-`, value).
    pub fn from_attributes<'a>(
        attributes: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> (Config, Vec<ConfigError>) {
        let mut raw = RawConfig::default();
        let mut errors = Vec::new();
        for (name, value) in attributes {
            let text = || Some(serde_json::Value::String(value.to_string()));
            match name {
                "endpoint" => raw.endpoint = text(),
                "credentials" => raw.credentials = text(),
                "timeout-ms" => raw.timeout_ms = text(),
                "retries" => raw.retries = text(),
                "storage-prefix" => raw.storage_prefix = text(),
                "scroll-offset" => raw.scroll_offset = text(),
                "headers" => match serde_json::from_str(value) {
                    Ok(map) => raw.headers = Some(map),
                    Err(_) => errors.push(ConfigError::HeaderValue(value.to_string())),
                },
                _ => {}
            }
        }
        let (config, mut more) = Self::from_raw(raw);
        errors.append(&mut more);
        (config, errors)
    }

    /// The storage prefix a JSON config sets (the default when refused):
    /// read on its own, so that a setting refused elsewhere in the config
    /// never moves the drafts, and the app keeps the drafts where the start
    /// page found them (`ui::entry` gives the app this prefix). Why apart:
    /// the start page drawn by hand (`ui::shell`) needs only this to read
    /// the drafts, and the whole reader (serde's derive for every setting,
    /// and the words of refused ones) then travels with the app's module.
    pub fn storage_prefix_in(text: &str) -> String {
        super::json::parse(text)
            .and_then(|v| v.get("storagePrefix")?.as_str().map(str::to_string))
            .filter(|s| is_storage_prefix(s))
            .unwrap_or_else(|| DEFAULT_STORAGE_PREFIX.to_string())
    }

    fn from_raw(raw: RawConfig) -> (Config, Vec<ConfigError>) {
        let mut config = Config::default();
        let mut errors = Vec::new();

        if let Some(value) = raw.endpoint {
            match value {
                serde_json::Value::Null => {}
                serde_json::Value::String(s) if s.trim().is_empty() => {}
                serde_json::Value::String(s) if is_endpoint(s.trim()) => {
                    config.endpoint = Some(s.trim().to_string())
                }
                other => errors.push(ConfigError::Endpoint(display(&other))),
            }
        }
        for (name, value) in raw.headers.unwrap_or_default() {
            let Some(value) = value.as_str().map(str::to_string) else {
                errors.push(ConfigError::HeaderValue(name));
                continue;
            };
            if !is_header_name(&name) {
                errors.push(ConfigError::HeaderName(name));
            } else if !is_header_value(&value) {
                errors.push(ConfigError::HeaderValue(name));
            } else {
                config.headers.push((name, value));
            }
        }
        if let Some(value) = raw.credentials {
            match value.as_str() {
                Some("omit") => config.credentials = Credentials::Omit,
                Some("same-origin") => config.credentials = Credentials::SameOrigin,
                Some("include") => config.credentials = Credentials::Include,
                _ => errors.push(ConfigError::Credentials(display(&value))),
            }
        }
        if let Some(value) = raw.timeout_ms {
            match whole_number(&value).filter(|n| TIMEOUT_RANGE_MS.contains(n)) {
                Some(n) => config.timeout_ms = n,
                None => errors.push(ConfigError::TimeoutMs(display(&value))),
            }
        }
        if let Some(value) = raw.retries {
            match whole_number(&value).filter(|n| *n <= MAX_RETRIES) {
                Some(n) => config.retries = n,
                None => errors.push(ConfigError::Retries(display(&value))),
            }
        }
        if let Some(value) = raw.storage_prefix {
            match value.as_str() {
                Some(s) if is_storage_prefix(s) => config.storage_prefix = s.to_string(),
                _ => errors.push(ConfigError::StoragePrefix(display(&value))),
            }
        }
        if let Some(value) = raw.scroll_offset {
            match whole_number(&value).filter(|n| *n <= MAX_SCROLL_OFFSET) {
                Some(n) => config.scroll_offset = Some(n),
                None => errors.push(ConfigError::ScrollOffset(display(&value))),
            }
        }
        (config, errors)
    }
}

fn display(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn whole_number(value: &serde_json::Value) -> Option<u32> {
    match value {
        serde_json::Value::Number(n) => n.as_u64().and_then(|n| u32::try_from(n).ok()),
        serde_json::Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

fn is_endpoint(s: &str) -> bool {
    let has_host = |rest: &str| {
        let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
        !host.is_empty() && !host.contains(char::is_whitespace)
    };
    if let Some(rest) = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))
    {
        has_host(rest)
    } else {
        (s.starts_with('/') && !s.starts_with("//") || s.starts_with("./"))
            && !s.contains(char::is_whitespace)
    }
}

/// RFC 9110 token, minus the headers a page may not set or that the app sets itself.
fn is_header_name(name: &str) -> bool {
    const TOKEN_EXTRAS: &str = "!#$%&'*+-.^_`|~";
    const RESERVED: [&str; 6] = [
        "content-type",
        "content-length",
        "idempotency-key",
        "host",
        "cookie",
        "origin",
    ];
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || TOKEN_EXTRAS.contains(c))
        && !RESERVED.contains(&name.to_ascii_lowercase().as_str())
}

fn is_header_value(value: &str) -> bool {
    value.chars().all(|c| c == '\t' || (' '..='~').contains(&c))
}

fn is_storage_prefix(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_storage_prefix_alone_is_read_as_the_whole_reader_reads_it() {
        for text in [
            r#"{"storagePrefix": "psf-cp"}"#,
            r#"{"storagePrefix": "with space"}"#,
            r#"{"storagePrefix": ""}"#,
            r#"{"storagePrefix": 12}"#,
            r#"{"storagePrefix": null}"#,
            r#"{"storagePrefix": "a.b_c-1", "retries": "many"}"#,
            r#"{"endpoint": "/api"}"#,
            r#"["storagePrefix"]"#,
            "not json",
            "",
        ] {
            assert_eq!(
                Config::storage_prefix_in(text),
                Config::from_json(text).0.storage_prefix,
                "{text}"
            );
        }
        let long = format!(r#"{{"storagePrefix": "{}"}}"#, "p".repeat(65));
        assert_eq!(Config::storage_prefix_in(&long), DEFAULT_STORAGE_PREFIX);
        // Where the whole reader refuses everything for one wrong setting,
        // the drafts still stay under the prefix the host gave.
        for text in [
            r#"{"storagePrefix": "psf-cp", "headers": "X-Token: abc"}"#,
            r#"{"storagePrefix": "psf-cp", "headers": []}"#,
            r#"{"storagePrefix": "psf-xx", "storagePrefix": "psf-cp"}"#,
        ] {
            assert_eq!(
                Config::from_json(text).1,
                vec![ConfigError::NotJson],
                "{text}"
            );
            assert_eq!(Config::storage_prefix_in(text), "psf-cp", "{text}");
        }
    }

    #[test]
    fn a_full_valid_config_is_read() {
        let (config, errors) = Config::from_json(
            r#"{"endpoint":"https://psfmember.org/api/applications","headers":{"X-CSRF-Token":"abc"},
               "credentials":"include","timeoutMs":5000,"retries":2,"storagePrefix":"host-1",
               "scrollOffset":80}"#,
        );
        assert_eq!(errors, vec![]);
        assert_eq!(
            config,
            Config {
                endpoint: Some("https://psfmember.org/api/applications".into()),
                headers: vec![("X-CSRF-Token".into(), "abc".into())],
                credentials: Credentials::Include,
                timeout_ms: 5000,
                retries: 2,
                storage_prefix: "host-1".into(),
                scroll_offset: Some(80),
            }
        );
    }

    #[test]
    fn empty_config_means_no_endpoint_and_defaults() {
        assert_eq!(Config::from_json("{}"), (Config::default(), vec![]));
        assert_eq!(
            Config::from_json(r#"{"endpoint": ""}"#),
            (Config::default(), vec![])
        );
    }

    #[test]
    fn endpoints() {
        let cases = [
            ("/api/applications", true),
            ("./api", true),
            ("http://127.0.0.1:8787/api/applications", true),
            ("https://example.org", true),
            ("ftp://example.org/x", false),
            ("//evil.example/x", false),
            ("api/applications", false),
            ("https://", false),
            ("/api/with space", false),
            ("javascript:alert(1)", false),
        ];
        for (endpoint, ok) in cases {
            let (config, errors) =
                Config::from_json(&serde_json::json!({ "endpoint": endpoint }).to_string());
            assert_eq!(config.endpoint.is_some(), ok, "{endpoint}");
            assert_eq!(errors.is_empty(), ok, "{endpoint}");
        }
    }

    #[test]
    fn each_bad_value_is_reported_and_the_rest_still_applies() {
        let (config, errors) = Config::from_json(
            r#"{"endpoint":"/api","headers":{"Bad Header":"x","X-Ok":"y","X-Nl":"a\nb","Content-Type":"text/plain"},
               "credentials":"sometimes","timeoutMs":10,"retries":99,"storagePrefix":"has space"}"#,
        );
        assert_eq!(config.endpoint.as_deref(), Some("/api"));
        assert_eq!(config.headers, vec![("X-Ok".to_string(), "y".to_string())]);
        assert_eq!(config.credentials, Credentials::SameOrigin);
        assert_eq!(config.timeout_ms, DEFAULT_TIMEOUT_MS);
        assert_eq!(config.retries, DEFAULT_RETRIES);
        assert_eq!(config.storage_prefix, DEFAULT_STORAGE_PREFIX);
        let mut kinds: Vec<_> = errors.iter().map(|e| format!("{e:?}")).collect();
        kinds.sort();
        assert_eq!(
            kinds,
            vec![
                "Credentials(\"sometimes\")",
                "HeaderName(\"Bad Header\")",
                "HeaderName(\"Content-Type\")",
                "HeaderValue(\"X-Nl\")",
                "Retries(\"99\")",
                "StoragePrefix(\"has space\")",
                "TimeoutMs(\"10\")",
            ]
        );
    }

    #[test]
    fn not_json_is_reported() {
        assert_eq!(
            Config::from_json("<html>"),
            (Config::default(), vec![ConfigError::NotJson])
        );
    }

    #[test]
    fn data_attributes() {
        let (config, errors) = Config::from_attributes([
            ("endpoint", "/api/applications"),
            ("timeout-ms", "8000"),
            ("retries", "0"),
            ("headers", r#"{"X-CSRF-Token":"t"}"#),
            ("program", "meetup-pro"),
        ]);
        assert_eq!(errors, vec![]);
        assert_eq!(config.endpoint.as_deref(), Some("/api/applications"));
        assert_eq!(config.timeout_ms, 8000);
        assert_eq!(config.retries, 0);
        assert_eq!(config.headers, vec![("X-CSRF-Token".into(), "t".into())]);

        let (_, errors) = Config::from_attributes([("headers", "not json")]);
        assert_eq!(errors, vec![ConfigError::HeaderValue("not json".into())]);
    }

    #[test]
    fn scroll_offset() {
        for (value, offset) in [("80", Some(80)), (" 0 ", Some(0)), ("1000", Some(1000))] {
            let (config, errors) = Config::from_attributes([("scroll-offset", value)]);
            assert_eq!(
                (config.scroll_offset, errors),
                (offset, vec![]),
                "{value:?}"
            );
        }
        assert_eq!(
            Config::default().scroll_offset,
            None,
            "none given: the host's scroll-padding-top"
        );
        // Refused, reported, and left to the host's scroll-padding-top.
        for value in ["80px", "-1", "1001", "4.5", "", "auto"] {
            let (config, errors) = Config::from_attributes([("scroll-offset", value)]);
            assert_eq!(config.scroll_offset, None, "{value:?}");
            assert_eq!(
                errors,
                vec![ConfigError::ScrollOffset(value.into())],
                "{value:?}"
            );
        }
        // mount({ scrollOffset }) and JSON configs: a number, or its text.
        assert_eq!(
            Config::from_json(r#"{"scrollOffset":64}"#).0.scroll_offset,
            Some(64)
        );
        assert_eq!(
            Config::from_json(r#"{"scrollOffset":"64"}"#)
                .0
                .scroll_offset,
            Some(64)
        );
        let (config, errors) = Config::from_json(r#"{"scrollOffset":-5,"retries":1}"#);
        assert_eq!((config.scroll_offset, config.retries), (None, 1));
        assert_eq!(errors, vec![ConfigError::ScrollOffset("-5".into())]);
        let (_, errors) = Config::from_json(r#"{"scrollOffset":true}"#);
        assert_eq!(errors, vec![ConfigError::ScrollOffset("true".into())]);
    }
}
