"""Client-side checks run before any request: providers, bucket and object names.

Rules mirror AIS v1.5.0 (api/apc/provider.go, cmn/bck.go ValidateName,
cmn/cos/err.go ValidateOname) so a bad argument fails fast with a precise
error instead of a round trip and a 400.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from .errors import InvalidBckProvider, InvalidBucketName, InvalidObjectName

__all__ = [
    "PROVIDERS",
    "PROVIDER_AIS",
    "REMOTE_PROVIDERS",
    "normalize_provider",
    "quote_object_name",
    "validate_bucket_name",
    "validate_object_name",
]

PROVIDER_AIS = "ais"
PROVIDERS: tuple[str, ...] = ("ais", "aws", "gcp", "azure", "oci")
REMOTE_PROVIDERS: frozenset[str] = frozenset(PROVIDERS) - {PROVIDER_AIS}
# URL-scheme spellings AIS accepts for the same providers.
PROVIDER_ALIASES: dict[str, str] = {"s3": "aws", "gs": "gcp", "az": "azure", "oc": "oci"}

_SUPPORTED_TEXT = "ais, aws (s3), gcp (gs), azure (az), oci (oc)"
MAX_BUCKET_NAME_LEN = 64
_BUCKET_CHARS = re.compile(r"[A-Za-z0-9_.\-]+")


def normalize_provider(provider: str | None, *, allow_empty: bool = False) -> str:
    """Canonical provider name; "" / None mean "ais" unless `allow_empty` (then "" stays "": any provider).

    Raises `InvalidBckProvider` naming the supported set for anything else
    (including the retired "hdfs" and "ht").
    """
    if provider is None or provider == "":
        return "" if allow_empty else PROVIDER_AIS
    if not isinstance(provider, str):
        raise InvalidBckProvider(repr(provider), f"provider must be a string, got {type(provider).__name__}")
    p = provider.strip().lower()
    if p in PROVIDERS:
        return p
    if p in PROVIDER_ALIASES:
        return PROVIDER_ALIASES[p]
    raise InvalidBckProvider(provider, f"invalid bucket provider {provider!r}; supported: {_SUPPORTED_TEXT}")


def validate_bucket_name(name: str) -> str:
    """Return `name` if AIS accepts it as a bucket name, else raise `InvalidBucketName`."""
    if not isinstance(name, str):
        raise InvalidBucketName(repr(name), f"must be a string, got {type(name).__name__}")
    if not name:
        raise InvalidBucketName(name, "must not be empty")
    if len(name.encode()) > MAX_BUCKET_NAME_LEN:
        raise InvalidBucketName(name, f"longer than {MAX_BUCKET_NAME_LEN} bytes")
    if name.startswith("."):
        raise InvalidBucketName(name, "must not start with '.' (reserved for system buckets)")
    if not _BUCKET_CHARS.fullmatch(name):
        raise InvalidBucketName(name, "may contain only letters, digits, '-', '_' and '.'")
    if ".." in name:
        raise InvalidBucketName(name, "must not contain '..'")
    return name


def validate_object_name(name: str) -> str:
    """Return `name` if AIS accepts it as an object name, else raise `InvalidObjectName`.

    Slashes, spaces, unicode, '?', '#', '%' are all fine (they get
    percent-encoded for the wire); what AIS rejects is an empty name, a
    trailing '/', a leading '~/', and any '.' or '..' path segment.
    """
    if not isinstance(name, str):
        raise InvalidObjectName(repr(name), f"must be a string, got {type(name).__name__}")
    if not name:
        raise InvalidObjectName(name, "must not be empty")
    if name.endswith("/"):
        raise InvalidObjectName(name, "must not end with '/'")
    if name.startswith("~/"):
        raise InvalidObjectName(name, "must not start with '~/'")
    if any(seg in (".", "..") for seg in name.split("/")):
        raise InvalidObjectName(name, "must not contain '.' or '..' path segments")
    if "\x00" in name:
        raise InvalidObjectName(name, "must not contain NUL")
    return name


def quote_object_name(name: str) -> str:
    """Percent-encode an object name for the URL path, keeping '/' as the segment separator."""
    return quote(name, safe="/")


def quote_bucket_name(name: str) -> str:
    # Valid bucket names are URL-safe already; quoting is defence in depth.
    return quote(name, safe="")
