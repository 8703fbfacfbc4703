"""Error mapping by tcode alone (then status); the caller's not-found class; Hdr-Error; redaction; pickling."""

from __future__ import annotations

import json
import pickle

import httpx
import pytest
from aisclient import errors as E
from aisclient.models import XactStatus


def _err_json(tcode: str, message: str, status: int, **kw: str) -> bytes:
    doc = {"tcode": tcode, "message": message, "method": "GET", "url_path": "/v1/x", "node": "p[abc]", "status": status}
    doc.update(kw)
    if not tcode:
        del doc["tcode"]
    return json.dumps(doc).encode()


@pytest.mark.parametrize(
    ("status", "tcode", "cls"),
    [
        (404, "ErrBckNotFound", E.ErrBckNotFound),
        (404, "ErrRemoteBckNotFound", E.ErrRemoteBckNotFound),
        # Seen live: creating a missing aws bucket without AWS support answers 501 ErrRemoteBckNotFound.
        (501, "ErrRemoteBckNotFound", E.ErrRemoteBckNotFound),
        (409, "ErrBucketAlreadyExists", E.ErrBckAlreadyExists),
        (409, "ErrBusy", E.ErrBusy),
        (400, "ErrNotRemoteBck", E.ErrNotRemoteBck),
        (400, "ErrMissingBackend", E.ErrMissingBackend),
        (400, "ErrInvalidBackendProvider", E.ErrInvalidBackendProvider),
        (404, "ErrXactNotFound", E.ErrXactionNotFound),
        (403, "ErrBucketAccessDenied", E.ErrAccessDenied),
        (403, "ErrObjectAccessDenied", E.ErrAccessDenied),
        (416, "ErrRangeNotSatisfiable", E.ErrRangeNotSatisfiable),
        (416, "ErrUnsupp", E.ErrUnsupported),
        (501, "ErrNotImpl", E.ErrUnsupported),
        (507, "ErrCapExceeded", E.ErrCapExceeded),
        (429, "ErrTooManyRequests", E.AISRateLimited),
        (429, "ErrRateLimitFrontend", E.AISRateLimited),
        (500, "ErrBadCksum", E.ErrBadCksum),
        (400, "ErrInvalidCksum", E.ErrBadCksum),
        (400, "", E.AISBadRequest),
        (401, "", E.AISUnauthorized),
        (403, "", E.AISForbidden),
        (404, "", E.AISNotFound),
        (404, "ErrNotFound", E.AISNotFound),
        (409, "ErrAlreadyExists", E.AISConflict),
        (416, "", E.AISRangeNotSatisfiable),
        (500, "", E.AISServerError),
        (502, "", E.AISServerError),
        (500, "PathError", E.AISServerError),
        (418, "", E.AISError),
    ],
)
def test_mapping_by_tcode_then_status(status: int, tcode: str, cls: type[E.AISError]) -> None:
    err = E.error_from_response(status, {}, _err_json(tcode, "boom", status), "GET", "http://h/v1/objects/b/o")
    assert type(err) is cls
    assert err.status_code == status
    assert err.tcode == tcode
    assert err.message == "boom"
    assert err.node == "p[abc]"
    assert err.url == "http://h/v1/objects/b/o"


@pytest.mark.parametrize("tcode", ["", "ErrNotFound"])
@pytest.mark.parametrize("not_found", [E.ErrObjNotFound, E.ErrXactionNotFound])
def test_generic_404_becomes_the_callers_not_found(tcode: str, not_found: type[E.AISError]) -> None:
    # Seen live: a missing object's GET/HEAD is 404 ErrNotFound, its DELETE a 404 with no tcode,
    # a missing xaction id 404 ErrNotFound ("x-[id] does not exist").
    err = E.error_from_response(404, {}, _err_json(tcode, "gone", 404), "GET", "http://h/v1/anything", not_found)
    assert type(err) is not_found


def test_url_does_not_decide_the_class() -> None:
    # Without not_found, an object URL no longer turns a generic 404 into ErrObjNotFound.
    for url in ("http://h/v1/objects/b/o", "http://h/v1/cluster?what=status"):
        err = E.error_from_response(404, {}, _err_json("ErrNotFound", "m", 404), "GET", url)
        assert type(err) is E.AISNotFound


@pytest.mark.parametrize(
    ("status", "tcode", "cls"),
    [
        (404, "ErrFailedTo", E.AISNotFound),
        (404, "ErrSomethingNew", E.AISNotFound),
        (404, "ErrBckNotFound", E.ErrBckNotFound),  # a known tcode still wins over the caller's guess
        (500, "ErrSomethingNew", E.AISServerError),
        (400, "ErrFailedTo", E.AISBadRequest),
    ],
)
def test_unknown_tcode_never_becomes_a_specific_not_found(status: int, tcode: str, cls: type[E.AISError]) -> None:
    err = E.error_from_response(status, {}, _err_json(tcode, "m", status), "GET", "u", not_found=E.ErrObjNotFound)
    assert type(err) is cls


def test_missing_backend_as_seen_live() -> None:
    # HEAD/list/GET on an aws bucket of a cluster without AWS: 404 ErrFailedTo wrapping the cause...
    body = _err_json(
        "ErrFailedTo",
        "p[sXVp47855]: failed to lookup bucket s3://x, err: AWS backend is missing in the cluster configuration",
        404,
    )
    err = E.error_from_response(404, {}, body, "GET", "http://h/v1/objects/x/o?provider=aws", E.ErrObjNotFound)
    assert type(err) is E.AISNotFound
    assert "backend is missing" in str(err)
    # ...while listing the provider's buckets carries the specific tcode, status 400.
    body = _err_json("ErrMissingBackend", "AWS backend is missing in the cluster configuration", 400)
    err = E.error_from_response(400, {}, body, "GET", "http://h/v1/buckets/?provider=aws")
    assert type(err) is E.ErrMissingBackend


def test_subclass_families() -> None:
    assert issubclass(E.ErrBckNotFound, E.AISNotFound)
    assert issubclass(E.ErrObjNotFound, E.AISNotFound)
    assert issubclass(E.ErrRemoteBckNotFound, E.ErrBckNotFound)
    assert issubclass(E.ErrBckAlreadyExists, E.AISConflict)
    assert issubclass(E.ErrBusy, E.AISConflict)
    assert issubclass(E.ErrNotRemoteBck, E.AISBadRequest)
    assert issubclass(E.ErrAccessDenied, E.AISForbidden)
    assert issubclass(E.ErrRangeNotSatisfiable, E.AISRangeNotSatisfiable)
    assert issubclass(E.ErrCapExceeded, E.AISServerError)
    assert issubclass(E.ClusterStarting, E.AISServerError)
    assert issubclass(E.AISTimeoutError, E.AISConnectionError)
    assert issubclass(E.InvalidBckProvider, ValueError)
    for cls in (E.InvalidBckProvider, E.InvalidBucketName, E.InvalidObjectName, E.InvalidArgumentType):
        assert issubclass(cls, E.InvalidArgument)
        assert issubclass(cls, ValueError)
    assert issubclass(E.InvalidArgumentType, TypeError)
    assert not issubclass(E.InvalidArgument, TypeError)
    for root in (E.AISError, E.InvalidArgument, E.XactionWaitTimeout, E.XactionAborted, E.AISConnectionError):
        assert issubclass(root, E.AISException)


def test_timeout_is_the_job_wait_exception() -> None:
    assert E.Timeout is E.XactionWaitTimeout
    assert "not an HTTP timeout" in (E.XactionWaitTimeout.__doc__ or "")
    assert not issubclass(E.XactionWaitTimeout, (TimeoutError, E.AISConnectionError))


def test_message_text_is_not_used_for_classification() -> None:
    # The official SDK regexes "ais://b/o" out of the message; we must not.
    body = _err_json("", "ais://b1/obj does not exist", 404)
    err = E.error_from_response(404, {}, body, "GET", "http://h/v1/buckets/b1")
    assert type(err) is E.AISNotFound


def test_head_error_comes_from_hdr_error_header() -> None:
    # Verified live: a missing object's HEAD is a 404 with no body and the JSON in Hdr-Error.
    hdr = (
        '{"tcode":"ErrNotFound","message":"t[qoXt44397]: ais://b1/nope does not exist","method":"HEAD",'
        '"url_path":"/v1/objects/b1/nope","remote_addr":"127.0.0.1:1","caller":"","node":"t[qoXt44397]","status":404}'
    )
    headers = httpx.Headers({"Hdr-Error": hdr, "Content-Type": "application/json"})
    err = E.error_from_response(404, headers, b"", "HEAD", "http://h/v1/objects/b1/nope", not_found=E.ErrObjNotFound)
    assert isinstance(err, E.ErrObjNotFound)
    assert "does not exist" in err.message
    assert err.node == "t[qoXt44397]"


def test_hdr_error_lookup_is_case_insensitive_for_plain_dicts() -> None:
    err = E.error_from_response(
        404, {"hdr-error": '{"tcode":"ErrBckNotFound","message":"m"}'}, b"", "HEAD", "http://h/v1/buckets/x"
    )
    assert isinstance(err, E.ErrBckNotFound)


def test_400_without_tcode_is_bad_request() -> None:
    body = b'{"message":"json: unknown field \\"page_size\\"; found unknown field: page_size","status":400}'
    err = E.error_from_response(400, {}, body, "GET", "http://h/v1/buckets/b")
    assert type(err) is E.AISBadRequest
    assert "page_size" in err.message


def test_503_with_empty_body_is_cluster_starting() -> None:
    err = E.error_from_response(503, {}, b"", "GET", "http://h/v1/buckets")
    assert type(err) is E.ClusterStarting
    assert "starting" in str(err)


def test_503_with_body_or_hdr_error_is_plain_server_error() -> None:
    err = E.error_from_response(503, {}, _err_json("", "not ready", 503), "GET", "http://h/v1/buckets")
    assert type(err) is E.AISServerError
    err = E.error_from_response(503, {"Hdr-Error": '{"message":"x"}'}, b"", "HEAD", "http://h/v1/buckets/b")
    assert type(err) is E.AISServerError


@pytest.mark.parametrize("body", [b"Method Not Allowed\n", b"[1, 2]", b"\xff\xfe", b"[" * 100_000])
def test_non_json_body_becomes_message(body: bytes) -> None:
    err = E.error_from_response(405, {}, body, "PATCH", "http://h/v1/x")
    assert type(err) is E.AISError
    assert err.tcode == ""


def test_retry_after_seconds_and_date() -> None:
    err = E.error_from_response(429, {"Retry-After": "3"}, b"", "GET", "http://h/v1/objects/b/o")
    assert isinstance(err, E.AISRateLimited)
    assert err.retry_after == 3.0
    assert E.parse_retry_after("Wed, 21 Oct 2015 07:28:10 GMT", now=1445412480.0) == pytest.approx(10.0)
    assert E.parse_retry_after("soon") is None
    assert E.parse_retry_after(None) is None
    assert E.parse_retry_after("-5") == 0.0
    assert E.parse_retry_after("nan") is None


def test_str_and_repr_are_informative() -> None:
    err = E.error_from_response(
        404, {}, _err_json("ErrBckNotFound", 'bucket "ais://x" does not exist', 404), "HEAD", "u"
    )
    assert "404 ErrBckNotFound" in str(err)
    assert "ais://x" in str(err)
    assert "ErrBckNotFound(status_code=404" in repr(err)


# --------------------------------------------------------------------------- credentials


@pytest.mark.parametrize(
    ("url", "want"),
    [
        ("http://user:secret@h:8080/v1/x?a=b", "http://h:8080/v1/x?a=b"),
        ("https://user@h/", "https://h/"),
        ("HTTP://u:s@h", "HTTP://h"),
        ("http://u:p@ss@h:1/x", "http://h:1/x"),  # '@' in the password: the last '@' ends userinfo
        ("http://h/v1/objects/b/a@b", "http://h/v1/objects/b/a@b"),  # '@' in the path is not userinfo
        ("http://h:1", "http://h:1"),
        ("ais://@uuid#ns/bck", "ais://@uuid#ns/bck"),  # a namespaced bucket, not a URL with userinfo
        ("h:8080", "h:8080"),
        ("", ""),
    ],
)
def test_redact_url(url: str, want: str) -> None:
    assert E.redact_url(url) == want


def test_redact_text_finds_urls_inside_messages() -> None:
    text = "GET http://u:s3cret@h:1/x failed; then https://a:b@c/ too; ais://@u#ns/b stays"
    out = E.redact_text(text)
    assert "s3cret" not in out and "a:b" not in out
    assert "http://h:1/x" in out and "https://c/" in out and "ais://@u#ns/b" in out


def test_no_exception_shows_credentials() -> None:
    url = "http://admin:s3cret@h:8080/v1/objects/b/o"
    first = E.error_from_response(404, {}, _err_json("", f"no {url}", 404), "GET", url)
    assert first.url == "http://h:8080/v1/objects/b/o"
    made: list[E.AISException] = [
        first,
        E.AISError(500, "", f"see {url}", "", "GET", url),
        E.AISConnectionError(url, f"refused: {url}"),
        E.AISTimeoutError(url, "read"),
        E.IncompleteRead(url, "", 1, 2),
        E.TooManyRedirects(url, 5),
        E.ChecksumMismatch(url, "xxhash2", "a", "b"),
        E.ObjectChanged(url, f"at {url}"),
        E.InvalidResponse(url, f"from {url}"),
    ]
    for exc in made:
        for text in (str(exc), repr(exc), repr(exc.args), str(vars(exc))):
            assert "s3cret" not in text and "admin" not in text, (type(exc).__name__, text)
        back = pickle.loads(pickle.dumps(exc))
        assert "s3cret" not in str(back)


# --------------------------------------------------------------------------- pickling


@pytest.mark.parametrize(
    "exc",
    [
        E.ErrObjNotFound(404, "ErrNotFound", "gone", "t[x]", "HEAD", "http://h/v1/objects/b/o"),
        E.AISRateLimited(429, "", "slow down", "", "GET", "u", 2.5),
        E.ClusterStarting(503, "", "cluster is starting up", "", "GET", "u"),
        E.ErrBusy(409, "ErrBusy", "busy", "t[x]", "PUT", "u"),
        E.ErrRangeNotSatisfiable(416, "ErrRangeNotSatisfiable", "size=10", "t[x]", "GET", "u"),
        E.InvalidBckProvider("hdfs", "nope"),
        E.InvalidBucketName("a..b", "no"),
        E.InvalidObjectName("a/../b", "no"),
        E.InvalidArgument("page_size", "must be >= 0"),
        E.InvalidArgumentType("timeout", "must be a number"),
        E.XactionWaitTimeout("took too long", XactStatus(kind="copy-bck", uuid="x1")),
        E.Timeout("took too long"),
        E.XactionAborted(XactStatus(kind="copy-bck", uuid="x1", aborted=True, err="user")),
        E.AISConnectionError("http://127.0.0.1:1", "refused"),
        E.AISConnectFailed("http://127.0.0.1:1", "refused"),
        E.AISConnectTimeout("http://127.0.0.1:1", "connect"),
        E.AISTimeoutError("http://127.0.0.1:1", "read timeout"),
        E.IncompleteRead("http://127.0.0.1:1", "", 5, 10),
        E.TooManyRedirects("http://127.0.0.1:1/x", 5),
        E.ChecksumMismatch("ais://b/o", "xxhash2", "aa", "bb"),
        E.ObjectChanged("ais://b/o", "version 1 -> 2"),
        E.LocalFileChanged("/tmp/f", "size"),
        E.InvalidResponse("http://h/v1/buckets/b", "not msgpack"),
        E.ClientClosed(),
    ],
)
def test_every_exception_pickles(exc: Exception) -> None:
    back = pickle.loads(pickle.dumps(exc))
    assert type(back) is type(exc)
    assert str(back) == str(exc)
    assert vars(back) == vars(exc)


def test_every_public_exception_class_is_covered_by_the_pickle_test() -> None:
    public = {
        name for name in E.__all__ if isinstance(getattr(E, name), type) and issubclass(getattr(E, name), BaseException)
    }
    covered = {
        "AISBadRequest", "AISConflict", "AISError", "AISException", "AISForbidden", "AISNotFound",
        "AISRangeNotSatisfiable", "AISServerError", "AISUnauthorized", "ErrAccessDenied", "ErrBadCksum",
        "ErrBckAlreadyExists", "ErrBckNotFound", "ErrCapExceeded", "ErrInvalidBackendProvider",
        "ErrMissingBackend", "ErrNotRemoteBck", "ErrRemoteBckNotFound", "ErrUnsupported", "ErrXactionNotFound",
    }  # fmt: skip
    # AISError subclasses share AISError's constructor; the rest are listed in the parametrized test.
    for name in covered:
        cls = getattr(E, name)
        if issubclass(cls, E.AISError):
            exc = cls(400, "t", "m", "n", "GET", "u", 1.0)
            back = pickle.loads(pickle.dumps(exc))
            assert type(back) is cls and vars(back) == vars(exc)
    listed = {
        "AISRateLimited", "ClusterStarting", "ErrBusy", "ErrRangeNotSatisfiable", "ErrObjNotFound",
        "InvalidBckProvider", "InvalidBucketName", "InvalidObjectName", "InvalidArgument", "InvalidArgumentType",
        "XactionWaitTimeout", "Timeout", "XactionAborted", "AISConnectionError", "AISConnectFailed",
        "AISConnectTimeout", "AISTimeoutError", "IncompleteRead", "TooManyRedirects", "ChecksumMismatch",
        "ObjectChanged", "LocalFileChanged", "InvalidResponse", "ClientClosed",
        "TransferFailed",  # pickled in test_transfers.py
    }  # fmt: skip
    assert public <= covered | listed | {"AISException"}, public - covered - listed


def test_timeout_keeps_last_status() -> None:
    st = XactStatus(kind="copy-bck", uuid="abc")
    exc = E.Timeout("waited 1s", st)
    assert exc.last_status is st
    assert "copy-bck" in str(exc)


def test_xaction_aborted_message() -> None:
    exc = E.XactionAborted(XactStatus(kind="copy-bck", uuid="abc", aborted=True, err="rebalance"))
    assert str(exc) == "xaction copy-bck[abc] was aborted: rebalance"


def test_invalid_argument_message_names_the_option() -> None:
    assert str(E.InvalidArgument("page_size", "must be >= 0")) == "invalid page_size: must be >= 0"
    long = E.InvalidObjectName("a" * 5000, "too long")
    assert len(str(long)) < 300 and "5000 chars" in str(long)
