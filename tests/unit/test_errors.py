"""Error mapping: tcode first, then status; Hdr-Error for HEAD; everything pickles."""

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
    ("status", "tcode", "url", "cls"),
    [
        (404, "ErrBckNotFound", "http://h/v1/buckets/b", E.ErrBckNotFound),
        (404, "ErrRemoteBckNotFound", "http://h/v1/buckets/b", E.ErrRemoteBckNotFound),
        (404, "ErrBckNotFound", "http://h/v1/objects/b/o", E.ErrBckNotFound),
        (404, "ErrNotFound", "http://h/v1/objects/b/o", E.ErrObjNotFound),
        (404, "ErrNotFound", "http://h/v1/cluster?what=status", E.ErrXactionNotFound),
        (404, "ErrNotFound", "http://h/v1/daemon", E.AISNotFound),
        (409, "ErrBucketAlreadyExists", "http://h/v1/buckets/b", E.ErrBckAlreadyExists),
        (400, "ErrNotRemoteBck", "http://h/v1/buckets/b", E.ErrNotRemoteBck),
        (400, "ErrMissingBackend", "http://h/v1/buckets/b", E.ErrMissingBackend),
        (400, "ErrInvalidBackendProvider", "http://h/v1/buckets/b", E.ErrInvalidBackendProvider),
        (404, "ErrXactNotFound", "http://h/v1/cluster", E.ErrXactionNotFound),
        (500, "ErrBadCksum", "http://h/v1/objects/b/o", E.ErrBadCksum),
        (400, "", "http://h/v1/buckets/b", E.AISBadRequest),
        (401, "", "http://h/v1/buckets/b", E.AISUnauthorized),
        (403, "", "http://h/v1/buckets/b", E.AISForbidden),
        (409, "ErrBusy", "http://h/v1/buckets/b", E.AISConflict),
        (429, "ErrRateLimitFrontend", "http://h/v1/objects/b/o", E.AISRateLimited),
        (500, "", "http://h/v1/x", E.AISServerError),
        (502, "", "http://h/v1/x", E.AISServerError),
        (418, "", "http://h/v1/x", E.AISError),
    ],
)
def test_mapping_by_tcode_then_status(status: int, tcode: str, url: str, cls: type[E.AISError]) -> None:
    err = E.error_from_response(status, {}, _err_json(tcode, "boom", status), "GET", url)
    assert type(err) is cls
    assert err.status_code == status
    assert err.tcode == tcode
    assert err.message == "boom"
    assert err.node == "p[abc]"
    assert err.url == url


def test_subclass_families() -> None:
    assert issubclass(E.ErrBckNotFound, E.AISNotFound)
    assert issubclass(E.ErrObjNotFound, E.AISNotFound)
    assert issubclass(E.ErrRemoteBckNotFound, E.ErrBckNotFound)
    assert issubclass(E.ErrBckAlreadyExists, E.AISConflict)
    assert issubclass(E.ErrNotRemoteBck, E.AISBadRequest)
    assert issubclass(E.ClusterStarting, E.AISServerError)
    assert issubclass(E.AISTimeoutError, E.AISConnectionError)
    assert issubclass(E.InvalidBckProvider, ValueError)
    for cls in (E.AISError, E.InvalidBckProvider, E.Timeout, E.XactionAborted, E.AISConnectionError):
        assert issubclass(cls, E.AISException)


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
    err = E.error_from_response(404, headers, b"", "HEAD", "http://h/v1/objects/b1/nope")
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


def test_503_with_body_is_plain_server_error() -> None:
    err = E.error_from_response(503, {}, _err_json("", "not ready", 503), "GET", "http://h/v1/buckets")
    assert type(err) is E.AISServerError


def test_non_json_body_becomes_message() -> None:
    err = E.error_from_response(405, {}, b"Method Not Allowed\n", "PATCH", "http://h/v1/x")
    assert type(err) is E.AISError
    assert err.message == "Method Not Allowed"


def test_retry_after_seconds_and_date() -> None:
    err = E.error_from_response(429, {"Retry-After": "3"}, b"", "GET", "http://h/v1/objects/b/o")
    assert isinstance(err, E.AISRateLimited)
    assert err.retry_after == 3.0
    assert E.parse_retry_after("Wed, 21 Oct 2015 07:28:10 GMT", now=1445412480.0) == pytest.approx(10.0)
    assert E.parse_retry_after("soon") is None
    assert E.parse_retry_after(None) is None
    assert E.parse_retry_after("-5") == 0.0


def test_str_and_repr_are_informative() -> None:
    err = E.error_from_response(
        404, {}, _err_json("ErrBckNotFound", 'bucket "ais://x" does not exist', 404), "HEAD", "u"
    )
    assert "404 ErrBckNotFound" in str(err)
    assert "ais://x" in str(err)
    assert "ErrBckNotFound(status_code=404" in repr(err)


@pytest.mark.parametrize(
    "exc",
    [
        E.ErrObjNotFound(404, "ErrNotFound", "gone", "t[x]", "HEAD", "http://h/v1/objects/b/o"),
        E.AISRateLimited(429, "", "slow down", "", "GET", "u", 2.5),
        E.ClusterStarting(503, "", "cluster is starting up", "", "GET", "u"),
        E.InvalidBckProvider("hdfs", "nope"),
        E.InvalidBucketName("a..b", "no"),
        E.InvalidObjectName("a/../b", "no"),
        E.Timeout("took too long", XactStatus(kind="copy-bck", uuid="x1")),
        E.XactionAborted(XactStatus(kind="copy-bck", uuid="x1", aborted=True, err="user")),
        E.AISConnectionError("http://127.0.0.1:1", "refused"),
        E.AISTimeoutError("http://127.0.0.1:1", "read timeout"),
        E.IncompleteRead("http://127.0.0.1:1", "", 5, 10),
        E.TooManyRedirects("http://127.0.0.1:1/x", 5),
    ],
)
def test_every_exception_pickles(exc: Exception) -> None:
    back = pickle.loads(pickle.dumps(exc))
    assert type(back) is type(exc)
    assert str(back) == str(exc)
    assert vars(back) == vars(exc)


def test_timeout_keeps_last_status() -> None:
    st = XactStatus(kind="copy-bck", uuid="abc")
    exc = E.Timeout("waited 1s", st)
    assert exc.last_status is st
    assert "copy-bck" in str(exc)


def test_xaction_aborted_message() -> None:
    exc = E.XactionAborted(XactStatus(kind="copy-bck", uuid="abc", aborted=True, err="rebalance"))
    assert str(exc) == "xaction copy-bck[abc] was aborted: rebalance"
