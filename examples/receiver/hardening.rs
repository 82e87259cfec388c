//! Issue 12's findings, each a test that today's receiver passes and the
//! tiny_http one failed: the read key, hosts and origins, the limits, test
//! switches only for tests, request smuggling, the receipt date, reads that
//! do not hold up writes; and the load and crash runs that must still hold.
//! Everything is bounded in count and time and stays on 127.0.0.1.

use std::collections::HashSet;
use std::fs;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use chrono::DateTime;
use psf_apply::rules::payload;
use serde_json::{json, Value};

use crate::server::Limits;
use crate::testkit::{
    application, next_link, one_at_a_time, options, parse_response, start, start_with, Client,
    HttpResponse, TempDir, ORIGIN, TOKEN,
};

fn statuses(raw: &[u8]) -> Vec<u16> {
    let text = String::from_utf8_lossy(raw);
    text.match_indices("HTTP/1.1 ")
        .filter_map(|(at, _)| text[at + 9..].get(..3)?.parse().ok())
        .collect()
}

/// The statuses of every answer in `raw`, which must be `expected`.
fn assert_answers(raw: &[u8], expected: &[u16]) {
    assert_eq!(statuses(raw), expected, "{}", String::from_utf8_lossy(raw));
}

fn stored_count(client: &Client) -> usize {
    client.stored().len()
}

#[test]
fn reading_needs_the_key_submitting_does_not() {
    let tmp = TempDir::new("key");
    let receiver = start(&tmp.0);
    let reference = receiver.submit_ok("k-1");
    let one = format!("/api/applications/{reference}");

    for path in [
        "/api/applications",
        one.as_str(),
        "/api/applications/PSF-CP-999999",
    ] {
        let anonymous = receiver.get(path);
        assert_eq!(anonymous.status, 401, "{path}");
        assert_eq!(anonymous.problem_type(), "unauthorized");
        assert_eq!(
            anonymous.header("WWW-Authenticate"),
            Some("Bearer realm=\"psf-apply receiver\"")
        );
        assert!(!anonymous.text().contains("Joey"), "{}", anonymous.text());
        for wrong in [
            "Bearer not-the-key".to_owned(),
            format!("Basic {TOKEN}"),
            format!("Bearer {TOKEN}x"),
            format!("Bearer {}", &TOKEN[..TOKEN.len() - 1]),
            TOKEN.to_owned(),
        ] {
            let refused = receiver.request("GET", path, &[("Authorization", &wrong)], b"");
            assert_eq!(refused.status, 401, "{path} with {wrong}");
        }
    }
    let list = receiver.read("/api/applications");
    assert_eq!(list.status, 200);
    assert_eq!(list.json()[0]["reference"], reference.as_str());
    let record = receiver.read(&one);
    assert_eq!(record.status, 200);
    assert_eq!(record.json()["payload"]["answers"]["first_name"], "Joey");
    let lower = receiver.request(
        "GET",
        &one,
        &[("Authorization", &format!("bearer {TOKEN}"))],
        b"",
    );
    assert_eq!(lower.status, 200, "the scheme is case-insensitive");
    assert_eq!(receiver.read("/api/applications/PSF-CP-999999").status, 404);
}

#[test]
fn foreign_hosts_and_origins_are_refused() {
    let tmp = TempDir::new("hosts");
    let mut opts = options();
    opts.origins.push("https://apply.example.org".into());
    opts.hosts.push("apply.example.org".into());
    let receiver = start_with(&tmp.0, opts);
    let port = receiver.port;

    // DNS rebinding: the attacker's name resolves to 127.0.0.1, the browser
    // sends that name in Host, with no Origin on a same-origin GET.
    for host in [
        format!("evil.example:{port}"),
        "evil.example".to_owned(),
        format!("127.0.0.1.evil.example:{port}"),
        String::new(),
    ] {
        let refused = receiver.request("GET", "/health", &[("Host", &host)], b"");
        assert_eq!(refused.status, 403, "Host {host:?}");
        assert_eq!(refused.problem_type(), "host-not-allowed");
        let auth = format!("Bearer {TOKEN}");
        let list = receiver.request(
            "GET",
            "/api/applications",
            &[("Host", &host), ("Authorization", &auth)],
            b"",
        );
        assert_eq!(list.status, 403);
    }
    let absolute = receiver.raw(
        format!("GET http://evil.example/health HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n")
            .as_bytes(),
    );
    assert_answers(&absolute, &[403]);
    for host in [
        format!("127.0.0.1:{port}"),
        format!("localhost:{port}"),
        "LOCALHOST".to_owned(),
        "apply.example.org".to_owned(),
    ] {
        let ok = receiver.request("GET", "/health", &[("Host", &host)], b"");
        assert_eq!(ok.status, 200, "Host {host}");
    }

    let body = application("from-evil");
    for origin in [
        "http://evil.example",
        "http://localhost:5173",
        "http://127.0.0.1:8081",
        "null",
        "https://apply.example.org.evil.example",
    ] {
        let headers = [
            ("Content-Type", "application/json"),
            ("Idempotency-Key", "from-evil"),
            ("Origin", origin),
        ];
        let refused = receiver.request("POST", "/api/applications", &headers, &body);
        assert_eq!(refused.status, 403, "{origin}");
        assert_eq!(refused.problem_type(), "origin-not-allowed");
        assert_eq!(refused.header("Access-Control-Allow-Origin"), None);
        let preflight =
            receiver.request("OPTIONS", "/api/applications", &[("Origin", origin)], b"");
        assert_eq!(preflight.header("Access-Control-Allow-Origin"), None);
    }
    assert_eq!(stored_count(&receiver), 0);

    for origin in [ORIGIN, "http://localhost:8080", "https://apply.example.org"] {
        let preflight =
            receiver.request("OPTIONS", "/api/applications", &[("Origin", origin)], b"");
        assert_eq!(preflight.status, 204);
        assert_eq!(
            preflight.header("Access-Control-Allow-Origin"),
            Some(origin)
        );
        assert_eq!(preflight.header("Vary"), Some("origin"));
    }
}

#[test]
fn test_switches_exist_only_with_the_flag() {
    let tmp = TempDir::new("no-switches");
    let mut opts = options();
    opts.test_controls = false;
    let receiver = start_with(&tmp.0, opts);
    for (method, path) in [
        ("GET", "/__receiver/mode"),
        ("POST", "/__receiver/mode"),
        ("POST", "/__receiver/reset"),
        ("GET", "/__receiver/stats"),
    ] {
        let answer = receiver.request(
            method,
            path,
            &[("Content-Type", "application/json")],
            br#"{"mode": "always_500"}"#,
        );
        assert_eq!(answer.status, 404, "{method} {path}");
    }
    receiver.submit_ok("k");
}

#[test]
fn test_switches_take_json_only_and_a_bounded_delay() {
    let tmp = TempDir::new("switches");
    let receiver = start(&tmp.0);
    // What a page of any origin can send without a preflight.
    for content_type in [
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data",
    ] {
        for path in ["/__receiver/mode", "/__receiver/reset"] {
            let simple = receiver.request(
                "POST",
                path,
                &[("Content-Type", content_type)],
                br#"{"mode": "always_500"}"#,
            );
            assert_eq!(simple.status, 415, "{path} as {content_type}");
        }
    }
    let bare = receiver.request("POST", "/__receiver/reset", &[], b"");
    assert_eq!(bare.status, 415);
    let foreign = receiver.request(
        "POST",
        "/__receiver/mode",
        &[
            ("Content-Type", "application/json"),
            ("Origin", "http://evil.example"),
        ],
        br#"{"mode": "always_500"}"#,
    );
    assert_eq!(foreign.status, 403);
    assert_eq!(receiver.get("/__receiver/mode").json()["mode"], "normal");

    let forever = receiver.control(
        "/__receiver/mode",
        &json!({"mode": "slow", "delay_ms": 86_400_000}),
    );
    assert_eq!(forever.status, 400);
    assert!(
        forever.text().contains("over the limit of 20000"),
        "{}",
        forever.text()
    );
    assert_eq!(receiver.get("/__receiver/mode").json()["mode"], "normal");
    receiver.submit_ok("k");
}

#[test]
fn a_panic_answers_500_and_the_receiver_keeps_serving() {
    let tmp = TempDir::new("panic");
    let receiver = start(&tmp.0);
    receiver.control("/__receiver/mode", &json!({"mode": "panic"}));
    for _ in 0..3 {
        let failed = receiver.post_json("/api/applications", Some("k"), b"{}");
        assert_eq!(failed.status, 500);
        assert_eq!(failed.problem_type(), "server-error");
        assert_eq!(failed.header("Access-Control-Allow-Origin"), Some(ORIGIN));
    }
    receiver.control("/__receiver/reset", &json!({}));
    assert_eq!(receiver.get("/health").status, 200);
    receiver.submit_ok("k");
}

#[test]
fn a_back_dated_submitted_at_is_refused() {
    let tmp = TempDir::new("back-dated");
    let receiver = start(&tmp.0);
    let then = DateTime::parse_from_rfc3339("2020-03-01T10:00:00+01:00").unwrap();
    let answers = crate::e2e::joey_python(then.date_naive());
    let body =
        serde_json::to_vec(&payload::community_partner(answers, then, "old".into())).unwrap();
    let refused = receiver.post_json("/api/applications", Some("old"), &body);
    assert_eq!(refused.status, 422);
    let errors = refused.json()["errors"].clone();
    assert!(
        errors
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["pointer"] == "/submitted_at" && e["code"] == "clock_skew"),
        "{errors}"
    );
    assert_eq!(stored_count(&receiver), 0);
}

#[test]
fn the_list_is_paginated() {
    let tmp = TempDir::new("pages");
    let receiver = start(&tmp.0);
    let mut references = Vec::new();
    for i in 0..5 {
        let key = format!("page-{i}");
        references.push(receiver.submit_ok(&key));
    }
    let mut path = "/api/applications?limit=2".to_owned();
    let mut pages = Vec::new();
    loop {
        let page = receiver.read(&path);
        assert_eq!(page.status, 200, "{}", page.text());
        let listed: Vec<String> = page
            .json()
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["reference"].as_str().unwrap().to_owned())
            .collect();
        pages.push(listed);
        match page.header("Link").and_then(next_link) {
            Some(next) => path = next,
            None => break,
        }
    }
    assert_eq!(pages.len(), 3, "{pages:?}");
    assert_eq!(pages.concat(), references);
    let after = receiver.read(&format!("/api/applications?after={}", references[3]));
    assert_eq!(after.json().as_array().map(Vec::len), Some(1));
    assert_eq!(after.header("Link"), None);
    let last = receiver.read(&format!("/api/applications?after={}", references[4]));
    assert_eq!(last.json(), json!([]));
    for bad in ["?after=PSF-CP-999999", "?limit=0", "?limit=1001", "?page=2"] {
        let refused = receiver.read(&format!("/api/applications{bad}"));
        assert_eq!(refused.status, 400, "{bad}");
        assert_eq!(refused.problem_type(), "bad-query");
    }
}

#[test]
fn a_header_that_never_ends_is_cut_off() {
    let tmp = TempDir::new("slow-header");
    let mut opts = options();
    opts.limits.header_read = Duration::from_millis(800);
    let receiver = start_with(&tmp.0, opts);

    // Slowloris: a byte every 100 ms, forever, unless the receiver hangs up.
    let mut stream = receiver.connect();
    let started = Instant::now();
    stream
        .write_all(b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        .unwrap();
    let mut cut_off = false;
    while started.elapsed() < Duration::from_secs(10) {
        thread::sleep(Duration::from_millis(100));
        if stream.write_all(b"a").is_err() {
            cut_off = true;
            break;
        }
        stream.set_nonblocking(true).unwrap();
        let mut buf = [0u8; 512];
        let read = stream.read(&mut buf);
        stream.set_nonblocking(false).unwrap();
        // Anything but "nothing yet" means the receiver answered or hung up.
        if !matches!(&read, Err(e) if e.kind() == std::io::ErrorKind::WouldBlock) {
            cut_off = true;
            break;
        }
    }
    assert!(cut_off, "still connected after {:?}", started.elapsed());
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );

    // A kept-alive connection left idle is closed after the same time.
    let mut idle = receiver.connect();
    idle.write_all(b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        .unwrap();
    let started = Instant::now();
    let mut all = Vec::new();
    let _ = idle.read_to_end(&mut all);
    assert_answers(&all, &[200]);
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );

    // Headers past the size limit are refused outright, just past it and far past it.
    for size in [Limits::default().header_bytes + 1, 1024 * 1024] {
        let huge = format!(
            "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: {}\r\n\r\n",
            "a".repeat(size)
        );
        assert_answers(&receiver.raw(huge.as_bytes()), &[431]);
    }
    assert_eq!(receiver.get("/health").status, 200);
}

#[test]
fn a_smuggled_request_is_not_answered() {
    let tmp = TempDir::new("smuggle");
    let receiver = start(&tmp.0);
    let limit = Limits::default().body_bytes;
    let smuggled = "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    let head = "POST /api/applications HTTP/1.1\r\nHost: 127.0.0.1\r\n\
                Content-Type: application/json\r\nIdempotency-Key: s\r\n\
                Transfer-Encoding: chunked\r\n\r\n";

    // A chunk over the limit whose tail is a request: a server that stops
    // reading at the limit and goes on parsing would answer the tail.
    let mut data = vec![b' '; limit + 1];
    data.extend_from_slice(smuggled.as_bytes());
    let mut raw = format!("{head}{:x}\r\n", data.len()).into_bytes();
    raw.extend_from_slice(&data);
    raw.extend_from_slice(b"\r\n0\r\n\r\n");
    let answer = receiver.raw(&raw);
    assert_answers(&answer, &[413]);
    assert!(!String::from_utf8_lossy(&answer).contains("\r\n\r\nok"));

    // Small chunks, the same: the request after the limit is never read.
    let mut raw = head.as_bytes().to_vec();
    for _ in 0..(limit / 4096 + 1) {
        raw.extend_from_slice(format!("1000\r\n{}\r\n", " ".repeat(4096)).as_bytes());
    }
    raw.extend_from_slice(format!("{:x}\r\n{smuggled}\r\n0\r\n\r\n", smuggled.len()).as_bytes());
    let answer = receiver.raw(&raw);
    assert_answers(&answer, &[413]);

    // Content-Length and Transfer-Encoding together: which one frames the
    // body is exactly what smuggling plays on.
    let both = format!(
        "POST /api/applications HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n\
         Idempotency-Key: s\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n\
         0\r\n\r\n{smuggled}"
    );
    let answer = receiver.raw(both.as_bytes());
    assert!(
        statuses(&answer).len() <= 1,
        "{}",
        String::from_utf8_lossy(&answer)
    );
    assert!(!String::from_utf8_lossy(&answer).contains("\r\n\r\nok"));

    // Two different lengths.
    let two = format!(
        "POST /api/applications HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\
         Content-Length: {}\r\n\r\n{smuggled}",
        smuggled.len()
    );
    let answer = receiver.raw(two.as_bytes());
    assert_answers(&answer, &[400]);
    assert_eq!(stored_count(&receiver), 0);
}

#[test]
fn connections_past_the_cap_are_closed_at_once() {
    let tmp = TempDir::new("cap");
    let mut opts = options();
    opts.limits.connections = 8;
    let receiver = start_with(&tmp.0, opts);
    let held: Vec<TcpStream> = (0..8).map(|_| receiver.connect()).collect();
    thread::sleep(Duration::from_millis(200));
    let mut extra = receiver.connect();
    let _ = extra.write_all(b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    let mut buf = Vec::new();
    let _ = extra.read_to_end(&mut buf);
    assert!(buf.is_empty(), "{}", String::from_utf8_lossy(&buf));
    drop(held);
    thread::sleep(Duration::from_millis(200));
    assert_eq!(receiver.get("/health").status, 200);
}

/// Writes `n` records of about `size` bytes straight into a store file.
pub fn seed_store(dir: &Path, n: usize, size: usize) {
    let filler = "x".repeat(size);
    let mut text = String::new();
    for i in 1..=n {
        let line = json!({
            "reference": format!("PSF-MP-{i:06}"),
            "received_at": "2026-11-22T10:00:00.000Z",
            "idempotency_key": format!("seed-{i}"),
            "body_sha256": "0",
            "payload": {"filler": filler},
        });
        text.push_str(&line.to_string());
        text.push('\n');
    }
    fs::write(dir.join(crate::store::FILE_NAME), text).unwrap();
}

/// Reads every page of the list as bytes (no parsing: the readers must load
/// the receiver, not this process).
fn read_whole_list(client: &Client) -> usize {
    let mut path = "/api/applications?limit=1000".to_owned();
    let mut bytes = 0;
    loop {
        let page = client.read(&path);
        assert_eq!(page.status, 200);
        bytes += page.body.len();
        match page.header("Link").and_then(next_link) {
            Some(next) => path = next,
            None => return bytes,
        }
    }
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

/// Posts go on while four clients read a list of about 9 MB over and over.
/// The tiny_http receiver held the store's lock while it read, parsed and
/// serialised the whole file: posts waited behind every read (a median of
/// ~80-200 ms at 6 MB, release build). The bound below is that order of
/// magnitude, loose enough for a debug build on a busy machine.
#[test]
fn list_reads_do_not_hold_up_submissions() {
    let _heavy = one_at_a_time();
    let tmp = TempDir::new("reads-writes");
    seed_store(&tmp.0, 3000, 3000);
    let receiver = start(&tmp.0);
    let client = receiver.client;
    let (latencies, passes) = posts_during_list_reads(client, 30);
    let typical = median(latencies.clone());
    let slowest = latencies.iter().max().copied().unwrap_or_default();
    eprintln!("posts during list reads: median {typical:?}, max {slowest:?}, {passes} list passes");
    assert!(
        passes >= 4,
        "the list was read during the posts ({passes} passes)"
    );
    assert!(typical < Duration::from_millis(100), "median {typical:?}");
    assert!(slowest < Duration::from_secs(2), "max {slowest:?}");
}

/// `posts` sequential submissions while four readers read the whole list;
/// their latencies and how many whole-list passes the readers made meanwhile.
pub fn posts_during_list_reads(client: Client, posts: usize) -> (Vec<Duration>, usize) {
    let stop = Arc::new(AtomicBool::new(false));
    let passes = Arc::new(AtomicUsize::new(0));
    let readers: Vec<_> = (0..4)
        .map(|_| {
            let (stop, passes) = (Arc::clone(&stop), Arc::clone(&passes));
            thread::spawn(move || {
                while !stop.load(Ordering::SeqCst) {
                    read_whole_list(&client);
                    passes.fetch_add(1, Ordering::SeqCst);
                }
            })
        })
        .collect();
    // Reads in flight before the first post.
    let started = Instant::now();
    while passes.load(Ordering::SeqCst) == 0 && started.elapsed() < Duration::from_secs(30) {
        thread::sleep(Duration::from_millis(10));
    }
    let before = passes.load(Ordering::SeqCst);
    let mut latencies = Vec::new();
    for i in 0..posts {
        let key = format!("during-reads-{i}");
        let body = application(&key);
        let sent = Instant::now();
        let created = client.post_json("/api/applications", Some(&key), &body);
        latencies.push(sent.elapsed());
        assert_eq!(created.status, 201, "{}", created.text());
        thread::sleep(Duration::from_millis(20));
    }
    let during = passes.load(Ordering::SeqCst) - before;
    stop.store(true, Ordering::SeqCst);
    for reader in readers {
        reader.join().unwrap();
    }
    (latencies, during)
}

/// No key stored twice, no reference given twice, and each acknowledged
/// `(key, reference)` stored exactly once under that reference.
fn assert_stored_once(stored: &[Value], acknowledged: &[(String, String)]) {
    let keys: HashSet<&str> = stored
        .iter()
        .map(|r| r["idempotency_key"].as_str().unwrap())
        .collect();
    assert_eq!(keys.len(), stored.len(), "a key stored twice");
    let references: HashSet<&str> = stored
        .iter()
        .map(|r| r["reference"].as_str().unwrap())
        .collect();
    assert_eq!(references.len(), stored.len(), "a reference given twice");
    for (key, reference) in acknowledged {
        let found: Vec<&Value> = stored
            .iter()
            .filter(|r| r["idempotency_key"] == key.as_str())
            .collect();
        assert_eq!(found.len(), 1, "{key}");
        assert_eq!(found[0]["reference"], reference.as_str());
    }
}

/// 32 clients, each application sent twice at once: every one stored once,
/// every reference unique, every repeat the original answer.
#[test]
fn load_32_clients_stores_each_application_once() {
    let _heavy = one_at_a_time();
    let tmp = TempDir::new("load");
    let receiver = start(&tmp.0);
    let client = receiver.client;
    let answers = Arc::new(Mutex::new(Vec::new()));
    let workers: Vec<_> = (0..32)
        .map(|w| {
            let answers = Arc::clone(&answers);
            thread::spawn(move || {
                for i in 0..8 {
                    let key = format!("load-{w}-{i}");
                    let body = application(&key);
                    let first = client.post_json("/api/applications", Some(&key), &body);
                    let again = client.post_json("/api/applications", Some(&key), &body);
                    assert_eq!((first.status, again.status), (201, 201), "{}", first.text());
                    assert_eq!(first.json(), again.json());
                    let reference = first.json()["reference"].as_str().unwrap().to_owned();
                    answers.lock().unwrap().push((key, reference));
                }
            })
        })
        .collect();
    for worker in workers {
        worker.join().unwrap();
    }
    let stored = client.stored();
    assert_eq!(stored.len(), 32 * 8);
    assert_stored_once(&stored, &answers.lock().unwrap());
}

#[cfg(target_os = "linux")]
mod process {
    //! Tests on a receiver in its own process: its memory, its descriptors,
    //! its death.

    use super::*;
    use crate::testkit::{raise_open_files, ChildReceiver};

    fn data_args(dir: &Path) -> Vec<String> {
        vec![
            "--port".into(),
            "0".into(),
            "--data".into(),
            dir.display().to_string(),
        ]
    }

    fn spawn(dir: &Path, limits: &str, max_files: Option<u32>) -> ChildReceiver {
        let args = data_args(dir);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        ChildReceiver::spawn(&args, limits, max_files)
    }

    /// Warms the receiver up (threads, buffers, the blocking pool), so that
    /// what is measured afterwards is the request's own cost.
    fn warm_up(receiver: &ChildReceiver) {
        for i in 0..20 {
            receiver.submit_ok(&format!("warm-{i}"));
        }
    }

    fn read_head(stream: &mut TcpStream) -> HttpResponse {
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        let mut raw = Vec::new();
        let mut buf = [0u8; 4096];
        while !raw.windows(4).any(|w| w == b"\r\n\r\n") {
            match stream.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => raw.extend_from_slice(&buf[..n]),
            }
        }
        // The rest of a short problem document arrives with the head or soon after.
        thread::sleep(Duration::from_millis(50));
        stream.set_nonblocking(true).unwrap();
        while let Ok(n) = stream.read(&mut buf) {
            if n == 0 {
                break;
            }
            raw.extend_from_slice(&buf[..n]);
        }
        parse_response(&raw)
    }

    #[test]
    fn a_50_gb_content_length_is_refused_unread() {
        let _heavy = one_at_a_time();
        let tmp = TempDir::new("50gb");
        let mut receiver = spawn(&tmp.0, "", None);
        warm_up(&receiver);
        let before = receiver.rss_kb();
        for declared in ["50000000000", "10000000000", "262145"] {
            let mut stream = receiver.connect();
            write!(
                stream,
                "POST /api/applications HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: {ORIGIN}\r\n\
                 Content-Type: application/json\r\nIdempotency-Key: big\r\n\
                 Content-Length: {declared}\r\n\r\n{{}}"
            )
            .unwrap();
            let answer = read_head(&mut stream);
            assert_eq!(answer.status, 413, "{declared}");
            assert_eq!(answer.problem_type(), "body-too-large");
            assert_eq!(answer.header("Access-Control-Allow-Origin"), Some(ORIGIN));
            // Still connected, still sending: nothing is kept of it.
            let _ = stream.write_all(&[b' '; 64 * 1024]);
            drop(stream);
        }
        thread::sleep(Duration::from_millis(200));
        let after = receiver.rss_kb();
        assert!(receiver.is_alive());
        assert!(
            after < before + 8 * 1024,
            "VmRSS {before} kB before, {after} kB after"
        );
        eprintln!("50 GB declared: VmRSS {before} kB before, {after} kB after");
        assert_eq!(receiver.get("/health").status, 200);
    }

    #[test]
    fn two_thousand_idle_connections_do_not_stop_submissions() {
        let _heavy = one_at_a_time();
        // Both ends of each connection are open in this machine's processes:
        // the receiver needs one descriptor per connection, this test one.
        let available = raise_open_files(2_000 + 300);
        let idle = (available.saturating_sub(300) as usize).min(2_000);
        assert!(idle >= 500, "only {available} open files allowed");
        let tmp = TempDir::new("idle-flood");
        // Idle for the whole test, however slow the machine.
        let mut receiver = spawn(&tmp.0, "header_read_ms=120000", None);
        let base = receiver.rss_kb();
        let held: Vec<TcpStream> = (0..idle)
            .map(|_| TcpStream::connect(("127.0.0.1", receiver.port)).expect("connect"))
            .collect();
        thread::sleep(Duration::from_millis(500));
        let flooded = receiver.rss_kb();
        let client = receiver.client;
        let posters: Vec<_> = (0..5)
            .map(|w| {
                thread::spawn(move || {
                    (0..10)
                        .map(|i| client.submit(&format!("during-flood-{w}-{i}")).status)
                        .collect::<Vec<u16>>()
                })
            })
            .collect();
        let statuses: Vec<u16> = posters
            .into_iter()
            .flat_map(|p| p.join().unwrap())
            .collect();
        assert_eq!(statuses, vec![201; 50]);
        assert!(receiver.is_alive());
        let open = fs::read_dir(format!("/proc/{}/fd", receiver.pid()))
            .unwrap()
            .count();
        assert!(
            open > idle,
            "the receiver holds the idle connections ({open} open)"
        );
        eprintln!(
            "{idle} idle connections: VmRSS {base} kB -> {flooded} kB ({} bytes each)",
            (flooded.saturating_sub(base)) * 1024 / idle as u64
        );
        drop(held);
        assert_eq!(super::stored_count(&receiver), 50);
    }

    #[test]
    fn out_of_descriptors_refuses_connections_and_lives() {
        let _heavy = one_at_a_time();
        let tmp = TempDir::new("emfile");
        let mut receiver = spawn(&tmp.0, "", Some(64));
        let held: Vec<TcpStream> = (0..200)
            .filter_map(|_| TcpStream::connect(("127.0.0.1", receiver.port)).ok())
            .collect();
        // Some were accepted and are waiting for a request; the rest were
        // refused: closed without an answer.
        let mut refused = 0;
        for mut stream in held.iter().rev().take(50) {
            stream
                .set_read_timeout(Some(Duration::from_millis(500)))
                .unwrap();
            let mut buf = [0u8; 16];
            if matches!(stream.read(&mut buf), Ok(0) | Err(_)) {
                refused += 1;
            }
        }
        assert!(refused > 0, "every connection was kept");
        assert!(receiver.is_alive(), "ran out of descriptors and died");
        drop(held);
        thread::sleep(Duration::from_millis(500));
        receiver.submit_ok("after");
        assert!(receiver.is_alive());
    }

    #[test]
    fn without_the_test_flag_the_switches_are_not_there() {
        let tmp = TempDir::new("child-no-flag");
        let receiver = spawn(&tmp.0, "", None);
        let set = receiver.control("/__receiver/mode", &json!({"mode": "always_500"}));
        assert_eq!(set.status, 404);
        receiver.submit_ok("k");
    }

    /// `kill -9` in the middle of posting, three times: every application
    /// that was answered 201 is stored exactly once, under the reference
    /// given, and nothing else is lost or doubled.
    #[test]
    fn kill_9_mid_load_loses_nothing_acknowledged() {
        let _heavy = one_at_a_time();
        let tmp = TempDir::new("crash");
        let acknowledged = Arc::new(Mutex::new(Vec::<(String, String)>::new()));
        for round in 0..3 {
            let mut receiver = spawn(&tmp.0, "", None);
            let client = receiver.client;
            let stop = Arc::new(AtomicBool::new(false));
            let workers: Vec<_> = (0..8)
                .map(|w| {
                    let (stop, acknowledged) = (Arc::clone(&stop), Arc::clone(&acknowledged));
                    thread::spawn(move || {
                        for i in 0.. {
                            if stop.load(Ordering::SeqCst) {
                                return;
                            }
                            let key = format!("crash-{round}-{w}-{i}");
                            let body = application(&key);
                            let Some(answer) = try_post(client, &key, &body) else {
                                return;
                            };
                            if answer.status == 201 {
                                let reference =
                                    answer.json()["reference"].as_str().unwrap().to_owned();
                                acknowledged.lock().unwrap().push((key, reference));
                            }
                        }
                    })
                })
                .collect();
            thread::sleep(Duration::from_millis(400 + 200 * round as u64));
            receiver.kill();
            stop.store(true, Ordering::SeqCst);
            for worker in workers {
                worker.join().unwrap();
            }
        }
        let receiver = spawn(&tmp.0, "", None);
        let stored = receiver.stored();
        let acknowledged = acknowledged.lock().unwrap();
        assert!(
            acknowledged.len() >= 30,
            "only {} acknowledged",
            acknowledged.len()
        );
        assert_stored_once(&stored, &acknowledged);
        // And the repaired store takes new applications.
        receiver.submit_ok("after-crash");
    }

    /// A post that may meet a dead receiver: `None` once it is gone.
    fn try_post(client: Client, key: &str, body: &[u8]) -> Option<HttpResponse> {
        let mut stream = TcpStream::connect(("127.0.0.1", client.port)).ok()?;
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .ok()?;
        let head = format!(
            "POST /api/applications HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\
             Content-Type: application/json\r\nIdempotency-Key: {key}\r\n\
             Content-Length: {}\r\n\r\n",
            body.len()
        );
        stream.write_all(head.as_bytes()).ok()?;
        stream.write_all(body).ok()?;
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw).ok()?;
        raw.windows(4)
            .any(|w| w == b"\r\n\r\n")
            .then(|| parse_response(&raw))
    }
}
