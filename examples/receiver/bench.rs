//! The README's receiver figures, for any receiver binary (this one, or a
//! build of an older commit), run back to back:
//!
//! ```text
//! cargo build --profile receiver --no-default-features --example receiver
//! PSF_BENCH_BIN=target/receiver/examples/receiver \
//!   cargo test --no-default-features --example receiver bench -- --ignored --nocapture
//! ```
//! Not part of the test command: it measures, it does not check.

#![cfg(target_os = "linux")]

use std::net::TcpStream;
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use crate::hardening::{posts_during_list_reads, seed_store};
use crate::testkit::{application, raise_open_files, ChildReceiver, TempDir};

fn spawn(bin: &str, dir: &TempDir) -> ChildReceiver {
    let mut command = Command::new(bin);
    command.args(["--port", "0", "--data"]).arg(&dir.0);
    ChildReceiver::from_command(command)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let at = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[at]
}

#[test]
#[ignore]
fn bench() {
    let Ok(bin) = std::env::var("PSF_BENCH_BIN") else {
        return;
    };
    raise_open_files(4096);

    // 2,000 posts from 32 clients, a connection each.
    let tmp = TempDir::new("bench-load");
    let receiver = spawn(&bin, &tmp);
    let client = receiver.client;
    let latencies = Arc::new(Mutex::new(Vec::new()));
    let started = Instant::now();
    let workers: Vec<_> = (0..32)
        .map(|w| {
            let latencies = Arc::clone(&latencies);
            thread::spawn(move || {
                let bodies: Vec<(String, Vec<u8>)> = (0..2000 / 32 + 1)
                    .filter(|i| w + 32 * i < 2000)
                    .map(|i| {
                        let key = format!("bench-{w}-{i}");
                        let body = application(&key);
                        (key, body)
                    })
                    .collect();
                for (key, body) in bodies {
                    let sent = Instant::now();
                    let answer = client.post_json("/api/applications", Some(&key), &body);
                    let took = sent.elapsed();
                    assert_eq!(answer.status, 201, "{}", answer.text());
                    latencies.lock().unwrap().push(took);
                }
            })
        })
        .collect();
    for worker in workers {
        worker.join().unwrap();
    }
    let wall = started.elapsed();
    let mut latencies = latencies.lock().unwrap().clone();
    latencies.sort();
    println!(
        "bench {bin}: {} posts, 32 clients: {:.0} requests/s, p50 {:.1} ms, p99 {:.1} ms",
        latencies.len(),
        latencies.len() as f64 / wall.as_secs_f64(),
        percentile(&latencies, 0.5).as_secs_f64() * 1e3,
        percentile(&latencies, 0.99).as_secs_f64() * 1e3,
    );
    drop(receiver);

    // Memory under 1,000 idle connections.
    let tmp = TempDir::new("bench-idle");
    let mut receiver = spawn(&bin, &tmp);
    receiver.submit_ok("warm");
    let before = receiver.rss_kb();
    let held: Vec<TcpStream> = (0..1000)
        .filter_map(|_| TcpStream::connect(("127.0.0.1", receiver.port)).ok())
        .collect();
    thread::sleep(Duration::from_secs(1));
    let threads = std::fs::read_to_string(format!("/proc/{}/status", receiver.pid()))
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("Threads:").map(|t| t.trim().to_owned()))
        .unwrap_or_default();
    println!(
        "bench {bin}: {} idle connections: VmRSS {before} kB -> {} kB, {threads} threads, alive {}",
        held.len(),
        receiver.rss_kb(),
        receiver.is_alive()
    );
    drop(held);
    drop(receiver);

    // Posts while four clients read a 9 MB list.
    let tmp = TempDir::new("bench-reads");
    seed_store(&tmp.0, 3000, 3000);
    let receiver = spawn(&bin, &tmp);
    let (mut during, passes) = posts_during_list_reads(receiver.client, 30);
    during.sort();
    println!(
        "bench {bin}: posts during list reads: p50 {:.1} ms, max {:.1} ms ({passes} list passes)",
        percentile(&during, 0.5).as_secs_f64() * 1e3,
        during.last().copied().unwrap_or_default().as_secs_f64() * 1e3,
    );
}
