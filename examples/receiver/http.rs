//! The HTTP side: who may ask (hosts, origins, the read key), routing, the
//! submission contract, CORS and the test controls.

use std::any::Any;
use std::panic;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, SystemTime};

use axum::body::{Body, Bytes};
use axum::extract::{Path, Request, State};
use axum::http::header::{self, HeaderMap, HeaderName, HeaderValue};
use axum::http::{Method, Response, StatusCode, Uri};
use axum::middleware::{self, Next};
use axum::response::IntoResponse;
use axum::routing::{get, post, MethodRouter};
use axum::Router;
use chrono::{DateTime, Utc};
use psf_apply::rules::payload::{self, Problem};
use serde::Serialize;
use serde_json::{json, Value};
use tower::limit::GlobalConcurrencyLimitLayer;
use tower::util::BoxCloneService;
use tower::ServiceBuilder;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;

use crate::auth::Token;
use crate::modes::{Action, Settings};
use crate::server::{Limits, Service};
use crate::store::{self, Lookup, Program, Receipt, Store, Submitted};

const MAX_KEY_LEN: usize = 200;
const PROBLEM_BASE: &str = "https://psf-apply.example/problems/";
const PROBLEM_JSON: &str = "application/problem+json";
const ALLOW_HEADERS: &str = "content-type, idempotency-key, x-csrf-token, authorization";
const HTML_502: &str = "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\
<body><h1>502 Bad Gateway</h1><p>The upstream server did not answer (simulated by the \
psf-apply receiver).</p></body></html>\n";
/// A list page: this many records unless `limit` says fewer, at most `MAX_PAGE`.
const DEFAULT_PAGE: usize = 100;
const MAX_PAGE: usize = 1000;
/// A page stops early past this many bytes, so one read cannot make the
/// receiver hold hundreds of megabytes of 256 KiB records.
const MAX_PAGE_BYTES: usize = 8 * 1024 * 1024;

/// Who the receiver answers, and how.
pub struct Options {
    /// Serialised origins (`http://127.0.0.1:8080`) whose pages may call the
    /// receiver; a request from any other origin is refused.
    pub origins: Vec<String>,
    /// Host names (no port) the receiver answers to; others are refused, so a
    /// DNS-rebinding page cannot reach it under its own name.
    pub hosts: Vec<String>,
    pub token: Token,
    /// The `/__receiver/*` switches, for the test harness only.
    pub test_controls: bool,
    pub limits: Limits,
}

pub struct App {
    store: Mutex<Store>,
    mode: Mutex<Settings>,
    posts: AtomicU64,
    options: Options,
}

/// A panic in one request must not wedge every later request.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The whole receiver as one service, outermost layer first.
pub fn service(store: Store, options: Options) -> Service {
    let limits = options.limits;
    let app = Arc::new(App {
        store: Mutex::new(store),
        mode: Mutex::new(Settings::default()),
        posts: AtomicU64::new(0),
        options,
    });
    let service = ServiceBuilder::new()
        .map_request(|request: axum::http::Request<hyper::body::Incoming>| request.map(Body::new))
        .layer(GlobalConcurrencyLimitLayer::new(limits.in_flight))
        .layer(middleware::from_fn_with_state(Arc::clone(&app), edge))
        // Inside the edge, so that the 500 carries CORS like every answer.
        .layer(CatchPanicLayer::custom(panicked))
        .layer(RequestBodyLimitLayer::new(limits.body_bytes))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            limits.request,
        ))
        .service(routes(app));
    BoxCloneService::new(service)
}

fn routes(app: Arc<App>) -> Router {
    let methods = |router: MethodRouter<Arc<App>>| router.fallback(method_not_allowed);
    let mut router = Router::new()
        .route("/health", methods(get(health)))
        .route("/api/applications", methods(get(list).post(submit)))
        .route("/api/applications/{reference}", methods(get(read)));
    // Without the flag these paths do not exist: nothing to find, nothing to flip.
    if app.options.test_controls {
        router = router
            .route("/__receiver/mode", methods(get(get_mode).post(set_mode)))
            .route("/__receiver/reset", methods(post(reset)))
            .route("/__receiver/stats", methods(get(stats)));
    }
    router.fallback(no_route).with_state(app)
}

/// What every request goes through: the Host and Origin checks, the CORS
/// preflight, CORS on the answer, problem details for the layers' bare
/// errors, and the log line.
async fn edge(State(app): State<Arc<App>>, request: Request, next: Next) -> Response<Body> {
    let method = request.method().clone();
    let path = request.uri().path().to_owned();
    let origin = request
        .headers()
        .get(header::ORIGIN)
        .map(|o| String::from_utf8_lossy(o.as_bytes()).into_owned());
    let options = &app.options;
    let origin_allowed = origin
        .as_deref()
        .is_some_and(|o| options.origins.iter().any(|a| a.eq_ignore_ascii_case(o)));

    let mut response = if head_size(&request) > options.limits.header_bytes {
        // hyper's buffer bounds the memory, but not exactly: a head that
        // arrives whole in its reads is parsed even a little past the limit.
        problem(
            431,
            "headers-too-large",
            "The request headers are too large",
        )
        .detail(&format!(
            "the request line and headers together may take {} bytes",
            options.limits.header_bytes
        ))
        .build()
        .closing()
        .into_response()
    } else if let Some(refusal) = check_host(options, request.headers(), request.uri()) {
        refusal.into_response()
    } else if origin.is_some() && !origin_allowed {
        problem(
            403,
            "origin-not-allowed",
            "This origin may not call the receiver",
        )
        .detail(&format!(
            "{} is not one of the receiver's app origins; start it with \
                 --allow-origin <origin> to add one",
            origin.as_deref().unwrap_or_default()
        ))
        .build()
        .into_response()
    } else if method == Method::OPTIONS {
        Reply::empty(204)
            .header("Access-Control-Allow-Methods", "POST, GET, OPTIONS")
            .header("Access-Control-Allow-Headers", ALLOW_HEADERS)
            .header("Access-Control-Max-Age", "600")
            .into_response()
    } else {
        if method == Method::POST && path == "/api/applications" {
            // Counted here, so that the count includes posts the layers refuse.
            app.posts.fetch_add(1, Ordering::SeqCst);
        }
        as_problem(next.run(request).await, options.limits.body_bytes)
    };

    // CORS goes on every answer, errors included: without it the browser
    // hides a 500 or 429 from the app as a bare network error.
    let headers = response.headers_mut();
    headers.insert(header::VARY, HeaderValue::from_static("origin"));
    if let (true, Some(origin)) = (origin_allowed, origin.as_deref()) {
        if let Ok(value) = HeaderValue::from_str(origin) {
            headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, value);
            headers.insert(
                header::ACCESS_CONTROL_ALLOW_CREDENTIALS,
                HeaderValue::from_static("true"),
            );
            headers.insert(
                header::ACCESS_CONTROL_EXPOSE_HEADERS,
                HeaderValue::from_static("Location, Retry-After"),
            );
        }
    }
    if path != "/health" && method != Method::OPTIONS {
        eprintln!(
            "receiver: {method} {path} -> {}",
            response.status().as_u16()
        );
    }
    response
}

/// About the size of the request line and headers as sent.
fn head_size(request: &Request) -> usize {
    let line = request.method().as_str().len() + request.uri().to_string().len() + 11;
    let headers: usize = request
        .headers()
        .iter()
        .map(|(name, value)| name.as_str().len() + value.len() + 4)
        .sum();
    line + headers
}

/// The Host header, and the authority of an absolute request target, must
/// name this receiver.
fn check_host(options: &Options, headers: &HeaderMap, uri: &Uri) -> Option<Reply> {
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
    let names = [host, uri.authority().map(|a| a.as_str())];
    let refused = |detail: String| {
        Some(
            problem(
                403,
                "host-not-allowed",
                "The receiver does not answer to this name",
            )
            .detail(&format!(
                "{detail}; start the receiver with --allow-host <name> to add one"
            ))
            .build(),
        )
    };
    if host.is_none() {
        return refused("the request has no Host header".to_owned());
    }
    for name in names.into_iter().flatten() {
        let bare = host_name(name);
        if !options.hosts.contains(&bare) {
            return refused(format!("{name} is not one of the receiver's host names"));
        }
    }
    None
}

/// `Example.org:8787` → `example.org`; `[::1]:80` → `[::1]`.
pub fn host_name(authority: &str) -> String {
    let authority = authority.rsplit('@').next().unwrap_or(authority);
    let name = match authority.rfind(':') {
        Some(colon) if !authority[colon..].contains(']') => &authority[..colon],
        _ => authority,
    };
    name.trim_end_matches('.').to_ascii_lowercase()
}

/// Answers of the layers (body limit, timeout) and of axum's extractors come
/// as bare text; the app and people reading the log get problem details.
fn as_problem(response: Response<Body>, body_limit: usize) -> Response<Body> {
    let status = response.status();
    let content_type = response.headers().get(header::CONTENT_TYPE);
    let bare = content_type.is_none_or(|ct| ct.as_bytes().starts_with(b"text/plain"));
    if !(status.is_client_error() || status.is_server_error()) || !bare {
        return response;
    }
    let reply = match status {
        StatusCode::PAYLOAD_TOO_LARGE => too_large(body_limit),
        StatusCode::SERVICE_UNAVAILABLE => {
            problem(503, "timeout", "The receiver took too long to answer")
                .detail("the request timed out; try again")
                .build()
        }
        _ => problem(
            status.as_u16(),
            "bad-request",
            status.canonical_reason().unwrap_or("Bad request"),
        )
        .build(),
    };
    reply.into_response()
}

fn panicked(_: Box<dyn Any + Send + 'static>) -> Response<Body> {
    problem(500, "server-error", "The receiver failed")
        .detail("the request made the receiver panic; see its stderr")
        .build()
        .into_response()
}

async fn health() -> Reply {
    Reply::new(200, "text/plain; charset=utf-8", b"ok".to_vec())
}

/// `?after=<reference>&limit=<n>`: the records stored after `after`, oldest
/// first, with a `Link: <…>; rel="next"` while there are more.
async fn list(State(app): State<Arc<App>>, headers: HeaderMap, uri: Uri) -> Reply {
    if let Err(refusal) = authorize(&app, &headers) {
        return refusal;
    }
    let (after, limit) = match list_query(uri.query().unwrap_or_default()) {
        Ok(query) => query,
        Err(refusal) => return refusal,
    };
    let read = blocking(move || {
        // Only the positions are copied under the lock; reading and sending
        // happen without it, so a big list does not hold up a submission.
        let page = lock(&app.store).page(after.as_deref(), limit, MAX_PAGE_BYTES);
        let Some(page) = page else {
            return problem(400, "bad-query", "No such application to list after")
                .detail(&format!(
                    "after={} names no stored application",
                    after.as_deref().unwrap_or_default()
                ))
                .build();
        };
        let reply = match page.lines.read(true) {
            Ok(body) => Reply::new(200, "application/json", body),
            Err(e) => return unreadable(&e),
        };
        match page.next_after {
            Some(next) => reply.header(
                "Link",
                &format!("</api/applications?after={next}&limit={limit}>; rel=\"next\""),
            ),
            None => reply,
        }
    });
    read.await
}

fn list_query(query: &str) -> Result<(Option<String>, usize), Reply> {
    let bad = |detail: String| {
        problem(400, "bad-query", "The list query is not understood")
            .detail(&detail)
            .build()
    };
    let mut after = None;
    let mut limit = DEFAULT_PAGE;
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        match name {
            // References are ASCII letters, digits and dashes: nothing to decode.
            "after" if is_reference(value) => after = Some(value.to_owned()),
            "after" => return Err(bad(format!("after={value} is not a reference"))),
            "limit" => match value.parse() {
                Ok(n) if (1..=MAX_PAGE).contains(&n) => limit = n,
                _ => {
                    return Err(bad(format!(
                        "limit={value} is not a number from 1 to {MAX_PAGE}"
                    )))
                }
            },
            other => {
                return Err(bad(format!(
                    "unknown parameter {other:?}; the list takes after=<reference> and limit=<n>"
                )))
            }
        }
    }
    Ok((after, limit))
}

fn is_reference(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= 64
        && text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

async fn read(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    Path(reference): Path<String>,
) -> Reply {
    if let Err(refusal) = authorize(&app, &headers) {
        return refusal;
    }
    blocking(move || {
        let found = lock(&app.store).record(&reference);
        match found.map(|lines| lines.read(false)) {
            Some(Ok(body)) => Reply::new(200, "application/json", body),
            Some(Err(e)) => unreadable(&e),
            None => not_found(),
        }
    })
    .await
}

fn unreadable(e: &std::io::Error) -> Reply {
    problem(500, "storage", "The stored applications could not be read")
        .detail(&e.to_string())
        .build()
}

/// Reading needs `Authorization: Bearer <read key>`.
fn authorize(app: &App, headers: &HeaderMap) -> Result<(), Reply> {
    let presented = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().split_once(' '))
        .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
        .map(|(_, token)| token.trim());
    let (detail, challenge) = match presented {
        Some(token) if app.options.token.matches(token) => return Ok(()),
        Some(_) => (
            "the bearer token is not this receiver's read key",
            "Bearer realm=\"psf-apply receiver\", error=\"invalid_token\"",
        ),
        None => (
            "send Authorization: Bearer <read key>; the key is in the data directory's \
             read-token file, and scripts/run.sh prints it",
            "Bearer realm=\"psf-apply receiver\"",
        ),
    };
    Err(problem(
        401,
        "unauthorized",
        "Reading applications needs the read key",
    )
    .detail(detail)
    .build()
    .header("WWW-Authenticate", challenge))
}

/// The body, whole, within the size and time limits.
async fn read_body(body: Body, limits: &Limits) -> Result<Bytes, Reply> {
    let read = axum::body::to_bytes(body, limits.body_bytes);
    match tokio::time::timeout(limits.body_read, read).await {
        Ok(Ok(bytes)) => Ok(bytes),
        Ok(Err(e)) if is_length_limit(&e) => Err(too_large(limits.body_bytes)),
        // Whatever is left unread would be parsed as the next request.
        Ok(Err(_)) => Err(
            problem(400, "bad-request", "The request body could not be read")
                .build()
                .closing(),
        ),
        Err(_) => Err(problem(
            408,
            "body-timeout",
            "The request body took too long to arrive",
        )
        .detail(&format!(
            "the whole body must arrive within {} s",
            limits.body_read.as_secs()
        ))
        .build()
        .closing()),
    }
}

fn is_length_limit(error: &axum::Error) -> bool {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(error);
    while let Some(e) = source {
        if e.is::<http_body_util::LengthLimitError>() {
            return true;
        }
        source = e.source();
    }
    false
}

fn too_large(limit: usize) -> Reply {
    problem(413, "body-too-large", "The application is too large")
        .detail(&format!("the limit is {limit} bytes"))
        .build()
        .closing()
}

/// Runs store and rules work off the async threads; a panic in it answers 500.
async fn blocking(work: impl FnOnce() -> Reply + Send + 'static) -> Reply {
    tokio::task::spawn_blocking(work).await.unwrap_or_else(|_| {
        problem(500, "server-error", "The receiver failed")
            .detail("the request made the receiver panic; see its stderr")
            .build()
    })
}

async fn submit(State(app): State<Arc<App>>, headers: HeaderMap, body: Body) -> Reply {
    let body = read_body(body, &app.options.limits).await;
    let action = lock(&app.mode).take();
    match action {
        Action::Normal => {}
        Action::Delay(ms) => tokio::time::sleep(Duration::from_millis(ms)).await,
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
        Action::Panic => panic!("simulated panic (receiver mode)"),
    }

    let body = match body {
        Ok(body) => body,
        Err(refusal) => return refusal,
    };
    if !is_json(&headers) {
        return problem(
            415,
            "unsupported-media-type",
            "Send the application as JSON",
        )
        .detail("Content-Type must be application/json")
        .build();
    }
    let key = match header_text(&headers, "idempotency-key").map(str::trim) {
        Some(key) if !key.is_empty() && key.len() <= MAX_KEY_LEN => key.to_owned(),
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
    // The rules never read the clock: the date of receipt is decided here.
    let received_at: DateTime<Utc> = SystemTime::now().into();
    blocking(move || accept(&app, &key, &body, received_at)).await
}

/// Re-validates and stores a submission whose headers are in order.
fn accept(app: &App, key: &str, body: &[u8], received_at: DateTime<Utc>) -> Reply {
    // Answer a repeat before re-validating, so a retry gets the original
    // answer even if the rules, or the date, have changed since.
    let body_sha256 = store::sha256_hex(body);
    match lock(&app.store).lookup(key, &body_sha256) {
        Lookup::New => {}
        Lookup::Replay(receipt) => return created(&receipt, true),
        Lookup::KeyReused => return key_reused(),
    }

    // A bug in the rules must answer 500 (which the app retries), not drop the connection.
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
    // The program is the definition of the payload's schema (re-validation
    // accepted it, so there is one).
    let program: Option<Program> = received
        .as_ref()
        .and_then(|v| v.get("schema"))
        .and_then(Value::as_str)
        .and_then(psf_apply::rules::program::by_schema);
    let (Some(_), Some(received), Some(program), true) =
        (payload, received, program, problems.is_empty())
    else {
        return validation_problem(&problems);
    };
    let submitted = lock(&app.store).submit(program, key, &body_sha256, &received, received_at);
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

async fn get_mode(State(app): State<Arc<App>>) -> Reply {
    Reply::json(200, &json!(*lock(&app.mode)))
}

async fn set_mode(State(app): State<Arc<App>>, headers: HeaderMap, body: Body) -> Reply {
    let body = match control_body(&app, &headers, body).await {
        Ok(body) => body,
        Err(refusal) => return refusal,
    };
    match serde_json::from_slice::<Settings>(&body) {
        Ok(settings) => {
            *lock(&app.mode) = settings;
            eprintln!("receiver: mode {}", json!(settings));
            Reply::json(200, &json!(settings))
        }
        Err(e) => problem(400, "bad-mode", "Unknown receiver mode")
            .detail(&format!(
                "{e}; expected {{\"mode\": \"normal\"|\"slow\"|\"fail_then_succeed\"|\
                 \"always_500\"|\"problem_422\"|\"html_502\"|\"rate_limited\"|\"panic\", \
                 \"delay_ms\" (at most {}), \"count\", \"retry_after\"}}",
                crate::modes::MAX_DELAY_MS
            ))
            .build(),
    }
}

async fn reset(State(app): State<Arc<App>>, headers: HeaderMap, body: Body) -> Reply {
    if let Err(refusal) = control_body(&app, &headers, body).await {
        return refusal;
    }
    *lock(&app.mode) = Settings::default();
    app.posts.store(0, Ordering::SeqCst);
    Reply::json(200, &json!(Settings::default()))
}

async fn stats(State(app): State<Arc<App>>) -> Reply {
    Reply::json(200, &json!({ "posts": app.posts.load(Ordering::SeqCst) }))
}

/// A switch is flipped only by JSON, which a page of another origin cannot
/// send without a preflight, and the preflight fails for it; the edge has
/// already refused such origins outright.
async fn control_body(app: &App, headers: &HeaderMap, body: Body) -> Result<Bytes, Reply> {
    if !is_json(headers) {
        return Err(problem(
            415,
            "unsupported-media-type",
            "Send the test switch as JSON",
        )
        .detail("Content-Type must be application/json")
        .build());
    }
    read_body(body, &app.options.limits).await
}

/// `application/json`, with or without parameters such as `charset`.
fn is_json(headers: &HeaderMap) -> bool {
    header_text(headers, "content-type")
        .and_then(|ct| ct.split(';').next())
        .is_some_and(|media| media.trim().eq_ignore_ascii_case("application/json"))
}

fn header_text<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|v| v.to_str().ok())
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
        "offset_out_of_range" => "the UTC offset is outside -12:00 to +14:00",
        "clock_skew" => {
            "more than a day from the receiver's clock; the sender's date or time is wrong"
        }
        other => return format!("failed the check {other}"),
    };
    words.to_owned()
}

fn not_found() -> Reply {
    problem(404, "not-found", "Not found").build()
}

/// axum adds the `Allow` header from the route's methods.
async fn method_not_allowed() -> Reply {
    problem(405, "method-not-allowed", "Method not allowed").build()
}

async fn no_route() -> Reply {
    not_found()
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

    /// For an answer given before the body was read to its end: the rest of
    /// it must never be taken for another request.
    fn closing(self) -> Reply {
        self.header("Connection", "close")
    }
}

impl IntoResponse for Reply {
    fn into_response(self) -> axum::response::Response {
        let mut response = Response::new(Body::from(self.body));
        *response.status_mut() =
            StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let headers = response.headers_mut();
        if let Some(content_type) = self.content_type {
            headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
        }
        for (name, value) in self.headers {
            if let (Ok(name), Ok(value)) = (
                HeaderName::from_bytes(name.as_bytes()),
                HeaderValue::from_str(&value),
            ) {
                headers.insert(name, value);
            }
        }
        response
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_names() {
        for (authority, name) in [
            ("127.0.0.1:8787", "127.0.0.1"),
            ("LocalHost", "localhost"),
            ("example.org.:80", "example.org"),
            ("[::1]:8080", "[::1]"),
            ("[::1]", "[::1]"),
            ("user@evil.example:1", "evil.example"),
        ] {
            assert_eq!(host_name(authority), name, "{authority}");
        }
    }

    #[test]
    fn list_queries() {
        assert_eq!(list_query("").ok(), Some((None, DEFAULT_PAGE)));
        assert_eq!(
            list_query("after=PSF-CP-000003&limit=5").ok(),
            Some((Some("PSF-CP-000003".into()), 5))
        );
        for bad in [
            "limit=0",
            "limit=1001",
            "limit=x",
            "after=",
            "after=a%20b",
            "limt=5",
        ] {
            assert!(list_query(bad).is_err(), "{bad}");
        }
    }
}
