//! `pollcard serve DIST`: serve a built app (and its data) locally with the
//! production headers, for browser tests and previews. The server is in
//! [`crate::static_server`]; this is the command-line edge.

use std::io::Write;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::process::ExitCode;

use crate::static_server::StaticServer;

/// Serve a folder over HTTP with Pollcard's production headers (CSP, caching,
/// content types), falling back to index.html for app routes. For tests and
/// previews on this machine, not for production.
#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// The folder to serve, e.g. `dist`.
    #[arg(value_name = "DIST")]
    dist: PathBuf,
    /// The port to listen on; 0 picks a free one (the URL printed says which).
    #[arg(long, default_value_t = 8080)]
    port: u16,
    /// The address to listen on. The default serves this machine only.
    #[arg(long, default_value_t = IpAddr::V4(Ipv4Addr::LOCALHOST))]
    host: IpAddr,
}

pub fn run(args: ServeArgs) -> anyhow::Result<ExitCode> {
    let server = StaticServer::bind(&args.dist, SocketAddr::new(args.host, args.port))?;
    // Tests wait for this exact line to learn the port, so flush it at once.
    let mut stdout = std::io::stdout().lock();
    writeln!(stdout, "Serving {} on http://{}", args.dist.display(), server.address())?;
    stdout.flush()?;
    drop(stdout);
    server.run();
    Ok(ExitCode::SUCCESS)
}
