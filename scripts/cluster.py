#!/usr/bin/env python3
"""Build and run a real local AIStore cluster (default 1 proxy + 2 targets) on loopback.

Stdlib only, so it runs before any virtualenv exists.

    python scripts/cluster.py install        # build aisnode (pinned) into .cache/bin
    python scripts/cluster.py up             # start detached; prints the endpoint
    python scripts/cluster.py up --proxies 2 --targets 3
    python scripts/cluster.py down           # stop by PID, remove the runtime dir
    python scripts/cluster.py run -- CMD...  # start, run CMD with AIS_ENDPOINT set, stop

In Python, `LocalCluster(n_proxies, n_targets)` also injects node faults: `kill(name, sig)`,
`stop(name)` / `cont(name)` (SIGSTOP / SIGCONT), `restart(name)` (same command line), `heal()`,
and `wait_smap(predicate)` against the newest smap any live proxy reports.

The aisnode version lives in one place: scripts/AISTORE_VERSION.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache"
BIN_DIR = CACHE / "bin"
BUILD_DIR = CACHE / "go-build-module"
STATE_FILE = CACHE / "cluster" / "state.json"
AIS_MODULE = "github.com/NVIDIA/aistore"
HOST = "127.0.0.1"
JSON = dict[str, Any]
N_TARGETS = 2
MOUNTPATHS_PER_TARGET = 2


def aistore_version() -> str:
    return (ROOT / "scripts" / "AISTORE_VERSION").read_text().strip()


def _log(msg: str) -> None:
    print(f"[cluster] {msg}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------- install


def aisnode_tags() -> list[str]:
    """Build tags of aisnode, pinned next to the version: the features the tests reach (dsort, etl)."""
    return (ROOT / "scripts" / "AISNODE_TAGS").read_text().split()


def go_binary(tool: str, version: str | None = None) -> Path:
    """Build `cmd/<tool>` of the pinned aistore module; cached per version.

    `go install pkg@version` is not used: it asks the proxy for the module's
    version list (deprecation check), which the registry here answers 403.
    Building through a throwaway module needs only the pinned version itself.
    """
    version = version or aistore_version()
    tags = aisnode_tags() if tool == "aisnode" else ["mono"]
    out = BIN_DIR / (f"{tool}-{version}+{'.'.join(tags)}" if tool == "aisnode" else f"{tool}-{version}")
    if out.exists():
        return out
    BIN_DIR.mkdir(parents=True, exist_ok=True)
    # One build at a time (concurrent `make` runs, tests starting clusters): the others wait, then reuse it.
    with open(BIN_DIR / f".{tool}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if out.exists():
            return out
        return _build(tool, version, tags, out)


def _build(tool: str, version: str, tags: list[str], out: Path) -> Path:
    if shutil.which("go") is None:
        raise SystemExit("Go is required to build aisnode (or set AIS_ENDPOINT to use an existing cluster)")
    BUILD_DIR.mkdir(parents=True, exist_ok=True)
    (BUILD_DIR / "go.mod").write_text(f"module aisclient-tools\n\ngo 1.26\n\nrequire {AIS_MODULE} {version}\n")
    BIN_DIR.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, GOFLAGS="-mod=mod", CGO_ENABLED="0")
    cmd = [
        "go",
        "build",
        "-tags",
        ",".join(tags),
        "-ldflags",
        f"-X main.build={version} -X main.buildtime={version}",
        "-o",
        str(out) + ".tmp",
        f"{AIS_MODULE}/cmd/{tool}",
    ]
    _log(f"building {tool} {version} tags {','.join(tags)} (first time only; a few minutes on 2 cores)")
    t0 = time.monotonic()
    subprocess.run(cmd, cwd=BUILD_DIR, env=env, check=True)
    os.replace(str(out) + ".tmp", out)
    _log(f"built {out.name} in {time.monotonic() - t0:.1f}s")
    return out


# --------------------------------------------------------------------------- configs


def _free_ports(n: int) -> list[int]:
    socks = []
    try:
        for _ in range(n):
            s = socket.socket()
            s.bind((HOST, 0))
            socks.append(s)
        return [s.getsockname()[1] for s in socks]
    finally:
        for s in socks:
            s.close()


def cluster_config(primary_url: str, fast_failover: bool = False) -> JSON:
    # Minimal values that pass aisnode's validators; timeouts shortened so that
    # the primary finishes startup quickly (startup_time has a 30s floor).
    cfg: JSON = {
        "backend": {},
        "timeout": {
            "cplane_operation": "2s",
            "max_keepalive": "4s",
            "cold_get_conflict": "5s",
            "max_host_busy": "10s",  # copy jobs quiesce for clamp(this, 10s, 1m)
            "startup_time": "30s",
            "join_startup_time": "1m",
            "send_file_time": "5m",
            "ec_streams_time": "10m",
            "object_md": "2h",
        },
        "proxy": {
            "primary_url": primary_url,
            "original_url": primary_url,
            "discovery_url": "",
            "non_electable": False,
        },
        "space": {
            "cleanupwm": 65,
            "lowwm": 75,
            "highwm": 90,
            "out_of_space": 95,
            "batch_size": 32768,
            "dont_cleanup_time": "120m",
        },
        "resilver": {"enabled": True},
        # aisnode is built with the `dsort` tag (scripts/AISNODE_TAGS): it refuses to start without this.
        "distributed_sort": {
            "duplicated_records": "ignore",
            "missing_shards": "ignore",
            "ekm_malformed_line": "abort",
            "ekm_missing_key": "abort",
            "default_max_mem_usage": "80%",
            "call_timeout": "10m",
            "dsorter_mem_threshold": "100GB",
            "compression": "never",
            "bundle_multiplier": 4,
        },
        "memsys": {
            "min_free": "256mb",
            "default_buf": "32kb",
            "to_gc": "1gb",
            "hk_time": "3m",
            "min_pct_total": 0,
            "min_pct_free": 0,
        },
        "versioning": {"enabled": True, "validate_warm_get": False},
        "net": {
            "l4": {"proto": "tcp", "sndrcv_buf_size": 131072},
            "http": {
                "use_https": False,
                "server_crt": "server.crt",
                "server_key": "server.key",
                "domain_tls": "",
                "client_ca_tls": "",
                "client_auth_tls": 0,
                "idle_conn_time": "6s",
                "idle_conns_per_host": 32,
                "idle_conns": 256,
                "write_buffer_size": 65536,
                "read_buffer_size": 65536,
                "chunked_transfer": True,
                "skip_verify": False,
            },
            "use_ipv6": False,
        },
        "auth": {},
    }
    if fast_failover:
        cfg["keepalivetracker"] = FAST_KEEPALIVE
    return cfg


# Keepalive for clusters with a second proxy (docs/faults-findings.md has the measured failover times).
# Non-primaries and targets ping the primary every `interval` (once it is silent that long), then retry
# `num_retries` times `min(cplane_operation * retry_factor, max_keepalive + 1s)` apart before the next
# proxy in HRW order starts an election. Defaults (10 s, 3 retries) mean ~25-30 s without a primary.
FAST_KEEPALIVE = {
    "proxy": {"name": "heartbeat", "interval": "4s", "factor": 3},
    "target": {"name": "heartbeat", "interval": "4s", "factor": 3},
    "num_retries": 2,
    "retry_factor": 1,
}


def local_config(node_dir: Path, ports: tuple[int, int, int], instance: int, mp_root: Path) -> JSON:
    pub, ctrl, data = ports
    return {
        "confdir": str(node_dir),
        "log_dir": str(node_dir / "log"),
        "host_net": {
            "hostname": HOST,
            "hostname_intra_control": HOST,
            "hostname_intra_data": HOST,
            "port": str(pub),
            "port_intra_control": str(ctrl),
            "port_intra_data": str(data),
        },
        "fspaths": {},
        "test_fspaths": {"root": str(mp_root) + "/", "count": MOUNTPATHS_PER_TARGET, "instance": instance},
    }


def node_env() -> dict[str, str]:
    # aisnode believes it runs in Kubernetes when these are set and then exits
    # without MY_NODE; a CI pod sets them.
    env = {k: v for k, v in os.environ.items() if not k.startswith("KUBERNETES_")}
    for k in ("AIS_ENDPOINT", "AIS_PRIMARY_EP", "AIS_AUTHN_TOKEN", "MY_NODE", "MY_POD"):
        env.pop(k, None)
    return env


# --------------------------------------------------------------------------- cluster


@dataclass
class Node:
    """One aisnode process; `args` is its exact command line, reused by `LocalCluster.restart`."""

    role: str
    name: str
    port: int
    dir: Path
    pid: int = 0
    args: list[str] = field(default_factory=list)
    proc: subprocess.Popen[bytes] | None = field(default=None, repr=False, compare=False)
    stopped: bool = False  # SIGSTOPped by LocalCluster.stop(name) and not continued yet

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    @property
    def alive(self) -> bool:
        """The process exists (a SIGSTOPped node is alive, but does not answer)."""
        return self.pid > 0 and _alive(self.pid)

    def log_tail(self, lines: int = 30) -> str:
        parts = []
        for f in sorted([*self.dir.glob("log/*"), self.dir / "stdout.log"]):
            if f.is_file() and f.stat().st_size:
                text = f.read_text(errors="replace").splitlines()[-lines:]
                parts.append(f"--- {f}\n" + "\n".join(text))
        return "\n".join(parts) or f"(no log output in {self.dir})"


def _get_json(url: str, timeout: float) -> JSON:
    with urllib.request.urlopen(url, timeout=timeout) as r:
        out: JSON = json.load(r)
    return out


def _health(url: str, timeout: float = 2.0, prr: bool = False) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/v1/health" + ("?prr=true" if prr else ""), timeout=timeout) as r:
            return bool(r.status == 200)
    except (urllib.error.URLError, OSError, ValueError):
        return False


def smap_ports(smap: JSON, kind: str) -> set[int]:
    """Public ports of the smap's proxies (`kind="pmap"`) or targets (`kind="tmap"`)."""
    return {int(si["public_net"]["daemon_port"]) for si in (smap.get(kind) or {}).values()}


def smap_primary_port(smap: JSON) -> int:
    return int(smap["proxy_si"]["public_net"]["daemon_port"])


class LocalCluster:
    """`n_proxies` proxies + `n_targets` targets on loopback; configs and mountpaths under a temp dir.

    Nodes are named by index, proxies first: with 2 + 2 they are p0, p1, t2, t3. p0 starts as primary
    (the cluster config's `proxy.primary_url`); the other proxies join it and are electable.
    """

    def __init__(
        self,
        n_proxies: int = 1,
        n_targets: int = N_TARGETS,
        *,
        base_dir: Path | None = None,
        keep: bool = False,
        fast_failover: bool | None = None,
    ) -> None:
        if n_proxies < 1 or n_targets < 1:
            raise ValueError("a cluster needs at least one proxy and one target")
        self.n_proxies = n_proxies
        self.n_targets = n_targets
        self.base_dir = base_dir
        self.keep = keep
        # Short keepalive timings make a dead primary get replaced within ~10 s; they matter only
        # with a second proxy, so the default 1-proxy cluster keeps the conservative values.
        self.fast_failover = n_proxies > 1 if fast_failover is None else fast_failover
        self.nodes: list[Node] = []
        self.runtime_dir: Path | None = None
        self.ready_seconds = 0.0

    # ------------------------------------------------------------------ topology

    @property
    def endpoint(self) -> str:
        """URL of the first proxy (the initial primary)."""
        return self.nodes[0].url

    @property
    def proxies(self) -> list[Node]:
        return [n for n in self.nodes if n.role == "proxy"]

    @property
    def targets(self) -> list[Node]:
        return [n for n in self.nodes if n.role == "target"]

    def node(self, name: str) -> Node:
        for n in self.nodes:
            if n.name == name:
                return n
        raise KeyError(f"no node {name!r} (have {', '.join(n.name for n in self.nodes)})")

    def by_port(self, port: int) -> Node | None:
        return next((n for n in self.nodes if n.port == port), None)

    def names(self, smap: JSON) -> set[str]:
        """Our names (p0, t2, ...) of the nodes an smap lists."""
        ports = smap_ports(smap, "pmap") | smap_ports(smap, "tmap")
        return {n.name for n in self.nodes if n.port in ports}

    def primary_name(self, smap: JSON) -> str:
        n = self.by_port(smap_primary_port(smap))
        return n.name if n else f"?:{smap_primary_port(smap)}"

    # ------------------------------------------------------------------ start / stop

    def start(self, timeout: float = 120.0) -> str:
        binary = go_binary("aisnode")
        base = self.base_dir or Path(os.environ.get("AIS_CLUSTER_TMPDIR", tempfile.gettempdir()))
        base.mkdir(parents=True, exist_ok=True)
        self.runtime_dir = Path(tempfile.mkdtemp(prefix="aisclient-cluster-", dir=base))
        total = self.n_proxies + self.n_targets
        ports = _free_ports(3 * total)
        primary_url = f"http://{HOST}:{ports[0]}"
        cfg = cluster_config(primary_url, fast_failover=self.fast_failover)
        t0 = time.monotonic()
        for i in range(total):
            role = "proxy" if i < self.n_proxies else "target"
            node_dir = self.runtime_dir / f"{role[0]}{i}"
            (node_dir / "log").mkdir(parents=True)
            (node_dir / "ais.json").write_text(json.dumps(cfg, indent=1))
            local = local_config(
                node_dir, (ports[3 * i], ports[3 * i + 1], ports[3 * i + 2]), i, self.runtime_dir / "mp"
            )
            (node_dir / "ais_local.json").write_text(json.dumps(local, indent=1))
            args = [
                str(binary),
                f"-config={node_dir / 'ais.json'}",
                f"-local_config={node_dir / 'ais_local.json'}",
                f"-role={role}",
            ]
            if role == "proxy":
                args.append(f"-ntargets={self.n_targets}")
            self.nodes.append(Node(role, node_dir.name, ports[3 * i], node_dir, args=args))
        try:
            # The others join the primary with 4 s between attempts: start them once it listens (~1 s)
            # instead of letting their first attempt fail. The primary then still waits until the
            # membership is quiet for 4 x 1.5 s (startup_time / 20, and startup_time is at least 30 s).
            self._spawn(self.nodes[0])
            self._wait_listening(self.nodes[0], min(timeout, 30.0))
            for node in self.nodes[1:]:
                self._spawn(node)
            self._wait_ready(timeout)
        except Exception:
            self.stop()
            raise
        self.ready_seconds = time.monotonic() - t0
        _log(
            f"{self.n_proxies} proxies + {self.n_targets} targets ready at {self.endpoint} in "
            f"{self.ready_seconds:.1f}s (runtime dir {self.runtime_dir})"
        )
        return self.endpoint

    def _spawn(self, node: Node) -> None:
        with open(node.dir / "stdout.log", "ab") as out:
            proc = subprocess.Popen(
                node.args, stdout=out, stderr=subprocess.STDOUT, env=node_env(), start_new_session=True, cwd=node.dir
            )
        node.proc = proc
        node.pid = proc.pid
        node.stopped = False

    def _wait_listening(self, node: Node, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not node.alive:
                raise RuntimeError(f"aisnode {node.name} (pid {node.pid}) exited during startup\n{node.log_tail()}")
            with contextlib.suppress(OSError), socket.create_connection((HOST, node.port), timeout=1):
                return
            time.sleep(0.05)
        raise TimeoutError(f"{node.name} not listening on {node.port} after {timeout:.0f}s\n{node.log_tail()}")

    def _complete(self, smap: JSON) -> bool:
        return smap_ports(smap, "pmap") == {n.port for n in self.proxies} and smap_ports(smap, "tmap") == {
            n.port for n in self.targets
        }

    def _wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        last = "no answer yet"
        while time.monotonic() < deadline:
            for n in self.nodes:
                if not n.alive:
                    raise RuntimeError(f"aisnode {n.name} (pid {n.pid}) exited during startup\n{self.log_tails()}")
            try:
                if _health(self.endpoint, prr=True):
                    smap = _get_json(f"{self.endpoint}/v1/daemon?what=smap", 2)
                    if not self._complete(smap):
                        last = f"smap has {len(smap.get('pmap') or {})} proxies, {len(smap.get('tmap') or {})} targets"
                    elif not all(_health(n.url) for n in self.nodes):
                        last = "smap complete, not every node healthy yet"
                    else:
                        return
                else:
                    last = "primary not ready"
            except (urllib.error.URLError, OSError, ValueError) as e:
                last = str(e)
            time.sleep(0.2)
        raise TimeoutError(f"cluster not ready after {timeout:.0f}s ({last})\n{self.log_tails()}")

    def log_tails(self) -> str:
        return "\n".join(f"===== {n.name} ({n.role}, {n.url})\n{n.log_tail()}" for n in self.nodes)

    def stop(self, name: str | None = None) -> None:
        """Stop the whole cluster; with a node name, SIGSTOP only that node instead (see `cont`)."""
        if name is not None:
            self.stop_node(name)
            return
        # Targets first, so that they do not try to rejoin a vanished primary.
        for n in reversed(self.nodes):
            if n.pid:
                _terminate(n.pid)
        if self.runtime_dir and not self.keep:
            shutil.rmtree(self.runtime_dir, ignore_errors=True)
        self.nodes = []

    # ------------------------------------------------------------------ per-node faults

    def kill(self, name: str, sig: int = signal.SIGKILL) -> Node:
        """Send `sig` to one node; after SIGKILL (or SIGTERM) wait until the process is gone."""
        n = self.node(name)
        os.kill(n.pid, sig)
        if sig in (signal.SIGKILL, signal.SIGTERM):
            if n.stopped and sig == signal.SIGTERM:
                os.kill(n.pid, signal.SIGCONT)
            deadline = time.monotonic() + 15
            while n.alive and time.monotonic() < deadline:
                time.sleep(0.02)
            if n.alive:
                raise TimeoutError(f"{name} (pid {n.pid}) still alive after signal {sig}")
            n.stopped = False
        return n

    def stop_node(self, name: str) -> Node:
        """SIGSTOP one node: it keeps its sockets but answers nothing until `cont`."""
        n = self.node(name)
        os.kill(n.pid, signal.SIGSTOP)
        n.stopped = True
        return n

    def cont(self, name: str) -> Node:
        n = self.node(name)
        os.kill(n.pid, signal.SIGCONT)
        n.stopped = False
        return n

    def restart(self, name: str, timeout: float = 60.0) -> float:
        """Start a dead node again with its original command line (config, mountpaths, ports), then wait
        until the current primary lists it and the node itself answers /v1/health. Returns seconds taken."""
        n = self.node(name)
        if n.alive:
            raise RuntimeError(f"{name} (pid {n.pid}) is still running; kill it first")
        t0 = time.monotonic()
        self._spawn(n)

        def back(smap: JSON) -> bool:
            if n.port not in smap_ports(smap, "pmap" if n.role == "proxy" else "tmap"):
                return False
            if not n.alive:
                raise RuntimeError(f"{name} exited after restart\n{n.log_tail()}")
            return _health(n.url)

        self.wait_smap(back, timeout, what=f"{name} back in the smap")
        return time.monotonic() - t0

    def heal(self, timeout: float = 90.0, rejoin_grace: float = 10.0) -> list[str]:
        """Continue stopped nodes, restart dead ones, wait until the smap is complete; returns restarted names.

        A node that runs but stays out of the smap for `rejoin_grace` seconds (e.g. a SIGSTOPped old
        primary, removed by the new one) is SIGKILLed and restarted as well.
        """
        deadline = time.monotonic() + timeout
        for n in self.nodes:
            if n.stopped and n.alive:
                self.cont(n.name)
        restarted = [n.name for n in self.nodes if not n.alive]
        for name in restarted:
            self._spawn(self.node(name))

        def complete(s: JSON) -> bool:
            return self._complete(s) and all(_health(n.url) for n in self.nodes)

        try:
            self.wait_smap(complete, min(rejoin_grace, timeout), what="complete smap")
            return restarted
        except TimeoutError:
            pass
        members = self.names(self.smap())
        for n in self.nodes:
            if n.name not in members:
                if n.alive:
                    self.kill(n.name)
                self._spawn(n)
                restarted.append(n.name)
        self.wait_smap(complete, max(1.0, deadline - time.monotonic()), what="complete smap")
        return restarted

    # ------------------------------------------------------------------ smap

    def smap(self, via: str | None = None, timeout: float = 2.0) -> JSON:
        """The smap as `via` (a node name) sees it; by default the newest one any live proxy reports."""
        if via is not None:
            return _get_json(f"{self.node(via).url}/v1/daemon?what=smap", timeout)
        best: JSON | None = None
        errors = []
        for n in self.proxies:
            if n.stopped or not n.alive:
                continue
            try:
                s = _get_json(f"{n.url}/v1/daemon?what=smap", timeout)
            except (urllib.error.URLError, OSError, ValueError) as e:
                errors.append(f"{n.name}: {e}")
                continue
            if best is None or int(s.get("version", 0)) > int(best.get("version", 0)):
                best = s
        if best is None:
            raise ConnectionError("no live proxy answered the smap query: " + ("; ".join(errors) or "none alive"))
        return best

    def primary(self) -> Node:
        """The current primary according to the newest smap among live proxies."""
        smap = self.smap()
        n = self.by_port(smap_primary_port(smap))
        if n is None:
            raise LookupError(f"primary {smap['proxy_si'].get('daemon_id')} is not one of ours")
        return n

    def wait_smap(self, predicate: Callable[[JSON], bool], timeout: float = 30.0, what: str = "condition") -> JSON:
        """Poll the newest smap (see `smap()`) until `predicate(smap)` holds; return that smap."""
        deadline = time.monotonic() + timeout
        last = "no smap yet"
        while True:
            try:
                smap = self.smap()
                if predicate(smap):
                    return smap
                last = f"v{smap.get('version')} primary={self.primary_name(smap)} nodes={sorted(self.names(smap))}"
            except (ConnectionError, urllib.error.URLError, OSError, ValueError) as e:
                last = str(e)
            if time.monotonic() >= deadline:
                raise TimeoutError(f"{what}: not reached after {timeout:.0f}s (last: {last})")
            time.sleep(0.2)

    def wait_primary(self, name: str, timeout: float = 30.0) -> JSON:
        return self.wait_smap(lambda s: self.primary_name(s) == name, timeout, what=f"{name} primary")

    # ------------------------------------------------------------------ state

    def state(self) -> JSON:
        return {
            "endpoint": self.endpoint,
            "runtime_dir": str(self.runtime_dir),
            "n_proxies": self.n_proxies,
            "n_targets": self.n_targets,
            "nodes": [
                {"name": n.name, "role": n.role, "pid": n.pid, "port": n.port, "args": n.args} for n in self.nodes
            ],
        }

    def __enter__(self) -> LocalCluster:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _alive(pid: int) -> bool:
    try:
        waited, _ = os.waitpid(pid, os.WNOHANG)
        if waited == pid:
            return False
    except ChildProcessError:
        pass  # not our child (`down` in another process): fall back to signal 0
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _terminate(pid: int, grace: float = 10.0) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGCONT)  # a SIGSTOPped node would not act on SIGTERM
        os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline and _alive(pid):
        time.sleep(0.1)
    if _alive(pid):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)


# --------------------------------------------------------------------------- CLI


def cmd_up(ns: argparse.Namespace) -> int:
    want = (ns.proxies, ns.targets)
    if STATE_FILE.exists():
        state = json.loads(STATE_FILE.read_text())
        shape = (state.get("n_proxies", 1), state.get("n_targets", len(state["nodes"]) - 1))
        if shape == want and all(_alive(n["pid"]) for n in state["nodes"]):
            print(state["endpoint"])
            return 0
        cmd_down(ns)
    cluster = LocalCluster(n_proxies=ns.proxies, n_targets=ns.targets)
    cluster.start()
    STATE_FILE.parent.mkdir(parents=True, exist_ok=True)
    STATE_FILE.write_text(json.dumps(cluster.state(), indent=1))
    print(cluster.endpoint)
    return 0


def cmd_down(_: argparse.Namespace) -> int:
    if not STATE_FILE.exists():
        _log("no cluster state; nothing to stop")
        return 0
    state = json.loads(STATE_FILE.read_text())
    for n in reversed(state["nodes"]):
        _terminate(n["pid"])
    shutil.rmtree(state["runtime_dir"], ignore_errors=True)
    STATE_FILE.unlink()
    _log(f"stopped {len(state['nodes'])} nodes")
    return 0


def cmd_run(ns: argparse.Namespace) -> int:
    cmd = ns.cmd[1:] if ns.cmd[:1] == ["--"] else ns.cmd
    if os.environ.get("AIS_ENDPOINT"):
        return subprocess.call(cmd)
    with LocalCluster() as cluster:
        rc = subprocess.call(cmd, env=dict(os.environ, AIS_ENDPOINT=cluster.endpoint))
        for node in cluster.nodes:
            if not node.alive:  # a node that died during the run: say so, with the end of its log
                _log(f"{node.name} died during the run:\n{node.log_tail(60)}")
        return rc


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="what", required=True)
    inst = sub.add_parser("install", help="build a pinned aistore tool (default aisnode)")
    inst.add_argument("tool", nargs="?", default="aisnode")
    up = sub.add_parser("up", help="start detached (state in .cache/cluster/state.json); prints the endpoint")
    up.add_argument("--proxies", type=int, default=1, help="number of proxies, the first is primary (default 1)")
    up.add_argument("--targets", type=int, default=N_TARGETS, help=f"number of targets (default {N_TARGETS})")
    sub.add_parser("down")
    sub.add_parser("version")
    run = sub.add_parser("run")
    run.add_argument("cmd", nargs=argparse.REMAINDER)
    ns = ap.parse_args()
    if ns.what == "install":
        print(go_binary(ns.tool))
        return 0
    if ns.what == "version":
        print(aistore_version())
        return 0
    return {"up": cmd_up, "down": cmd_down, "run": cmd_run}[ns.what](ns)


if __name__ == "__main__":
    sys.exit(main())
