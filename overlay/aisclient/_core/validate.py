"""Client-side checks run before any request: providers, names, and the arguments of listing, reads and waits.

Rules mirror AIS v1.5.0 (api/apc/provider.go, cmn/bck.go ValidateName,
cmn/cos/err.go ValidateOname, api/apc/lsmsg.go, cmn/cos/uuid.go,
ais/utils.go parseMultiRange) and what a live v1.5.0 cluster was seen to do,
so a bad argument fails fast with a precise, typed error instead of a round
trip, a 400 - or, for some inputs, a silently wrong result or a crashed
target (see the individual functions).

Every error is an `errors.InvalidArgument` (a `ValueError`); a wrong type is
an `errors.InvalidArgumentType` (also a `TypeError`). Names keep their own
subclasses (`InvalidBucketName`, `InvalidObjectName`, `InvalidBckProvider`).
"""

from __future__ import annotations

import math
import numbers
import re
from urllib.parse import quote

from ..errors import (
    InvalidArgument,
    InvalidArgumentType,
    InvalidBckProvider,
    InvalidBucketName,
    InvalidObjectName,
)

__all__ = [
    "LIST_PROPS",
    "MAX_BUCKET_NAME_LEN",
    "MAX_OBJECT_NAME_BYTES",
    "MAX_OBJECT_NAME_SEGMENT_BYTES",
    "MAX_PAGE_SIZE",
    "PROVIDERS",
    "PROVIDER_AIS",
    "REMOTE_PROVIDERS",
    "normalize_provider",
    "parse_byte_range",
    "quote_object_name",
    "split_namespace",
    "validate_bucket_name",
    "validate_chunk_size",
    "validate_continuation",
    "validate_namespace",
    "validate_object_name",
    "validate_page_size",
    "validate_prefix",
    "validate_props",
    "validate_wait_timeout",
]

PROVIDER_AIS = "ais"
PROVIDERS: tuple[str, ...] = ("ais", "aws", "gcp", "azure", "oci")
REMOTE_PROVIDERS: frozenset[str] = frozenset(PROVIDERS) - {PROVIDER_AIS}
# URL-scheme spellings AIS accepts for the same providers.
PROVIDER_ALIASES: dict[str, str] = {"s3": "aws", "gs": "gcp", "az": "azure", "oc": "oci"}

_SUPPORTED_TEXT = "ais, aws (s3), gcp (gs), azure (az), oci (oc)"
MAX_BUCKET_NAME_LEN = 64
_BUCKET_CHARS = re.compile(r"[A-Za-z0-9_.\-]+")

# See validate_object_name.
MAX_OBJECT_NAME_BYTES = 3072
MAX_OBJECT_NAME_SEGMENT_BYTES = 255
_CONTROL_CHARS = re.compile(r"[\x00-\x1f\x7f]")

# api/apc/lsmsg.go GetProps* (list-objects and HEAD(object) property names).
LIST_PROPS: tuple[str, ...] = (
    "name",
    "size",
    "version",
    "checksum",
    "atime",
    "cached",
    "status",
    "copies",
    "ec",
    "custom",
    "location",
    "chunked",
    "last-modified",
    "etag",
)
_LIST_PROPS_SET = frozenset(LIST_PROPS)

# The gateway decodes list-objects messages into map[string]any, where JSON numbers are float64:
# larger integers lose precision, and those past 2**63 fail with a 400 (seen live).
MAX_PAGE_SIZE = 2**53 - 1
# Go int64 (strconv.ParseInt in the target's range parser).
_MAX_INT64 = 2**63 - 1
# cmn/cos/uuid.go IsValidUUID: 9..32 of [A-Za-z0-9_-], '-'/'_' neither first nor last.
_NODE_ID = re.compile(r"[A-Za-z0-9_\-]{1,64}")
_LISTING_UUID = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9_\-]{7,30})[A-Za-z0-9]")
_RANGE = re.compile(r"([0-9]*)[ \t]*-[ \t]*([0-9]*)")
_RANGE_FORMS = "'bytes=START-END', 'bytes=START-' or 'bytes=-SUFFIX_LENGTH' (the 'bytes=' prefix is optional)"


def _int64(digits: str) -> int | None:
    """The value of a string of ASCII digits, or None past int64 (without int()'s 4300-digit limit)."""
    digits = digits.lstrip("0") or "0"
    if len(digits) > 19:
        return None
    value = int(digits)
    return value if value <= _MAX_INT64 else None


def _shown(value: str, limit: int = 60) -> str:
    """repr() of a user's string, cut short if long."""
    return repr(value) if len(value) <= limit else f"{value[:limit]!r}... ({len(value)} chars)"


def _type_name(value: object) -> str:
    return type(value).__name__


def _utf8(option: str, value: str) -> bytes:
    try:
        return value.encode("utf-8")
    except UnicodeEncodeError as e:
        raise InvalidArgument(option, f"not valid Unicode (unpaired surrogate at index {e.start})") from None


# --------------------------------------------------------------------------- providers and names


def normalize_provider(provider: str | None, *, allow_empty: bool = False) -> str:
    """Canonical provider name; "" / None mean "ais" unless `allow_empty` (then "" stays "": any provider).

    Raises `InvalidBckProvider` naming the supported set for anything else
    (including the retired "hdfs" and "ht"); `InvalidArgumentType` for a non-str.
    """
    if provider is None or (isinstance(provider, str) and provider == ""):
        return "" if allow_empty else PROVIDER_AIS
    if not isinstance(provider, str):
        raise InvalidArgumentType("provider", f"must be a str, got {_type_name(provider)}")
    p = provider.strip().lower()
    if p in PROVIDERS:
        return p
    if p in PROVIDER_ALIASES:
        return PROVIDER_ALIASES[p]
    raise InvalidBckProvider(provider, f"invalid bucket provider {provider!r}; supported: {_SUPPORTED_TEXT}")


def validate_bucket_name(name: str) -> str:
    """Return `name` if AIS accepts it as a bucket name, else raise `InvalidBucketName`.

    A non-str raises `InvalidArgumentType` (a `TypeError`).
    """
    if not isinstance(name, str):
        raise InvalidArgumentType("bucket name", f"must be a str, got {_type_name(name)}")
    if not name:
        raise InvalidBucketName(name, "must not be empty")
    if not _BUCKET_CHARS.fullmatch(name):  # ASCII only, so len() counts bytes below
        raise InvalidBucketName(name, "may contain only letters, digits, '-', '_' and '.'")
    if len(name) > MAX_BUCKET_NAME_LEN:
        raise InvalidBucketName(name, f"longer than {MAX_BUCKET_NAME_LEN} bytes")
    if name.startswith("."):
        raise InvalidBucketName(name, "must not start with '.' (reserved for system buckets)")
    if ".." in name:
        raise InvalidBucketName(name, "must not contain '..'")
    return name


def validate_object_name(name: str) -> str:
    """Return `name` if AIS stores, lists and reads it back under exactly this name; else `InvalidObjectName`.

    Slashes, spaces, unicode, '?', '#', '%', '+', '\\\\' are all fine (they get
    percent-encoded for the wire). Rejected:

    * what AIS itself rejects: an empty name, a trailing '/', a leading '~/',
      and any '.' or '..' path segment;
    * names AIS accepts but does not give back as sent (seen on a live
      v1.5.0 cluster): an empty segment (a leading '/' or '//': stored under
      the collapsed path on the target the uncollapsed name hashes to, so it
      lists as another name or not at all, and a GET of the listed name is
      404); control characters U+0000-U+001F and U+007F ('\\\\n' is stored as
      ' ', others break the proxy's redirect);
    * names longer than AIS keeps on disk (fs/fntl.go): a name over
      3072 bytes of UTF-8, or with a '/'-separated segment over 255 bytes.
      AIS stores those under a shortened ".x<sha256>" file name: PUT, GET,
      HEAD and DELETE work, but a listing with a prefix of the name does not
      show it, and from about 1950 bytes a full listing shows the ".x..."
      name instead (a long middle segment fails the PUT with a 500). Every
      name within these limits round-tripped exactly through PUT, HEAD, GET,
      list (with and without prefix) and DELETE.

    A non-str raises `InvalidArgumentType` (a `TypeError`).
    """
    if not isinstance(name, str):
        raise InvalidArgumentType("object name", f"must be a str, got {_type_name(name)}")
    if not name:
        raise InvalidObjectName(name, "must not be empty")
    try:
        raw = name.encode("utf-8")
    except UnicodeEncodeError as e:
        raise InvalidObjectName(name, f"is not valid Unicode (unpaired surrogate at index {e.start})") from None
    ctrl = _CONTROL_CHARS.search(name)
    if ctrl:
        raise InvalidObjectName(name, f"must not contain control character {ctrl.group()!r} (at index {ctrl.start()})")
    if name.endswith("/"):
        raise InvalidObjectName(name, "must not end with '/'")
    if name.startswith("/"):
        raise InvalidObjectName(name, "must not start with '/' (AIS would store it as another name)")
    if name.startswith("~/"):
        raise InvalidObjectName(name, "must not start with '~/'")
    segments = raw.split(b"/")
    if b"" in segments:
        raise InvalidObjectName(name, "must not contain '//' (AIS would store it as another name)")
    if any(seg in (b".", b"..") for seg in segments):
        raise InvalidObjectName(name, "must not contain '.' or '..' path segments")
    if len(raw) > MAX_OBJECT_NAME_BYTES:
        raise InvalidObjectName(
            name,
            f"is {len(raw)} bytes of UTF-8, longer than {MAX_OBJECT_NAME_BYTES}: "
            "AIS would store it under a shortened name that listings do not show as this name",
        )
    longest = max(segments, key=len)
    if len(longest) > MAX_OBJECT_NAME_SEGMENT_BYTES:
        raise InvalidObjectName(
            name,
            f"has a {len(longest)}-byte path segment; at most {MAX_OBJECT_NAME_SEGMENT_BYTES} bytes of UTF-8 "
            "between slashes (the file-name limit of the targets' file systems)",
        )
    return name


def quote_object_name(name: str) -> str:
    """Percent-encode an object name for the URL path, keeping '/' as the segment separator."""
    return quote(name, safe="/")


def quote_bucket_name(name: str) -> str:
    # Valid bucket names are URL-safe already; quoting is defence in depth.
    return quote(name, safe="")


# --------------------------------------------------------------------------- listing


_NAMESPACE = re.compile(r"@([A-Za-z0-9_-]*)#([A-Za-z0-9_.-]*)")


def validate_namespace(namespace: object) -> str:
    """A bucket namespace as AIS writes it, `@<uuid>#<name>`; "" for the global namespace.

    Accepts that string, `@<uuid>` (the global namespace of a remote cluster, as AIS accepts it),
    `#<name>` (a namespace of this cluster), "" / None, or a `Namespace`.
    `uuid` names a remote AIS cluster, `name` a namespace within it.
    """
    if namespace is None or namespace == "":
        return ""
    uname = getattr(namespace, "uname", None)
    if callable(uname):
        namespace = uname()
    if not isinstance(namespace, str):
        raise InvalidArgumentType(
            "namespace", f"must be a string like '@uuid#name' or a Namespace, got {_type_name(namespace)}"
        )
    text = "@" + namespace if namespace.startswith("#") else namespace
    if text.startswith("@") and "#" not in text:
        text += "#"
    if not _NAMESPACE.fullmatch(text):
        raise InvalidArgument("namespace", f"{_shown(namespace)!r} is not '@<uuid>#<name>' (letters, digits, '-', '_')")
    return "" if text == "@#" else text


def split_namespace(namespace: str) -> tuple[str, str]:
    """(uuid, name) of a namespace returned by `validate_namespace`."""
    m = _NAMESPACE.fullmatch(namespace or "@#")
    assert m is not None
    return m.group(1), m.group(2)


def validate_prefix(prefix: str) -> str:
    """A list-objects prefix: any str (sent in the JSON body); not bytes, not unpaired surrogates."""
    if not isinstance(prefix, str):
        raise InvalidArgumentType("prefix", f"must be a str, got {_type_name(prefix)}")
    _utf8("prefix", prefix)
    return prefix


def validate_props(props: str) -> str:
    """Normalize a comma-separated list of object property names; "" stays "" (the default set).

    Whitespace around names and empty items are dropped, names are
    lower-cased and de-duplicated in order. The names are those of AIS
    `api/apc/lsmsg.go` (`LIST_PROPS`). An unknown name raises
    `InvalidArgument` naming the valid set: AIS itself silently ignores
    unknown names (a live `props="bogus"` listing answers 200 with just the
    names), so a typo would otherwise go unnoticed.
    """
    if not isinstance(props, str):
        raise InvalidArgumentType("props", f"must be a comma-separated str, got {_type_name(props)}")
    out: list[str] = []
    unknown: list[str] = []
    for item in props.split(","):
        p = item.strip().lower()
        if not p:
            continue
        if p not in _LIST_PROPS_SET:
            unknown.append(item.strip())
        elif p not in out:
            out.append(p)
    if unknown:
        bad = ", ".join(_shown(u) for u in unknown)
        raise InvalidArgument("props", f"unknown property {bad}; valid: {', '.join(LIST_PROPS)}")
    return ",".join(out)


def validate_page_size(page_size: int) -> int:
    """A page size: an int (not bool) in [0, 2**53-1]; 0 means the server's maximum.

    Negative sizes must never reach the cluster: on AIS v1.5.0 `pagesize=-1`
    panics every target (slice bounds out of range in xs/lso.go; seen live).
    Above 2**53-1 the gateway's float64 decoding no longer keeps the value.
    """
    if isinstance(page_size, bool) or not isinstance(page_size, int):
        raise InvalidArgumentType("page_size", f"must be an int, got {_type_name(page_size)}")
    if page_size < 0:
        raise InvalidArgument("page_size", f"must be >= 0 (0 = server maximum), got {page_size}")
    if page_size > MAX_PAGE_SIZE:
        raise InvalidArgument("page_size", f"must be <= 2**53-1, got {page_size}")
    return page_size


# LsoMsg flag bits a listing may ask for (api/apc/lsmsg.go); 1024 is reserved by AIS and unused.
LIST_FLAG_BITS = 0x3FFF & ~(1 << 10)


def validate_list_flags(flags: int) -> int:
    """Listing flags: an int (a `ListFlag` combination) of known bits only; an unknown bit is refused
    here because AIS ignores it silently, so a typo would change nothing and say nothing."""
    if isinstance(flags, bool) or not isinstance(flags, int):
        raise InvalidArgumentType("flags", f"must be an int (ListFlag values or-ed together), got {_type_name(flags)}")
    if flags < 0 or flags & ~LIST_FLAG_BITS:
        raise InvalidArgument("flags", f"{flags} has bits that are not listing flags (see ListFlag)")
    return int(flags)


def validate_start_after(start_after: str, provider: str) -> str:
    """A name to list after (exclusive): a str; only `ais` buckets can start mid-way (AIS keeps the
    names in order; a cloud backend lists from its own start)."""
    if not isinstance(start_after, str):
        raise InvalidArgumentType("start_after", f"must be a str, got {_type_name(start_after)}")
    _utf8("start_after", start_after)
    if start_after and provider != PROVIDER_AIS:
        raise InvalidArgument("start_after", f"applies to ais:// buckets only, not {provider}://")
    return start_after


def validate_node_id(option: str, node_id: str) -> str:
    """A node id as the cluster map names it ("" = none): a str of letters, digits, '-' and '_'."""
    if not isinstance(node_id, str):
        raise InvalidArgumentType(option, f"must be a str, got {_type_name(node_id)}")
    if node_id and not _NODE_ID.fullmatch(node_id):
        raise InvalidArgument(option, f"{_shown(node_id)} is not a node id (see get_cluster_info)")
    return node_id


def validate_continuation(uuid: str, continuation_token: str) -> tuple[str, str]:
    """Check a page request's listing `uuid` and `continuation_token`; return them unchanged.

    * `uuid` is "" (a new listing) or a listing id in AIS's format (9-32
      letters, digits, '-', '_'; `cmn/cos/uuid.go`), which the targets check
      anyway (400 "invalid UUID").
    * A token needs the uuid of the listing that issued it. Without one,
      AIS accepts any token silently: on an ais:// bucket the token is the
      last name listed, and a garbage token just restarts the listing after
      that string (seen live: "garbage" listed the bucket from the start,
      "zzz" listed nothing). The same is true WITH a uuid - the server cannot
      tell a forged token from a real one - so this check catches a token
      passed on its own, not every wrong token.
    """
    if not isinstance(uuid, str):
        raise InvalidArgumentType("uuid", f"must be a str, got {_type_name(uuid)}")
    if not isinstance(continuation_token, str):
        raise InvalidArgumentType("continuation_token", f"must be a str, got {_type_name(continuation_token)}")
    if uuid and not _LISTING_UUID.fullmatch(uuid):
        raise InvalidArgument(
            "uuid", f"{_shown(uuid)} is not a listing id (9-32 letters, digits, '-' or '_'; pass the page's .uuid)"
        )
    if continuation_token and not uuid:
        raise InvalidArgument(
            "continuation_token",
            "needs the uuid of the listing it came from: pass both page.uuid and page.continuation_token "
            "(or use list_objects_iter)",
        )
    _utf8("continuation_token", continuation_token)
    return uuid, continuation_token


# --------------------------------------------------------------------------- reads


def validate_chunk_size(chunk_size: int) -> int:
    """A stream chunk size: an int (not bool) > 0."""
    if isinstance(chunk_size, bool) or not isinstance(chunk_size, int):
        raise InvalidArgumentType("chunk_size", f"must be an int, got {_type_name(chunk_size)}")
    if chunk_size <= 0:
        raise InvalidArgument("chunk_size", f"must be > 0, got {chunk_size}")
    return chunk_size


def parse_byte_range(value: str) -> str:
    """Normalize one byte range to a `Range` header value: `bytes=a-b`, `bytes=a-` or `bytes=-n`.

    Accepts the forms with or without the "bytes=" prefix, spaces around the
    numbers, leading zeros. Rejected with `InvalidArgument`: empty input
    (on AIS v1.5.0 `Range: bytes=` panics the target's GET handler and leaves
    the object locked: later PUT/DELETE of it hang; seen live), a > b,
    negative or non-decimal numbers, `bytes=-0` (the server answers 206 with
    an invalid `Content-Range: bytes 10-9/10`), numbers past int64, and more
    than one range: AIS does not support multi-range reads (416 ErrUnsupp).
    """
    if not isinstance(value, str):
        raise InvalidArgumentType("byte_range", f"must be a str like 'bytes=0-99', got {_type_name(value)}")
    text = value.strip()
    if text[:6].lower() == "bytes=":
        text = text[6:].strip()
    elif "=" in text:
        unit = text.split("=", 1)[0]
        raise InvalidArgument("byte_range", f"unsupported range unit {unit!r}; expected {_RANGE_FORMS}")
    if not text:
        raise InvalidArgument("byte_range", f"empty range {_shown(value)}; expected {_RANGE_FORMS}")
    if "," in text:
        raise InvalidArgument(
            "byte_range",
            f"{_shown(value)} asks for several ranges; AIS does not support multi-range reads (one range only)",
        )
    m = _RANGE.fullmatch(text)
    if m is None or not (m.group(1) or m.group(2)):
        raise InvalidArgument("byte_range", f"{_shown(value)} is not a byte range; expected {_RANGE_FORMS}")
    start_s, end_s = m.group(1), m.group(2)
    if not start_s:
        suffix = _int64(end_s)
        if not suffix:  # 0 or past int64
            raise InvalidArgument("byte_range", f"{_shown(value)}: the suffix length must be within 1..2**63-1")
        return f"bytes=-{suffix}"
    start = _int64(start_s)
    if start is None:
        raise InvalidArgument("byte_range", f"{_shown(value)}: the start must be <= 2**63-1")
    if not end_s:
        return f"bytes={start}-"
    end = _int64(end_s)
    if end is None:
        raise InvalidArgument("byte_range", f"{_shown(value)}: the end must be <= 2**63-1")
    if start > end:
        raise InvalidArgument("byte_range", f"{_shown(value)}: the start ({start}) is after the end ({end})")
    return f"bytes={start}-{end}"


# --------------------------------------------------------------------------- waits


def validate_wait_timeout(timeout: float) -> float:
    """Seconds to wait for a job: a positive, finite real number (not bool)."""
    if isinstance(timeout, bool) or not isinstance(timeout, numbers.Real):
        raise InvalidArgumentType("timeout", f"must be a number of seconds, got {_type_name(timeout)}")
    try:
        seconds = float(timeout)
    except (OverflowError, ValueError):
        seconds = math.inf
    if not math.isfinite(seconds) or seconds <= 0:
        raise InvalidArgument("timeout", f"must be a positive, finite number of seconds, got {timeout!r}")
    return seconds
