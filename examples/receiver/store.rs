//! Durable storage: one JSON line per accepted application in
//! `applications.jsonl`, fsync'd before the client hears "201", and an
//! in-memory index (idempotency key → receipt, reference → where its line is)
//! rebuilt from that file on start.
//!
//! Reads copy a few line positions under the caller's lock and read the lines
//! afterwards ([`Lines::read`]): the file is append-only and a position is only
//! published once its line is fsync'd, so no lock is needed to read it, and a
//! big list never holds up a submission.

use std::collections::HashMap;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, SecondsFormat, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};

pub const FILE_NAME: &str = "applications.jsonl";
/// Where a torn last line is moved, so nothing is silently thrown away.
pub const TORN_FILE_NAME: &str = "applications.jsonl.torn";

/// A program of the app's own definitions (`rules::program`): the receiver
/// keeps no list of its own, so a program added there is received here.
pub type Program = &'static psf_apply::rules::program::Program;

/// The program and sequence number of a reference such as `PSF-CP-000042`.
fn parse_reference(reference: &str) -> Option<(Program, u64)> {
    psf_apply::rules::program::all_programs()
        .iter()
        .find_map(|&program| {
            let digits = reference.strip_prefix(program.reference_prefix)?;
            Some((program, digits.parse().ok()?))
        })
}

/// What the client is told about a stored application; replayed verbatim for
/// a repeated idempotency key.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
pub struct Receipt {
    pub reference: String,
    pub received_at: String,
}

#[derive(PartialEq, Eq, Debug)]
pub enum Lookup {
    New,
    /// Same key, same body: the original answer.
    Replay(Receipt),
    /// Same key, different body.
    KeyReused,
}

#[derive(PartialEq, Eq, Debug)]
pub enum Submitted {
    Stored(Receipt),
    Replay(Receipt),
    KeyReused,
}

#[derive(Serialize)]
struct RecordOut<'a> {
    reference: &'a str,
    received_at: &'a str,
    idempotency_key: &'a str,
    body_sha256: &'a str,
    payload: &'a Value,
}

/// The part of a stored line the index needs; the payload is skipped.
#[derive(Deserialize)]
struct RecordIn {
    reference: String,
    received_at: String,
    idempotency_key: String,
    body_sha256: String,
}

struct Entry {
    receipt: Receipt,
    body_sha256: String,
}

/// Where one stored line is in the file, without its newline.
#[derive(Clone, Debug)]
struct Span {
    reference: String,
    offset: u64,
    len: usize,
}

/// Stored lines picked under the lock, read from disk without it.
pub struct Lines {
    reader: Arc<File>,
    spans: Vec<Span>,
}

/// One page of the list.
pub struct Page {
    pub lines: Lines,
    /// The reference to ask `after` for the next page; `None` on the last one.
    pub next_after: Option<String>,
}

pub struct Store {
    path: PathBuf,
    file: File,
    /// A read-only handle of its own, so reads need no lock and no new descriptor.
    reader: Arc<File>,
    /// Length of the file up to the last complete record, to roll a failed
    /// append back so that it never glues onto the next one.
    len: u64,
    index: HashMap<String, Entry>,
    last_number: HashMap<Program, u64>,
    /// Every stored line in file order, and each reference's place in it.
    spans: Vec<Span>,
    by_reference: HashMap<String, usize>,
    /// Set when a failed append could not be rolled back: appending more
    /// would corrupt a record, so refuse until a person looks.
    broken: bool,
}

/// Applicants' data and the read key are for the receiver's owner alone
/// (files made before this keep their mode).
pub fn owner_only(options: &mut OpenOptions) -> &mut OpenOptions {
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(options, 0o600);
    options
}

fn create_private_dir(dir: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

pub fn rfc3339(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Millis, true)
}

impl Store {
    /// Opens (creating if needed) the store in `dir` and rebuilds the index.
    /// A last line cut short by a crash was never acknowledged: it is moved to
    /// [`TORN_FILE_NAME`] and cut off. A bad line anywhere else is an error,
    /// since skipping it could silently break idempotency.
    pub fn open(dir: &Path) -> io::Result<Store> {
        create_private_dir(dir)?;
        let path = dir.join(FILE_NAME);
        let existed = path.exists();
        let file = owner_only(OpenOptions::new().create(true).append(true)).open(&path)?;
        if !existed {
            // Make the new directory entry itself durable.
            File::open(dir)?.sync_all()?;
        }
        let bytes = fs::read(&path)?;
        let reader = Arc::new(File::open(&path)?);
        let mut store = Store {
            path,
            file,
            reader,
            len: 0,
            index: HashMap::new(),
            last_number: HashMap::new(),
            spans: Vec::new(),
            by_reference: HashMap::new(),
            broken: false,
        };

        let mut start = 0;
        while start < bytes.len() {
            let end = bytes[start..]
                .iter()
                .position(|&b| b == b'\n')
                .map(|i| start + i + 1);
            let line = &bytes[start..end.unwrap_or(bytes.len())];
            let is_last = end.is_none_or(|e| e == bytes.len());
            let parsed = match end {
                Some(_) => serde_json::from_slice::<RecordIn>(line).ok(),
                None => None,
            };
            match parsed {
                Some(record) => {
                    let span = Span {
                        reference: record.reference.clone(),
                        offset: start as u64,
                        len: line.len() - 1,
                    };
                    store.remember(record, span);
                }
                None if is_last => {
                    store.set_aside_torn(line, start)?;
                    break;
                }
                None => {
                    return Err(io::Error::new(
                        io::ErrorKind::InvalidData,
                        format!(
                            "{}: unreadable record at byte {start}, not the last line; \
                             refusing to start rather than lose idempotency",
                            store.path.display()
                        ),
                    ));
                }
            }
            start = end.unwrap_or(bytes.len());
            store.len = start as u64;
        }
        Ok(store)
    }

    fn remember(&mut self, record: RecordIn, span: Span) {
        if let Some((program, n)) = parse_reference(&record.reference) {
            let last = self.last_number.entry(program).or_insert(0);
            *last = (*last).max(n);
        }
        self.by_reference
            .entry(span.reference.clone())
            .or_insert(self.spans.len());
        self.spans.push(span);
        self.index.entry(record.idempotency_key).or_insert(Entry {
            receipt: Receipt {
                reference: record.reference,
                received_at: record.received_at,
            },
            body_sha256: record.body_sha256,
        });
    }

    fn set_aside_torn(&mut self, line: &[u8], at: usize) -> io::Result<()> {
        eprintln!(
            "receiver: {} ends with a torn line ({} bytes at byte {at}), probably a crash \
             mid-write; it was never acknowledged. Skipping it and moving it to {TORN_FILE_NAME}.",
            self.path.display(),
            line.len()
        );
        let torn_path = self.path.with_file_name(TORN_FILE_NAME);
        let mut torn = owner_only(OpenOptions::new().create(true).append(true)).open(torn_path)?;
        torn.write_all(line)?;
        torn.write_all(b"\n")?;
        torn.sync_all()?;
        self.file.set_len(at as u64)?;
        self.file.sync_all()
    }

    pub fn lookup(&self, key: &str, body_sha256: &str) -> Lookup {
        match self.index.get(key) {
            None => Lookup::New,
            Some(entry) if entry.body_sha256 == body_sha256 => {
                Lookup::Replay(entry.receipt.clone())
            }
            Some(_) => Lookup::KeyReused,
        }
    }

    /// Stores a re-validated application unless its key is known. Returns only
    /// once the line is on disk. `received_at` is the time the re-validation
    /// used, so the record and the check agree on it.
    pub fn submit(
        &mut self,
        program: Program,
        key: &str,
        body_sha256: &str,
        payload: &Value,
        received_at: DateTime<Utc>,
    ) -> io::Result<Submitted> {
        match self.lookup(key, body_sha256) {
            Lookup::Replay(receipt) => return Ok(Submitted::Replay(receipt)),
            Lookup::KeyReused => return Ok(Submitted::KeyReused),
            Lookup::New => {}
        }
        if self.broken {
            return Err(io::Error::other(
                "an earlier append could not be rolled back; restart the receiver",
            ));
        }
        let number = self.last_number.get(&program).copied().unwrap_or(0) + 1;
        let receipt = Receipt {
            reference: format!("{}{number:06}", program.reference_prefix),
            received_at: rfc3339(received_at),
        };
        let mut line = serde_json::to_vec(&RecordOut {
            reference: &receipt.reference,
            received_at: &receipt.received_at,
            idempotency_key: key,
            body_sha256,
            payload,
        })?;
        line.push(b'\n');

        let written = self
            .file
            .write_all(&line)
            .and_then(|()| self.file.sync_all());
        if let Err(e) = written {
            if self.file.set_len(self.len).is_err() {
                self.broken = true;
            }
            return Err(e);
        }
        self.by_reference
            .insert(receipt.reference.clone(), self.spans.len());
        self.spans.push(Span {
            reference: receipt.reference.clone(),
            offset: self.len,
            len: line.len() - 1,
        });
        self.len += line.len() as u64;
        self.last_number.insert(program, number);
        self.index.insert(
            key.to_owned(),
            Entry {
                receipt: receipt.clone(),
                body_sha256: body_sha256.to_owned(),
            },
        );
        Ok(Submitted::Stored(receipt))
    }

    /// Up to `limit` records after the one called `after` (from the first when
    /// `None`), in the order they were stored, cut short at about `max_bytes`
    /// (never below one record). `None` when `after` names no stored record.
    pub fn page(&self, after: Option<&str>, limit: usize, max_bytes: usize) -> Option<Page> {
        let start = match after {
            None => 0,
            Some(reference) => *self.by_reference.get(reference)? + 1,
        };
        let mut bytes = 0;
        let spans: Vec<Span> = self.spans[start.min(self.spans.len())..]
            .iter()
            .take(limit)
            .take_while(|span| {
                let first = bytes == 0;
                bytes += span.len + 1;
                first || bytes <= max_bytes
            })
            .cloned()
            .collect();
        let next_after = match spans.last() {
            Some(last) if start + spans.len() < self.spans.len() => Some(last.reference.clone()),
            _ => None,
        };
        Some(Page {
            lines: self.lines(spans),
            next_after,
        })
    }

    /// The stored record called `reference`.
    pub fn record(&self, reference: &str) -> Option<Lines> {
        let at = *self.by_reference.get(reference)?;
        Some(self.lines(vec![self.spans[at].clone()]))
    }

    fn lines(&self, spans: Vec<Span>) -> Lines {
        Lines {
            reader: Arc::clone(&self.reader),
            spans,
        }
    }

    /// Every stored record, read back from disk (what is durable, not what is cached).
    #[cfg(test)]
    pub fn records(&self) -> io::Result<Vec<Value>> {
        let text = fs::read_to_string(&self.path)?;
        text.lines()
            .filter(|line| !line.trim().is_empty())
            .map(|line| serde_json::from_str(line).map_err(io::Error::from))
            .collect()
    }
}

impl Lines {
    /// The lines as one JSON array, or the single record unwrapped. Call it
    /// without the store's lock held.
    pub fn read(&self, as_array: bool) -> io::Result<Vec<u8>> {
        let total: usize = self.spans.iter().map(|s| s.len + 1).sum();
        let mut out = Vec::with_capacity(total + 2);
        if as_array {
            out.push(b'[');
        }
        for (i, span) in self.spans.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            let at = out.len();
            out.resize(at + span.len, 0);
            read_exact_at(&self.reader, &mut out[at..], span.offset)?;
        }
        if as_array {
            out.push(b']');
        }
        Ok(out)
    }
}

#[cfg(unix)]
fn read_exact_at(file: &File, buf: &mut [u8], offset: u64) -> io::Result<()> {
    std::os::unix::fs::FileExt::read_exact_at(file, buf, offset)
}

#[cfg(windows)]
fn read_exact_at(file: &File, mut buf: &mut [u8], mut offset: u64) -> io::Result<()> {
    use std::os::windows::fs::FileExt;
    while !buf.is_empty() {
        match file.seek_read(buf, offset)? {
            0 => return Err(io::ErrorKind::UnexpectedEof.into()),
            n => {
                buf = &mut buf[n..];
                offset += n as u64;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::TempDir;
    use psf_apply::rules::program::{COMMUNITY_PARTNER as CP, MEETUP_PRO as MP};
    use serde_json::json;
    use std::time::SystemTime;

    fn now() -> DateTime<Utc> {
        SystemTime::now().into()
    }

    fn stored(outcome: Submitted) -> Receipt {
        match outcome {
            Submitted::Stored(receipt) => receipt,
            other => panic!("expected Stored, got {other:?}"),
        }
    }

    fn lines(dir: &Path) -> usize {
        fs::read_to_string(dir.join(FILE_NAME))
            .expect("read store")
            .lines()
            .count()
    }

    #[test]
    fn same_key_same_body_replays_and_stores_once() {
        let tmp = TempDir::new("replay");
        let mut store = Store::open(&tmp.0).unwrap();
        let body = json!({"a": 1});
        let first = stored(store.submit(&CP, "k1", "h1", &body, now()).unwrap());
        let again = store.submit(&CP, "k1", "h1", &body, now()).unwrap();
        assert_eq!(again, Submitted::Replay(first.clone()));
        assert_eq!(store.lookup("k1", "h1"), Lookup::Replay(first));
        assert_eq!(lines(&tmp.0), 1);
    }

    #[test]
    fn same_key_different_body_is_refused() {
        let tmp = TempDir::new("reused");
        let mut store = Store::open(&tmp.0).unwrap();
        stored(store.submit(&MP, "k1", "h1", &json!(1), now()).unwrap());
        let outcome = store.submit(&MP, "k1", "h2", &json!(2), now()).unwrap();
        assert_eq!(outcome, Submitted::KeyReused);
        assert_eq!(store.lookup("k1", "h2"), Lookup::KeyReused);
        assert_eq!(lines(&tmp.0), 1);
    }

    #[test]
    fn references_count_per_program() {
        let tmp = TempDir::new("numbering");
        let mut store = Store::open(&tmp.0).unwrap();
        let mut submit = |program, key: &str| {
            stored(store.submit(program, key, key, &json!({}), now()).unwrap()).reference
        };
        assert_eq!(submit(&CP, "a"), "PSF-CP-000001");
        assert_eq!(submit(&MP, "b"), "PSF-MP-000001");
        assert_eq!(submit(&CP, "c"), "PSF-CP-000002");
        assert_eq!(submit(&MP, "d"), "PSF-MP-000002");
        assert_eq!(submit(&MP, "e"), "PSF-MP-000003");
    }

    #[test]
    fn stored_line_has_the_record_fields() {
        let tmp = TempDir::new("fields");
        let mut store = Store::open(&tmp.0).unwrap();
        let payload = json!({"schema": "psf-apply/meetup-pro/v1", "x": [1, 2]});
        let receipt = stored(store.submit(&MP, "key", "hash", &payload, now()).unwrap());
        let records = store.records().unwrap();
        assert_eq!(
            records,
            vec![json!({
                "reference": "PSF-MP-000001",
                "received_at": receipt.received_at,
                "idempotency_key": "key",
                "body_sha256": "hash",
                "payload": payload,
            })]
        );
        assert!(
            receipt.received_at.ends_with('Z'),
            "{}",
            receipt.received_at
        );
        assert!(DateTime::parse_from_rfc3339(&receipt.received_at).is_ok());
    }

    #[test]
    fn restart_keeps_index_and_numbering() {
        let tmp = TempDir::new("restart");
        let (first, second) = {
            let mut store = Store::open(&tmp.0).unwrap();
            let first = stored(store.submit(&CP, "k1", "h1", &json!(1), now()).unwrap());
            let second = stored(store.submit(&MP, "k2", "h2", &json!(2), now()).unwrap());
            (first, second)
        };

        let mut store = Store::open(&tmp.0).unwrap();
        assert_eq!(store.lookup("k1", "h1"), Lookup::Replay(first));
        assert_eq!(store.lookup("k2", "h2"), Lookup::Replay(second));
        assert_eq!(store.lookup("k1", "other"), Lookup::KeyReused);
        let next = stored(store.submit(&CP, "k3", "h3", &json!(3), now()).unwrap());
        assert_eq!(next.reference, "PSF-CP-000002");
        assert_eq!(lines(&tmp.0), 3);
    }

    #[test]
    fn torn_last_line_is_skipped_and_set_aside() {
        let tmp = TempDir::new("torn");
        let first = {
            let mut store = Store::open(&tmp.0).unwrap();
            stored(store.submit(&CP, "k1", "h1", &json!(1), now()).unwrap())
        };
        let torn = br#"{"reference":"PSF-CP-000002","received_at":"2026-"#;
        let mut file = OpenOptions::new()
            .append(true)
            .open(tmp.0.join(FILE_NAME))
            .unwrap();
        file.write_all(torn).unwrap();
        drop(file);

        let mut store = Store::open(&tmp.0).unwrap();
        assert_eq!(store.lookup("k1", "h1"), Lookup::Replay(first));
        let next = stored(store.submit(&CP, "k2", "h2", &json!(2), now()).unwrap());
        // The torn record was never acknowledged, so its number is free again.
        assert_eq!(next.reference, "PSF-CP-000002");
        assert_eq!(store.records().unwrap().len(), 2);
        let aside = fs::read(tmp.0.join(TORN_FILE_NAME)).unwrap();
        assert!(aside.starts_with(torn));

        // And the repaired file reads cleanly on the next start.
        drop(store);
        let store = Store::open(&tmp.0).unwrap();
        assert!(matches!(store.lookup("k2", "h2"), Lookup::Replay(_)));
    }

    #[test]
    fn unreadable_middle_line_refuses_to_start() {
        let tmp = TempDir::new("corrupt");
        fs::write(
            tmp.0.join(FILE_NAME),
            "not json\n{\"reference\":\"PSF-CP-000001\",\"received_at\":\"x\",\
             \"idempotency_key\":\"k\",\"body_sha256\":\"h\",\"payload\":1}\n",
        )
        .unwrap();
        let err = Store::open(&tmp.0).err().expect("should refuse");
        assert_eq!(err.kind(), io::ErrorKind::InvalidData);
    }

    fn page_refs(page: &Page) -> Vec<String> {
        let body = page.lines.read(true).unwrap();
        serde_json::from_slice::<Vec<Value>>(&body)
            .unwrap()
            .iter()
            .map(|r| r["reference"].as_str().unwrap().to_owned())
            .collect()
    }

    #[test]
    fn pages_in_stored_order_from_disk() {
        let tmp = TempDir::new("pages");
        let mut store = Store::open(&tmp.0).unwrap();
        for (i, program) in [&CP, &MP].into_iter().cycle().take(5).enumerate() {
            let key = format!("k{i}");
            stored(
                store
                    .submit(program, &key, "h", &json!({"n": i}), now())
                    .unwrap(),
            );
        }
        let first = store.page(None, 2, usize::MAX).unwrap();
        assert_eq!(page_refs(&first), ["PSF-CP-000001", "PSF-MP-000001"]);
        assert_eq!(first.next_after.as_deref(), Some("PSF-MP-000001"));
        let second = store.page(Some("PSF-MP-000001"), 2, usize::MAX).unwrap();
        assert_eq!(page_refs(&second), ["PSF-CP-000002", "PSF-MP-000002"]);
        let last = store.page(Some("PSF-MP-000002"), 2, usize::MAX).unwrap();
        assert_eq!(page_refs(&last), ["PSF-CP-000003"]);
        assert_eq!(last.next_after, None);
        assert!(store.page(Some("PSF-CP-000009"), 2, usize::MAX).is_none());
        // The byte budget cuts a page short, but never below one record.
        let small = store.page(None, 5, 1).unwrap();
        assert_eq!(page_refs(&small), ["PSF-CP-000001"]);
        assert_eq!(small.next_after.as_deref(), Some("PSF-CP-000001"));

        // The same after a restart, and a record on its own is the stored line.
        drop(store);
        let store = Store::open(&tmp.0).unwrap();
        let all = store.page(None, 100, usize::MAX).unwrap();
        assert_eq!(page_refs(&all).len(), 5);
        let one = store.record("PSF-MP-000002").unwrap().read(false).unwrap();
        let one: Value = serde_json::from_slice(&one).unwrap();
        assert_eq!(one, store.records().unwrap()[3]);
        assert!(store.record("PSF-MP-000009").is_none());
    }

    #[test]
    fn sha256_is_lower_hex() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
