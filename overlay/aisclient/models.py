"""Immutable value types returned by the client (attrs, frozen).

Each type has a `from_*` constructor that parses the wire form and keeps
what it does not model (`extra` / `raw`), so a newer server never loses
data in an older client.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from ._core.validate import PROVIDER_AIS

__all__ = [
    "Bck",
    "BucketEntry",
    "BucketList",
    "BucketProps",
    "ECProps",
    "MirrorProps",
    "Namespace",
    "NetInfo",
    "ObjectProps",
    "Smap",
    "Snode",
    "XactStatus",
    "parse_custom_md",
    "unix_ns_to_datetime",
]


def unix_ns_to_datetime(value: int | str | None) -> dt.datetime | None:
    """UTC datetime from AIS's decimal Unix nanoseconds; None for absent/0/garbage."""
    if value is None or value == "":
        return None
    try:
        ns = int(value)
    except (TypeError, ValueError):
        return None
    if ns <= 0:
        return None
    return dt.datetime.fromtimestamp(ns / 1e9, tz=dt.UTC)


def _int(value: Any, default: int = 0) -> int:
    # AIS sends several integers as JSON strings (",string" Go tags).
    if value is None or value == "":
        return default
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


# --------------------------------------------------------------------------- buckets


@attrs.frozen
class Namespace:
    """Bucket namespace; the default (both empty) is the global namespace."""

    uuid: str = ""
    name: str = ""

    @property
    def is_global(self) -> bool:
        return not self.uuid and not self.name

    @property
    def uname(self) -> str:
        """Wire form `@uuid#name` ("@#" for global), as used in `bck_to`/`namespace` query values."""
        return f"@{self.uuid}#{self.name}"

    @classmethod
    def from_json(cls, doc: Mapping[str, Any] | None) -> Namespace:
        if not doc:
            return cls()
        return cls(uuid=str(doc.get("uuid") or ""), name=str(doc.get("name") or ""))

    def to_json(self) -> dict[str, str]:
        return {"uuid": self.uuid, "name": self.name}


@attrs.frozen
class Bck:
    """A bucket reference: name + provider (+ namespace)."""

    name: str
    provider: str = PROVIDER_AIS
    namespace: Namespace = attrs.field(factory=Namespace)

    @classmethod
    def from_json(cls, doc: Mapping[str, Any]) -> Bck:
        return cls(
            name=str(doc.get("name") or ""),
            provider=str(doc.get("provider") or PROVIDER_AIS),
            namespace=Namespace.from_json(doc.get("namespace")),
        )

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "provider": self.provider, "namespace": self.namespace.to_json()}

    def __str__(self) -> str:
        ns = "" if self.namespace.is_global else f"{self.namespace.uname}/"
        return f"{self.provider}://{ns}{self.name}"


# --------------------------------------------------------------------------- listing

_LSO_MODELLED = frozenset({"name", "size", "checksum", "atime", "version", "location", "custom-md", "copies", "flags"})
_LSO_MSGPACK_KEYS = {
    "n": "name",
    "s": "size",
    "cs": "checksum",
    "a": "atime",
    "v": "version",
    "t": "location",
    "m": "custom-md",
    "c": "copies",
    "f": "flags",
}
_LSO_MSGPACK_MODELLED = frozenset(_LSO_MSGPACK_KEYS)

# Entry status occupies the low 5 bits of `flags`; the rest are bit flags (api/apc/lsmsg.go).
ENTRY_STATUS_MASK = 0x1F
ENTRY_IS_CACHED = 1 << 6
ENTRY_IN_ARCH = 1 << 7
ENTRY_IS_DIR = 1 << 8
ENTRY_IS_ARCHIVE = 1 << 9
ENTRY_VER_CHANGED = 1 << 10
ENTRY_VER_REMOVED = 1 << 11
ENTRY_HEAD_FAIL = 1 << 12
ENTRY_IS_CHUNKED = 1 << 13


def parse_custom_md(text: str | None) -> dict[str, str]:
    """Parse AIS's listing custom-metadata string `"[k1:v1 k2:v2]"` into a dict.

    Mirrors cmn.S2CustomMD: a key runs to the first ':', its value to the
    next ' ' or the closing ']'. Values containing spaces are ambiguous in
    that format; like the server, we split at the space.
    """
    if not text:
        return {}
    s = text.strip()
    if s.startswith("[") and s.endswith("]"):
        s = s[1:-1]
    out: dict[str, str] = {}
    i, n = 0, len(s)
    while i < n:
        j = s.find(":", i)
        if j < 0:
            break
        key = s[i:j]
        k = s.find(" ", j + 1)
        if k < 0:
            k = n
        out[key] = s[j + 1 : k]
        i = k + 1
    return out


@attrs.frozen
class BucketEntry:
    """One object in a listing page. Fields not requested via `props` keep their zero values."""

    name: str
    size: int = 0
    checksum: str = ""
    atime: str = ""  # formatted by the server (LsoMsg.time_format); not a timestamp
    version: str = ""
    location: str = ""
    custom: dict[str, str] = attrs.field(factory=dict)
    copies: int = 0
    flags: int = 0
    extra: dict[str, Any] = attrs.field(factory=dict)  # unknown wire fields, kept verbatim

    @property
    def status(self) -> int:
        """0 = ok; 1 misplaced node, 2 misplaced mountpath, 3 is-copy, 4 copy missing main."""
        return self.flags & ENTRY_STATUS_MASK

    @property
    def is_ok(self) -> bool:
        return self.status == 0

    @property
    def is_cached(self) -> bool:
        return bool(self.flags & ENTRY_IS_CACHED)

    @property
    def is_dir(self) -> bool:
        return bool(self.flags & ENTRY_IS_DIR)

    @property
    def is_in_archive(self) -> bool:
        return bool(self.flags & ENTRY_IN_ARCH)

    @classmethod
    def from_wire(cls, doc: Mapping[str, Any]) -> BucketEntry:
        """Build from a JSON entry (long keys) or a msgpack entry (short keys)."""
        if "n" in doc:
            return cls._from_msgpack(doc)
        d = {_LSO_MSGPACK_KEYS.get(k, k): v for k, v in doc.items()}
        return cls(
            name=str(d.get("name") or ""),
            size=_int(d.get("size")),
            checksum=str(d.get("checksum") or ""),
            atime=str(d.get("atime") or ""),
            version=str(d.get("version") or ""),
            location=str(d.get("location") or ""),
            custom=parse_custom_md(d.get("custom-md")),
            copies=_int(d.get("copies")),
            flags=_int(d.get("flags")),
            extra={k: v for k, v in d.items() if k not in _LSO_MODELLED},
        )

    @classmethod
    def _from_msgpack(cls, doc: Mapping[str, Any]) -> BucketEntry:
        # The hot path of listing (pages are requested as msgpack): values already have their
        # wire types, and `extra` is built only when the server sent keys we do not model.
        get = doc.get
        size, copies, flags, custom = get("s"), get("c"), get("f"), get("m")
        unknown = doc.keys() - _LSO_MSGPACK_MODELLED
        return cls(
            name=str(doc["n"]),
            size=size if type(size) is int else _int(size),
            checksum=get("cs") or "",
            atime=get("a") or "",
            version=get("v") or "",
            location=get("t") or "",
            custom=parse_custom_md(custom) if custom else {},
            copies=copies if type(copies) is int else _int(copies),
            flags=flags if type(flags) is int else _int(flags),
            extra={k: doc[k] for k in unknown} if unknown else {},
        )


@attrs.frozen
class BucketList:
    """One page of a listing. An empty `continuation_token` means this is the last page."""

    entries: tuple[BucketEntry, ...] = ()
    uuid: str = ""
    continuation_token: str = ""
    flags: int = 0

    @property
    def is_last_page(self) -> bool:
        return not self.continuation_token

    def __len__(self) -> int:
        return len(self.entries)


# --------------------------------------------------------------------------- cluster map


@attrs.frozen
class NetInfo:
    """One network of a node: its address, port and the URL clients use (`direct_url`)."""

    node_ip_addr: str = ""
    daemon_port: str = ""
    direct_url: str = ""

    @classmethod
    def from_json(cls, doc: Mapping[str, Any] | None) -> NetInfo:
        if not doc:
            return cls()
        return cls(
            node_ip_addr=str(doc.get("node_ip_addr") or ""),
            daemon_port=str(doc.get("daemon_port") or ""),
            direct_url=str(doc.get("direct_url") or ""),
        )


SNODE_NON_ELECTABLE = 1
SNODE_IC = 2
SNODE_MAINTENANCE = 4
SNODE_DECOMMISSION = 8


@attrs.frozen
class Snode:
    """A cluster node (proxy or target)."""

    daemon_id: str
    daemon_type: str
    public_net: NetInfo = attrs.field(factory=NetInfo)
    intra_control_net: NetInfo = attrs.field(factory=NetInfo)
    intra_data_net: NetInfo = attrs.field(factory=NetInfo)
    flags: int = 0
    id_digest: int = 0

    @property
    def is_proxy(self) -> bool:
        return self.daemon_type == "proxy"

    @property
    def is_target(self) -> bool:
        return self.daemon_type == "target"

    @property
    def in_maintenance(self) -> bool:
        return bool(self.flags & (SNODE_MAINTENANCE | SNODE_DECOMMISSION))

    @classmethod
    def from_json(cls, doc: Mapping[str, Any]) -> Snode:
        return cls(
            daemon_id=str(doc.get("daemon_id") or ""),
            daemon_type=str(doc.get("daemon_type") or ""),
            public_net=NetInfo.from_json(doc.get("public_net")),
            intra_control_net=NetInfo.from_json(doc.get("intra_control_net")),
            intra_data_net=NetInfo.from_json(doc.get("intra_data_net")),
            flags=_int(doc.get("flags")),
            id_digest=_int(doc.get("id_digest")),
        )


@attrs.frozen
class Smap:
    """Cluster map: proxies (`pmap`), targets (`tmap`), the primary (`proxy_si`)."""

    tmap: dict[str, Snode]
    pmap: dict[str, Snode]
    proxy_si: Snode
    uuid: str = ""
    creation_time: str = ""
    version: int = 0

    @property
    def primary(self) -> Snode:
        return self.proxy_si

    @property
    def targets(self) -> list[Snode]:
        return [self.tmap[k] for k in sorted(self.tmap)]

    def node_urls(self) -> list[str]:
        """Public URLs of every node (used to scope the auth token to this cluster)."""
        nodes: Iterable[Snode] = [*self.pmap.values(), *self.tmap.values(), self.proxy_si]
        return sorted({n.public_net.direct_url for n in nodes if n.public_net.direct_url})

    @classmethod
    def from_json(cls, doc: Mapping[str, Any]) -> Smap:
        return cls(
            tmap={k: Snode.from_json(v) for k, v in (doc.get("tmap") or {}).items()},
            pmap={k: Snode.from_json(v) for k, v in (doc.get("pmap") or {}).items()},
            proxy_si=Snode.from_json(doc.get("proxy_si") or {}),
            uuid=str(doc.get("uuid") or ""),
            creation_time=str(doc.get("creation_time") or ""),
            version=_int(doc.get("version")),
        )


# --------------------------------------------------------------------------- xactions


@attrs.frozen
class XactStatus:
    """Status of an xaction (cluster job) as reported by `GET /v1/cluster?what=status`.

    `end_time` is Unix nanoseconds, 0 while the job runs.
    """

    kind: str = ""
    uuid: str = ""
    err: str = ""
    end_time: int = 0
    aborted: bool = False
    is_idle: bool = False

    @property
    def finished(self) -> bool:
        return self.end_time > 0

    @property
    def end_datetime(self) -> dt.datetime | None:
        return unix_ns_to_datetime(self.end_time)

    @classmethod
    def from_json(cls, doc: Mapping[str, Any]) -> XactStatus:
        return cls(
            kind=str(doc.get("kind") or ""),
            uuid=str(doc.get("uuid") or ""),
            err=str(doc.get("err") or ""),
            end_time=_int(doc.get("end_time")),
            aborted=bool(doc.get("aborted")),
            is_idle=bool(doc.get("is_idle")),
        )


# --------------------------------------------------------------------------- object / bucket properties


def _get_all(headers: Any, name: str) -> list[str]:
    """All values of a (possibly repeated) header from httpx.Headers, our Header, or a plain mapping."""
    get_list = getattr(headers, "get_list", None)
    if callable(get_list):
        return list(get_list(name))
    lname = name.lower()
    return [v for k, v in headers.items() if k.lower() == lname]


def _get_one(headers: Any, name: str) -> str | None:
    values = _get_all(headers, name)
    return values[0] if values else None


def _parse_bool(value: str | None) -> bool | None:
    if value is None:
        return None
    return value.strip().lower() in ("1", "true", "t", "y", "yes", "on")


@attrs.frozen
class ObjectProps:
    """Object properties parsed from HEAD/GET/PUT response headers (absent ones are None/empty)."""

    size: int | None = None
    checksum_type: str = ""
    checksum_value: str = ""
    version: str = ""
    atime: dt.datetime | None = None
    custom_md: dict[str, str] = attrs.field(factory=dict)
    present: bool | None = None
    name: str = ""
    location: str = ""
    mirror_copies: int | None = None
    mirror_paths: tuple[str, ...] = ()
    etag: str = ""

    @classmethod
    def from_headers(cls, headers: Any, *, absent_size: int | None = None) -> ObjectProps:
        """`absent_size`: the size to report without a Content-Length (a HEAD of an empty object
        has none: AIS sends the header only for sizes above 0)."""
        size_s = _get_one(headers, "Content-Length")
        custom: dict[str, str] = {}
        for item in _get_all(headers, "Ais-Custom-Md"):
            # One `key=value` per header line; values may contain ',' so never split on it.
            key, sep, value = item.strip().partition("=")
            if sep and key:
                custom[key] = value
        copies = _get_one(headers, "Ais-Mirror-Copies")
        paths = (_get_one(headers, "Ais-Mirror-Paths") or "").strip()
        if paths.startswith("[") and paths.endswith("]"):
            paths = paths[1:-1]
        return cls(
            size=int(size_s) if size_s and size_s.isdigit() else (absent_size if size_s is None else None),
            checksum_type=_get_one(headers, "Ais-Checksum-Type") or "",
            checksum_value=_get_one(headers, "Ais-Checksum-Value") or "",
            version=_get_one(headers, "Ais-Version") or "",
            atime=unix_ns_to_datetime(_get_one(headers, "Ais-Atime")),
            custom_md=custom,
            present=_parse_bool(_get_one(headers, "Ais-Present")),
            name=_get_one(headers, "Ais-Name") or "",
            location=_get_one(headers, "Ais-Location") or "",
            mirror_copies=int(copies) if copies and copies.isdigit() else None,
            mirror_paths=tuple(paths.split()) if paths else (),
            etag=(_get_one(headers, "ETag") or "").strip('"'),
        )


@attrs.frozen
class MirrorProps:
    enabled: bool = False
    copies: int = 0


@attrs.frozen
class ECProps:
    enabled: bool = False
    data_slices: int = 0
    parity_slices: int = 0
    objsize_limit: int = 0


@attrs.frozen
class BucketProps:
    """Bucket properties from the `Ais-Bucket-Props` JSON header; `raw` keeps the whole document."""

    provider: str = PROVIDER_AIS
    checksum_type: str = ""
    versioning: bool = False
    mirror: MirrorProps = attrs.field(factory=MirrorProps)
    ec: ECProps = attrs.field(factory=ECProps)
    lru_enabled: bool = False
    access: int = 0
    created: dt.datetime | None = None
    bid: int = 0
    backend_bck: Bck | None = None
    raw: dict[str, Any] = attrs.field(factory=dict)

    @classmethod
    def from_json(cls, doc: Mapping[str, Any]) -> BucketProps:
        mirror = doc.get("mirror") or {}
        ec = doc.get("ec") or {}
        backend = doc.get("backend_bck") or {}
        return cls(
            provider=str(doc.get("provider") or PROVIDER_AIS),
            checksum_type=str((doc.get("checksum") or {}).get("type") or ""),
            versioning=bool((doc.get("versioning") or {}).get("enabled")),
            mirror=MirrorProps(enabled=bool(mirror.get("enabled")), copies=_int(mirror.get("copies"))),
            ec=ECProps(
                enabled=bool(ec.get("enabled")),
                data_slices=_int(ec.get("data_slices")),
                parity_slices=_int(ec.get("parity_slices")),
                objsize_limit=_int(ec.get("objsize_limit")),
            ),
            lru_enabled=bool((doc.get("lru") or {}).get("enabled")),
            access=_int(doc.get("access")),
            created=unix_ns_to_datetime(doc.get("created")),
            bid=_int(doc.get("bid")),
            backend_bck=Bck.from_json(backend) if backend.get("name") else None,
            raw=dict(doc),
        )

    @classmethod
    def from_headers(cls, headers: Any) -> BucketProps:
        text = _get_one(headers, "Ais-Bucket-Props")
        if not text:
            return cls()
        try:
            doc = json.loads(text)
        except ValueError:
            return cls()
        return cls.from_json(doc if isinstance(doc, dict) else {})
