# Two commands do everything: `make run` and `make test`. Each installs what is missing first.

BIN := target/release/korea-japan-timeline
# cargo-leptos regenerates the wasm bundle on every build, even an unchanged one (~40 s), so
# the release build is skipped while this stamp is newer than every input.
BUILT := target/site/.built
INPUTS := $(shell find src style public migrations seed locales -type f) Cargo.toml Cargo.lock build.rs \
	tools/js/package-lock.json

.PHONY: run build test test-rust test-e2e lint bench tools tools-e2e tools-postgres clean

## Build in release mode and serve http://127.0.0.1:3000 on data/timeline.db.
run: build
	./$(BIN)

## The release build alone: the server binary and target/site (CSS, JS, wasm).
build: $(BUILT)

$(BUILT): $(INPUTS) | tools
	cargo leptos build --release
	touch $@

## Every test: formatting and lints (the server, the browser build, the enhancer's types and
## style), then the Rust unit and integration tests beside the end-to-end tests in Chromium
## (each leaves cores idle at times that the other fills; each one's output is shown whole
## when it ends).
test: lint tools-e2e tools-postgres
	@scripts/side-by-side.sh test-rust test-e2e

# test-support: what only the integration tests may do (reach the database directly).
# Every test on SQLite, then the integration tests again on PostgreSQL, in a throw-away
# cluster that scripts/with-postgres.sh starts and stops (also when a test fails). The tests
# of what only PostgreSQL does run in the second run only.
test-rust: tools tools-postgres
	cargo test --features ssr,test-support -- --skip postgres_only::
	scripts/with-postgres.sh cargo test --features ssr,test-support --test app

test-e2e: build tools-e2e
	cd end2end && npx playwright test

lint: tools
	cargo fmt --check
	cargo clippy --features ssr,test-support --all-targets -- -D warnings
	cargo clippy --lib --features hydrate --target wasm32-unknown-unknown -- -D warnings
	tools/js/node_modules/.bin/tsc --project tools/js
	tools/js/node_modules/.bin/eslint --max-warnings 0 --config tools/js/eslint.config.js src/enhance

## Throughput, latency, memory and first-visit size under load; a kept page against nginx
## serving the same bytes; whether junk parameters or a
## flood of new views can push readers' pages out of the cache; how the cost of pages and
## filtered queries grows from 1k to 100k events; and 150 views nobody asked for before, at
## 100k events; the memory a 100k-event CSV export holds; whether a flood of 10,000 readers'
## reports slows readers or loses an editor's save; how long an editor waits for the preview
## and the confirmation of a 5,000-row import; and PostgreSQL beside SQLite, two servers behind
## nginx against one, and how fast a change reaches another server (see bench/README.md).
bench: build tools-e2e
	@scripts/install-tools.sh bench
	@scripts/install-tools.sh postgres
	bench/serve.sh
	bench/nginx.sh
	bench/cache.sh
	bench/filters.sh
	bench/cold.sh
	bench/export.sh
	bench/reports.sh
	bench/import.sh
	POSTGRES_DURABLE=1 scripts/with-postgres.sh bench/postgres.sh

tools:
	@scripts/install-tools.sh

tools-e2e:
	@scripts/install-tools.sh e2e

tools-postgres:
	@scripts/install-tools.sh postgres

clean:
	cargo clean
	rm -rf end2end/node_modules end2end/test-results tools/js/node_modules
