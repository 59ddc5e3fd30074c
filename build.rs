// `sqlx::migrate!()` embeds the migrations, and `static_loader!` the interface's catalogues,
// at compile time; rebuild when they change. The enhancer is inlined in every page, so its
// comments and indentation are left out of the copy the pages carry.
use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=migrations");
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=src/enhance.js");
    let source = std::fs::read_to_string("src/enhance.js").expect("src/enhance.js is readable");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&out).join("enhance.js"), compact(&source))
        .expect("OUT_DIR is writable");
}

/// The script without whole-line comments, blank lines and leading spaces. This is safe for
/// `enhance.js` because it has no block comments and no string or template literal spanning
/// lines (a minifier that parses JavaScript would cost a parser in every build, for a few
/// hundred bytes more).
fn compact(source: &str) -> String {
    source
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}
