"""Input checks before any request: providers, names, listing arguments, byte ranges, chunk sizes, kinds, waits."""

from __future__ import annotations

import math

import pytest
from aisclient._core.validate import (
    LIST_PROPS,
    MAX_OBJECT_NAME_BYTES,
    MAX_PAGE_SIZE,
    normalize_provider,
    parse_byte_range,
    quote_object_name,
    validate_bucket_name,
    validate_chunk_size,
    validate_continuation,
    validate_object_name,
    validate_page_size,
    validate_prefix,
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
from aisclient.jobs import KINDS, STARTABLE_KINDS, canonical_kind, canonical_startable_kind

# --------------------------------------------------------------------------- providers


@pytest.mark.parametrize(
    ("given", "want"),
    [
        ("", "ais"),
        (None, "ais"),
        ("ais", "ais"),
        ("aws", "aws"),
        ("s3", "aws"),
        ("gcp", "gcp"),
        ("gs", "gcp"),
        ("azure", "azure"),
        ("az", "azure"),
        ("oci", "oci"),
        ("oc", "oci"),
        ("AIS", "ais"),
        (" aws ", "aws"),
    ],
)
def test_provider_normalization(given: str | None, want: str) -> None:
    assert normalize_provider(given) == want


def test_empty_provider_may_mean_any() -> None:
    assert normalize_provider("", allow_empty=True) == ""
    assert normalize_provider(None, allow_empty=True) == ""


@pytest.mark.parametrize("bad", ["hdfs", "ht", "minio", "s4", " ", "ais://"])
def test_unsupported_providers_name_the_supported_set(bad: str) -> None:
    with pytest.raises(InvalidBckProvider) as ei:
        normalize_provider(bad)
    msg = str(ei.value)
    assert repr(bad) in msg
    for p in ("ais", "aws", "gcp", "azure", "oci"):
        assert p in msg


@pytest.mark.parametrize("bad", [b"ais", 0, 1, ["ais"], object()])
def test_non_str_provider_is_a_type_error(bad: object) -> None:
    with pytest.raises(InvalidArgumentType, match="provider"):
        normalize_provider(bad)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- bucket names


@pytest.mark.parametrize("ok", ["b", "my-bucket_1.v2", "A" * 64, "x.y.z", "0"])
def test_valid_bucket_names(ok: str) -> None:
    assert validate_bucket_name(ok) == ok


@pytest.mark.parametrize(
    ("bad", "why"),
    [
        ("", "empty"),
        ("A" * 65, "longer than 64"),
        (".hidden", "start with '.'"),
        ("a..b", "'..'"),
        ("has space", "only letters"),
        ("slash/x", "only letters"),
        ("ünï", "only letters"),
        ("q?x", "only letters"),
        ("\ud800", "only letters"),  # unpaired surrogate: a typed error, not UnicodeEncodeError
        ("ü" * 40, "only letters"),
    ],
)
def test_invalid_bucket_names(bad: str, why: str) -> None:
    with pytest.raises(InvalidBucketName, match=why):
        validate_bucket_name(bad)


@pytest.mark.parametrize("bad", [None, 5, b"bucket", ["b"]])
def test_bucket_name_must_be_str(bad: object) -> None:
    with pytest.raises(InvalidArgumentType, match="bucket name") as ei:
        validate_bucket_name(bad)  # type: ignore[arg-type]
    assert isinstance(ei.value, TypeError) and isinstance(ei.value, AISException)


# --------------------------------------------------------------------------- object names


@pytest.mark.parametrize(
    "ok",
    [
        "o",
        "a/b/c.txt",
        "with space",
        " sp ",
        "ünïcode/ファイル",
        "q?x",
        "h#x",
        "100%",
        "pct%2Fx",
        "plus+x",
        "a\\b",
        ".hidden",
        "a/.b",
        "a..b",
        "x/..y",
        "~x",
        "a/~/b",
        "c1\x85",  # C1 controls are multi-byte UTF-8, percent-encoded: round-trip fine (seen live)
        "\ufeffbom",
        "a" * 255,
        ("d" * 100 + "/") * 30 + "x" * 42,  # exactly 3072 bytes, short segments
        "m" * 255 + "/" + "x" * 255,
        "ü" * 127,  # 254 bytes
    ],
)
def test_valid_object_names(ok: str) -> None:
    assert validate_object_name(ok) == ok


@pytest.mark.parametrize(
    ("bad", "why"),
    [
        ("", "empty"),
        ("dir/", "end with '/'"),
        (".", r"'\.' or '\.\.'"),
        ("..", r"'\.' or '\.\.'"),
        ("a/./b", r"'\.' or '\.\.'"),
        ("a/../b", r"'\.' or '\.\.'"),
        ("../x", r"'\.' or '\.\.'"),
        ("x/..", r"'\.' or '\.\.'"),
        ("x/.", r"'\.' or '\.\.'"),
        ("~/x", "'~/'"),
        ("/lead", "start with '/'"),
        ("a//b", "'//'"),
        ("a\nb", "control character"),
        ("a\rb", "control character"),
        ("tab\t", "control character"),
        ("a\x01b", "control character"),
        ("a\x7fb", "control character"),
        ("nul\x00", "control character"),
        ("\ud800x", "surrogate"),
        ("a" * 256, "256-byte path segment"),
        ("ü" * 128, "256-byte path segment"),
        ("m" * 256 + "/x", "256-byte path segment"),
        (("d" * 100 + "/") * 30 + "x" * 43, "3073 bytes"),
        ("a" * 2000, "2000-byte path segment"),  # the example
        ("a/" * 50_000 + "a", "100001 bytes"),
    ],
)
def test_invalid_object_names(bad: str, why: str) -> None:
    with pytest.raises(InvalidObjectName, match=why):
        validate_object_name(bad)


def test_object_name_limit_is_in_utf8_bytes() -> None:
    name = "/".join(["é" * 127] * 12) + "/" + "x" * (MAX_OBJECT_NAME_BYTES - 12 * 255)
    assert len(name.encode()) == MAX_OBJECT_NAME_BYTES
    assert validate_object_name(name) == name
    with pytest.raises(InvalidObjectName, match="3073 bytes"):
        validate_object_name(name + "x")


@pytest.mark.parametrize("bad", [None, 5, b"obj", ["o"]])
def test_object_name_must_be_str(bad: object) -> None:
    with pytest.raises(InvalidArgumentType, match="object name"):
        validate_object_name(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "wire"),
    [
        ("a/b/c.txt", "a/b/c.txt"),
        ("with space", "with%20space"),
        ("q?x", "q%3Fx"),
        ("h#x", "h%23x"),
        ("100%", "100%25"),
        ("ü", "%C3%BC"),
        ("a+b", "a%2Bb"),
    ],
)
def test_object_names_are_quoted_keeping_slashes(name: str, wire: str) -> None:
    assert quote_object_name(name) == wire


# --------------------------------------------------------------------------- listing


@pytest.mark.parametrize(
    ("given", "want"),
    [
        ("", ""),
        ("name", "name"),
        ("name,size", "name,size"),
        (" name , size ", "name,size"),
        ("name,,size,", "name,size"),
        ("NAME,Size", "name,size"),
        ("size,name,size", "size,name"),
        (" , ", ""),
        (",".join(LIST_PROPS), ",".join(LIST_PROPS)),
        ("last-modified,etag,chunked", "last-modified,etag,chunked"),
    ],
)
def test_props_are_normalized(given: str, want: str) -> None:
    assert validate_props(given) == want


@pytest.mark.parametrize("bad", ["bogus", "name,bogus", "name size", "target_url", "sizes", "name;size"])
def test_unknown_props_name_the_valid_set(bad: str) -> None:
    with pytest.raises(InvalidArgument, match="props") as ei:
        validate_props(bad)
    assert isinstance(ei.value, ValueError)
    for p in LIST_PROPS:
        assert p in str(ei.value)


def test_props_list_matches_ais_lsmsg() -> None:
    # api/apc/lsmsg.go GetProps* in v1.5.0.
    assert set(LIST_PROPS) == {
        "name", "size", "version", "checksum", "atime", "cached", "status", "copies", "ec", "custom",
        "location", "chunked", "last-modified", "etag",
    }  # fmt: skip


@pytest.mark.parametrize("bad", [None, ["name"], b"name", 1])
def test_props_must_be_str(bad: object) -> None:
    with pytest.raises(InvalidArgumentType, match="props"):
        validate_props(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("ok", [0, 1, 10_000, 10_001, MAX_PAGE_SIZE])
def test_valid_page_sizes(ok: int) -> None:
    assert validate_page_size(ok) == ok


@pytest.mark.parametrize(
    ("bad", "cls"),
    [
        (-1, InvalidArgument),
        (-(2**70), InvalidArgument),
        (MAX_PAGE_SIZE + 1, InvalidArgument),
        (2**63, InvalidArgument),
        (True, InvalidArgumentType),
        (False, InvalidArgumentType),
        (1.0, InvalidArgumentType),
        ("10", InvalidArgumentType),
        (None, InvalidArgumentType),
    ],
)
def test_invalid_page_sizes(bad: object, cls: type[Exception]) -> None:
    with pytest.raises(cls, match="page_size"):
        validate_page_size(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("uuid", "token"),
    [
        ("", ""),
        ("D3_dFE764V", ""),
        ("D3_dFE764V", "obj-009"),
        ("abcdefghi", "x"),  # 9 chars: shortest id
        ("a" * 32, "x"),  # 32: longest
        ("a-b_c1234", "any token at all"),
    ],
)
def test_valid_continuations(uuid: str, token: str) -> None:
    assert validate_continuation(uuid, token) == (uuid, token)


@pytest.mark.parametrize(
    ("uuid", "token", "why"),
    [
        ("", "garbage", "continuation_token.*needs the uuid"),
        ("", "obj-009", "continuation_token.*needs the uuid"),
        ("garbage", "", "not a listing id"),  # 7 chars; the targets answer 400 "invalid UUID"
        ("abc", "x", "not a listing id"),
        ("a" * 33, "x", "not a listing id"),
        ("-abcdefgh", "x", "not a listing id"),
        ("abcdefgh_", "x", "not a listing id"),
        ("abcd efgh", "x", "not a listing id"),
        ("abcdéfghi", "x", "not a listing id"),
        ("abcdefghi", "\ud800", "surrogate"),
    ],
)
def test_invalid_continuations(uuid: str, token: str, why: str) -> None:
    with pytest.raises(InvalidArgument, match=why):
        validate_continuation(uuid, token)


def test_continuation_types() -> None:
    with pytest.raises(InvalidArgumentType, match="uuid"):
        validate_continuation(None, "")  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentType, match="continuation_token"):
        validate_continuation("abcdefghi", b"t")  # type: ignore[arg-type]


def test_prefix() -> None:
    assert validate_prefix("") == ""
    assert validate_prefix("a/b ü") == "a/b ü"
    with pytest.raises(InvalidArgumentType, match="prefix"):
        validate_prefix(b"a")  # type: ignore[arg-type]
    with pytest.raises(InvalidArgument, match="surrogate"):
        validate_prefix("\udc80")


# --------------------------------------------------------------------------- reads


@pytest.mark.parametrize(
    ("given", "want"),
    [
        ("0-99", "bytes=0-99"),
        ("bytes=0-99", "bytes=0-99"),
        ("BYTES=0-99", "bytes=0-99"),
        (" bytes= 2 - 3 ", "bytes=2-3"),
        ("0-0", "bytes=0-0"),
        ("7-", "bytes=7-"),
        ("bytes=7-", "bytes=7-"),
        ("-3", "bytes=-3"),
        ("bytes=-3", "bytes=-3"),
        ("007-0010", "bytes=7-10"),
        (f"0-{2**63 - 1}", f"bytes=0-{2**63 - 1}"),
        ("0" * 5000 + "1-2", "bytes=1-2"),
    ],
)
def test_byte_ranges_are_normalized(given: str, want: str) -> None:
    assert parse_byte_range(given) == want


@pytest.mark.parametrize(
    ("bad", "why"),
    [
        ("", "empty"),
        ("bytes=", "empty"),  # panics the v1.5.0 target and leaves the object locked (seen live)
        ("   ", "empty"),
        ("9-1", "after the end"),
        ("bytes=9-1", "after the end"),
        ("-", "not a byte range"),
        ("bytes=-", "not a byte range"),
        ("-0", "suffix length"),  # the server answers 206 "bytes 10-9/10"
        ("-5-10", "not a byte range"),
        ("5--10", "not a byte range"),
        ("a-b", "not a byte range"),
        ("1.5-2", "not a byte range"),
        ("0x1-2", "not a byte range"),
        ("+1-2", "not a byte range"),
        ("\u0661-\u0662", "not a byte range"),  # Arabic-Indic digits: int() would take them
        ("12", "not a byte range"),
        ("0-1,3-4", "multi-range"),
        ("bytes=0-1,", "multi-range"),
        ("items=0-1", "unit 'items'"),
        (f"0-{2**63}", "end must be"),
        (f"{2**63}-", "start must be"),
        (f"-{2**63}", "suffix length"),
        ("9" * 5000 + "-", "start must be"),
    ],
)
def test_invalid_byte_ranges(bad: str, why: str) -> None:
    with pytest.raises(InvalidArgument, match=why):
        parse_byte_range(bad)


@pytest.mark.parametrize("bad", [None, 5, (0, 9), b"0-9", range(0, 9)])
def test_byte_range_must_be_str(bad: object) -> None:
    with pytest.raises(InvalidArgumentType, match="byte_range"):
        parse_byte_range(bad)  # type: ignore[arg-type]


def test_chunk_sizes() -> None:
    assert validate_chunk_size(1) == 1
    assert validate_chunk_size(1 << 20) == 1 << 20
    for bad in (0, -1):
        with pytest.raises(InvalidArgument, match="chunk_size"):
            validate_chunk_size(bad)
    for bad_t in (True, 1.0, "1", None):
        with pytest.raises(InvalidArgumentType, match="chunk_size"):
            validate_chunk_size(bad_t)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- xaction kinds and waits


def test_kinds_cover_the_ais_table() -> None:
    # Every key of xact.Table in AIS v1.5.0 xact/api_table.go.
    assert set(KINDS.values()) == {
        "election", "rebalance", "etl-inline", "lru", "cleanup-store", "summary-bck", "summary-shard",
        "resilver", "rechunk", "index-shard", "ec-get", "ec-put", "ec-resp", "put-copies", "archive",
        "copy-listrange", "etl-listrange", "blob-download", "download", "dsort", "promote", "evict-listrange",
        "evict-remote-bck", "delete-listrange", "prefetch-listrange", "ec-encode", "make-n-copies", "move-bck",
        "copy-bck", "etl-bck", "list", "get-batch", "create-inventory", "load-lom-cache",
    }  # fmt: skip
    assert set(STARTABLE_KINDS.items()) <= set(KINDS.items())
    for kind in KINDS.values():
        assert KINDS[kind] == kind  # every canonical kind maps to itself


@pytest.mark.parametrize(
    ("given", "want"),
    [("copy-bck", "copy-bck"), ("copy-bucket", "copy-bck"), ("mirror", "make-n-copies"), ("list", "list")],
)
def test_canonical_kind(given: str, want: str) -> None:
    assert canonical_kind(given) == want


@pytest.mark.parametrize("bad", ["nonsense", "Copy-Bck", " copy-bck", "copy", ""])
def test_unknown_kinds_fail_locally(bad: str) -> None:
    with pytest.raises(InvalidArgument, match="xact_kind") as ei:
        canonical_kind(bad)
    assert isinstance(ei.value, ValueError)
    assert "copy-bck" in str(ei.value)


def test_kind_hints_and_types() -> None:
    with pytest.raises(InvalidArgument, match="did you mean 'copy-bck'"):
        canonical_kind("copy-bk")
    assert canonical_kind("", allow_empty=True) == ""
    with pytest.raises(InvalidArgumentType, match="xact_kind"):
        canonical_kind(None)  # type: ignore[arg-type]
    with pytest.raises(InvalidArgument, match="'copy-bck' is not startable"):
        canonical_startable_kind("copy-bck")
    with pytest.raises(InvalidArgumentType, match="xact_kind"):
        canonical_startable_kind(3)  # type: ignore[arg-type]


@pytest.mark.parametrize("ok", [0.001, 1, 300, 1e9])
def test_valid_wait_timeouts(ok: float) -> None:
    assert validate_wait_timeout(ok) == float(ok)


@pytest.mark.parametrize(
    ("bad", "cls"),
    [
        (0, InvalidArgument),
        (-1, InvalidArgument),
        (math.nan, InvalidArgument),
        (math.inf, InvalidArgument),
        (10**400, InvalidArgument),
        (True, InvalidArgumentType),
        ("10", InvalidArgumentType),
        (None, InvalidArgumentType),
    ],
)
def test_invalid_wait_timeouts(bad: object, cls: type[Exception]) -> None:
    with pytest.raises(cls, match="timeout"):
        validate_wait_timeout(bad)  # type: ignore[arg-type]
