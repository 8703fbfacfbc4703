from __future__ import annotations

import pytest
from aisclient._validate import (
    normalize_provider,
    quote_object_name,
    validate_bucket_name,
    validate_object_name,
)
from aisclient.errors import InvalidBckProvider, InvalidBucketName, InvalidObjectName


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
    ],
)
def test_provider_normalization(given: str | None, want: str) -> None:
    assert normalize_provider(given) == want


def test_empty_provider_may_mean_any() -> None:
    assert normalize_provider("", allow_empty=True) == ""


@pytest.mark.parametrize("bad", ["hdfs", "ht", "minio", "s4", " "])
def test_unsupported_providers_name_the_supported_set(bad: str) -> None:
    with pytest.raises(InvalidBckProvider) as ei:
        normalize_provider(bad)
    msg = str(ei.value)
    assert repr(bad) in msg
    for p in ("ais", "aws", "gcp", "azure", "oci"):
        assert p in msg


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
    ],
)
def test_invalid_bucket_names(bad: str, why: str) -> None:
    with pytest.raises(InvalidBucketName, match=why):
        validate_bucket_name(bad)


def test_bucket_name_must_be_str() -> None:
    with pytest.raises(InvalidBucketName):
        validate_bucket_name(5)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "ok", ["o", "a/b/c.txt", "with space", "ünïcode/ファイル", "q?x", "h#x", "100%", ".hidden", "a/.b", "a..b", "x/..y"]
)
def test_valid_object_names(ok: str) -> None:
    assert validate_object_name(ok) == ok


@pytest.mark.parametrize("bad", ["", "dir/", ".", "..", "a/./b", "a/../b", "../x", "x/..", "~/x", "x/."])
def test_invalid_object_names(bad: str) -> None:
    with pytest.raises(InvalidObjectName):
        validate_object_name(bad)


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
