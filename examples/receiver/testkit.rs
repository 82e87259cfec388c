//! Test helpers: temporary directories, a running receiver (in this process,
//! or as a child process whose memory and descriptors can be looked at), and
//! a tiny HTTP/1.1 client over a plain TcpStream (no client crate needed).

use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::thread;
use std::time::{Duration, SystemTime};

use chrono::{DateTime, FixedOffset, Utc};
use psf_apply::rules::community_partner::CommunityPartnerAnswers;
use psf_apply::rules::payload;
use serde_json::Value;

use crate::auth::Token;
use crate::http::{self, Options};
use crate::server::{Limits, Server, Stop};
use crate::store::Store;

/// The read key of every test receiver.
pub const TOKEN: &str = "test-read-key-0123456789abcdef";
/// The app origin test requests come from (the run command's).
pub const ORIGIN: &str = "http://127.0.0.1:8080";

/// Tests that load the machine (floods, load, crash runs, timing) take this
/// first, so that one's load is never another's timing.
pub fn one_at_a_time() -> std::sync::MutexGuard<'static, ()> {
    static HEAVY: std::sync::Mutex<()> = std::sync::Mutex::new(());
    HEAVY
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// A fresh directory under the system temp dir; removed on drop.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(label: &str) -> TempDir {
        static N: AtomicU32 = AtomicU32::new(0);
        let n = N.fetch_add(1, Ordering::Relaxed);
        let nanos = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        let dir = std::env::temp_dir().join(format!(
            "psf-receiver-{label}-{}-{nanos}-{n}",
            std::process::id()
        ));
        fs::create_dir_all(&dir).expect("create temp dir");
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// What the harness passes: the run command's origins, the test key, the switches on.
pub fn options() -> Options {
    Options {
        origins: vec![ORIGIN.to_owned(), "http://localhost:8080".to_owned()],
        hosts: vec!["127.0.0.1".to_owned(), "localhost".to_owned()],
        token: Token::new(TOKEN).expect("test token"),
        test_controls: true,
        limits: Limits::default(),
    }
}

/// A receiver serving on a free port in a background thread; stops on drop.
pub struct Running {
    pub client: Client,
    stop: Option<Stop>,
    thread: Option<thread::JoinHandle<()>>,
}

pub fn start(data: &Path) -> Running {
    start_with(data, options())
}

pub fn start_with(data: &Path, options: Options) -> Running {
    let server = Server::bind(0).expect("bind");
    let port = server.port();
    let limits = options.limits;
    let service = http::service(Store::open(data).expect("open store"), options);
    let (stop, run) = server.serve_until(service, limits);
    Running {
        client: Client { port },
        stop: Some(stop),
        thread: Some(thread::spawn(run)),
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            stop.stop();
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl std::ops::Deref for Running {
    type Target = Client;

    fn deref(&self) -> &Client {
        &self.client
    }
}

#[derive(Clone, Copy)]
pub struct Client {
    pub port: u16,
}

pub struct HttpResponse {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl HttpResponse {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&self.body)))
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// The `type` of a problem document, without the base URL.
    pub fn problem_type(&self) -> String {
        assert_eq!(
            self.header("Content-Type"),
            Some("application/problem+json"),
            "{}",
            self.text()
        );
        let kind = self.json()["type"].as_str().unwrap_or_default().to_owned();
        kind.rsplit('/').next().unwrap_or_default().to_owned()
    }
}

impl Client {
    pub fn get(&self, path: &str) -> HttpResponse {
        self.request("GET", path, &[], b"")
    }

    /// A GET with the read key.
    pub fn read(&self, path: &str) -> HttpResponse {
        let auth = format!("Bearer {TOKEN}");
        self.request("GET", path, &[("Authorization", &auth)], b"")
    }

    /// Every stored record, page after page.
    pub fn stored(&self) -> Vec<Value> {
        let mut path = "/api/applications?limit=1000".to_owned();
        let mut all = Vec::new();
        loop {
            let page = self.read(&path);
            assert_eq!(page.status, 200, "{}", page.text());
            all.extend(page.json().as_array().cloned().unwrap_or_default());
            match page.header("Link").and_then(next_link) {
                Some(next) => path = next,
                None => return all,
            }
        }
    }

    /// A POST as the app sends it, from the app's dev origin.
    pub fn post_json(&self, path: &str, key: Option<&str>, body: &[u8]) -> HttpResponse {
        let mut headers = vec![("Content-Type", "application/json"), ("Origin", ORIGIN)];
        if let Some(key) = key {
            headers.push(("Idempotency-Key", key));
        }
        self.request("POST", path, &headers, body)
    }

    /// A valid application made now, posted as the app posts it.
    pub fn submit(&self, key: &str) -> HttpResponse {
        self.post_json("/api/applications", Some(key), &application(key))
    }

    /// The same, which must be stored: the reference it got.
    pub fn submit_ok(&self, key: &str) -> String {
        let created = self.submit(key);
        assert_eq!(created.status, 201, "{}", created.text());
        created.json()["reference"]
            .as_str()
            .expect("a reference")
            .to_owned()
    }

    /// A test switch, as the harness flips it.
    pub fn control(&self, path: &str, body: &Value) -> HttpResponse {
        self.request(
            "POST",
            path,
            &[("Content-Type", "application/json")],
            body.to_string().as_bytes(),
        )
    }

    pub fn request(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: &[u8],
    ) -> HttpResponse {
        let mut head = format!(
            "{method} {path} HTTP/1.1\r\nConnection: close\r\nContent-Length: {}\r\n",
            body.len()
        );
        if !headers.iter().any(|(n, _)| n.eq_ignore_ascii_case("Host")) {
            head.push_str(&format!("Host: 127.0.0.1:{}\r\n", self.port));
        }
        for (name, value) in headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head.push_str("\r\n");
        let mut raw = head.into_bytes();
        raw.extend_from_slice(body);
        parse_response(&self.raw(&raw))
    }

    /// Sends bytes as they are and reads until the server closes.
    pub fn raw(&self, bytes: &[u8]) -> Vec<u8> {
        let mut stream = self.connect();
        // The server may answer (413) before reading a large body, then close.
        let _ = stream.write_all(bytes);
        let mut raw = Vec::new();
        let _ = stream.read_to_end(&mut raw);
        raw
    }

    pub fn connect(&self) -> TcpStream {
        let stream = TcpStream::connect(("127.0.0.1", self.port)).expect("connect");
        stream
            .set_read_timeout(Some(Duration::from_secs(30)))
            .expect("timeout");
        stream
    }
}

/// `</api/applications?after=…&limit=…>; rel="next"` → the path.
pub fn next_link(link: &str) -> Option<String> {
    let (target, rel) = link.split_once(';')?;
    (rel.trim() == "rel=\"next\"").then(|| {
        target
            .trim()
            .trim_start_matches('<')
            .trim_end_matches('>')
            .to_owned()
    })
}

pub fn parse_response(raw: &[u8]) -> HttpResponse {
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or_else(|| panic!("end of head in {:?}", String::from_utf8_lossy(raw)));
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .and_then(|line| line.split(' ').nth(1))
        .and_then(|code| code.parse().ok())
        .expect("status line");
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(n, v)| (n.trim().to_owned(), v.trim().to_owned()))
        .collect();
    let mut body = raw[split + 4..].to_vec();
    let length = headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case("Content-Length"))
        .and_then(|(_, v)| v.parse().ok());
    if let Some(length) = length {
        body.truncate(length);
    }
    HttpResponse {
        status,
        headers,
        body,
    }
}

/// Now, in UTC+01:00, as an applicant's browser would stamp it.
pub fn now_in_paris() -> DateTime<FixedOffset> {
    let now: DateTime<Utc> = SystemTime::now().into();
    now.with_timezone(&FixedOffset::east_opt(3600).expect("offset"))
}

/// A valid Community Partner application made now, with its event in the window.
pub fn application(key: &str) -> Vec<u8> {
    application_with(key, |_| {})
}

pub fn application_with(key: &str, edit: impl FnOnce(&mut CommunityPartnerAnswers)) -> Vec<u8> {
    let submitted_at = now_in_paris();
    let mut answers = crate::e2e::joey_python(submitted_at.date_naive());
    edit(&mut answers);
    serde_json::to_vec(&payload::community_partner(
        answers,
        submitted_at,
        key.into(),
    ))
    .expect("payload")
}

/// The receiver as its own process (this test binary again, running
/// [`child_receiver`]), so that its memory, descriptors and death are its own.
pub struct ChildReceiver {
    pub client: Client,
    child: std::process::Child,
}

impl ChildReceiver {
    /// `args` as the receiver's command line; `limits` overrides as
    /// `name=value,…` (see [`child_limits`]); `max_files` lowers its open-file limit.
    pub fn spawn(args: &[&str], limits: &str, max_files: Option<u32>) -> ChildReceiver {
        let exe = std::env::current_exe().expect("test binary");
        let test_args = [
            "--exact",
            "testkit::child_receiver",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ];
        let mut command = match max_files {
            // exec keeps the pid, so the child's /proc entry is the receiver's.
            Some(n) => {
                let mut c = Command::new("sh");
                c.arg("-c")
                    .arg(format!("ulimit -n {n} && exec \"$0\" \"$@\""))
                    .arg(&exe)
                    .args(test_args);
                c
            }
            None => {
                let mut c = Command::new(&exe);
                c.args(test_args);
                c
            }
        };
        command
            .env("PSF_CHILD_RECEIVER_ARGS", args.join("\n"))
            .env("PSF_CHILD_RECEIVER_LIMITS", limits);
        ChildReceiver::from_command(command)
    }

    /// Any receiver binary, say a build of another commit to compare with.
    pub fn from_command(mut command: Command) -> ChildReceiver {
        command
            .env("PSF_RECEIVER_TOKEN", TOKEN)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        let mut child = command.spawn().expect("spawn the child receiver");
        let stdout = child.stdout.take().expect("stdout");
        let mut lines = BufReader::new(stdout).lines();
        let port = loop {
            let line = lines
                .next()
                .and_then(Result::ok)
                .expect("the child receiver said where it listens");
            if let Some(at) = line.find("listening on http://127.0.0.1:") {
                let port = &line[at + "listening on http://127.0.0.1:".len()..];
                break port.trim().parse().expect("port");
            }
        };
        // Keep reading, so that the child never blocks on a full pipe.
        thread::spawn(move || lines.for_each(drop));
        ChildReceiver {
            client: Client { port },
            child,
        }
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    pub fn is_alive(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    /// Resident memory, from /proc (Linux).
    pub fn rss_kb(&self) -> u64 {
        let status = fs::read_to_string(format!("/proc/{}/status", self.pid())).expect("status");
        status
            .lines()
            .find_map(|l| l.strip_prefix("VmRSS:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .expect("VmRSS")
    }

    /// `kill -9`: no chance to flush or clean up anything.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for ChildReceiver {
    fn drop(&mut self) {
        self.kill();
    }
}

impl std::ops::Deref for ChildReceiver {
    type Target = Client;

    fn deref(&self) -> &Client {
        &self.client
    }
}

/// `header_read_ms=500,connections=100` over the defaults.
fn child_limits(text: &str) -> Limits {
    let mut limits = Limits::default();
    for pair in text.split(',').filter(|p| !p.is_empty()) {
        let (name, value) = pair.split_once('=').expect("name=value");
        let n: u64 = value.parse().expect("a number");
        let ms = Duration::from_millis(n);
        match name {
            "header_read_ms" => limits.header_read = ms,
            "body_read_ms" => limits.body_read = ms,
            "connection_age_ms" => limits.connection_age = ms,
            "connections" => limits.connections = n as usize,
            other => panic!("unknown limit {other}"),
        }
    }
    limits
}

/// Not a test: the body of a [`ChildReceiver`], doing nothing when run by hand.
#[test]
#[ignore]
fn child_receiver() {
    let Ok(args) = std::env::var("PSF_CHILD_RECEIVER_ARGS") else {
        return;
    };
    let limits = child_limits(&std::env::var("PSF_CHILD_RECEIVER_LIMITS").unwrap_or_default());
    let args = args
        .split('\n')
        .filter(|a| !a.is_empty())
        .map(str::to_owned);
    let config = crate::parse_config(args, |name| std::env::var(name).ok()).expect("config");
    crate::run(config, limits);
}

/// Raises this process's open-file limit towards `wanted` (the hard limit
/// caps it) and returns what it is now.
#[cfg(unix)]
pub fn raise_open_files(wanted: u64) -> u64 {
    // SAFETY: getrlimit/setrlimit only read and write the struct passed.
    unsafe {
        let mut limit = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) != 0 {
            return 0;
        }
        if limit.rlim_cur < wanted {
            let raised = libc::rlimit {
                rlim_cur: wanted.min(limit.rlim_max),
                rlim_max: limit.rlim_max,
            };
            if libc::setrlimit(libc::RLIMIT_NOFILE, &raised) == 0 {
                limit.rlim_cur = raised.rlim_cur;
            }
        }
        limit.rlim_cur
    }
}
