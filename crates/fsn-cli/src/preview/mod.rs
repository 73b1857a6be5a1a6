//! `fsn preview`: serves one notice on 127.0.0.1, its HTML and PDF side by side, and renders
//! it again whenever one of its sources is saved.
//!
//! Three kinds of threads share one [`Session`]: a watcher that notes every change under the
//! notice's folder, the shared locales and the issuers; a renderer that keeps the languages
//! being viewed up to date (the one on screen first, HTML before PDF); and one thread per
//! browser connection. Nothing is written to disk.

mod http;
mod session;

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc;
use std::time::Duration;

use fsn_core::{Diagnostic, Repository};
use notify::{EventKind, RecursiveMode, Watcher};

use self::http::{Refused, Request};
use self::session::Session;
use crate::report::Failure;

/// How long the watcher waits for more events after the first of a save (editors write a
/// file in several steps), so one save renders once.
const SETTLE: Duration = Duration::from_millis(15);
/// How long a request for a document waits for the rendering of the newest sources.
const RENDER_WAIT: Duration = Duration::from_secs(30);
/// How often an idle event stream sends a keep-alive.
const KEEP_ALIVE: Duration = Duration::from_secs(15);

/// Serves the notice in `notice_dir` until the process is stopped.
pub(crate) fn preview(notice_dir: &Path, lang: Option<&str>, port: u16) -> Result<(), Failure> {
    let repository = Repository::discover(notice_dir)?;
    let root = repository.root().to_path_buf();
    // The notice must load once, to name its languages; after that, errors show in the page.
    let asked: Vec<String> = lang.map(str::to_owned).into_iter().collect();
    let loaded = repository.load_languages(notice_dir, &asked)?;
    let notice_id = loaded.notice.id.clone();
    let languages: Vec<String> = loaded.all_languages().cloned().collect();
    let lang = match lang {
        Some(lang) if languages.iter().any(|known| known == lang) => lang.to_owned(),
        Some(lang) => {
            return Err(Diagnostic::error(
                "fsn::preview::unknown_language",
                format!(
                    "notice {notice_id} has no language `{lang}`; its languages are: {}",
                    languages.join(", ")
                ),
            )
            .into());
        }
        None => languages
            .first()
            .cloned()
            .unwrap_or_else(|| "en".to_owned()),
    };
    let listener = TcpListener::bind(("127.0.0.1", port))
        .map_err(|err| Failure::Render(format!("cannot listen on 127.0.0.1:{port}: {err}")))?;
    let port = listener
        .local_addr()
        .map_err(|err| Failure::Render(format!("cannot read the listening address: {err}")))?
        .port();
    let session = Arc::new(Session::new(
        root.clone(),
        notice_dir.to_path_buf(),
        notice_id,
        languages,
        lang,
    ));
    let _watcher = watch(&root, notice_dir, Arc::clone(&session))?;
    {
        let session = Arc::clone(&session);
        std::thread::spawn(move || session.render_loop());
    }
    println!("fsn preview: http://127.0.0.1:{port}/ (stop with Ctrl-C)");
    for stream in listener.incoming().flatten() {
        let session = Arc::clone(&session);
        std::thread::spawn(move || serve(&stream, &session, port));
    }
    Ok(())
}

/// Watches every folder a notice is made from. The returned watcher must be kept alive.
fn watch(
    root: &Path,
    notice_dir: &Path,
    session: Arc<Session>,
) -> Result<notify::RecommendedWatcher, Failure> {
    let (events, received) = mpsc::channel::<notify::Result<notify::Event>>();
    let mut watcher = notify::recommended_watcher(events)
        .map_err(|err| Failure::Render(format!("cannot watch the sources: {err}")))?;
    let folders: Vec<PathBuf> = vec![
        notice_dir.to_path_buf(),
        root.join("locales"),
        root.join("issuers"),
    ];
    for folder in &folders {
        watcher
            .watch(folder, RecursiveMode::Recursive)
            .map_err(|err| Failure::Render(format!("cannot watch {}: {err}", folder.display())))?;
    }
    std::thread::spawn(move || {
        while let Ok(event) = received.recv() {
            if !is_change(&event) {
                continue;
            }
            // Let the rest of the save arrive, then render once for all of it.
            std::thread::sleep(SETTLE);
            while received.try_recv().is_ok() {}
            session.sources_changed();
        }
    });
    Ok(watcher)
}

/// A change of content: reading files (the renderer's own reads among them) is not.
fn is_change(event: &notify::Result<notify::Event>) -> bool {
    match event {
        Ok(event) => matches!(
            event.kind,
            EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_) | EventKind::Any
        ),
        // A lost event (queue overflow) may hide a change: render again to be sure.
        Err(_) => true,
    }
}

/// Answers one connection.
fn serve(stream: &TcpStream, session: &Session, port: u16) {
    let request = match http::read_request(stream, port) {
        Ok(request) => request,
        Err(Refused::Malformed) => return,
        Err(Refused::Method) => {
            return http::respond(stream, "405 Method Not Allowed", TEXT, b"GET only\n");
        }
        Err(Refused::Host) => {
            return http::respond(
                stream,
                "403 Forbidden",
                TEXT,
                b"the preview answers only to 127.0.0.1 and localhost\n",
            );
        }
    };
    route(stream, session, &request);
}

const TEXT: &str = "text/plain; charset=utf-8";

fn route(stream: &TcpStream, session: &Session, request: &Request) {
    // The language asked for on the command line unless the page names another.
    let lang_param = || {
        request
            .param("lang")
            .unwrap_or(session.first_language())
            .to_owned()
    };
    match request.path.as_str() {
        "/" => {
            let lang = lang_param();
            // The page shows the documents there are now; its script refreshes them.
            let Some(view) = session.view(&lang) else {
                return not_found(stream, &lang);
            };
            let languages = session.languages();
            let version =
                |slot: &Option<(u64, Arc<Vec<u8>>)>| slot.as_ref().map(|(version, _)| *version);
            let page = fsn_html::preview_page(&fsn_html::PreviewPage {
                notice_id: session.notice_id(),
                languages: &languages,
                lang: &lang,
                html_version: version(&view.html),
                pdf_version: version(&view.pdf),
                error: view.error.as_deref(),
            });
            http::respond(
                stream,
                "200 OK",
                "text/html; charset=utf-8",
                page.as_bytes(),
            );
        }
        "/state.json" => {
            let lang = lang_param();
            let Some(view) = session.view(&lang) else {
                return not_found(stream, &lang);
            };
            let version = |slot: &Option<(u64, Arc<Vec<u8>>)>| {
                slot.as_ref().map_or(-1, |(version, _)| *version as i64)
            };
            let state = serde_json::json!({
                "lang": lang,
                "html": version(&view.html),
                "pdf": version(&view.pdf),
                "error": view.error,
                "rendered": view.pdf_from > 0,
            });
            http::respond(
                stream,
                "200 OK",
                "application/json",
                state.to_string().as_bytes(),
            );
        }
        "/events" => events(stream, session),
        path => match path
            .strip_prefix("/doc/")
            .and_then(|name| name.rsplit_once('.'))
        {
            Some((lang, format @ ("html" | "pdf"))) => document(stream, session, lang, format),
            _ => http::respond(stream, "404 Not Found", TEXT, b"not found\n"),
        },
    }
}

fn not_found(stream: &TcpStream, lang: &str) {
    let body = format!("the notice has no language `{lang}`\n");
    http::respond(stream, "404 Not Found", TEXT, body.as_bytes());
}

/// Serves the newest good rendering of one language, waiting for the current sources'.
fn document(stream: &TcpStream, session: &Session, lang: &str, format: &str) {
    let Some(view) = session.fresh_view(lang, format == "pdf", RENDER_WAIT) else {
        return not_found(stream, lang);
    };
    let (slot, content_type) = match format {
        "pdf" => (view.pdf, "application/pdf"),
        _ => (view.html, "text/html; charset=utf-8"),
    };
    match slot {
        Some((_, bytes)) => http::respond(stream, "200 OK", content_type, &bytes),
        None => {
            let body = view
                .error
                .unwrap_or_else(|| "not rendered yet\n".to_owned());
            http::respond(stream, "503 Service Unavailable", TEXT, body.as_bytes());
        }
    }
}

/// Streams a version number whenever anything new can be shown, until the page goes away.
fn events(stream: &TcpStream, session: &Session) {
    if http::start_events(stream).is_err() {
        return;
    }
    let mut seen = session.version();
    loop {
        let version = session.wait_version(seen, KEEP_ALIVE);
        let event = (version != seen).then_some(version);
        if http::send_event(stream, event).is_err() {
            return;
        }
        seen = version;
    }
}
