"""Property tests: any input gives an accepted value or a typed `InvalidArgument` - never another exception.

Plus: bad input through the public client raises the typed error and sends ZERO requests.
"""

from __future__ import annotations

import math
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from aisclient import Client
from aisclient._core.options import resolve_endpoint, resolve_timeout, validate_token
from aisclient._core.validate import (
    LIST_PROPS,
    MAX_OBJECT_NAME_BYTES,
    MAX_OBJECT_NAME_SEGMENT_BYTES,
    MAX_PAGE_SIZE,
    normalize_provider,
    parse_byte_range,
    quote_object_name,
    validate_bucket_name,
    validate_chunk_size,
    validate_continuation,
    validate_object_name,
    validate_page_size,
    validate_props,
    validate_wait_timeout,
)
from aisclient.errors import (
    AISException,
    InvalidArgument,
    InvalidArgumentType,
    InvalidBckProvider,
    InvalidBucketName,
    InvalidObjectName,
)
from aisclient.jobs import KINDS, canonical_kind
from hypothesis import given, settings
from hypothesis import strategies as st

SETTINGS = settings(max_examples=200, deadline=None, database=None)

# Any code point, surrogates included (st.text() leaves them out by default).
ANY_CHAR = st.characters(codec=None, exclude_categories=())
ANY_TEXT = st.text(ANY_CHAR, max_size=300)
# Long names too: past the byte limits, with slashes.
NAME_TEXT = st.one_of(
    ANY_TEXT,
    st.text(st.sampled_from("ab/.~é "), max_size=40),
    st.builds(lambda seg, n: "/".join([seg] * n), st.text(st.sampled_from("aé"), min_size=1, max_size=300),
              st.integers(1, 20)),
)  # fmt: skip
# Anything at all a caller might pass.
ANY_VALUE = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    ANY_TEXT,
    st.binary(max_size=20),
    st.tuples(st.integers(), st.integers()),
    st.lists(st.integers(), max_size=4),
    st.builds(object),
    st.builds(httpx.Timeout, st.none() | st.floats(allow_nan=True, allow_infinity=True)),
)


def _outcome(fn: Callable[[Any], Any], value: Any, errors: tuple[type[Exception], ...]) -> tuple[bool, Any]:
    """(True, result) or (False, the typed error); anything else propagates and fails the test."""
    try:
        return True, fn(value)
    except errors as e:
        assert isinstance(e, AISException)
        assert isinstance(e, ValueError)
        str(e), repr(e)  # messages build for any input
        back = pickle.loads(pickle.dumps(e))
        assert type(back) is type(e)
        return False, e


# --------------------------------------------------------------------------- names


@SETTINGS
@given(st.one_of(NAME_TEXT, ANY_VALUE))
def test_bucket_names(value: Any) -> None:
    ok, out = _outcome(validate_bucket_name, value, (InvalidBucketName, InvalidArgumentType))
    if ok:
        assert out == value and 1 <= len(out.encode()) <= 64
        assert out.isascii() and not out.startswith(".") and ".." not in out
    elif not isinstance(value, str):
        assert isinstance(out, TypeError)


@SETTINGS
@given(st.one_of(NAME_TEXT, ANY_VALUE))
def test_object_names(value: Any) -> None:
    ok, out = _outcome(validate_object_name, value, (InvalidObjectName, InvalidArgumentType))
    if not ok:
        if not isinstance(value, str):
            assert isinstance(out, TypeError)
        return
    raw = out.encode("utf-8")  # never an unpaired surrogate
    assert out == value and 0 < len(raw) <= MAX_OBJECT_NAME_BYTES
    segments = raw.split(b"/")
    assert all(0 < len(s) <= MAX_OBJECT_NAME_SEGMENT_BYTES and s not in (b".", b"..") for s in segments)
    assert not any(c < " " or c == "\x7f" for c in out)
    wire = quote_object_name(out)
    assert wire.isascii() and len(wire) < 65536  # httpx's URL limit


@SETTINGS
@given(st.one_of(st.sampled_from(["ais", "AWS", " gs ", "oc", "hdfs", "", "s3://"]), ANY_VALUE))
def test_providers(value: Any) -> None:
    ok, out = _outcome(normalize_provider, value, (InvalidBckProvider, InvalidArgumentType))
    if ok:
        assert out in ("ais", "aws", "gcp", "azure", "oci")


# --------------------------------------------------------------------------- listing and reads


PROPS_TEXT = st.one_of(
    ANY_TEXT,
    st.lists(st.sampled_from([*LIST_PROPS, "bogus", " ", "", "NAME", "size "]), max_size=6).map(",".join),
)


@SETTINGS
@given(st.one_of(PROPS_TEXT, ANY_VALUE))
def test_props(value: Any) -> None:
    ok, out = _outcome(validate_props, value, (InvalidArgument,))
    if ok:
        items = out.split(",") if out else []
        assert set(items) <= set(LIST_PROPS) and len(items) == len(set(items))
        assert validate_props(out) == out  # idempotent


@SETTINGS
@given(st.one_of(st.integers(min_value=-(2**64), max_value=2**64), ANY_VALUE))
def test_page_sizes(value: Any) -> None:
    ok, out = _outcome(validate_page_size, value, (InvalidArgument,))
    if ok:
        assert type(out) is int and 0 <= out <= MAX_PAGE_SIZE


@SETTINGS
@given(st.one_of(st.integers(min_value=-(2**64), max_value=2**64), ANY_VALUE))
def test_chunk_sizes(value: Any) -> None:
    ok, out = _outcome(validate_chunk_size, value, (InvalidArgument,))
    if ok:
        assert type(out) is int and out > 0


RANGE_TEXT = st.one_of(
    ANY_TEXT,
    st.builds(
        lambda pre, a, sep, b: f"{pre}{a}{sep}{b}",
        st.sampled_from(["", "bytes=", "BYTES= ", "items=", " "]),
        st.one_of(st.just(""), st.integers(-5, 2**64).map(str)),
        st.sampled_from(["-", " - ", "--", ",", "-1,2-"]),
        st.one_of(st.just(""), st.integers(-5, 2**64).map(str)),
    ),
)


@SETTINGS
@given(st.one_of(RANGE_TEXT, ANY_VALUE))
def test_byte_ranges(value: Any) -> None:
    ok, out = _outcome(parse_byte_range, value, (InvalidArgument,))
    if not ok:
        return
    assert out.startswith("bytes=") and "," not in out
    start, _, end = out[len("bytes=") :].partition("-")
    assert start or end
    if start and end:
        assert int(start) <= int(end) <= 2**63 - 1
    if not start:
        assert 1 <= int(end) <= 2**63 - 1
    assert parse_byte_range(out) == out  # normalized form is a fixed point
    httpx.Headers({"Range": out})  # always a legal header value


@SETTINGS
@given(st.one_of(st.text(st.sampled_from("aZ09-_ é"), max_size=40), ANY_VALUE), st.one_of(ANY_TEXT, ANY_VALUE))
def test_continuations(uuid: Any, token: Any) -> None:
    ok, out = _outcome(lambda pair: validate_continuation(*pair), (uuid, token), (InvalidArgument,))
    if ok:
        assert out == (uuid, token)
        assert not token or uuid


@SETTINGS
@given(st.one_of(st.sampled_from(list(KINDS)), ANY_TEXT, ANY_VALUE))
def test_xaction_kinds(value: Any) -> None:
    ok, out = _outcome(canonical_kind, value, (InvalidArgument,))
    if ok:
        assert out in KINDS.values()


@SETTINGS
@given(ANY_VALUE)
def test_wait_timeouts(value: Any) -> None:
    ok, out = _outcome(validate_wait_timeout, value, (InvalidArgument,))
    if ok:
        assert isinstance(out, float) and 0 < out < math.inf


# --------------------------------------------------------------------------- client options


@SETTINGS
@given(ANY_VALUE)
def test_timeouts(value: Any) -> None:
    ok, out = _outcome(resolve_timeout, value, (InvalidArgument,))
    if ok:
        assert isinstance(out, httpx.Timeout)
        for phase in (out.connect, out.read, out.write, out.pool):
            assert phase is None or 0 < phase < math.inf


@SETTINGS
@given(st.one_of(ANY_TEXT, st.text(st.sampled_from("ab:/@[]?#1 .h"), max_size=30).map("http://".__add__), ANY_VALUE))
def test_endpoints(value: Any) -> None:
    ok, out = _outcome(resolve_endpoint, value, (InvalidArgument,))
    if ok:
        url = httpx.URL(out)
        assert url.scheme in ("http", "https") and url.host and not out.endswith("/")


@SETTINGS
@given(st.one_of(ANY_TEXT, ANY_VALUE))
def test_tokens(value: Any) -> None:
    ok, out = _outcome(validate_token, value, (InvalidArgument,))
    if ok and out is not None:
        httpx.Headers({"Authorization": f"Bearer {out}"})  # a legal header
    if not ok and isinstance(value, str) and len(value) >= 8:
        assert value not in str(out)  # the token never shows


# --------------------------------------------------------------------------- zero requests


class _Counter:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(500, json={"message": "the test transport must not be reached"})


@pytest.fixture
def counted() -> Any:
    counter = _Counter()
    http = httpx.Client(transport=httpx.MockTransport(counter))
    client = Client("http://127.0.0.1:1", http_client=http)
    yield client, counter
    client.close()
    http.close()


@pytest.fixture
def small_file(tmp_path: Path) -> Path:
    p = tmp_path / "f"
    p.write_bytes(b"x")
    return p


BAD_CALLS: list[tuple[str, Callable[[Client, Path], Any], type[Exception]]] = [
    ("put 2000-byte name", lambda c, f: c.put_object("b", "a" * 2000, f), InvalidObjectName),
    ("put name with //", lambda c, f: c.put_object("b", "a//b", f), InvalidObjectName),
    ("put name with newline", lambda c, f: c.put_object("b", "a\nb", f), InvalidObjectName),
    ("put None name", lambda c, f: c.put_object("b", None, f), InvalidArgumentType),  # type: ignore[arg-type]
    ("get long segment", lambda c, f: c.get_object("b", "a" * 256), InvalidObjectName),
    ("head bad bucket", lambda c, f: c.head_object("a..b", "o"), InvalidBucketName),
    ("list props=bogus", lambda c, f: c.list_objects("b", props="bogus"), InvalidArgument),
    ("list garbage token", lambda c, f: c.list_objects("b", continuation_token="garbage"), InvalidArgument),
    ("list bad uuid", lambda c, f: c.list_objects("b", uuid="garbage"), InvalidArgument),
    ("list page_size=-1", lambda c, f: c.list_objects("b", page_size=-1), InvalidArgument),
    ("list page_size=True", lambda c, f: c.list_objects("b", page_size=True), InvalidArgumentType),
    ("list_all props=bogus", lambda c, f: c.list_all_objects("b", props="bogus"), InvalidArgument),
    ("get chunk_size=0", lambda c, f: c.get_object("b", "o", chunk_size=0), InvalidArgument),
    ("get byte_range=9-1", lambda c, f: c.get_object("b", "o", byte_range="9-1"), InvalidArgument),
    ("get byte_range=bytes=", lambda c, f: c.get_object("b", "o", byte_range="bytes="), InvalidArgument),
    ("get multi-range", lambda c, f: c.get_object("b", "o", byte_range="0-1,3-4"), InvalidArgument),
    ("wait nonsense kind", lambda c, f: c.wait_for_xaction_finished(xact_kind="nonsense"), InvalidArgument),
    ("wait timeout=0", lambda c, f: c.wait_for_xaction_finished("xid123456", timeout=0), InvalidArgument),
    ("wait timeout=nan", lambda c, f: c.wait_for_xaction_finished("xid123456", timeout=math.nan), InvalidArgument),
    ("status nonsense kind", lambda c, f: c.xact_status(xact_kind="nonsense"), InvalidArgument),
    ("start unstartable", lambda c, f: c.xact_start("copy-bck"), InvalidArgument),
    ("provider hdfs", lambda c, f: c.list_buckets("hdfs"), InvalidBckProvider),
]


@pytest.mark.parametrize(("case", "call", "exc"), BAD_CALLS, ids=[c[0] for c in BAD_CALLS])
def test_bad_input_sends_no_request(
    counted: Any, small_file: Path, case: str, call: Callable[[Client, Path], Any], exc: type[Exception]
) -> None:
    client, counter = counted
    with pytest.raises(exc) as ei:
        call(client, small_file)
    assert isinstance(ei.value, AISException)
    assert counter.requests == [], f"{case}: sent {[str(r.url) for r in counter.requests]}"


def test_the_counting_transport_does_count(counted: Any) -> None:
    # Guard against a vacuous zero: a valid call does reach the mock transport.
    client, counter = counted
    with pytest.raises(AISException):
        client.list_objects("b")
    assert len(counter.requests) >= 1
