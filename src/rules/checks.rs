//! Small shape checks for emails and web addresses, without `regex`, `idna` or
//! `url` (they cost hundreds of KB of wasm and a stall on the first `@` typed).
//!
//! These are shape checks, not deliverability checks: they catch typos (a
//! missing `@`, a space, a missing dot) and accept anything a real address
//! could look like, including internationalised domains in their Unicode form.
//! Surrounding whitespace is ignored, since people paste it; inner whitespace is not.

use super::lower_case::lower_case;

/// A web address split into what the rules need.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct WebAddress {
    /// `http` or `https`.
    pub scheme: String,
    /// Lower-cased host without `www.` stripped, without port.
    pub host: String,
    /// Path without query or fragment, `/` when empty.
    pub path: String,
}

/// Why an email or address was refused (stable codes).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ShapeError {
    Empty,
    Invalid,
}

/// RFC 1035: a whole domain name is at most 253 characters, a label at most 63.
const MAX_HOST_CHARS: usize = 253;
const MAX_LABEL_CHARS: usize = 63;
/// RFC 5321: the local part of an address is at most 64 octets.
const MAX_LOCAL_PART_BYTES: usize = 64;

/// Plausible email shape: one `@`, a non-empty local part, a domain with a dot,
/// no spaces; Unicode letters allowed (IDN-tolerant).
pub fn check_email(email: &str) -> Result<(), ShapeError> {
    let email = email.trim();
    if email.is_empty() {
        return Err(ShapeError::Empty);
    }
    let mut parts = email.split('@');
    let (Some(local), Some(domain), None) = (parts.next(), parts.next(), parts.next()) else {
        return Err(ShapeError::Invalid);
    };
    if !is_local_part(local) || !is_host(domain) {
        return Err(ShapeError::Invalid);
    }
    Ok(())
}

/// The dot-atom form of RFC 5322 widened to Unicode (RFC 6531); quoted local
/// parts are refused because nobody types them and they hide typos.
fn is_local_part(local: &str) -> bool {
    if local.is_empty()
        || local.len() > MAX_LOCAL_PART_BYTES
        || local.starts_with('.')
        || local.ends_with('.')
        || local.contains("..")
    {
        return false;
    }
    local.chars().all(|c| {
        if c.is_ascii() {
            c.is_ascii_alphanumeric() || "!#$%&'*+-/=?^_`{|}~.".contains(c)
        } else {
            is_plausible_non_ascii(c)
        }
    })
}

/// Non-ASCII text is let through unless it is clearly not part of a name:
/// judging scripts properly would need the IDNA tables we avoid shipping.
fn is_plausible_non_ascii(c: char) -> bool {
    !(c.is_whitespace() || c.is_control() || c == '\u{FFFD}' || c == '\u{FEFF}')
}

/// A domain name with at least two labels and a top-level domain of letters
/// (or an ASCII `xn--` punycode one). IP literals and `localhost` are refused:
/// an applicant's public page or mailbox never lives there.
fn is_host(host: &str) -> bool {
    if host.is_empty() || host.chars().count() > MAX_HOST_CHARS {
        return false;
    }
    let labels: Vec<&str> = host.split('.').collect();
    if labels.len() < 2 || !labels.iter().all(|l| is_label(l)) {
        return false;
    }
    labels.last().is_some_and(|tld| is_tld(tld))
}

fn is_label(label: &str) -> bool {
    !label.is_empty()
        && label.chars().count() <= MAX_LABEL_CHARS
        && !label.starts_with('-')
        && !label.ends_with('-')
        && label.chars().all(|c| {
            if c.is_ascii() {
                c.is_ascii_alphanumeric() || c == '-'
            } else {
                is_plausible_non_ascii(c)
            }
        })
}

fn is_tld(tld: &str) -> bool {
    let lower = tld.to_ascii_lowercase();
    if let Some(puny) = lower.strip_prefix("xn--") {
        return !puny.is_empty() && puny.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    }
    tld.chars().count() >= 2
        && tld.chars().all(|c| {
            if c.is_ascii() {
                c.is_ascii_alphabetic()
            } else {
                is_plausible_non_ascii(c)
            }
        })
}

/// An http(s) address with a host. A bare `example.org/path` (no scheme) is
/// read as `https://example.org/path`, as the PSF's own example does.
pub fn parse_web_address(text: &str) -> Result<WebAddress, ShapeError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(ShapeError::Empty);
    }
    // Characters no browser address bar keeps as typed: refusing them avoids
    // guessing what was meant (`\` is read as `/` by browsers, not by servers).
    if text
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '\\' | '<' | '>' | '"'))
    {
        return Err(ShapeError::Invalid);
    }
    let (scheme, rest) = match text.find("://") {
        Some(at) => {
            let scheme = text[..at].to_ascii_lowercase();
            if scheme != "http" && scheme != "https" {
                return Err(ShapeError::Invalid);
            }
            (scheme, &text[at + 3..])
        }
        None => ("https".to_string(), text.strip_prefix("//").unwrap_or(text)),
    };
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, after) = rest.split_at(authority_end);
    // Userinfo (`user@host`) is how phishing links hide their real host.
    if authority.contains('@') || authority.contains('[') {
        return Err(ShapeError::Invalid);
    }
    let host = match authority.rsplit_once(':') {
        Some((host, port)) => {
            if !is_port(port) {
                return Err(ShapeError::Invalid);
            }
            host
        }
        None => authority,
    };
    let host = lower_case(host);
    if !is_host(&host) {
        return Err(ShapeError::Invalid);
    }
    let path_end = after.find(['?', '#']).unwrap_or(after.len());
    let path = &after[..path_end];
    let path = if path.is_empty() { "/" } else { path };
    Ok(WebAddress {
        scheme,
        host,
        path: path.to_string(),
    })
}

fn is_port(port: &str) -> bool {
    !port.is_empty()
        && port.len() <= 5
        && port.bytes().all(|b| b.is_ascii_digit())
        && port.parse::<u32>().is_ok_and(|p| (1..=65_535).contains(&p))
}

/// Whether `host` is `domain` or one of its subdomains (`www.meetup.com` is on
/// `meetup.com`; `notmeetup.com` is not).
pub fn host_is_on(host: &str, domain: &str) -> bool {
    host == domain
        || host
            .strip_suffix(domain)
            .is_some_and(|prefix| prefix.ends_with('.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails() {
        let cases: &[(&str, Result<(), ShapeError>)] = &[
            ("joeylovespython@email.com", Ok(())),
            ("  joey@email.com  ", Ok(())),
            ("first.last+tag@sub.example.org", Ok(())),
            ("o'brien@example.ie", Ok(())),
            ("user_name-1@example.co.uk", Ok(())),
            ("a@b.cd", Ok(())),
            ("jürgen@münchen.de", Ok(())),
            ("用户@例子.广告", Ok(())),
            ("почта@пример.рф", Ok(())),
            ("user@उदाहरण.भारत", Ok(())),
            ("user@example.xn--p1ai", Ok(())),
            ("UPPER@EXAMPLE.ORG", Ok(())),
            ("", Err(ShapeError::Empty)),
            ("   ", Err(ShapeError::Empty)),
            ("joey", Err(ShapeError::Invalid)),
            ("joey@", Err(ShapeError::Invalid)),
            ("@email.com", Err(ShapeError::Invalid)),
            ("joey@email", Err(ShapeError::Invalid)),
            ("joey@localhost", Err(ShapeError::Invalid)),
            ("joey@@email.com", Err(ShapeError::Invalid)),
            ("jo@ey@email.com", Err(ShapeError::Invalid)),
            ("joey python@email.com", Err(ShapeError::Invalid)),
            ("joey@email .com", Err(ShapeError::Invalid)),
            ("joey@email..com", Err(ShapeError::Invalid)),
            ("joey@.email.com", Err(ShapeError::Invalid)),
            ("joey@email.com.", Err(ShapeError::Invalid)),
            ("joey@-email.com", Err(ShapeError::Invalid)),
            ("joey@email-.com", Err(ShapeError::Invalid)),
            ("joey@email.c", Err(ShapeError::Invalid)),
            ("joey@email.c0m", Err(ShapeError::Invalid)),
            ("joey@127.0.0.1", Err(ShapeError::Invalid)),
            ("joey@[127.0.0.1]", Err(ShapeError::Invalid)),
            (".joey@email.com", Err(ShapeError::Invalid)),
            ("joey.@email.com", Err(ShapeError::Invalid)),
            ("jo..ey@email.com", Err(ShapeError::Invalid)),
            ("\"joey\"@email.com", Err(ShapeError::Invalid)),
            ("joey<x>@email.com", Err(ShapeError::Invalid)),
            ("joey@email_x.com", Err(ShapeError::Invalid)),
            ("joey@email.com\n", Ok(())),
            ("jo\tey@email.com", Err(ShapeError::Invalid)),
            ("Joey Python <joey@email.com>", Err(ShapeError::Invalid)),
        ];
        for (input, expected) in cases {
            assert_eq!(check_email(input), *expected, "{input:?}");
        }
    }

    #[test]
    fn email_local_part_limit() {
        let ok = format!("{}@example.org", "a".repeat(64));
        let long = format!("{}@example.org", "a".repeat(65));
        assert_eq!(check_email(&ok), Ok(()));
        assert_eq!(check_email(&long), Err(ShapeError::Invalid));
    }

    fn addr(scheme: &str, host: &str, path: &str) -> Result<WebAddress, ShapeError> {
        Ok(WebAddress {
            scheme: scheme.into(),
            host: host.into(),
            path: path.into(),
        })
    }

    #[test]
    fn web_addresses() {
        let cases: &[(&str, Result<WebAddress, ShapeError>)] = &[
            // The PSF's own example gives bare domains.
            ("pycon.jupiter.com", addr("https", "pycon.jupiter.com", "/")),
            (
                "pycon.jupiter.com/coc",
                addr("https", "pycon.jupiter.com", "/coc"),
            ),
            ("https://example.org", addr("https", "example.org", "/")),
            ("http://example.org/", addr("http", "example.org", "/")),
            (
                "HTTPS://Example.ORG/Path",
                addr("https", "example.org", "/Path"),
            ),
            (
                "https://www.meetup.com/pydata-berlin/events/123/?x=1#top",
                addr("https", "www.meetup.com", "/pydata-berlin/events/123/"),
            ),
            ("example.org?q=1", addr("https", "example.org", "/")),
            ("example.org#coc", addr("https", "example.org", "/")),
            (
                "https://example.org:8443/a",
                addr("https", "example.org", "/a"),
            ),
            ("//example.org/a", addr("https", "example.org", "/a")),
            ("  lu.ma/pyjupiter  ", addr("https", "lu.ma", "/pyjupiter")),
            ("münchen.de/python", addr("https", "münchen.de", "/python")),
            ("https://MÜNCHEN.de", addr("https", "münchen.de", "/")),
            ("例子.广告", addr("https", "例子.广告", "/")),
            (
                "https://xn--mnchen-3ya.de",
                addr("https", "xn--mnchen-3ya.de", "/"),
            ),
            (
                "https://example.org/a%20b",
                addr("https", "example.org", "/a%20b"),
            ),
            ("", Err(ShapeError::Empty)),
            ("  ", Err(ShapeError::Empty)),
            ("pycon", Err(ShapeError::Invalid)),
            ("localhost", Err(ShapeError::Invalid)),
            ("http://localhost:8080", Err(ShapeError::Invalid)),
            ("http://127.0.0.1", Err(ShapeError::Invalid)),
            ("http://[::1]/", Err(ShapeError::Invalid)),
            ("ftp://example.org", Err(ShapeError::Invalid)),
            ("mailto:joey@email.com", Err(ShapeError::Invalid)),
            ("javascript:alert(1)", Err(ShapeError::Invalid)),
            ("https://", Err(ShapeError::Invalid)),
            ("https:///path", Err(ShapeError::Invalid)),
            ("https://exa mple.org", Err(ShapeError::Invalid)),
            ("https://example.org/a b", Err(ShapeError::Invalid)),
            ("https://user:pw@example.org", Err(ShapeError::Invalid)),
            ("https://example.org@evil.com", Err(ShapeError::Invalid)),
            ("https://example.org:", Err(ShapeError::Invalid)),
            ("https://example.org:0", Err(ShapeError::Invalid)),
            ("https://example.org:65536", Err(ShapeError::Invalid)),
            ("https://example.org:http", Err(ShapeError::Invalid)),
            ("https://example..org", Err(ShapeError::Invalid)),
            ("https://-example.org", Err(ShapeError::Invalid)),
            ("https://example.o", Err(ShapeError::Invalid)),
            ("https://example.123", Err(ShapeError::Invalid)),
            ("https://exa_mple.org", Err(ShapeError::Invalid)),
            ("https:\\\\example.org", Err(ShapeError::Invalid)),
            ("https://example.org/<script>", Err(ShapeError::Invalid)),
            ("joey@email.com", Err(ShapeError::Invalid)),
        ];
        for (input, expected) in cases {
            assert_eq!(parse_web_address(input), *expected, "{input:?}");
        }
    }

    #[test]
    fn host_on_domain() {
        let cases = [
            ("meetup.com", "meetup.com", true),
            ("www.meetup.com", "meetup.com", true),
            ("notmeetup.com", "meetup.com", false),
            ("meetup.com.evil.org", "meetup.com", false),
            ("box.com", "x.com", false),
            ("x.com", "x.com", true),
        ];
        for (host, domain, expected) in cases {
            assert_eq!(host_is_on(host, domain), expected, "{host} on {domain}");
        }
    }
}
