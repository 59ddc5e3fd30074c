// `sqlx::migrate!()` embeds the migrations, and `static_loader!` the interface's catalogues,
// at compile time; rebuild when they change. The browser scripts (`src/enhance/`, modules by
// concern) are inlined in the pages: esbuild joins each entry's modules into one function and
// minifies it, and the page's policy allows exactly those bytes by their hash: the enhancer
// (`main.js`) on the site's pages, the embed's script (`embed.js`) on embeds. The third,
// `host.js`, is for other sites' pages, served as a file (`/embed.js`).
use std::path::Path;
use std::process::Command;

const ESBUILD: &str = "tools/js/node_modules/.bin/esbuild";

fn main() {
    println!("cargo:rerun-if-changed=migrations");
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=src/enhance");
    println!("cargo:rerun-if-changed=tools/js/package-lock.json");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let bundles = [
        ("main.js", "enhance.js"),
        ("embed.js", "embed.js"),
        ("host.js", "host.js"),
    ];
    for (entry, bundle) in bundles {
        std::fs::write(Path::new(&out).join(bundle), bundled(entry)).expect("OUT_DIR is writable");
    }
}

/// `src/enhance/{entry}` and the modules it imports, as one minified function (an IIFE, in
/// the page's `<script type="module">`).
fn bundled(entry: &str) -> String {
    let entry = format!("src/enhance/{entry}");
    let root = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let esbuild = Path::new(&root).join(ESBUILD);
    if !esbuild.exists() {
        fail(&format!(
            "{ESBUILD} is missing: run `make tools` (scripts/install-tools.sh) to install the \
             build's JavaScript tools"
        ));
    }
    let output = Command::new(&esbuild)
        .current_dir(&root)
        .args([
            &entry,
            "--bundle",
            "--minify",
            "--format=iife",
            // What the code needs (`??=`), so that nothing is rewritten.
            "--target=es2021",
            // The page is UTF-8: "–" is written as itself rather than as `\u2013`.
            "--charset=utf8",
            "--legal-comments=none",
            "--log-level=warning",
        ])
        .output()
        .unwrap_or_else(|err| fail(&format!("running {ESBUILD}: {err}")));
    if !output.status.success() {
        fail(&format!(
            "{ESBUILD} failed on {entry}:\n{}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let script = String::from_utf8(output.stdout).expect("esbuild writes UTF-8");
    let script = script.trim_end().to_owned();
    // The script is written into the page as it is (`inner_html`): nothing in it may end the
    // <script> element, or open a comment that would hide its end.
    let lower = script.to_ascii_lowercase();
    if lower.contains("</script") || lower.contains("<!--") {
        fail(&format!(
            "the bundled {entry} contains `</script` or `<!--`, which cannot be inlined as it is"
        ));
    }
    script
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    std::process::exit(1)
}
