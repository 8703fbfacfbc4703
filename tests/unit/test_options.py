"""Client options: endpoint, timeout and the rest, checked before any socket exists."""

from __future__ import annotations

import math
import ssl
from pathlib import Path

import httpx
import pytest
from aisclient import errors
from aisclient._core.options import (
    DEFAULT,
    DEFAULT_TIMEOUT,
    display_url,
    resolve_endpoint,
    resolve_timeout,
    validate_client_options,
    validate_token,
)
from aisclient._core.retry import DEFAULT_RETRY, NO_RETRY
from aisclient.errors import InvalidArgument, InvalidArgumentType

# --------------------------------------------------------------------------- endpoint


@pytest.mark.parametrize(
    ("given", "want"),
    [
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
        ("http://127.0.0.1:8080/", "http://127.0.0.1:8080"),
        ("127.0.0.1:8080", "http://127.0.0.1:8080"),
        ("localhost", "http://localhost"),
        ("  https://ais.example:443//  ", "https://ais.example:443"),
        ("HTTPS://Host:1", "https://Host:1"),
        ("http://[::1]:8080", "http://[::1]:8080"),
        ("http://gw.example/ais/", "http://gw.example/ais"),
        ("http://user:pw@h:1", "http://user:pw@h:1"),
    ],
)
def test_endpoint_normalization(given: str, want: str) -> None:
    assert resolve_endpoint(given) == want


def test_endpoint_falls_back_to_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AIS_ENDPOINT", "10.0.0.1:51080/")
    assert resolve_endpoint(None) == "http://10.0.0.1:51080"
    assert resolve_endpoint("") == "http://10.0.0.1:51080"
    assert resolve_endpoint("http://other:1") == "http://other:1"
    monkeypatch.setenv("AIS_ENDPOINT", "ftp://x")
    with pytest.raises(InvalidArgument, match=r"\$AIS_ENDPOINT.*scheme"):
        resolve_endpoint(None)


def test_no_endpoint_at_all(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AIS_ENDPOINT", raising=False)
    with pytest.raises(InvalidArgument, match="AIS_ENDPOINT") as ei:
        resolve_endpoint(None)
    assert isinstance(ei.value, ValueError)


@pytest.mark.parametrize(
    ("bad", "why"),
    [
        ("ftp://h:1", "scheme must be http or https"),
        ("unix:///tmp/sock", "scheme"),
        ("http://", "names no host"),
        ("http://:8080", "names no host"),
        ("http://user:pw@", "names no host"),
        ("http://h:notaport", "not a valid URL"),
        ("http://h:99999", "not a valid URL"),
        ("http://h:0", "port 0"),
        ("http://[::1", "not a valid URL"),
        ("http://h h:1", "whitespace"),
        ("http://h:1\n", "http://h:1"),  # stripped: fine, see below
        ("http://h\x00:1", "control"),
        ("http://h:1/?x=1", "query or fragment"),
        ("http://h:1#frag", "query or fragment"),
        ("http://h:1?", "query or fragment"),
    ],
)
def test_bad_endpoints(bad: str, why: str) -> None:
    if why == "http://h:1":
        assert resolve_endpoint(bad) == why
        return
    with pytest.raises(InvalidArgument, match=why):
        resolve_endpoint(bad)


@pytest.mark.parametrize("bad", [b"http://h:1", 8080, ["http://h"], object()])
def test_endpoint_must_be_str(bad: object) -> None:
    with pytest.raises(InvalidArgumentType, match="endpoint"):
        resolve_endpoint(bad)  # type: ignore[arg-type]


def test_endpoint_errors_and_display_hide_credentials() -> None:
    with pytest.raises(InvalidArgument) as ei:
        resolve_endpoint("ftp://admin:s3cret@h:1")
    assert "s3cret" not in str(ei.value) and "admin" not in str(ei.value)
    with pytest.raises(InvalidArgument) as ei:
        resolve_endpoint("http://admin:s3cret@h:1/?q")
    assert "s3cret" not in str(ei.value)
    assert display_url("http://admin:s3cret@h:1") == "http://h:1"
    assert display_url("http://h:1") == "http://h:1"


# --------------------------------------------------------------------------- timeout


def test_default_timeout() -> None:
    t = resolve_timeout(DEFAULT)
    assert t is DEFAULT_TIMEOUT
    assert (t.connect, t.read, t.write, t.pool) == (5.0, 120.0, 120.0, 30.0)
    assert resolve_timeout() is DEFAULT_TIMEOUT
    assert repr(DEFAULT) == "DEFAULT"


@pytest.mark.parametrize("seconds", [1, 2.5, 0.001, 10**6])
def test_number_applies_to_every_phase(seconds: float) -> None:
    t = resolve_timeout(seconds)
    assert (t.connect, t.read, t.write, t.pool) == (seconds,) * 4


def test_none_disables_and_httpx_timeout_passes_through() -> None:
    t = resolve_timeout(None)
    assert (t.connect, t.read, t.write, t.pool) == (None,) * 4
    mine = httpx.Timeout(connect=1.0, read=None, write=3.0, pool=4.0)
    assert resolve_timeout(mine) is mine


@pytest.mark.parametrize(
    ("bad", "cls", "why"),
    [
        (True, InvalidArgumentType, "bool"),
        (False, InvalidArgumentType, "bool"),
        ("10", InvalidArgumentType, "str '10'"),
        (b"10", InvalidArgumentType, "bytes"),
        (0, InvalidArgument, "positive"),
        (-1, InvalidArgument, "positive"),
        (math.nan, InvalidArgument, "positive"),
        (math.inf, InvalidArgument, "positive"),
        (-math.inf, InvalidArgument, "positive"),
        (10**400, InvalidArgument, "positive"),
        ((5, 30), InvalidArgumentType, r"httpx\.Timeout\(connect=\.\.\., read=\.\.\., write=\.\.\., pool=\.\.\.\)"),
        ((5,), InvalidArgumentType, r"httpx\.Timeout\(connect="),
        ((1, 2, 3, 4), InvalidArgumentType, r"httpx\.Timeout\(connect="),
        ((), InvalidArgumentType, r"httpx\.Timeout\(connect="),
        ([5, 30], InvalidArgumentType, r"httpx\.Timeout\(connect="),
        (errors.Timeout, InvalidArgumentType, "exception raised when waiting for a job"),
        (errors.XactionWaitTimeout("x"), InvalidArgumentType, "not an HTTP timeout"),
        ({"read": 5}, InvalidArgumentType, "dict"),
        (object(), InvalidArgumentType, "object"),
        (httpx.Timeout(-1.0), InvalidArgument, r"timeout\.connect"),
        (httpx.Timeout(5.0, read=math.nan), InvalidArgument, r"timeout\.read"),
        (httpx.Timeout(5.0, pool=0), InvalidArgument, r"timeout\.pool"),
    ],
)
def test_bad_timeouts_name_the_option(bad: object, cls: type[Exception], why: str) -> None:
    with pytest.raises(cls, match=why) as ei:
        resolve_timeout(bad)
    assert "timeout" in str(ei.value)
    assert isinstance(ei.value, errors.AISException)


# --------------------------------------------------------------------------- the rest


def _ok(**over: object) -> dict[str, object]:
    opts: dict[str, object] = {
        "retry": DEFAULT_RETRY,
        "limits": httpx.Limits(max_connections=4),
        "verify": True,
        "direct": None,
        "token": None,
        "http_client": None,
        "sync": True,
    }
    opts.update(over)
    return opts


def test_good_options_pass(tmp_path: Path) -> None:
    ca = tmp_path / "ca.pem"
    ca.write_text("x")
    for over in (
        {},
        {"retry": NO_RETRY, "verify": False, "direct": True, "token": "abc.def.ghi"},
        {"verify": str(ca), "direct": False},
        {"verify": str(tmp_path)},  # a CA directory
        {"verify": ssl.create_default_context()},
        {"verify_checksums": False},
    ):
        validate_client_options(**_ok(**over))  # type: ignore[arg-type]


def test_http_client_kind_must_match() -> None:
    with httpx.Client() as sync_http:
        validate_client_options(**_ok(http_client=sync_http, sync=True))  # type: ignore[arg-type]
        with pytest.raises(InvalidArgumentType, match=r"AsyncClient needs an httpx\.AsyncClient.*aisclient\.Client"):
            validate_client_options(**_ok(http_client=sync_http, sync=False))  # type: ignore[arg-type]
    async_http = httpx.AsyncClient()
    validate_client_options(**_ok(http_client=async_http, sync=False))  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentType, match=r"Client needs an httpx\.Client.*aisclient\.AsyncClient"):
        validate_client_options(**_ok(http_client=async_http, sync=True))  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentType, match="http_client"):
        validate_client_options(**_ok(http_client="http://h"))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("over", "cls", "why"),
    [
        ({"retry": None}, InvalidArgumentType, "retry.*NO_RETRY"),
        ({"retry": 3}, InvalidArgumentType, "retry"),
        ({"retry": False}, InvalidArgumentType, "NO_RETRY"),
        ({"limits": 64}, InvalidArgumentType, "limits"),
        ({"limits": None}, InvalidArgumentType, "limits"),
        ({"verify": "/no/such/ca.pem"}, InvalidArgument, "does not exist"),
        ({"verify": ""}, InvalidArgument, "verify"),
        ({"verify": 1}, InvalidArgumentType, "verify"),
        ({"verify": None}, InvalidArgumentType, "verify"),
        ({"verify": Path("/")}, InvalidArgumentType, "verify"),
        ({"direct": "yes"}, InvalidArgumentType, "direct"),
        ({"direct": 1}, InvalidArgumentType, "direct"),
        ({"token": ""}, InvalidArgument, "token"),
        ({"token": "   "}, InvalidArgument, "token"),
        ({"token": b"abc"}, InvalidArgumentType, "token"),
        ({"token": "abc\r\nX-Evil: 1"}, InvalidArgument, "CR or LF"),
        ({"token": "abc\n"}, InvalidArgument, "CR or LF"),
        ({"token": " abc"}, InvalidArgument, "whitespace"),
        ({"token": "tökén"}, InvalidArgument, "ASCII"),
        ({"token": "a\x00b"}, InvalidArgument, "ASCII"),
        ({"verify_checksums": "yes"}, InvalidArgumentType, "verify_checksums"),
        ({"verify_checksums": None}, InvalidArgumentType, "verify_checksums"),
    ],
)
def test_bad_options(over: dict[str, object], cls: type[Exception], why: str) -> None:
    with pytest.raises(cls, match=why):
        validate_client_options(**_ok(**over))  # type: ignore[arg-type]


def test_token_never_in_messages() -> None:
    for bad in ("s3cret\n", " s3cret", "s3cretö"):
        with pytest.raises(InvalidArgument) as ei:
            validate_token(bad)
        assert "s3cret" not in str(ei.value) and "s3cret" not in repr(ei.value.args)
    assert validate_token("abc") == "abc"
    assert validate_token(None) is None
    with pytest.raises(InvalidArgument, match="AIS_AUTHN_TOKEN"):
        validate_token("", option="$AIS_AUTHN_TOKEN")
