"""Client options, checked when a `Client`/`AsyncClient` is built - before any socket exists.

Every problem is an `errors.InvalidArgument` (a `ValueError`) or, for a wrong
type, `errors.InvalidArgumentType` (also a `TypeError`), naming the option.
Messages never show a token or URL credentials.
"""

from __future__ import annotations

import enum
import math
import numbers
import os
import re
import ssl
from typing import Final
from urllib.parse import urlsplit

import httpx

from ..errors import InvalidArgument, InvalidArgumentType, XactionWaitTimeout, redact_url
from .retry import RetryPolicy

__all__ = [
    "DEFAULT",
    "DEFAULT_LIMITS",
    "DEFAULT_TIMEOUT",
    "display_url",
    "resolve_endpoint",
    "resolve_timeout",
    "validate_client_options",
    "validate_token",
]

ENV_ENDPOINT = "AIS_ENDPOINT"

# Finite by default (the official SDK once waited forever). `read` is between
# bytes, so it bounds a stalled transfer, not a long one; cold GETs from a
# cloud backend may need more: pass `timeout=`.
DEFAULT_TIMEOUT = httpx.Timeout(connect=5.0, read=120.0, write=120.0, pool=30.0)
# As many idle connections kept per node as may be in use: with more threads than kept connections,
# every burst closed the surplus and opened new ones (the 64-thread bench spent its time in connect).
DEFAULT_LIMITS = httpx.Limits(max_connections=64, max_keepalive_connections=64)


class _Default(enum.Enum):
    """Type of `DEFAULT`, the "not given" marker for options whose None means something (timeout=None: no limit)."""

    DEFAULT = "DEFAULT"

    def __repr__(self) -> str:
        return "DEFAULT"


DEFAULT: Final = _Default.DEFAULT

_TIMEOUT_FORMS = "a number of seconds, an httpx.Timeout, or None (no limit)"
_TIMEOUT_TUPLE_HINT = "use httpx.Timeout(connect=..., read=..., write=..., pool=...) for per-phase values"
_CONTROL = re.compile(r"[\x00-\x20\x7f]")


def _type_name(value: object) -> str:
    return type(value).__name__


def _without_userinfo(url: str) -> str:
    """`url` with any scheme's userinfo dropped, for messages about a URL that may not be http(s)."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        scheme, rest = "", url
    end = min((i for i in (rest.find(c) for c in "/?#") if i >= 0), default=len(rest))
    authority = rest[:end]
    if "@" in authority:
        rest = authority.rpartition("@")[2] + rest[end:]
    return redact_url(scheme + sep + rest)


# --------------------------------------------------------------------------- endpoint


def resolve_endpoint(endpoint: str | None) -> str:
    """The cluster's base URL: `endpoint`, else `$AIS_ENDPOINT`; "http://" added if no scheme; no trailing '/'.

    Only http and https; the URL must name a host (and a valid port, if
    any) and may not carry a query or fragment. Errors show the URL
    without credentials.
    """
    source = "endpoint"
    if endpoint is None or (isinstance(endpoint, str) and not endpoint.strip()):
        endpoint, source = os.environ.get(ENV_ENDPOINT, ""), f"${ENV_ENDPOINT}"
        if not endpoint.strip():
            raise InvalidArgument("endpoint", f"no AIS endpoint: pass Client(endpoint=...) or set ${ENV_ENDPOINT}")
    if not isinstance(endpoint, str):
        raise InvalidArgumentType("endpoint", f"must be a str URL like 'http://host:8080', got {_type_name(endpoint)}")
    ep = endpoint.strip()
    shown = _without_userinfo(ep)
    if _CONTROL.search(ep):
        raise InvalidArgument(source, f"{shown!r} contains whitespace or control characters")
    if "://" not in ep:
        ep = "http://" + ep
    try:
        parts = urlsplit(ep)
        port = parts.port  # ValueError for a non-numeric or out-of-range port
    except ValueError as e:
        raise InvalidArgument(source, f"{shown!r} is not a valid URL ({e})") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise InvalidArgument(source, f"{shown!r}: scheme must be http or https, not {parts.scheme!r}")
    if not parts.hostname:
        raise InvalidArgument(source, f"{shown!r} names no host (expected e.g. 'http://host:8080')")
    if port == 0:
        raise InvalidArgument(source, f"{shown!r}: port 0 is not a valid port")
    if parts.query or parts.fragment or ep.endswith(("?", "#")):
        raise InvalidArgument(source, f"{shown!r}: an endpoint URL may not have a query or fragment")
    ep = (scheme + "://" + ep.split("://", 1)[1]).rstrip("/")
    try:  # the final word: what httpx will be asked to connect to
        url = httpx.URL(ep)
    except (httpx.InvalidURL, ValueError, UnicodeError) as e:
        raise InvalidArgument(source, f"{shown!r} is not a valid URL ({_without_userinfo(str(e))})") from None
    if not url.host:
        raise InvalidArgument(source, f"{shown!r} names no host (expected e.g. 'http://host:8080')")
    return ep


def display_url(url: str) -> str:
    """`url` fit for reprs and logs: userinfo (`user:pass@`) removed."""
    return redact_url(url)


# --------------------------------------------------------------------------- timeout


def _check_seconds(option: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise InvalidArgumentType(option, f"must be {_TIMEOUT_FORMS}, got {_type_name(value)}")
    try:
        seconds = float(value)
    except (OverflowError, ValueError):
        seconds = math.inf
    if not math.isfinite(seconds) or seconds <= 0:
        raise InvalidArgument(
            option, f"must be a positive, finite number of seconds (or None: no limit), got {value!r}"
        )
    return seconds


def resolve_timeout(value: object = DEFAULT) -> httpx.Timeout:
    """The HTTP timeout for `Client(timeout=value)`.

    * `DEFAULT` (not given): `DEFAULT_TIMEOUT` (connect 5 s, read 120 s, write 120 s, pool 30 s);
    * a positive finite int/float: that many seconds for every phase;
    * `None`: no timeouts at all;
    * an `httpx.Timeout`: as is (each phase must be None or positive and finite).

    Rejected: bool, str ("10"), zero/negative/NaN/inf, tuples and lists (use
    `httpx.Timeout(connect=..., read=..., write=..., pool=...)`), and
    `errors.Timeout` / `XactionWaitTimeout`, which is the exception a job
    wait raises, not a setting.
    """
    if value is DEFAULT:
        return DEFAULT_TIMEOUT
    if value is None:
        return httpx.Timeout(None)
    if isinstance(value, httpx.Timeout):
        for phase in ("connect", "read", "write", "pool"):
            v = getattr(value, phase)
            if v is not None:
                _check_seconds(f"timeout.{phase}", v)
        return value
    if isinstance(value, XactionWaitTimeout) or (isinstance(value, type) and issubclass(value, XactionWaitTimeout)):
        raise InvalidArgumentType(
            "timeout",
            "errors.Timeout (XactionWaitTimeout) is the exception raised when waiting for a job runs out of "
            f"time, not an HTTP timeout setting; pass {_TIMEOUT_FORMS}",
        )
    if isinstance(value, (tuple, list)):
        raise InvalidArgumentType("timeout", f"a {_type_name(value)} is not accepted; {_TIMEOUT_TUPLE_HINT}")
    if isinstance(value, (str, bytes)):
        raise InvalidArgumentType("timeout", f"must be {_TIMEOUT_FORMS}, got {_type_name(value)} {value!r}")
    return httpx.Timeout(_check_seconds("timeout", value))


# --------------------------------------------------------------------------- the rest


def validate_token(token: object, option: str = "token") -> str | None:
    """`token` if usable as a bearer token: None, or a non-blank str of printable ASCII without CR/LF.

    The message never contains the token.
    """
    if token is None:
        return None
    if not isinstance(token, str):
        raise InvalidArgumentType(option, f"must be a str or None, got {_type_name(token)}")
    if not token.strip():
        raise InvalidArgument(option, "must not be empty or whitespace (pass None for no token)")
    if "\r" in token or "\n" in token:
        raise InvalidArgument(option, "must not contain CR or LF (it goes into an HTTP header)")
    if token != token.strip():
        raise InvalidArgument(option, "must not start or end with whitespace")
    if not all(" " <= c <= "~" for c in token):
        raise InvalidArgument(option, "may contain only printable ASCII characters")
    return token


def _check_verify(verify: object) -> None:
    if isinstance(verify, bool | ssl.SSLContext):
        return
    if not isinstance(verify, str):
        raise InvalidArgumentType(
            "verify", f"must be a bool, a CA bundle path (str) or an ssl.SSLContext, got {_type_name(verify)}"
        )
    if not verify:
        raise InvalidArgument("verify", "an empty path; pass True (system CAs), False, or a CA bundle path")
    if not os.path.exists(verify):
        raise InvalidArgument("verify", f"CA bundle path {verify!r} does not exist")


def validate_client_options(
    *,
    retry: object,
    limits: object,
    verify: object,
    direct: object,
    token: object,
    http_client: object,
    sync: bool,
    verify_checksums: object = True,
) -> None:
    """Check a client's options (all but endpoint and timeout, see `resolve_endpoint` / `resolve_timeout`).

    `sync` says which client is being built: `Client` takes an `httpx.Client`,
    `AsyncClient` an `httpx.AsyncClient`.
    """
    if not isinstance(retry, RetryPolicy):
        hint = " (use aisclient.NO_RETRY to disable retries)" if retry is None or isinstance(retry, bool) else ""
        raise InvalidArgumentType("retry", f"must be an aisclient.RetryPolicy, got {_type_name(retry)}{hint}")
    if not isinstance(limits, httpx.Limits):
        raise InvalidArgumentType("limits", f"must be an httpx.Limits, got {_type_name(limits)}")
    _check_verify(verify)
    if direct is not None and not isinstance(direct, bool):
        raise InvalidArgumentType("direct", f"must be True, False or None (automatic), got {_type_name(direct)}")
    validate_token(token)
    if not isinstance(verify_checksums, bool):
        raise InvalidArgumentType("verify_checksums", f"must be a bool, got {_type_name(verify_checksums)}")
    if http_client is None:
        return
    want, other, other_client = (
        (httpx.Client, httpx.AsyncClient, "aisclient.AsyncClient")
        if sync
        else (httpx.AsyncClient, httpx.Client, "aisclient.Client")
    )
    if isinstance(http_client, want):
        return
    owner = "aisclient.Client" if sync else "aisclient.AsyncClient"
    if isinstance(http_client, other):
        raise InvalidArgumentType(
            "http_client",
            f"{owner} needs an httpx.{want.__name__}, got an httpx.{other.__name__} (use {other_client} with it)",
        )
    raise InvalidArgumentType("http_client", f"{owner} needs an httpx.{want.__name__}, got {_type_name(http_client)}")
