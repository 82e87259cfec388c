//! The HTTP side: routing, the submission contract, CORS and the test controls.

use std::io::{self, Cursor, Read};
use std::panic;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::thread;
use std::time::Duration;

use psf_apply::rules::payload::{self, Payload, Problem};
use serde::Serialize;
use serde_json::{json, Value};
use tiny_http::{Header, Method, Request, Response, Server};

use crate::modes::{Action, Settings};
use crate::store::{self, Lookup, Program, Receipt, Store, Submitted};

pub const BODY_LIMIT: usize = 256 * 1024;
const MAX_KEY_LEN: usize = 200;
const PROBLEM_BASE: &str = "https://psf-apply.example/problems/";
const PROBLEM_JSON: &str = "application/problem+json";
const ALLOW_HEADERS: &str = "content-type, idempotency-key, x-csrf-token, authorization";
const HTML_502: &str = "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\
<body><h1>502 Bad Gateway</h1><p>The upstream server did not answer (simulated by the \
psf-apply receiver).</p></body></html>\n";

struct State {
    store: Mutex<Store>,
    mode: Mutex<Settings>,
    posts: AtomicU64,
}

/// A panic in one request thread must not wedge every later request.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

pub struct Receiver {
    server: Arc<Server>,
    state: Arc<State>,
    port: u16,
}

impl Receiver {
    /// Binds 127.0.0.1 only: this is a local development backend. Port 0 picks a free port.
    pub fn bind(port: u16, store: Store) -> io::Result<Receiver> {
        let server = Server::http(("127.0.0.1", port)).map_err(io::Error::other)?;
        let port = server
            .server_addr()
            .to_ip()
            .map(|addr| addr.port())
            .ok_or_else(|| io::Error::other("listening on something other than TCP"))?;
        Ok(Receiver {
            server: Arc::new(server),
            state: Arc::new(State {
                store: Mutex::new(store),
                mode: Mutex::new(Settings::default()),
                posts: AtomicU64::new(0),
            }),
            port,
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// A thread per request, so a `slow` submission never holds up the
    /// `/__receiver/mode` call that a test makes meanwhile.
    pub fn serve(&self) {
        for request in self.server.incoming_requests() {
            let state = Arc::clone(&self.state);
            thread::spawn(move || handle(&state, request));
        }
    }

    #[cfg(test)]
    pub fn server(&self) -> Arc<Server> {
        Arc::clone(&self.server)
    }
}

enum Body {
    Read(Vec<u8>),
    TooLarge,
    Unreadable,
}

struct Incoming {
    method: Method,
    path: String,
    origin: Option<String>,
    content_type: Option<String>,
    idempotency_key: Option<String>,
    body: Body,
}

impl Incoming {
    fn read(request: &mut Request) -> Incoming {
        let header = |name: &'static str| {
            request
                .headers()
                .iter()
                .find(|h| h.field.equiv(name))
                .map(|h| h.value.as_str().to_owned())
        };
        let url = request.url();
        let path = url.split(['?', '#']).next().unwrap_or(url).to_owned();
        let mut incoming = Incoming {
            method: request.method().clone(),
            path,
            origin: header("Origin"),
            content_type: header("Content-Type"),
            idempotency_key: header("Idempotency-Key"),
            body: Body::TooLarge,
        };
        if request.body_length().is_some_and(|n| n > BODY_LIMIT) {
            return incoming;
        }
        let mut body = Vec::new();
        incoming.body = match request
            .as_reader()
            .take(BODY_LIMIT as u64 + 1)
            .read_to_end(&mut body)
        {
            Ok(_) if body.len() > BODY_LIMIT => Body::TooLarge,
            Ok(_) => Body::Read(body),
            Err(_) => Body::Unreadable,
        };
        incoming
    }
}

fn handle(state: &State, mut request: Request) {
    let incoming = Incoming::read(&mut request);
    let reply = route(state, &incoming);
    if incoming.path != "/health" && incoming.method != Method::Options {
        eprintln!(
            "receiver: {} {} -> {}",
            incoming.method, incoming.path, reply.status
        );
    }
    // The client may have gone away (a timed-out fetch); nothing to do then.
    let _ = request.respond(reply.into_response(incoming.origin.as_deref()));
}

fn route(state: &State, rq: &Incoming) -> Reply {
    match (&rq.method, rq.path.as_str()) {
        (Method::Options, _) => Reply::empty(204)
            .header("Access-Control-Allow-Methods", "POST, GET, OPTIONS")
            .header("Access-Control-Allow-Headers", ALLOW_HEADERS)
            .header("Access-Control-Max-Age", "600"),
        (Method::Get, "/health") => Reply::new(200, "text/plain; charset=utf-8", b"ok".to_vec()),
        (Method::Post, "/api/applications") => submit(state, rq),
        (Method::Get, "/api/applications") => match lock(&state.store).records() {
            Ok(records) => Reply::json(200, &Value::Array(records)),
            Err(e) => problem(500, "storage", "The stored applications could not be read")
                .detail(&e.to_string())
                .build(),
        },
        (Method::Get, path) if path.starts_with("/api/applications/") => {
            let reference = &path["/api/applications/".len()..];
            let found = lock(&state.store).records().map(|records| {
                records
                    .into_iter()
                    .find(|r| r.get("reference").and_then(Value::as_str) == Some(reference))
            });
            match found {
                Ok(Some(record)) => Reply::json(200, &record),
                Ok(None) => not_found(),
                Err(e) => problem(500, "storage", "The stored applications could not be read")
                    .detail(&e.to_string())
                    .build(),
            }
        }
        (Method::Get, "/__receiver/mode") => Reply::json(200, &json!(*lock(&state.mode))),
        (Method::Post, "/__receiver/mode") => set_mode(state, rq),
        (Method::Post, "/__receiver/reset") => {
            *lock(&state.mode) = Settings::default();
            state.posts.store(0, Ordering::SeqCst);
            Reply::json(200, &json!(Settings::default()))
        }
        (Method::Get, "/__receiver/stats") => {
            Reply::json(200, &json!({ "posts": state.posts.load(Ordering::SeqCst) }))
        }
        (_, "/health" | "/__receiver/stats") => method_not_allowed("GET, OPTIONS"),
        (_, "/api/applications" | "/__receiver/mode") => method_not_allowed("GET, POST, OPTIONS"),
        (_, "/__receiver/reset") => method_not_allowed("POST, OPTIONS"),
        _ => not_found(),
    }
}

fn submit(state: &State, rq: &Incoming) -> Reply {
    state.posts.fetch_add(1, Ordering::SeqCst);
    let action = lock(&state.mode).take();
    match action {
        Action::Normal => {}
        Action::Delay(ms) => thread::sleep(Duration::from_millis(ms)),
        Action::Fail500 => {
            return problem(500, "server-error", "The receiver failed")
                .detail("simulated failure (receiver mode)")
                .build()
        }
        Action::Problem422 => {
            return validation_problem(&[
                problem_at("/answers/email", "email"),
                problem_at("/answers/title", "too_long"),
                problem_at("/answers/unknown_field", "custom"),
            ])
        }
        Action::Html502 => {
            return Reply::new(
                502,
                "text/html; charset=utf-8",
                HTML_502.as_bytes().to_vec(),
            )
        }
        Action::RateLimited { retry_after } => {
            return problem(429, "rate-limited", "Too many requests")
                .detail(&format!(
                    "simulated rate limit; retry after {retry_after} s"
                ))
                .build()
                .header("Retry-After", &retry_after.to_string())
        }
    }

    let body = match &rq.body {
        Body::Read(body) => body,
        Body::TooLarge => {
            return problem(413, "body-too-large", "The application is too large")
                .detail(&format!("the limit is {BODY_LIMIT} bytes"))
                .build()
        }
        Body::Unreadable => {
            return problem(400, "bad-request", "The request body could not be read").build()
        }
    };
    if !is_json(rq.content_type.as_deref()) {
        return problem(
            415,
            "unsupported-media-type",
            "Send the application as JSON",
        )
        .detail("Content-Type must be application/json")
        .build();
    }
    let key = match rq.idempotency_key.as_deref().map(str::trim) {
        Some(key) if !key.is_empty() && key.len() <= MAX_KEY_LEN => key,
        _ => {
            return problem(
                400,
                "idempotency-key-missing",
                "Idempotency-Key header required",
            )
            .detail(&format!(
                "send the payload's idempotency_key (1 to {MAX_KEY_LEN} characters) \
                     in the Idempotency-Key header"
            ))
            .build()
        }
    };

    // Answer a repeat before re-validating, so a retry gets the original
    // answer even if the rules have changed since.
    let body_sha256 = store::sha256_hex(body);
    match lock(&state.store).lookup(key, &body_sha256) {
        Lookup::New => {}
        Lookup::Replay(receipt) => return created(&receipt, true),
        Lookup::KeyReused => return key_reused(),
    }

    // A bug in the rules must answer 500 (which the app retries), not drop the connection.
    // The rules never read the clock: the date of receipt is decided here.
    let received_at = std::time::SystemTime::now().into();
    let revalidated = match panic::catch_unwind(|| payload::revalidate(body, received_at)) {
        Ok(result) => result,
        Err(_) => {
            return problem(
                500,
                "server-error",
                "The receiver could not check the application",
            )
            .detail("re-validation panicked; see the receiver's stderr")
            .build()
        }
    };
    let received: Option<Value> = serde_json::from_slice(body).ok();
    let body_key = received
        .as_ref()
        .and_then(|v| v.get("idempotency_key"))
        .and_then(Value::as_str);
    let (payload, mut problems) = match revalidated {
        Ok(payload) => (Some(payload), Vec::new()),
        Err(problems) => (None, problems),
    };
    if body_key.is_some_and(|k| k != key) {
        problems.push(problem_at("/idempotency_key", "idempotency_key_mismatch"));
    }
    let (Some(payload), Some(received), true) = (payload, received, problems.is_empty()) else {
        return validation_problem(&problems);
    };

    let program = match payload {
        Payload::CommunityPartner(_) => Program::CommunityPartner,
        Payload::MeetupPro(_) => Program::MeetupPro,
    };
    let submitted = lock(&state.store).submit(program, key, &body_sha256, &received);
    match submitted {
        Ok(Submitted::Stored(receipt)) => created(&receipt, false),
        Ok(Submitted::Replay(receipt)) => created(&receipt, true),
        Ok(Submitted::KeyReused) => key_reused(),
        Err(e) => {
            eprintln!("receiver: could not store an application: {e}");
            problem(500, "storage", "The application could not be stored")
                .detail(&e.to_string())
                .build()
        }
    }
}

fn set_mode(state: &State, rq: &Incoming) -> Reply {
    let parsed = match &rq.body {
        Body::Read(body) => serde_json::from_slice::<Settings>(body).map_err(|e| e.to_string()),
        _ => Err("unreadable body".to_owned()),
    };
    match parsed {
        Ok(settings) => {
            *lock(&state.mode) = settings;
            eprintln!("receiver: mode {}", json!(settings));
            Reply::json(200, &json!(settings))
        }
        Err(e) => problem(400, "bad-mode", "Unknown receiver mode")
            .detail(&format!(
                "{e}; expected {{\"mode\": \"normal\"|\"slow\"|\"fail_then_succeed\"|\
                 \"always_500\"|\"problem_422\"|\"html_502\"|\"rate_limited\", \
                 \"delay_ms\", \"count\", \"retry_after\"}}"
            ))
            .build(),
    }
}

/// `application/json`, with or without parameters such as `charset`.
fn is_json(content_type: Option<&str>) -> bool {
    content_type
        .and_then(|ct| ct.split(';').next())
        .is_some_and(|media| media.trim().eq_ignore_ascii_case("application/json"))
}

/// Browsers on the app's own dev servers, on any port; nothing else.
fn allowed_origin(origin: &str) -> bool {
    ["http://127.0.0.1", "http://localhost"].iter().any(|base| {
        origin.strip_prefix(base).is_some_and(|rest| {
            rest.is_empty()
                || rest.strip_prefix(':').is_some_and(|port| {
                    !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit())
                })
        })
    })
}

fn created(receipt: &Receipt, replayed: bool) -> Reply {
    let reply = Reply::json(201, &json!(receipt)).header(
        "Location",
        &format!("/api/applications/{}", receipt.reference),
    );
    if replayed {
        reply.header("Idempotent-Replayed", "true")
    } else {
        reply
    }
}

fn key_reused() -> Reply {
    problem(
        422,
        "idempotency-key-reused",
        "This Idempotency-Key was already used for a different application",
    )
    .detail("the same key came with a different body (compared by SHA-256)")
    .errors(&[problem_at("/idempotency_key", "idempotency_key_reused")])
    .build()
}

fn validation_problem(problems: &[Problem]) -> Reply {
    problem(422, "validation", "The application has problems")
        .detail(&format!(
            "{} problem(s) found on re-validation; see errors",
            problems.len()
        ))
        .errors(problems)
        .build()
}

fn problem_at(pointer: &str, code: &str) -> Problem {
    Problem {
        pointer: pointer.to_owned(),
        code: code.to_owned(),
    }
}

/// Developer-facing words for an error code; the app uses its own from the code.
fn describe(code: &str) -> String {
    // Eligibility problems read `rule:reason`, e.g. `cp.window:too_late`.
    if let Some((rule, reason)) = code.split_once(':') {
        return format!("eligibility rule {rule} does not pass ({reason})");
    }
    let words = match code {
        "required" => "a value is required",
        "too_long" => "longer than allowed",
        "email" => "not a plausible email address",
        "web_address" | "url" => "not an http(s) address with a host",
        "range" => "outside the allowed range",
        "malformed_json" => "the body is not JSON",
        "unknown_schema" => "schema is not a known psf-apply payload schema",
        "invalid_type" => "a value of the wrong type",
        "unknown_field" => "a key the schema does not know",
        "mismatch" => "differs from what the receiver computes from the answers",
        "idempotency_key_mismatch" => {
            "differs from the Idempotency-Key header; send the same key in both"
        }
        "idempotency_key_reused" => "already used for a different application",
        other => return format!("failed the check {other}"),
    };
    words.to_owned()
}

fn not_found() -> Reply {
    problem(404, "not-found", "Not found").build()
}

fn method_not_allowed(allow: &str) -> Reply {
    problem(405, "method-not-allowed", "Method not allowed")
        .build()
        .header("Allow", allow)
}

/// An RFC 9457 problem document under construction (fields in reading order).
#[derive(Serialize)]
struct ProblemDoc {
    #[serde(rename = "type")]
    kind: String,
    title: String,
    status: u16,
    #[serde(skip_serializing_if = "Option::is_none")]
    detail: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    errors: Vec<ErrorItem>,
}

#[derive(Serialize)]
struct ErrorItem {
    pointer: String,
    code: String,
    detail: String,
}

fn problem(status: u16, kind: &str, title: &str) -> ProblemDoc {
    ProblemDoc {
        kind: format!("{PROBLEM_BASE}{kind}"),
        title: title.to_owned(),
        status,
        detail: None,
        errors: Vec::new(),
    }
}

impl ProblemDoc {
    fn detail(mut self, detail: &str) -> ProblemDoc {
        self.detail = Some(detail.to_owned());
        self
    }

    fn errors(mut self, problems: &[Problem]) -> ProblemDoc {
        self.errors = problems
            .iter()
            .map(|p| ErrorItem {
                pointer: p.pointer.clone(),
                code: p.code.clone(),
                detail: describe(&p.code),
            })
            .collect();
        self
    }

    fn build(self) -> Reply {
        let body = serde_json::to_vec(&self).unwrap_or_default();
        Reply::new(self.status, PROBLEM_JSON, body)
    }
}

struct Reply {
    status: u16,
    content_type: Option<&'static str>,
    body: Vec<u8>,
    headers: Vec<(&'static str, String)>,
}

impl Reply {
    fn new(status: u16, content_type: &'static str, body: Vec<u8>) -> Reply {
        Reply {
            status,
            content_type: Some(content_type),
            body,
            headers: Vec::new(),
        }
    }

    fn empty(status: u16) -> Reply {
        Reply {
            status,
            content_type: None,
            body: Vec::new(),
            headers: Vec::new(),
        }
    }

    fn json(status: u16, value: &Value) -> Reply {
        Reply::new(status, "application/json", value.to_string().into_bytes())
    }

    fn header(mut self, name: &'static str, value: &str) -> Reply {
        self.headers.push((name, value.to_owned()));
        self
    }

    /// CORS goes on every answer, errors included: without it the browser
    /// hides a 500 or 429 from the app as a bare network error.
    fn into_response(self, origin: Option<&str>) -> Response<Cursor<Vec<u8>>> {
        let mut headers = self.headers;
        if let Some(content_type) = self.content_type {
            headers.push(("Content-Type", content_type.to_owned()));
        }
        headers.push(("Vary", "Origin".to_owned()));
        if let Some(origin) = origin.filter(|o| allowed_origin(o)) {
            headers.push(("Access-Control-Allow-Origin", origin.to_owned()));
            headers.push(("Access-Control-Allow-Credentials", "true".to_owned()));
            headers.push((
                "Access-Control-Expose-Headers",
                "Location, Retry-After".to_owned(),
            ));
        }
        let mut response = Response::from_data(self.body).with_status_code(self.status);
        for (name, value) in headers {
            if let Ok(header) = Header::from_bytes(name.as_bytes(), value.as_bytes()) {
                response.add_header(header);
            }
        }
        response
    }
}
