// `sqlx::migrate!()` embeds the migrations, and `static_loader!` the interface's catalogues,
// at compile time; rebuild when they change.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
    println!("cargo:rerun-if-changed=locales");
}
