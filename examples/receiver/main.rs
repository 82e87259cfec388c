//! The psf-apply local receiver: the embedded default backend that accepts the
//! app's JSON POST, re-validates it with the crate's own rules, stores it
//! durably and answers with a reference. Listens on 127.0.0.1 only.
//!
//! ```text
//! cargo run --no-default-features --example receiver -- [--port N] [--data DIR]
//! ```
//! `PSF_RECEIVER_PORT` and `PSF_RECEIVER_DATA` are the fallbacks; the defaults
//! are 8787 and `./data/receiver`. `--port 0` picks a free port.

#[cfg(test)]
mod e2e;
mod http;
mod modes;
mod store;
#[cfg(test)]
mod testkit;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: receiver [--port N] [--data DIR]\n\
    env: PSF_RECEIVER_PORT, PSF_RECEIVER_DATA (defaults 8787, ./data/receiver)";

#[derive(PartialEq, Eq, Debug)]
struct Config {
    port: u16,
    data: PathBuf,
}

fn parse_config(
    args: impl IntoIterator<Item = String>,
    env: impl Fn(&str) -> Option<String>,
) -> Result<Config, String> {
    let mut port = env("PSF_RECEIVER_PORT");
    let mut data = env("PSF_RECEIVER_DATA");
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let (name, inline) = match arg.split_once('=') {
            Some((name, value)) => (name.to_owned(), Some(value.to_owned())),
            None => (arg, None),
        };
        let slot = match name.as_str() {
            "--port" => &mut port,
            "--data" => &mut data,
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown argument {other:?}")),
        };
        *slot = Some(
            inline
                .or_else(|| args.next())
                .ok_or_else(|| format!("{name} needs a value"))?,
        );
    }
    let port = match port {
        None => 8787,
        Some(text) => text
            .trim()
            .parse()
            .map_err(|_| format!("port {text:?} is not a number from 0 to 65535"))?,
    };
    let data = PathBuf::from(data.unwrap_or_else(|| "./data/receiver".to_owned()));
    Ok(Config { port, data })
}

fn main() -> ExitCode {
    let config = match parse_config(std::env::args().skip(1), |name| std::env::var(name).ok()) {
        Ok(config) => config,
        Err(message) if message.is_empty() => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("receiver: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
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
    let receiver = match http::Receiver::bind(config.port, store) {
        Ok(receiver) => receiver,
        Err(e) => {
            eprintln!("receiver: cannot listen on 127.0.0.1:{}: {e}", config.port);
            return ExitCode::FAILURE;
        }
    };
    // Scripts and tests read the port from this exact line.
    println!(
        "psf-apply receiver listening on http://127.0.0.1:{}",
        receiver.port()
    );
    let _ = std::io::stdout().flush();
    eprintln!(
        "receiver: storing in {}",
        config.data.join(store::FILE_NAME).display()
    );
    receiver.serve();
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

    #[test]
    fn defaults_env_and_flags() {
        assert_eq!(
            parse(&[], &[]),
            Ok(Config {
                port: 8787,
                data: "./data/receiver".into()
            })
        );
        let env = [
            ("PSF_RECEIVER_PORT", "9000"),
            ("PSF_RECEIVER_DATA", "/tmp/x"),
        ];
        assert_eq!(
            parse(&[], &env),
            Ok(Config {
                port: 9000,
                data: "/tmp/x".into()
            })
        );
        assert_eq!(
            parse(&["--port", "0", "--data=/d"], &env),
            Ok(Config {
                port: 0,
                data: "/d".into()
            })
        );
        assert!(parse(&["--port", "70000"], &[]).is_err());
        assert!(parse(&["--port"], &[]).is_err());
        assert!(parse(&["--bind", "0.0.0.0"], &[]).is_err());
    }
}
