//! The psf-apply local receiver: the embedded default backend that accepts the
//! app's JSON POST, re-validates it with the crate's own rules, stores it
//! durably and answers with a reference. Listens on 127.0.0.1 only.
//!
//! ```text
//! cargo run --no-default-features --example receiver -- [--port N] [--data DIR]
//!     [--allow-origin URL]... [--allow-host NAME]... [--test-controls]
//! ```
//! `PSF_RECEIVER_PORT`, `PSF_RECEIVER_DATA`, `PSF_RECEIVER_ORIGINS` and
//! `PSF_RECEIVER_HOSTS` (comma-separated) are the fallbacks; the defaults are
//! 8787, `./data/receiver`, the run command's app origin and no extra host
//! names. `--port 0` picks a free port. `PSF_RECEIVER_TOKEN` gives the read
//! key; without it the key is made on first start and kept in the data
//! directory's `read-token`.

// A panic must answer 500, not end the process (the release profile aborts).
#[cfg(panic = "abort")]
compile_error!("build the receiver with `--profile receiver` (panic = \"unwind\"), not --release");

mod auth;
#[cfg(test)]
mod bench;
#[cfg(test)]
mod e2e;
#[cfg(test)]
mod hardening;
mod http;
mod modes;
mod server;
mod store;
#[cfg(test)]
mod testkit;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use server::Limits;

const USAGE: &str = "usage: receiver [--port N] [--data DIR] [--allow-origin URL]... \
    [--allow-host NAME]... [--test-controls]\n\
    env: PSF_RECEIVER_PORT, PSF_RECEIVER_DATA (defaults 8787, ./data/receiver),\n\
    \x20    PSF_RECEIVER_ORIGINS, PSF_RECEIVER_HOSTS (comma-separated),\n\
    \x20    PSF_RECEIVER_TOKEN (the read key; default: DATA/read-token, made on first start)\n\
    --allow-origin: an app origin whose pages may call the receiver (default: the run\n\
    \x20    command's http://127.0.0.1:8080 and http://localhost:8080); repeat for more\n\
    --allow-host: a host name the receiver answers to besides 127.0.0.1, localhost\n\
    \x20    and the allowed origins' hosts\n\
    --test-controls: the /__receiver/* failure switches, for the test harness only";

/// The app origins of `scripts/run.sh` (Trunk on 127.0.0.1:8080).
const DEFAULT_ORIGINS: [&str; 2] = ["http://127.0.0.1:8080", "http://localhost:8080"];
/// Names of this machine's loopback interface, where the receiver listens.
const LOOPBACK_NAMES: [&str; 2] = ["127.0.0.1", "localhost"];

#[derive(PartialEq, Eq, Debug)]
struct Config {
    port: u16,
    data: PathBuf,
    origins: Vec<String>,
    /// Every name the receiver answers to: loopback, the origins' hosts, extras.
    hosts: Vec<String>,
    test_controls: bool,
    token: Option<String>,
}

fn parse_config(
    args: impl IntoIterator<Item = String>,
    env: impl Fn(&str) -> Option<String>,
) -> Result<Config, String> {
    let mut port = env("PSF_RECEIVER_PORT");
    let mut data = env("PSF_RECEIVER_DATA");
    let list = |name| {
        env(name).map(|text: String| {
            text.split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
    };
    let mut origins = list("PSF_RECEIVER_ORIGINS");
    let mut extra_hosts = list("PSF_RECEIVER_HOSTS").unwrap_or_default();
    let mut flag_origins = Vec::new();
    let mut test_controls = false;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let (name, inline) = match arg.split_once('=') {
            Some((name, value)) => (name.to_owned(), Some(value.to_owned())),
            None => (arg, None),
        };
        match name.as_str() {
            "-h" | "--help" => return Err(String::new()),
            "--test-controls" if inline.is_none() => {
                test_controls = true;
                continue;
            }
            "--port" | "--data" | "--allow-origin" | "--allow-host" => {}
            other => return Err(format!("unknown argument {other:?}")),
        }
        let value = inline
            .or_else(|| args.next())
            .ok_or_else(|| format!("{name} needs a value"))?;
        match name.as_str() {
            "--port" => port = Some(value),
            "--data" => data = Some(value),
            "--allow-origin" => flag_origins.push(value),
            _ => extra_hosts.push(value),
        }
    }
    if !flag_origins.is_empty() {
        origins = Some(flag_origins);
    }
    let port = match port {
        None => 8787,
        Some(text) => text
            .trim()
            .parse()
            .map_err(|_| format!("port {text:?} is not a number from 0 to 65535"))?,
    };
    let data = PathBuf::from(data.unwrap_or_else(|| "./data/receiver".to_owned()));
    let origins = match origins {
        None => DEFAULT_ORIGINS.iter().map(|o| o.to_string()).collect(),
        Some(list) => list
            .iter()
            .map(|o| normalise_origin(o))
            .collect::<Result<Vec<_>, _>>()?,
    };
    if let Some(host) = extra_hosts
        .iter()
        .find(|h| h.is_empty() || h.contains(['/', ' ', '*']))
    {
        return Err(format!("--allow-host {host:?} is not a host name"));
    }
    let origin_hosts = origins
        .iter()
        .map(|o| http::host_name(o.split_once("://").map_or("", |(_, a)| a)));
    let mut hosts: Vec<String> = Vec::new();
    for host in LOOPBACK_NAMES
        .iter()
        .map(|h| h.to_string())
        .chain(origin_hosts)
        .chain(extra_hosts.iter().map(|h| http::host_name(h)))
    {
        if !hosts.contains(&host) {
            hosts.push(host);
        }
    }
    Ok(Config {
        port,
        data,
        origins,
        hosts,
        test_controls,
        token: env("PSF_RECEIVER_TOKEN"),
    })
}

/// An origin as browsers send it: `scheme://host[:port]`, lower case, no
/// default port, no path; anything else could never match.
fn normalise_origin(text: &str) -> Result<String, String> {
    let bad = || format!("--allow-origin {text:?} is not an origin such as http://127.0.0.1:8080");
    let lower = text.trim().trim_end_matches('/').to_ascii_lowercase();
    let (scheme, authority) = lower.split_once("://").ok_or_else(bad)?;
    let default_port = match scheme {
        "http" => ":80",
        "https" => ":443",
        _ => return Err(bad()),
    };
    if authority.is_empty() || authority.contains(['/', '?', '#', '@', '*', ' ']) {
        return Err(bad());
    }
    let authority = authority.strip_suffix(default_port).unwrap_or(authority);
    Ok(format!("{scheme}://{authority}"))
}

fn main() -> ExitCode {
    match parse_config(std::env::args().skip(1), |name| std::env::var(name).ok()) {
        Ok(config) => run(config, Limits::default()),
        Err(message) if message.is_empty() => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("receiver: {message}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn run(config: Config, limits: Limits) -> ExitCode {
    let store = match store::Store::open(&config.data) {
        Ok(store) => store,
        Err(e) => {
            eprintln!(
                "receiver: cannot open the store in {}: {e}",
                config.data.display()
            );
            return ExitCode::FAILURE;
        }
    };
    let (token, source) = match auth::Token::load_or_create(&config.data, config.token.as_deref()) {
        Ok(found) => found,
        Err(e) => {
            eprintln!("receiver: no read key: {e}");
            return ExitCode::FAILURE;
        }
    };
    let server = match server::Server::bind(config.port) {
        Ok(server) => server,
        Err(e) => {
            eprintln!("receiver: cannot listen on 127.0.0.1:{}: {e}", config.port);
            return ExitCode::FAILURE;
        }
    };
    // Scripts and tests read the port from this exact line.
    println!(
        "psf-apply receiver listening on http://127.0.0.1:{}",
        server.port()
    );
    let _ = std::io::stdout().flush();
    eprintln!(
        "receiver: storing in {}",
        config.data.join(store::FILE_NAME).display()
    );
    match &source {
        auth::Source::Given => eprintln!("receiver: read key from PSF_RECEIVER_TOKEN"),
        auth::Source::File(path) => eprintln!("receiver: read key in {}", path.display()),
        auth::Source::Created(path) => {
            eprintln!("receiver: made a new read key in {}", path.display())
        }
    }
    eprintln!(
        "receiver: app origins {}; test controls {}",
        config.origins.join(", "),
        if config.test_controls { "ON" } else { "off" }
    );
    let options = http::Options {
        origins: config.origins,
        hosts: config.hosts,
        token,
        test_controls: config.test_controls,
        limits,
    };
    server.serve(http::service(store, options), limits);
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str], env: &[(&str, &str)]) -> Result<Config, String> {
        let env: Vec<(String, String)> = env
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        parse_config(args.iter().map(|a| a.to_string()), move |name| {
            env.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())
        })
    }

    fn strings(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn defaults_env_and_flags() {
        assert_eq!(
            parse(&[], &[]),
            Ok(Config {
                port: 8787,
                data: "./data/receiver".into(),
                origins: strings(&DEFAULT_ORIGINS),
                hosts: strings(&["127.0.0.1", "localhost"]),
                test_controls: false,
                token: None,
            })
        );
        let env = [
            ("PSF_RECEIVER_PORT", "9000"),
            ("PSF_RECEIVER_DATA", "/tmp/x"),
            (
                "PSF_RECEIVER_ORIGINS",
                "https://apply.example.org, http://127.0.0.1:5173",
            ),
            ("PSF_RECEIVER_HOSTS", "receiver.internal"),
            ("PSF_RECEIVER_TOKEN", "from-the-environment"),
        ];
        let config = parse(&[], &env).unwrap();
        assert_eq!((config.port, config.data), (9000, "/tmp/x".into()));
        assert_eq!(
            config.origins,
            strings(&["https://apply.example.org", "http://127.0.0.1:5173"])
        );
        assert_eq!(
            config.hosts,
            strings(&[
                "127.0.0.1",
                "localhost",
                "apply.example.org",
                "receiver.internal"
            ])
        );
        assert_eq!(config.token.as_deref(), Some("from-the-environment"));
        assert!(!config.test_controls);

        let config = parse(
            &[
                "--port",
                "0",
                "--data=/d",
                "--allow-origin",
                "HTTP://Example.org:80/",
                "--allow-origin=http://127.0.0.1:4000",
                "--test-controls",
            ],
            &env,
        )
        .unwrap();
        assert_eq!((config.port, config.data), (0, "/d".into()));
        assert_eq!(
            config.origins,
            strings(&["http://example.org", "http://127.0.0.1:4000"])
        );
        assert!(config.test_controls);
        assert!(parse(&["--port", "70000"], &[]).is_err());
        assert!(parse(&["--port"], &[]).is_err());
        assert!(parse(&["--bind", "0.0.0.0"], &[]).is_err());
        assert!(parse(&["--test-controls=yes"], &[]).is_err());
        for bad in [
            "*",
            "http://*",
            "127.0.0.1:8080",
            "ftp://x",
            "http://x/app",
            "http://",
        ] {
            assert!(parse(&["--allow-origin", bad], &[]).is_err(), "{bad}");
        }
        assert!(parse(&["--allow-host", "a/b"], &[]).is_err());
    }
}
