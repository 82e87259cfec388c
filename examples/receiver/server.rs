//! The listening side: HTTP/1.1 connections served by hyper under [`Limits`],
//! and an accept loop that refuses connections, rather than ending the
//! process, when it runs out of file descriptors.

use std::convert::Infallible;
use std::future::{poll_fn, Future};
use std::io;
use std::net::{Ipv4Addr, SocketAddr};
use std::pin::{pin, Pin};
use std::sync::Arc;
use std::task::Poll;
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::http::{Request, Response};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpSocket, TcpStream};
use tokio::runtime::Runtime;
#[cfg(test)]
use tokio::sync::oneshot;
use tokio::sync::Semaphore;
use tower::util::BoxCloneService;

pub type Service = BoxCloneService<Request<Incoming>, Response<Body>, Infallible>;

/// What one client can make the receiver hold, and for how long. The README's
/// receiver section lists the values.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Limits {
    /// Largest request body; a larger declared length is refused unread.
    pub body_bytes: usize,
    /// Request line and headers together (hyper's read buffer; 8 KiB at least).
    pub header_bytes: usize,
    pub headers: usize,
    /// From the connection's first byte, or the end of the previous answer on a
    /// kept-alive connection, to the end of the headers: also the idle timeout.
    pub header_read: Duration,
    /// The whole body, from the end of the headers.
    pub body_read: Duration,
    /// One request, from its headers to its answer.
    pub request: Duration,
    /// After this a connection is closed once its request in progress is
    /// answered, so that nothing (a client that stops reading, say) keeps it.
    pub connection_age: Duration,
    /// Open connections; the next one is closed at once.
    pub connections: usize,
    /// Requests being handled at once; the next waits its turn.
    pub in_flight: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            body_bytes: 256 * 1024,
            header_bytes: 32 * 1024,
            headers: 64,
            header_read: Duration::from_secs(10),
            body_read: Duration::from_secs(10),
            request: Duration::from_secs(30),
            connection_age: Duration::from_secs(120),
            connections: 4096,
            in_flight: 64,
        }
    }
}

/// Long enough to read what the kernel queued by then, short enough that a
/// pending connection is answered by a refusal rather than by waiting.
const REFUSE_ACCEPT_WAIT: Duration = Duration::from_millis(10);
const REFUSAL_LOG_EVERY: Duration = Duration::from_secs(5);

pub struct Server {
    runtime: Runtime,
    listener: TcpListener,
    port: u16,
}

/// Ends a [`Server::serve_until`] from another thread.
#[cfg(test)]
pub struct Stop(oneshot::Sender<()>);

#[cfg(test)]
impl Stop {
    pub fn stop(self) {
        let _ = self.0.send(());
    }
}

impl Server {
    /// Binds 127.0.0.1 only: this is a local development backend. Port 0 picks a free port.
    pub fn bind(port: u16) -> io::Result<Server> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .enable_io()
            .enable_time()
            // Appends and fsyncs run here; `in_flight` bounds them anyway.
            .max_blocking_threads(32)
            .thread_name("receiver")
            .build()?;
        let listener = runtime.block_on(async {
            let socket = TcpSocket::new_v4()?;
            socket.set_reuseaddr(true)?;
            socket.bind(SocketAddr::from((Ipv4Addr::LOCALHOST, port)))?;
            // Room for a burst of connections while the accept loop catches up.
            socket.listen(1024)
        })?;
        let port = listener.local_addr()?.port();
        Ok(Server {
            runtime,
            listener,
            port,
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn serve(self, service: Service, limits: Limits) {
        let Server {
            runtime, listener, ..
        } = self;
        runtime.block_on(accept_loop(listener, service, limits));
    }

    /// Serves until [`Stop::stop`], then drops every connection.
    #[cfg(test)]
    pub fn serve_until(self, service: Service, limits: Limits) -> (Stop, impl FnOnce()) {
        let (tx, rx) = oneshot::channel();
        let Server {
            runtime, listener, ..
        } = self;
        let run = move || {
            runtime.spawn(accept_loop(listener, service, limits));
            let _ = runtime.block_on(rx);
            runtime.shutdown_timeout(Duration::from_secs(5));
        };
        (Stop(tx), run)
    }
}

async fn accept_loop(listener: TcpListener, service: Service, limits: Limits) {
    let open = Arc::new(Semaphore::new(limits.connections));
    let mut spare = Spare::new();
    let mut last_refusal_log: Option<Instant> = None;
    let mut log_refusal = |why: &str| {
        if last_refusal_log.is_none_or(|at| at.elapsed() >= REFUSAL_LOG_EVERY) {
            eprintln!("receiver: refusing connections: {why}");
            last_refusal_log = Some(Instant::now());
        }
    };
    loop {
        let stream = match listener.accept().await {
            Ok((stream, _)) => stream,
            Err(e) if is_out_of_descriptors(&e) => {
                log_refusal(&e.to_string());
                spare.refuse_one(&listener).await;
                continue;
            }
            // The client gave up before it was accepted (ECONNABORTED and the like).
            Err(_) => continue,
        };
        let Ok(permit) = Arc::clone(&open).try_acquire_owned() else {
            log_refusal(&format!("{} connections open", limits.connections));
            drop(stream);
            continue;
        };
        let service = service.clone();
        tokio::spawn(async move {
            serve_connection(stream, service, limits).await;
            drop(permit);
        });
    }
}

async fn serve_connection(stream: TcpStream, service: Service, limits: Limits) {
    let _ = stream.set_nodelay(true);
    let mut builder = http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_read)
        .max_buf_size(limits.header_bytes.max(8192))
        .max_headers(limits.headers)
        .keep_alive(true);
    let mut connection =
        builder.serve_connection(TokioIo::new(stream), TowerToHyperService::new(service));
    let mut deadline = pin!(tokio::time::sleep(limits.connection_age));
    let mut closing = false;
    let finished = poll_fn(|cx| {
        if deadline.as_mut().poll(cx).is_ready() {
            if closing {
                return Poll::Ready(false);
            }
            // Closed once the request in progress is answered (bounded by the
            // request timeout); the second deadline covers a write to a client
            // that stopped reading.
            Pin::new(&mut connection).graceful_shutdown();
            closing = true;
            let grace = limits.request + Duration::from_secs(5);
            deadline.as_mut().reset(tokio::time::Instant::now() + grace);
            let _ = deadline.as_mut().poll(cx);
        }
        connection.poll_without_shutdown(cx).map(|_| true)
    })
    .await;
    if finished {
        linger(connection.into_parts().io.into_inner()).await;
    }
}

/// Closing a socket with unread input makes the kernel send a reset, which
/// can destroy the answer before the client reads it (a 413 for a body the
/// receiver refused to read, say). So: send our end-of-stream, then read and
/// discard what the client still sends, for a little while, before closing.
/// What is discarded is never parsed, so it cannot become a request.
async fn linger(mut stream: TcpStream) {
    const LINGER: Duration = Duration::from_secs(2);
    const LINGER_BYTES: usize = 1024 * 1024;
    if stream.shutdown().await.is_err() {
        return;
    }
    let discard = async {
        let mut buf = [0u8; 8192];
        let mut total = 0;
        while total < LINGER_BYTES {
            match stream.read(&mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(n) => total += n,
            }
        }
    };
    let _ = tokio::time::timeout(LINGER, discard).await;
}

fn is_out_of_descriptors(e: &io::Error) -> bool {
    // ENFILE (the whole system) and EMFILE (this process) on Linux and the
    // BSDs; WSAEMFILE on Windows.
    let codes: &[i32] = if cfg!(windows) { &[10024] } else { &[23, 24] };
    e.raw_os_error().is_some_and(|code| codes.contains(&code))
}

/// A descriptor kept in reserve. Out of descriptors, accept fails and leaves
/// the connection queued, so the listener stays readable and the loop would
/// spin; giving the spare back lets one connection be accepted and closed at
/// once: its client hears a refusal instead of waiting.
struct Spare(Option<std::fs::File>);

impl Spare {
    fn new() -> Spare {
        Spare(Spare::open())
    }

    fn open() -> Option<std::fs::File> {
        let path = if cfg!(unix) {
            std::path::PathBuf::from("/dev/null")
        } else {
            std::env::current_exe().ok()?
        };
        std::fs::File::open(path).ok()
    }

    async fn refuse_one(&mut self, listener: &TcpListener) {
        if self.0.take().is_some() {
            if let Ok(Ok((stream, _))) =
                tokio::time::timeout(REFUSE_ACCEPT_WAIT, listener.accept()).await
            {
                drop(stream);
            }
            self.0 = Spare::open();
        }
        if self.0.is_none() {
            // Someone else took the descriptor: wait for connections to close.
            tokio::time::sleep(Duration::from_millis(50)).await;
            self.0 = Spare::open();
        }
    }
}
