#!/usr/bin/env bash
# A kept page against a static file server: the app serving the timeline from its cache,
# and Debian's nginx serving the very bytes the app sends (plain and brotli, with the same
# Content-Type and Content-Encoding), both under wrk at 64 connections. Prints a Markdown
# table and the app's rate as a share of nginx's.
#   bench/nginx.sh                   after `make build`
#   DURATION=10s bench/nginx.sh
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=${BIN:-target/release/korea-japan-timeline}
PORT=${PORT:-3202}
NGINX_PORT=${NGINX_PORT:-3203}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-64}
BASE="http://127.0.0.1:$PORT"

source bench/common.sh
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || {
  echo "nginx is missing: apt-get install nginx-light" >&2; exit 1; }
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

start_server
# The bytes a reader gets: plain, and as browsers ask for them (brotli).
mkdir -p "$work/site"
curl -fs "$BASE/" -o "$work/site/index.html"
curl -fs -H "Accept-Encoding: br" "$BASE/" -o "$work/site/index.html.br"

cat >"$work/nginx.conf" <<CONF
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nodelay on;
  keepalive_requests 100000;
  client_body_temp_path $work/tmp-body;
  proxy_temp_path $work/tmp-proxy;
  fastcgi_temp_path $work/tmp-fastcgi;
  uwsgi_temp_path $work/tmp-uwsgi;
  scgi_temp_path $work/tmp-scgi;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $work/site;
    location = /plain { default_type "text/html; charset=utf-8"; try_files /index.html =404; }
    location = /br {
      default_type "text/html; charset=utf-8";
      add_header Content-Encoding br;
      add_header Vary Accept-Encoding;
      try_files /index.html.br =404;
    }
  }
}
CONF
"$NGINX" -c "$work/nginx.conf" -e "$work/nginx-error.log"
stop_nginx() { kill "$(cat "$work/nginx.pid")" 2>/dev/null || true; }
trap 'stop_nginx; cleanup' EXIT
for _ in $(seq 50); do curl -fs -o /dev/null "http://127.0.0.1:$NGINX_PORT/plain" && break; sleep 0.1; done

rate() {
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" "$@" | awk '/^Requests\/sec/ { printf "%.0f", $2 }'
}
echo "Machine: $(machine); wrk -t2 -c$CONNECTIONS -d$DURATION; the timeline page, $(wc -c <"$work/site/index.html") bytes plain, $(wc -c <"$work/site/index.html.br") brotli"
echo
echo "| bytes | app requests/s | nginx requests/s | app / nginx |"
echo "|---|---:|---:|---:|"
for form in plain br; do
  if [ "$form" = br ]; then header=(-H "Accept-Encoding: br"); else header=(-H "Accept-Encoding: identity"); fi
  app=$(rate "${header[@]}" "$BASE/")
  static=$(rate "http://127.0.0.1:$NGINX_PORT/$form")
  printf '| %s | %s | %s | %.2f |\n' "$form" "$app" "$static" "$(echo "$app / $static" | bc -l)"
done
