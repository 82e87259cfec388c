//! Sending the application to the host's backend, so that it is never lost.
//!
//! One application keeps one idempotency key across every attempt, so a
//! backend that honours `Idempotency-Key` stores it once however often the
//! network makes us retry. What a response means ([`classify`]) and how long
//! to wait ([`backoff_ms`]) are pure functions, tested natively; the rest is
//! the browser edge.
//!
//! gloo-net builds the request, but the `fetch` promise and the body are
//! awaited here: gloo-net's `send()` panics when `fetch` rejects with a value
//! that is not an `Error` (a host page that wraps `fetch` can do that), and a
//! panic would take the whole form down with the person's answers on screen.

use serde::Deserialize;

use super::config::{Config, Credentials};

/// How a submission ended.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum SubmitOutcome {
    /// 2xx. The reference and time are the backend's, when it said them.
    Accepted {
        reference: Option<String>,
        received_at: Option<String>,
    },
    /// 400/422 with problem details: the person can fix the answers.
    Rejected { problems: Vec<BackendProblem> },
    /// Not stored (as far as we can tell); the person may retry.
    NotSent { why: NotSentWhy, attempts: u32 },
    /// The host configured no endpoint: nothing was sent.
    NoEndpoint,
}

/// One problem a backend reported, by JSON pointer into the payload.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct BackendProblem {
    /// E.g. `/answers/email`; `""` for the document as a whole.
    pub pointer: String,
    pub code: Option<String>,
    pub detail: Option<String>,
}

/// Why an application is not sent yet.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum NotSentWhy {
    /// The browser says it is offline.
    Offline,
    /// No complete answer within the configured time.
    Timeout,
    /// The request never reached the backend (refused, DNS, CORS).
    Network,
    /// 5xx (or 408/409), after the retries.
    Server { status: u16 },
    /// 429 after the retries, or a wait longer than we hold a person for.
    RateLimited { retry_after_seconds: Option<u32> },
    /// Another 4xx (401, 403, 404, a 400 without details): retrying won't help
    /// until the host fixes something, but the person keeps their answers.
    Refused { status: u16 },
}

/// Progress of a submission still under way, for a person watching it.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Progress {
    /// Attempt `attempt` (1-based) of at most `of` is being sent.
    Sending { attempt: u32, of: u32 },
    /// Attempt failed for `why`; the next starts after `wait_ms`.
    Waiting { why: NotSentWhy, wait_ms: u32 },
}

/// What one response means.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Classified {
    Done(SubmitOutcome),
    /// Worth another attempt; `retry_after_ms` is the server's own wish.
    Retry {
        why: NotSentWhy,
        retry_after_ms: Option<u32>,
    },
}

/// First backoff step; it doubles per attempt up to [`BACKOFF_CAP_MS`].
pub const BACKOFF_BASE_MS: u32 = 1_000;
pub const BACKOFF_CAP_MS: u32 = 16_000;
/// A `Retry-After` longer than this ends the automatic retries: nobody should
/// stare at a spinner for minutes.
pub const RETRY_AFTER_CAP_MS: u32 = 60_000;

/// Reads one response. `content_type` and `retry_after` are the header values.
pub fn classify(
    status: u16,
    content_type: Option<&str>,
    body: &str,
    retry_after: Option<&str>,
) -> Classified {
    let is_json = content_type
        .map(|ct| {
            let ct = ct.to_ascii_lowercase();
            ct.contains("/json") || ct.contains("+json")
        })
        .unwrap_or(false);
    match status {
        200..=299 => {
            let receipt = is_json
                .then(|| serde_json::from_str::<Receipt>(body).ok())
                .flatten()
                .unwrap_or_default();
            Classified::Done(SubmitOutcome::Accepted {
                reference: receipt.reference.or(receipt.id),
                received_at: receipt.received_at,
            })
        }
        400 | 422 => match is_json.then(|| problems(body)).flatten() {
            Some(problems) => Classified::Done(SubmitOutcome::Rejected { problems }),
            None => Classified::Done(SubmitOutcome::NotSent {
                why: NotSentWhy::Refused { status },
                attempts: 1,
            }),
        },
        408 | 409 | 500..=599 => Classified::Retry {
            why: NotSentWhy::Server { status },
            retry_after_ms: retry_after.and_then(retry_after_ms),
        },
        425 | 429 => {
            let wait = retry_after.and_then(retry_after_ms);
            Classified::Retry {
                why: NotSentWhy::RateLimited {
                    retry_after_seconds: wait.map(|ms| ms / 1000),
                },
                retry_after_ms: wait,
            }
        }
        _ => Classified::Done(SubmitOutcome::NotSent {
            why: NotSentWhy::Refused { status },
            attempts: 1,
        }),
    }
}

/// Capped exponential backoff with full jitter: a random wait in
/// `[0, min(cap, base·2^(attempt-1))]`, at least a tenth of it so a retry is
/// never instant. `attempt` counts failed attempts so far (≥ 1); `jitter` is
/// uniform in [0, 1).
pub fn backoff_ms(attempt: u32, jitter: f64) -> u32 {
    let exponent = attempt.saturating_sub(1).min(16);
    let ceiling = BACKOFF_BASE_MS
        .saturating_mul(1 << exponent)
        .min(BACKOFF_CAP_MS);
    let jitter = jitter.clamp(0.0, 1.0);
    let wait = (f64::from(ceiling) * jitter) as u32;
    wait.max(ceiling / 10)
}

/// `Retry-After` in seconds (the HTTP-date form falls back to backoff).
fn retry_after_ms(value: &str) -> Option<u32> {
    value
        .trim()
        .parse::<u32>()
        .ok()
        .map(|s| s.saturating_mul(1000))
}

#[derive(Deserialize, Default)]
struct Receipt {
    reference: Option<String>,
    id: Option<String>,
    received_at: Option<String>,
}

/// RFC 9457 problem details with an `errors` list (`pointer` as `/a/b` or
/// `#/a/b`), or RFC 7807's `invalid-params` (`name` taken as an answer name).
/// A problem with neither but a `detail` becomes one whole-document problem.
fn problems(body: &str) -> Option<Vec<BackendProblem>> {
    #[derive(Deserialize)]
    struct Problem {
        #[serde(default)]
        errors: Vec<Item>,
        #[serde(default, rename = "invalid-params")]
        invalid_params: Vec<Item>,
        detail: Option<String>,
        title: Option<String>,
    }
    #[derive(Deserialize)]
    struct Item {
        pointer: Option<String>,
        name: Option<String>,
        code: Option<String>,
        detail: Option<String>,
        reason: Option<String>,
    }
    let problem: Problem = serde_json::from_str(body).ok()?;
    let mut found: Vec<BackendProblem> = problem
        .errors
        .into_iter()
        .chain(problem.invalid_params)
        .map(|item| {
            let pointer = match (item.pointer, item.name) {
                (Some(p), _) => p.trim_start_matches('#').to_string(),
                (None, Some(name)) if name.starts_with('/') => name,
                (None, Some(name)) => format!("/answers/{name}"),
                (None, None) => String::new(),
            };
            BackendProblem {
                pointer,
                code: item.code,
                detail: item.detail.or(item.reason),
            }
        })
        .collect();
    if found.is_empty() {
        let detail = problem.detail.or(problem.title)?;
        found.push(BackendProblem {
            pointer: String::new(),
            code: None,
            detail: Some(detail),
        });
    }
    Some(found)
}

/// Sends `body` (the payload JSON) with `idempotency_key`, retrying as the
/// config allows.
pub async fn submit(config: &Config, idempotency_key: &str, body: &str) -> SubmitOutcome {
    submit_with_progress(config, idempotency_key, body, |_| {}).await
}

/// [`submit`], telling `on_progress` about each attempt and wait.
pub async fn submit_with_progress(
    config: &Config,
    idempotency_key: &str,
    body: &str,
    on_progress: impl Fn(Progress),
) -> SubmitOutcome {
    let Some(endpoint) = config.endpoint.as_deref() else {
        return SubmitOutcome::NoEndpoint;
    };
    let of = config.retries.saturating_add(1);
    let mut attempt = 0;
    loop {
        attempt += 1;
        if !browser::online() {
            return SubmitOutcome::NotSent {
                why: NotSentWhy::Offline,
                attempts: attempt - 1,
            };
        }
        on_progress(Progress::Sending { attempt, of });
        let classified = match browser::post(config, endpoint, idempotency_key, body).await {
            Ok(response) => classify(
                response.status,
                response.content_type.as_deref(),
                &response.body,
                response.retry_after.as_deref(),
            ),
            Err(why) => Classified::Retry {
                why,
                retry_after_ms: None,
            },
        };
        match classified {
            Classified::Done(SubmitOutcome::NotSent { why, .. }) => {
                return SubmitOutcome::NotSent {
                    why,
                    attempts: attempt,
                }
            }
            Classified::Done(outcome) => return outcome,
            Classified::Retry {
                why,
                retry_after_ms,
            } => {
                let too_long = retry_after_ms.is_some_and(|ms| ms > RETRY_AFTER_CAP_MS);
                if attempt >= of || too_long {
                    return SubmitOutcome::NotSent {
                        why,
                        attempts: attempt,
                    };
                }
                let wait_ms =
                    retry_after_ms.unwrap_or_else(|| backoff_ms(attempt, js_sys::Math::random()));
                on_progress(Progress::Waiting { why, wait_ms });
                browser::sleep_ms(wait_ms).await;
            }
        }
    }
}

/// The parts of the browser the submission touches.
mod browser {
    use std::cell::Cell;
    use std::rc::Rc;

    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{AbortController, RequestCredentials};

    use super::{Config, Credentials, NotSentWhy};

    pub struct RawResponse {
        pub status: u16,
        pub content_type: Option<String>,
        pub retry_after: Option<String>,
        pub body: String,
    }

    pub fn online() -> bool {
        web_sys::window()
            .map(|w| w.navigator().on_line())
            .unwrap_or(true)
    }

    pub async fn sleep_ms(ms: u32) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let promise = js_sys::Promise::new(&mut |resolve, _reject| {
            let delay = i32::try_from(ms).unwrap_or(i32::MAX);
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, delay);
        });
        let _ = JsFuture::from(promise).await;
    }

    /// One attempt, bounded by the config's timeout from send to the last
    /// byte of the body.
    pub async fn post(
        config: &Config,
        endpoint: &str,
        idempotency_key: &str,
        body: &str,
    ) -> Result<RawResponse, NotSentWhy> {
        let window = web_sys::window().ok_or(NotSentWhy::Network)?;
        let controller = AbortController::new().map_err(|_| NotSentWhy::Network)?;
        let timed_out = Rc::new(Cell::new(false));
        let timer = {
            let controller = controller.clone();
            let timed_out = timed_out.clone();
            let on_timeout = Closure::once_into_js(move || {
                timed_out.set(true);
                // No reason argument: the rejection is then an AbortError
                // DOMException, never an arbitrary value.
                controller.abort();
            });
            window
                .set_timeout_with_callback_and_timeout_and_arguments_0(
                    on_timeout.unchecked_ref(),
                    i32::try_from(config.timeout_ms).unwrap_or(i32::MAX),
                )
                .ok()
        };
        let result = attempt(config, endpoint, idempotency_key, body, &controller).await;
        if let Some(timer) = timer {
            window.clear_timeout_with_handle(timer);
        }
        result.map_err(|why| {
            if timed_out.get() {
                NotSentWhy::Timeout
            } else {
                why
            }
        })
    }

    async fn attempt(
        config: &Config,
        endpoint: &str,
        idempotency_key: &str,
        body: &str,
        controller: &AbortController,
    ) -> Result<RawResponse, NotSentWhy> {
        let credentials = match config.credentials {
            Credentials::Omit => RequestCredentials::Omit,
            Credentials::SameOrigin => RequestCredentials::SameOrigin,
            Credentials::Include => RequestCredentials::Include,
        };
        // Header names and values were checked when the config was read:
        // gloo-net throws on an invalid one.
        let builder = config.headers.iter().fold(
            gloo_net::http::Request::post(endpoint)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotency_key),
            |builder, (name, value)| builder.header(name, value),
        );
        let request = builder
            .credentials(credentials)
            .abort_signal(Some(&controller.signal()))
            .body(body.to_string())
            .map_err(|_| NotSentWhy::Network)?;
        let request: web_sys::Request = request.into();
        let window = web_sys::window().ok_or(NotSentWhy::Network)?;
        let response = JsFuture::from(window.fetch_with_request(&request))
            .await
            .map_err(|_: JsValue| NotSentWhy::Network)?
            .dyn_into::<web_sys::Response>()
            .map_err(|_| NotSentWhy::Network)?;
        let response = gloo_net::http::Response::from(response);
        let headers = response.headers();
        let raw: web_sys::Response = response.into();
        let text_promise = raw.text().map_err(|_| NotSentWhy::Network)?;
        let body = JsFuture::from(text_promise)
            .await
            .ok()
            .and_then(|text| text.as_string())
            .unwrap_or_default();
        Ok(RawResponse {
            status: raw.status(),
            content_type: headers.get("content-type"),
            retry_after: headers.get("retry-after"),
            body,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accepted(reference: Option<&str>) -> Classified {
        Classified::Done(SubmitOutcome::Accepted {
            reference: reference.map(str::to_string),
            received_at: None,
        })
    }

    #[test]
    fn success_reads_the_reference_when_there_is_one() {
        let json = Some("application/json");
        assert_eq!(
            classify(201, json, r#"{"reference":"PSF-CP-000001"}"#, None),
            accepted(Some("PSF-CP-000001"))
        );
        assert_eq!(
            classify(200, json, r#"{"id":"42"}"#, None),
            accepted(Some("42"))
        );
        assert_eq!(classify(204, None, "", None), accepted(None));
        assert_eq!(
            classify(200, Some("text/html"), "<p>Thanks</p>", None),
            accepted(None)
        );
        assert_eq!(classify(201, json, "not json", None), accepted(None));
    }

    #[test]
    fn problem_details_become_field_problems() {
        let body = r##"{"title":"Invalid","status":422,"errors":[
            {"pointer":"/answers/email","code":"email","detail":"bad email"},
            {"pointer":"#/answers/title","detail":"too long"},
            {"pointer":"/answers/nope"}]}"##;
        let Classified::Done(SubmitOutcome::Rejected { problems }) =
            classify(422, Some("application/problem+json"), body, None)
        else {
            panic!("not rejected");
        };
        let pointers: Vec<_> = problems.iter().map(|p| p.pointer.as_str()).collect();
        assert_eq!(
            pointers,
            ["/answers/email", "/answers/title", "/answers/nope"]
        );
        assert_eq!(problems[0].code.as_deref(), Some("email"));
        assert_eq!(problems[1].detail.as_deref(), Some("too long"));
    }

    #[test]
    fn rfc7807_invalid_params_and_bare_detail_are_kept() {
        let body = r#"{"invalid-params":[{"name":"email","reason":"taken"}]}"#;
        let Classified::Done(SubmitOutcome::Rejected { problems }) =
            classify(400, Some("application/problem+json"), body, None)
        else {
            panic!("not rejected");
        };
        assert_eq!(problems[0].pointer, "/answers/email");
        assert_eq!(problems[0].detail.as_deref(), Some("taken"));

        let Classified::Done(SubmitOutcome::Rejected { problems }) = classify(
            422,
            Some("application/problem+json"),
            r#"{"detail":"Applications are closed"}"#,
            None,
        ) else {
            panic!("not rejected");
        };
        assert_eq!(problems[0].pointer, "");
        assert_eq!(
            problems[0].detail.as_deref(),
            Some("Applications are closed")
        );
    }

    #[test]
    fn a_refusal_without_details_is_not_retried() {
        for (status, ct, body) in [
            (400, Some("text/html"), "<h1>Bad</h1>"),
            (422, Some("application/json"), "{}"),
            (403, Some("application/json"), r#"{"detail":"CSRF"}"#),
            (404, None, ""),
        ] {
            assert_eq!(
                classify(status, ct, body, None),
                Classified::Done(SubmitOutcome::NotSent {
                    why: NotSentWhy::Refused { status },
                    attempts: 1
                }),
                "{status}"
            );
        }
    }

    #[test]
    fn server_errors_and_rate_limits_are_retried() {
        assert_eq!(
            classify(502, Some("text/html"), "<html>Bad gateway</html>", None),
            Classified::Retry {
                why: NotSentWhy::Server { status: 502 },
                retry_after_ms: None
            }
        );
        assert_eq!(
            classify(429, None, "", Some("3")),
            Classified::Retry {
                why: NotSentWhy::RateLimited {
                    retry_after_seconds: Some(3)
                },
                retry_after_ms: Some(3000)
            }
        );
        assert_eq!(
            classify(503, None, "", Some("Wed, 21 Oct 2015 07:28:00 GMT")),
            Classified::Retry {
                why: NotSentWhy::Server { status: 503 },
                retry_after_ms: None
            }
        );
    }

    #[test]
    fn backoff_grows_is_capped_and_never_zero() {
        for attempt in 1..40 {
            for jitter in [0.0, 0.3, 0.999] {
                let wait = backoff_ms(attempt, jitter);
                let ceiling = (BACKOFF_BASE_MS << (attempt - 1).min(16)).min(BACKOFF_CAP_MS);
                assert!(wait <= ceiling, "{attempt} {jitter}");
                assert!(wait >= ceiling / 10, "{attempt} {jitter}");
            }
        }
        assert_eq!(backoff_ms(1, 0.999), 999);
        assert_eq!(backoff_ms(3, 0.5), 2000);
        assert_eq!(backoff_ms(30, 0.5), BACKOFF_CAP_MS / 2);
    }
}
