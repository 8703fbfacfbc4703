"""Client-side object placement: which AIS target owns an object.

AIS places every object on one target by rendezvous hashing, also called
highest random weight (HRW):

1. the object's *uname* is ``provider/namespace/bucket/object``, where the
   namespace is ``@<uuid>#<name>`` (``@#`` for this cluster's global namespace)
   and the provider is the normalized one (``ais``, ``aws``, ``gcp``, ...);
2. the object digest is xxHash64 of the uname's UTF-8 bytes, seeded with
   ``MLCG32`` (1103515245);
3. every target that is neither in maintenance nor being decommissioned
   (Snode flags 4 and 8) gets the weight ``mix64(target.id_digest ^ digest)``,
   where ``mix64`` is the splitmix64-seeded xoshiro256** "starstar" scrambler;
4. the target with the highest weight owns the object.

Knowing the owner lets a client send GET/HEAD straight to it and skip the
proxy's redirect. Everything here is pure computation: no I/O, no globals that
change. The cluster map (``GET /v1/daemon?what=smap``) is fetched by the caller
and handed to :meth:`HrwMap.from_smap`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import xxhash

from .validate import PROVIDER_ALIASES

__all__ = [
    "FLAG_DECOMMISSION",
    "FLAG_MAINTENANCE",
    "GLOBAL_NAMESPACE",
    "HASH_SEED",
    "HrwMap",
    "NoTargetError",
    "TargetNode",
    "hrw_weight",
    "mix64",
    "name_digest",
    "namespace_uname",
    "normalize_provider",
    "object_digest",
    "object_uname",
    "select_target",
]

HASH_SEED = 1103515245
"""Seed of every xxHash64 that AIS computes for placement (``cos.MLCG32``)."""

FLAG_MAINTENANCE = 4
FLAG_DECOMMISSION = 8
_EXCLUDED_FLAGS = FLAG_MAINTENANCE | FLAG_DECOMMISSION

GLOBAL_NAMESPACE = "@#"
"""Uname of this cluster's global namespace (no remote-cluster UUID, no name)."""

_MASK64 = (1 << 64) - 1
_GOLDEN_GAMMA = 0x9E3779B97F4A7C15
_MIX_MUL_1 = 0xBF58476D1CE4E5B9
_MIX_MUL_2 = 0x94D049BB133111EB

# Scheme-style aliases that AIS accepts for providers.
_PROVIDER_ALIASES = {"": "ais", **PROVIDER_ALIASES}


class NoTargetError(LookupError):
    """The cluster map holds no target that can own objects."""


def normalize_provider(provider: str) -> str:
    """Map a provider alias (``s3``, ``gs``, ``az``, ``oc``, empty) to the name AIS hashes."""
    return _PROVIDER_ALIASES.get(provider, provider)


def namespace_uname(uuid: str = "", name: str = "") -> str:
    """The namespace part of a uname: ``@<uuid>#<name>``; ``@#`` for the global namespace."""
    return f"@{uuid}#{name}"


def object_uname(
    bck_name: str,
    obj_name: str,
    provider: str = "ais",
    ns_uuid: str = "",
    ns_name: str = "",
) -> str:
    """The unique name AIS hashes to place an object: ``provider/namespace/bucket/object``.

    The object name is taken verbatim (already URL-decoded): slashes, spaces and
    non-ASCII characters are part of it.
    """
    return f"{normalize_provider(provider)}/{namespace_uname(ns_uuid, ns_name)}/{bck_name}/{obj_name}"


def name_digest(name: str | bytes) -> int:
    """xxHash64 of a uname or a daemon ID, with AIS's placement seed."""
    data = name.encode() if isinstance(name, str) else name
    return xxhash.xxh64_intdigest(data, HASH_SEED)


def object_digest(
    bck_name: str,
    obj_name: str,
    provider: str = "ais",
    ns_uuid: str = "",
    ns_name: str = "",
) -> int:
    """The 64-bit digest that decides an object's placement."""
    return name_digest(object_uname(bck_name, obj_name, provider, ns_uuid, ns_name))


def mix64(seed: int) -> int:
    """xoshiro256** output for a state seeded by splitmix64 from ``seed`` (all mod 2**64)."""
    z = (seed + _GOLDEN_GAMMA) & _MASK64
    z = ((z ^ (z >> 30)) * _MIX_MUL_1) & _MASK64
    z = ((z ^ (z >> 27)) * _MIX_MUL_2) & _MASK64
    z = ((z ^ (z >> 31)) + _GOLDEN_GAMMA) & _MASK64
    z = ((z ^ (z >> 30)) * _MIX_MUL_1) & _MASK64
    z = ((z ^ (z >> 27)) * _MIX_MUL_2) & _MASK64
    z = ((z ^ (z >> 31)) * 5) & _MASK64
    rotated = ((z << 7) | (z >> 57)) & _MASK64
    return (rotated * 9) & _MASK64


def hrw_weight(id_digest: int, digest: int) -> int:
    """A target's weight for an object: higher wins."""
    return mix64(id_digest ^ digest)


def select_target(targets: Iterable[tuple[str, int]], digest: int) -> str:
    """The daemon ID, among ``(daemon_id, id_digest)`` pairs, that owns ``digest``.

    The caller passes only eligible targets (see :meth:`TargetNode.eligible`).
    Equal weights, which need a 64-bit collision, go to the larger daemon ID so
    that the answer never depends on iteration order.
    """
    best: tuple[int, str] | None = None
    for daemon_id, id_digest in targets:
        candidate = (hrw_weight(id_digest, digest), daemon_id)
        if best is None or candidate > best:
            best = candidate
    if best is None:
        raise NoTargetError("no eligible target in the cluster map")
    return best[1]


@dataclass(frozen=True, slots=True)
class TargetNode:
    """What placement needs to know about one target of the cluster map."""

    daemon_id: str
    id_digest: int
    direct_url: str = ""
    flags: int = 0

    @property
    def eligible(self) -> bool:
        """False while the target is in maintenance or being decommissioned."""
        return not self.flags & _EXCLUDED_FLAGS

    @classmethod
    def from_snode(cls, snode: Mapping[str, Any]) -> TargetNode:
        """Build from one ``tmap`` entry of the smap JSON."""
        daemon_id = str(snode["daemon_id"])
        # AIS fills a missing digest from the daemon ID the same way.
        id_digest = int(snode.get("id_digest") or 0) or name_digest(daemon_id)
        public_net = snode.get("public_net") or {}
        return cls(
            daemon_id=daemon_id,
            id_digest=id_digest,
            direct_url=str(public_net.get("direct_url", "")),
            flags=int(snode.get("flags") or 0),
        )


class HrwMap:
    """The eligible targets of one cluster-map version, ready for lookups."""

    __slots__ = ("_by_id", "_pairs", "version")

    def __init__(self, targets: Iterable[TargetNode], version: int = 0) -> None:
        eligible = [t for t in targets if t.eligible]
        self._by_id = {t.daemon_id: t for t in eligible}
        self._pairs = tuple((t.daemon_id, t.id_digest) for t in eligible)
        self.version = version

    @classmethod
    def from_smap(cls, smap: Mapping[str, Any]) -> HrwMap:
        """Build from the JSON of ``GET /v1/daemon?what=smap``."""
        tmap: Mapping[str, Mapping[str, Any]] = smap.get("tmap") or {}
        return cls((TargetNode.from_snode(s) for s in tmap.values()), version=int(smap.get("version") or 0))

    @property
    def targets(self) -> list[TargetNode]:
        return list(self._by_id.values())

    def __len__(self) -> int:
        return len(self._pairs)

    def target_for_digest(self, digest: int) -> TargetNode:
        return self._by_id[select_target(self._pairs, digest)]

    def target_for_object(
        self,
        bck_name: str,
        obj_name: str,
        provider: str = "ais",
        ns_uuid: str = "",
        ns_name: str = "",
    ) -> TargetNode:
        """The target that owns ``provider://[ns/]bck_name/obj_name``."""
        return self.target_for_digest(object_digest(bck_name, obj_name, provider, ns_uuid, ns_name))
