"""What the client knows about the cluster, as one immutable value (`ClusterView`).

Many threads or asyncio tasks share one client. Everything they share about the
cluster (the map's version, the proxies to talk to, where objects live, which
hosts may see the token, which nodes did not answer lately) lives in one frozen
`ClusterView`. A request reads the current view once and decides from that copy;
a change builds a new view and swaps it in whole (`ViewHolder.update`). Nothing is
ever half-updated, so no reader can see a map without its placement table or
drop a field another thread is using.

Loading a new map is the drivers' job (single flight: one load at a time, others
wait and use its result; at most one attempt per `MIN_LOAD_INTERVAL`). The
functions here are pure: they take a view and return a new one.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from ..models import SNODE_DECOMMISSION, SNODE_MAINTENANCE, Smap
from .hrw import HrwMap
from .net import origin

__all__ = [
    "DIRECT_BACKOFF_MAX",
    "DIRECT_BACKOFF_MIN",
    "MIN_LOAD_INTERVAL",
    "ClusterView",
    "ViewHolder",
]

# Fewer map loads than this apart are refused: a burst of failures costs one load, not one per request.
MIN_LOAD_INTERVAL = 1.0
# A node that refused a direct connection is left out of direct routing for this long, doubling per
# failure: where targets are unreachable from the client (NAT, pod IPs) we stop paying a connect attempt.
DIRECT_BACKOFF_MIN = 15.0
DIRECT_BACKOFF_MAX = 600.0


@attrs.frozen
class Unreachable:
    """A node that failed to accept a connection: skip it until `until` (monotonic seconds)."""

    until: float
    failures: int


@attrs.frozen
class ClusterView:
    """One consistent picture of the cluster, never mutated (see module docstring)."""

    # The endpoint the client was given; always a candidate gateway.
    endpoint: str
    # The proxy that relative requests go to now (starts as `endpoint`, moves on failover).
    gateway: str
    # Public URLs of the proxies that can serve requests, primary first.
    proxies: tuple[str, ...] = ()
    primary: str = ""
    smap_version: int = 0
    # Origins (scheme://host:port) allowed to receive the bearer token.
    trusted: frozenset[str] = frozenset()
    # Object placement over the map's targets; None until a map was loaded.
    hrw: HrwMap | None = None
    # Successful map loads so far and when the last attempt happened (monotonic).
    loads: int = 0
    attempts: int = 0
    last_attempt: float = float("-inf")
    unreachable: Mapping[str, Unreachable] = attrs.field(factory=dict)
    # A target answered 401/403 to a direct request: this cluster wants everything through a proxy.
    direct_refused: bool = False
    # Origins outside the map that a proxy redirected us to, each worth one immediate map load.
    probed: frozenset[str] = frozenset()

    @classmethod
    def initial(cls, endpoint: str) -> ClusterView:
        return cls(endpoint=endpoint, gateway=endpoint, trusted=frozenset({origin(endpoint)}))

    # -- questions ---------------------------------------------------------------------

    @property
    def loaded(self) -> bool:
        return self.loads > 0

    def may_load(self, now: float) -> bool:
        return now - self.last_attempt >= MIN_LOAD_INTERVAL

    def is_trusted(self, url: str) -> bool:
        return origin(url) in self.trusted

    def reachable(self, url: str, now: float) -> bool:
        mark = self.unreachable.get(origin(url))
        return mark is None or mark.until <= now

    def gateways(self, now: float) -> list[str]:
        """Where to send a relative request, best first: the current gateway, the primary, the other
        proxies, the configured endpoint; nodes that failed lately go last (they may be back)."""
        order: list[str] = []
        for url in (self.gateway, self.primary, *self.proxies, self.endpoint):
            if url and url not in order:
                order.append(url)
        return sorted(order, key=lambda u: not self.reachable(u, now))

    # -- new views ---------------------------------------------------------------------

    def with_attempt(self, now: float) -> ClusterView:
        return attrs.evolve(self, attempts=self.attempts + 1, last_attempt=now)

    def with_smap(self, doc: Mapping[str, Any], source: str, now: float) -> ClusterView:
        """Take in a freshly loaded cluster map (`source`: the proxy that sent it)."""
        smap = Smap.from_json(doc)
        usable = [
            p
            for p in smap.pmap.values()
            if p.public_net.direct_url and not p.flags & (SNODE_MAINTENANCE | SNODE_DECOMMISSION)
        ]
        primary = smap.proxy_si.public_net.direct_url
        proxies = tuple(sorted({p.public_net.direct_url for p in usable}, key=lambda u: (u != primary, u)))
        # Nodes in the new map that answered us (the source) are reachable again.
        unreachable = {k: v for k, v in self.unreachable.items() if k != origin(source)}
        gateway = self.gateway
        if not self.reachable(gateway, now):
            gateway = source
        return attrs.evolve(
            self,
            gateway=gateway,
            proxies=proxies,
            primary=primary,
            smap_version=smap.version,
            trusted=frozenset({origin(self.endpoint), origin(source), *(origin(u) for u in smap.node_urls())}),
            hrw=HrwMap.from_smap(doc),
            loads=self.loads + 1,
            unreachable=unreachable,
        )

    def with_unreachable(self, url: str, now: float) -> ClusterView:
        """`url`'s node did not accept a connection; if it was the gateway, move to the next proxy."""
        key = origin(url)
        prev = self.unreachable.get(key)
        failures = (prev.failures if prev else 0) + 1
        backoff = min(DIRECT_BACKOFF_MAX, DIRECT_BACKOFF_MIN * 2 ** (failures - 1))
        view = attrs.evolve(self, unreachable={**self.unreachable, key: Unreachable(now + backoff, failures)})
        if origin(self.gateway) == key:
            candidates = [u for u in view.gateways(now) if origin(u) != key]
            if candidates:
                view = attrs.evolve(view, gateway=candidates[0])
        return view

    def with_reachable(self, url: str) -> ClusterView:
        key = origin(url)
        if key not in self.unreachable:
            return self
        return attrs.evolve(self, unreachable={k: v for k, v in self.unreachable.items() if k != key})

    def __repr__(self) -> str:
        return (
            f"ClusterView(gateway={self.gateway!r}, proxies={len(self.proxies)}, smap_version={self.smap_version}, "
            f"targets={len(self.hrw) if self.hrw else 0}, unreachable={sorted(self.unreachable)})"
        )


class ViewHolder:
    """The one mutable cell: the current `ClusterView`, replaced whole.

    Readers take `holder.view` once (an atomic attribute read) and work on that value.
    Writers pass a function from the old view to the new one; the swap holds a lock
    only for that pure computation (no I/O), so concurrent updates never lose each other.
    """

    def __init__(self, endpoint: str, clock: Callable[[], float] = time.monotonic) -> None:
        self.view = ClusterView.initial(endpoint)
        self.clock = clock
        self._lock = threading.Lock()

    def update(self, change: Callable[[ClusterView], ClusterView]) -> ClusterView:
        with self._lock:
            self.view = new = change(self.view)
        return new
