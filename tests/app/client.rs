//! A browser, as far as the tests need one: it keeps the cookies a server sets and sends them
//! back where they belong (by path, until they expire or the server clears them), whether it
//! drives the app's router in-process or a server on a real socket.

use crate::http;
use crate::support::PUBLIC_URL;
use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::ConnectInfo;
use axum::http::{HeaderMap, HeaderValue, Request, StatusCode, header};
use axum::response::Response;
use cookie_store::CookieStore;
use http_body_util::BodyExt;
use std::io;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use tower::ServiceExt;
use url::Url;

pub struct Client {
    transport: Transport,
    /// The site as the browser addresses it, which decides the cookies it sends.
    origin: Url,
    jar: Arc<Mutex<CookieStore>>,
    /// The address the app sees the requests come from (in-process only: a socket's is real).
    peer: Option<SocketAddr>,
}

enum Transport {
    InProcess(Router),
    Socket(SocketAddr),
}

impl Client {
    /// A browser driving the router in-process, as if it reached the public site over HTTPS
    /// or plain HTTP.
    pub fn in_process(router: Router, https: bool) -> Self {
        let mut origin = Url::parse(PUBLIC_URL).unwrap();
        if !https {
            origin.set_scheme("http").unwrap();
        }
        Self::new(Transport::InProcess(router), origin)
    }

    /// A browser talking to the server listening on `addr`, over plain HTTP.
    pub fn socket(addr: SocketAddr) -> Self {
        let origin = Url::parse(&format!("http://{addr}")).unwrap();
        Self::new(Transport::Socket(addr), origin)
    }

    /// The same browser, talking to the server on `addr` on the same host: cookies are kept
    /// by host, not port, so it carries them there too.
    pub fn on(&self, addr: SocketAddr) -> Self {
        Self {
            jar: self.jar.clone(),
            ..Self::socket(addr)
        }
    }

    fn new(transport: Transport, origin: Url) -> Self {
        Self {
            transport,
            origin,
            jar: Arc::default(),
            peer: None,
        }
    }

    /// Seen by the app, from now on, as coming from this IPv4 address.
    pub fn connect_from(&mut self, address: [u8; 4]) {
        assert!(
            matches!(self.transport, Transport::InProcess(_)),
            "a socket's peer is the test itself"
        );
        self.peer = Some(SocketAddr::from((address, 40000)));
    }

    /// A GET as a browser's navigation sends it.
    pub async fn get(&self, uri: &str) -> TestResponse {
        let request = Request::get(uri).header(header::ACCEPT, "text/html");
        self.request(request.body(Body::empty()).unwrap()).await
    }

    /// A form post as a page of this site sends it.
    pub async fn post_form(&self, uri: &str, form: &[(&str, &str)]) -> TestResponse {
        self.request(form_post(uri, form, &self.origin)).await
    }

    /// Signs in, and keeps the cookies that come with it.
    pub async fn sign_in(&self, username: &str, password: &str) -> TestResponse {
        let form = [("username", username), ("password", password), ("next", "")];
        let response = self.post_form("/login", &form).await;
        assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
        response
    }

    /// Sends a request with the cookies that belong to its address, and keeps those the
    /// answer sets. A request that carries its own `Cookie` header is sent with it alone.
    pub async fn request(&self, request: Request<Body>) -> TestResponse {
        self.try_request(request).await.expect("the server answers")
    }

    /// `post_form`, to a server that may be gone: `Err` when no answer comes.
    pub async fn try_post_form(
        &self,
        uri: &str,
        form: &[(&str, &str)],
    ) -> io::Result<TestResponse> {
        self.try_request(form_post(uri, form, &self.origin)).await
    }

    async fn try_request(&self, mut request: Request<Body>) -> io::Result<TestResponse> {
        let url = self.origin.join(&request.uri().to_string()).unwrap();
        if !request.headers().contains_key(header::COOKIE)
            && let Some(cookies) = self.cookie_header(&url)
        {
            request.headers_mut().insert(header::COOKIE, cookies);
        }
        let response = match &self.transport {
            Transport::InProcess(router) => {
                if let Some(peer) = self.peer {
                    request.extensions_mut().insert(ConnectInfo(peer));
                }
                let response = router.clone().oneshot(request).await.unwrap();
                TestResponse::read(response).await
            }
            Transport::Socket(addr) => http::exchange(*addr, request).await?,
        };
        let set = response
            .headers
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|value| cookie::Cookie::parse(value.to_str().ok()?.to_owned()).ok());
        self.jar.lock().unwrap().store_response_cookies(set, &url);
        Ok(response)
    }

    /// The value of the cookie `name` the browser would send to `path`, if it holds one.
    pub fn cookie(&self, name: &str, path: &str) -> Option<String> {
        let url = self.origin.join(path).unwrap();
        let jar = self.jar.lock().unwrap();
        jar.get_request_values(&url)
            .find(|(found, _)| *found == name)
            .map(|(_, value)| value.to_owned())
    }

    /// Gives the browser a cookie the server never set (one another site planted, or an
    /// older version left), for `path` and below.
    pub fn plant(&self, name: &str, value: &str, path: &str) {
        let url = self.origin.join(path).unwrap();
        let cookie = format!("{name}={value}; Path={path}");
        self.jar.lock().unwrap().parse(&cookie, &url).unwrap();
    }

    /// The `Cookie` header for `url`: longer paths first, as browsers order them.
    fn cookie_header(&self, url: &Url) -> Option<HeaderValue> {
        let jar = self.jar.lock().unwrap();
        let mut cookies: Vec<_> = jar.matches(url);
        cookies.sort_by_key(|cookie| std::cmp::Reverse(String::from(&cookie.path).len()));
        let header = cookies
            .iter()
            .map(|cookie| format!("{}={}", cookie.name(), cookie.value()))
            .collect::<Vec<_>>()
            .join("; ");
        (!header.is_empty()).then(|| HeaderValue::from_str(&header).unwrap())
    }
}

/// A form post as a page of the site at `origin` sends it.
fn form_post(uri: &str, form: &[(&str, &str)], origin: &Url) -> Request<Body> {
    let body: String = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(form)
        .finish();
    Request::post(uri)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ACCEPT, "text/html")
        .header("sec-fetch-site", "same-origin")
        .header(header::ORIGIN, origin.origin().ascii_serialization())
        .body(Body::from(body))
        .unwrap()
}

/// An answer, read whole.
pub struct TestResponse {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
    /// The body as sent, for the compressed ones.
    pub bytes: Bytes,
}

impl TestResponse {
    pub fn new(status: StatusCode, headers: HeaderMap, bytes: Bytes) -> Self {
        Self {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
            bytes,
        }
    }

    /// An answer of the app's, read whole.
    pub async fn read(response: Response) -> Self {
        let (parts, body) = response.into_parts();
        let bytes = body.collect().await.unwrap().to_bytes();
        Self::new(parts.status, parts.headers, bytes)
    }

    pub fn header(&self, name: header::HeaderName) -> &str {
        self.headers
            .get(&name)
            .unwrap_or_else(|| panic!("no {name} header"))
            .to_str()
            .unwrap()
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }
}
