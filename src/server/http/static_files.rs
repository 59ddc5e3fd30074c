//! The built CSS, JavaScript and WebAssembly, compressed once rather than on every request.
//!
//! Compressing the 1 MB WebAssembly file takes tens of milliseconds, which every first visit
//! would otherwise pay and which would hold up other requests meanwhile. When the server
//! starts, each file in `/pkg` gets `.br` and `.gz` copies beside it (made again when the file
//! changes), and `/pkg` serves whichever copy the browser accepts. Until the copies exist,
//! or where the folder cannot be written, files are compressed as they are sent.

use axum::http::header;
use axum::response::IntoResponse;
use leptos::config::LeptosOptions;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::SystemTime;
use tower_http::services::ServeDir;

/// Highest brotli quality, for files made once per build, and the largest usual window.
const BROTLI_QUALITY: u32 = 11;
const BROTLI_WINDOW: u32 = 22;

/// The folder of built files.
pub(crate) fn pkg_dir(options: &LeptosOptions) -> PathBuf {
    Path::new(options.site_root.as_ref()).join(options.site_pkg_dir.as_ref())
}

/// Serves `/pkg`, preferring the compressed copies.
pub(crate) fn files(options: &LeptosOptions) -> ServeDir {
    ServeDir::new(pkg_dir(options))
        .precompressed_br()
        .precompressed_gzip()
}

/// The editors' stylesheet (see `crate::stylesheets`), built into the server; kept by
/// browsers as the built files are (see `middleware::security`), compressed as it is sent.
pub(crate) async fn editors_stylesheet() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/css; charset=utf-8")],
        crate::stylesheets::EDITORS,
    )
}

/// Makes the compressed copies on a blocking thread, without delaying the start.
pub(crate) fn compress_in_background(dir: PathBuf) {
    tokio::task::spawn_blocking(move || match compress_dir(&dir) {
        Ok(0) => {}
        Ok(made) => tracing::info!(made, dir = %dir.display(), "compressed the built files"),
        Err(err) => {
            tracing::info!(error = %err, dir = %dir.display(), "files will be compressed as sent")
        }
    });
}

/// Writes missing or outdated `.br` and `.gz` copies of the files in `dir`, and removes copies
/// whose file is gone (an earlier build's) or that were never finished; returns how many it made.
pub(crate) fn compress_dir(dir: &Path) -> io::Result<usize> {
    let mut made = 0;
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if is_leftover(&path) {
            fs::remove_file(&path)?;
            continue;
        }
        if !is_source(&path) || !path.is_file() {
            continue;
        }
        // A copy carries its file's modification time: any other time means the file changed.
        // Read before the content, so a file rewritten meanwhile is compressed again next time.
        let modified = fs::metadata(&path)?.modified()?;
        let original = fs::read(&path)?;
        for suffix in ["br", "gz"] {
            let copy = with_suffix(&path, suffix);
            if fs::metadata(&copy).and_then(|meta| meta.modified()).ok() == Some(modified) {
                continue;
            }
            let compressed = match suffix {
                "br" => brotli(&original, BROTLI_QUALITY)?,
                _ => gzip(&original)?,
            };
            write_atomically(&copy, &compressed, modified)?;
            made += 1;
        }
    }
    Ok(made)
}

/// The built files worth compressing.
fn is_source(path: &Path) -> bool {
    path.extension()
        .and_then(|ext| ext.to_str())
        .is_some_and(|ext| matches!(ext, "css" | "js" | "wasm"))
}

/// An unfinished copy, or a copy of a built file that is no longer there.
fn is_leftover(path: &Path) -> bool {
    match path.extension().and_then(|ext| ext.to_str()) {
        Some("partial") => true,
        Some("br" | "gz") => {
            let original = path.with_extension("");
            is_source(&original) && !original.exists()
        }
        _ => false,
    }
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".");
    name.push(suffix);
    PathBuf::from(name)
}

/// Writes beside the target and renames, so a reader never sees half a file.
fn write_atomically(path: &Path, bytes: &[u8], modified: SystemTime) -> io::Result<()> {
    let partial = with_suffix(path, &format!("{}.partial", std::process::id()));
    let written = fs::write(&partial, bytes)
        .and_then(|()| fs::File::options().write(true).open(&partial))
        .and_then(|file| file.set_modified(modified))
        .and_then(|()| fs::rename(&partial, path));
    if written.is_err() {
        let _ = fs::remove_file(&partial);
    }
    written
}

/// Brotli at `quality` (0–11), in the largest usual window.
pub(crate) fn brotli(bytes: &[u8], quality: u32) -> io::Result<Vec<u8>> {
    let mut out = Vec::new();
    {
        let mut writer =
            ::brotli::CompressorWriter::new(&mut out, 64 * 1024, quality, BROTLI_WINDOW);
        writer.write_all(bytes)?;
    }
    Ok(out)
}

/// Gzip at its best compression.
pub(crate) fn gzip(bytes: &[u8]) -> io::Result<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes)?;
    encoder.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn copies_are_made_once_and_decompress_to_the_original() {
        let dir = tempfile::tempdir().unwrap();
        let text = "function hydrate() { return 1; }\n".repeat(500);
        fs::write(dir.path().join("app.js"), &text).unwrap();
        fs::write(dir.path().join("notes.txt"), "not built output").unwrap();

        // Left by an earlier build, and by a server stopped mid-write.
        fs::write(dir.path().join("old.wasm.br"), "stale").unwrap();
        fs::write(dir.path().join("app.js.br.77.partial"), "half").unwrap();
        fs::write(dir.path().join("notes.txt.gz"), "someone else's").unwrap();

        assert_eq!(compress_dir(dir.path()).unwrap(), 2);
        assert_eq!(compress_dir(dir.path()).unwrap(), 0, "already current");
        assert!(!dir.path().join("notes.txt.br").exists());
        assert!(!dir.path().join("old.wasm.br").exists());
        assert!(!dir.path().join("app.js.br.77.partial").exists());
        assert!(dir.path().join("notes.txt.gz").exists());

        // A file changed (even to an older time, as a copied-in build may be) is made again.
        let file = fs::File::options()
            .write(true)
            .open(dir.path().join("app.js"))
            .unwrap();
        file.set_modified(SystemTime::UNIX_EPOCH).unwrap();
        assert_eq!(compress_dir(dir.path()).unwrap(), 2);

        let br = fs::read(dir.path().join("app.js.br")).unwrap();
        assert!(br.len() < text.len() / 10);
        let mut unpacked = String::new();
        ::brotli::Decompressor::new(br.as_slice(), 4096)
            .read_to_string(&mut unpacked)
            .unwrap();
        assert_eq!(unpacked, text);

        let gz = fs::read(dir.path().join("app.js.gz")).unwrap();
        let mut unpacked = String::new();
        flate2::read::GzDecoder::new(gz.as_slice())
            .read_to_string(&mut unpacked)
            .unwrap();
        assert_eq!(unpacked, text);
    }
}
