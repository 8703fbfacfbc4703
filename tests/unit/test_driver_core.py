"""Pure decisions of the drivers: URLs, token scoping, redirects, error checks."""

from __future__ import annotations

import pytest
from aisclient._driver import USER_AGENT, _DriverCore, env_token
from aisclient._protocol import Request, Upload
from aisclient._retry import DEFAULT_RETRY
from aisclient.errors import AISBadRequest, ErrObjNotFound
from aisclient.headers import Header

TOKEN = "tok-123"


def core(token: str | None = TOKEN) -> _DriverCore:
    return _DriverCore("http://127.0.0.1:8080/", DEFAULT_RETRY, token)


def auth(headers: list[tuple[str, str]]) -> str | None:
    return dict(headers).get("Authorization")


def test_relative_and_absolute_urls() -> None:
    c = core()
    assert c.url_of(Request("GET", "/v1/buckets")) == "http://127.0.0.1:8080/v1/buckets"
    assert c.url_of(Request("PUT", "http://127.0.0.1:8081/v1/objects/b/o")) == "http://127.0.0.1:8081/v1/objects/b/o"


def test_token_only_for_trusted_origins() -> None:
    c = core()
    req = Request("GET", "/v1/buckets")
    assert auth(c.headers_for(req, "http://127.0.0.1:8080/v1/buckets")) == f"Bearer {TOKEN}"
    assert auth(c.headers_for(req, "http://127.0.0.1:9999/x")) is None
    assert auth(c.headers_for(req, "http://evil.example:8080/x")) is None
    assert c.needs_smap("http://127.0.0.1:8081/x")
    c.trust_nodes(["http://127.0.0.1:8081"])
    assert auth(c.headers_for(req, "http://127.0.0.1:8081/v1/objects/b/o")) == f"Bearer {TOKEN}"
    assert not c.needs_smap("http://127.0.0.1:9999/x")  # refreshed once; unknown stays untrusted
    assert auth(c.headers_for(req, "http://127.0.0.1:9999/x")) is None


def test_no_token_no_header_no_smap() -> None:
    c = core(None)
    assert auth(c.headers_for(Request("GET", "/"), "http://127.0.0.1:8080/")) is None
    assert not c.needs_smap("http://127.0.0.1:8081/")


def test_token_never_in_repr() -> None:
    c = core()
    assert TOKEN not in repr(c) and "***" in repr(c)
    assert TOKEN not in repr(c._token) and TOKEN not in str(c._token)


def test_user_agent_and_upload_length() -> None:
    h = dict(core(None).headers_for(Request("PUT", "/", upload=Upload("/x", 42)), "http://127.0.0.1:8080/"))
    assert h["User-Agent"] == USER_AGENT and h["Content-Length"] == "42"


def test_next_hop() -> None:
    req = Request("GET", "/v1/objects/b/o", params=(("provider", "ais"),))
    hop = _DriverCore.next_hop(req, "http://p:1/v1/objects/b/o?provider=ais", 301, "http://t:2/v1/objects/b/o?pid=x")
    assert hop is not None
    nreq, url = hop
    assert url == "http://t:2/v1/objects/b/o?pid=x" and nreq.params == () and nreq.method == "GET"
    assert _DriverCore.next_hop(req, "http://p:1/", 200, None) is None
    no_follow = Request("PUT", "/v1/objects/b/o", follow_redirects=False)
    assert _DriverCore.next_hop(no_follow, "http://p:1/", 307, "http://t:2/") is None
    rel = _DriverCore.next_hop(req, "http://p:1/v1/x", 307, "/v1/y")
    assert rel is not None and rel[1] == "http://p:1/v1/y"


def test_check_raises_mapped_errors_unless_accepted() -> None:
    url = "http://t:2/v1/objects/b/o"
    _DriverCore.check(Request("GET", url), url, 200, Header(), b"")
    _DriverCore.check(Request("GET", url, accept=frozenset({503})), url, 503, Header(), b"")
    with pytest.raises(ErrObjNotFound):
        _DriverCore.check(Request("HEAD", url), url, 404, Header({"Hdr-Error": '{"tcode":"ErrNotFound"}'}), b"")
    with pytest.raises(AISBadRequest):
        _DriverCore.check(Request("GET", url), url, 400, Header(), b'{"message":"bad"}')


def test_single_try_requests() -> None:
    assert core().policy_for(Request("GET", "/", retry=False)).max_attempts == 1
    assert core().policy_for(Request("GET", "/")).max_attempts == DEFAULT_RETRY.max_attempts


def test_env_token(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("AIS_AUTHN_TOKEN", raising=False)
    monkeypatch.delenv("AIS_AUTHN_TOKEN_FILE", raising=False)
    assert env_token() is None
    f = tmp_path / "auth.token"
    f.write_text('{"token": "from-file"}')
    monkeypatch.setenv("AIS_AUTHN_TOKEN_FILE", str(f))
    assert env_token() == "from-file"
    monkeypatch.setenv("AIS_AUTHN_TOKEN", " direct ")
    assert env_token() == "direct"
