//! The read key: what listing and reading the stored applications needs.
//! Submitting needs none, since the form posts from the applicant's browser.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::store::owner_only;

/// In the data directory, readable by its owner only.
pub const TOKEN_FILE: &str = "read-token";
/// Shorter keys given by hand are refused: they could be guessed.
const MIN_LEN: usize = 16;

/// Kept as a digest, so that comparing a guess takes the same time whatever
/// its length and however much of it is right.
pub struct Token {
    digest: [u8; 32],
}

/// Where the key came from, for the start-up message.
#[derive(PartialEq, Eq, Debug)]
pub enum Source {
    Given,
    File(PathBuf),
    Created(PathBuf),
}

impl Token {
    pub fn new(secret: &str) -> Result<Token, String> {
        let secret = secret.trim();
        if secret.len() < MIN_LEN || !secret.bytes().all(|b| b.is_ascii_graphic()) {
            return Err(format!(
                "the read key must be at least {MIN_LEN} printable characters without spaces"
            ));
        }
        Ok(Token {
            digest: Sha256::digest(secret.as_bytes()).into(),
        })
    }

    /// `given` (from `PSF_RECEIVER_TOKEN`) if set; otherwise the key in
    /// `dir`/[`TOKEN_FILE`], made from the system's random source on first start.
    pub fn load_or_create(dir: &Path, given: Option<&str>) -> Result<(Token, Source), String> {
        if let Some(secret) = given {
            return Ok((Token::new(secret)?, Source::Given));
        }
        let path = dir.join(TOKEN_FILE);
        let describe = |e: io::Error| format!("{}: {e}", path.display());
        match fs::read_to_string(&path) {
            Ok(secret) => {
                tighten(&path).map_err(describe)?;
                let token = Token::new(&secret).map_err(|e| format!("{}: {e}", path.display()))?;
                Ok((token, Source::File(path)))
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                let secret = random_key().map_err(|e| format!("no random source: {e}"))?;
                write_new(dir, &path, &secret).map_err(describe)?;
                Ok((Token::new(&secret)?, Source::Created(path)))
            }
            Err(e) => Err(describe(e)),
        }
    }

    pub fn matches(&self, presented: &str) -> bool {
        let presented: [u8; 32] = Sha256::digest(presented.as_bytes()).into();
        // Every byte is looked at, rather than stopping at the first that
        // differs; black_box keeps the optimiser from reintroducing an early exit.
        let difference = presented
            .iter()
            .zip(self.digest.iter())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b));
        std::hint::black_box(difference) == 0
    }
}

/// 256 bits from the operating system's cryptographic source, in hex.
fn random_key() -> Result<String, getrandom::Error> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes)?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// Written aside and renamed, so that a reader never sees half a key.
fn write_new(dir: &Path, path: &Path, secret: &str) -> io::Result<()> {
    let aside = path.with_extension("new");
    let mut file =
        owner_only(File::options().write(true).create(true).truncate(true)).open(&aside)?;
    tighten(&aside)?;
    file.write_all(secret.as_bytes())?;
    file.write_all(b"\n")?;
    file.sync_all()?;
    fs::rename(&aside, path)?;
    File::open(dir)?.sync_all()
}

/// A key file others can read is made owner-only, with a warning.
#[cfg(unix)]
fn tighten(path: &Path) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let mode = fs::metadata(path)?.permissions().mode();
    if mode & 0o077 != 0 {
        eprintln!(
            "receiver: {} was readable by others (mode {:o}); made it owner-only",
            path.display(),
            mode & 0o777
        );
        fs::set_permissions(path, fs::Permissions::from_mode(0o600))?;
    }
    Ok(())
}

#[cfg(not(unix))]
fn tighten(_path: &Path) -> io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::TempDir;

    #[test]
    fn matches_only_the_key() {
        let token = Token::new("correct-horse-battery-staple").unwrap();
        assert!(token.matches("correct-horse-battery-staple"));
        assert!(!token.matches("correct-horse-battery-stapl"));
        assert!(!token.matches("correct-horse-battery-staple "));
        assert!(!token.matches(""));
        assert!(Token::new("short").is_err());
        assert!(Token::new("sixteen chars ok").is_err(), "spaces");
    }

    #[test]
    fn created_once_owner_only_then_reused() {
        let tmp = TempDir::new("token");
        let (first, source) = Token::load_or_create(&tmp.0, None).unwrap();
        let path = tmp.0.join(TOKEN_FILE);
        assert_eq!(source, Source::Created(path.clone()));
        let secret = fs::read_to_string(&path).unwrap();
        assert_eq!(secret.trim().len(), 64);
        assert!(secret.trim().bytes().all(|b| b.is_ascii_hexdigit()));
        assert!(first.matches(secret.trim()));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }

        let (again, source) = Token::load_or_create(&tmp.0, None).unwrap();
        assert_eq!(source, Source::File(path.clone()));
        assert!(again.matches(secret.trim()));

        let other = TempDir::new("token-other");
        let (different, _) = Token::load_or_create(&other.0, None).unwrap();
        assert!(!different.matches(secret.trim()), "each store its own key");

        let (given, source) =
            Token::load_or_create(&tmp.0, Some("given-by-the-environment")).unwrap();
        assert_eq!(source, Source::Given);
        assert!(given.matches("given-by-the-environment"));
        assert!(!given.matches(secret.trim()));
    }

    #[cfg(unix)]
    #[test]
    fn a_key_file_others_can_read_is_tightened() {
        use std::os::unix::fs::PermissionsExt;
        let tmp = TempDir::new("token-loose");
        let path = tmp.0.join(TOKEN_FILE);
        fs::write(&path, "a-key-written-by-hand-0123\n").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
        let (token, _) = Token::load_or_create(&tmp.0, None).unwrap();
        assert!(token.matches("a-key-written-by-hand-0123"));
        let mode = fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}
