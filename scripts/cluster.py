#!/usr/bin/env python3
"""Build and run a real local AIStore cluster (1 proxy + 2 targets) on loopback.

Stdlib only, so it runs before any virtualenv exists.

    python scripts/cluster.py install        # build aisnode (pinned) into .cache/bin
    python scripts/cluster.py up             # start detached; prints the endpoint
    python scripts/cluster.py down           # stop by PID, remove the runtime dir
    python scripts/cluster.py run -- CMD...  # start, run CMD with AIS_ENDPOINT set, stop

The aisnode version lives in one place: scripts/AISTORE_VERSION.
"""

from __future__ import annotations

import argparse
import contextlib
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
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache"
BIN_DIR = CACHE / "bin"
BUILD_DIR = CACHE / "go-build-module"
STATE_FILE = CACHE / "cluster" / "state.json"
AIS_MODULE = "github.com/NVIDIA/aistore"
HOST = "127.0.0.1"
N_TARGETS = 2
MOUNTPATHS_PER_TARGET = 2


def aistore_version() -> str:
    return (ROOT / "scripts" / "AISTORE_VERSION").read_text().strip()


def _log(msg: str) -> None:
    print(f"[cluster] {msg}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------- install


def go_binary(tool: str, version: str | None = None) -> Path:
    """Build `cmd/<tool>` of the pinned aistore module; cached per version.

    `go install pkg@version` is not used: it asks the proxy for the module's
    version list (deprecation check), which the registry here answers 403.
    Building through a throwaway module needs only the pinned version itself.
    """
    version = version or aistore_version()
    out = BIN_DIR / f"{tool}-{version}"
    if out.exists():
        return out
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
        "mono",
        "-ldflags",
        f"-X main.build={version} -X main.buildtime={version}",
        "-o",
        str(out) + ".tmp",
        f"{AIS_MODULE}/cmd/{tool}",
    ]
    _log(f"building {tool} {version} (first time only; a few minutes on 2 cores)")
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


def cluster_config(primary_url: str) -> dict:
    # Minimal values that pass aisnode's validators; timeouts shortened so that
    # the primary finishes startup quickly (startup_time has a 30s floor).
    return {
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


def local_config(node_dir: Path, ports: tuple[int, int, int], instance: int, mp_root: Path) -> dict:
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
    role: str
    name: str
    port: int
    dir: Path
    pid: int = 0

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def log_tail(self, lines: int = 30) -> str:
        parts = []
        for f in sorted([*self.dir.glob("log/*"), self.dir / "stdout.log"]):
            if f.is_file() and f.stat().st_size:
                text = f.read_text(errors="replace").splitlines()[-lines:]
                parts.append(f"--- {f}\n" + "\n".join(text))
        return "\n".join(parts) or f"(no log output in {self.dir})"


@dataclass
class LocalCluster:
    """1 proxy + N targets on loopback, configs and mountpaths under a temp dir."""

    base_dir: Path | None = None
    n_targets: int = N_TARGETS
    nodes: list[Node] = field(default_factory=list)
    runtime_dir: Path | None = None
    keep: bool = False

    @property
    def endpoint(self) -> str:
        return self.nodes[0].url

    def start(self, timeout: float = 120.0) -> str:
        binary = go_binary("aisnode")
        base = self.base_dir or Path(os.environ.get("AIS_CLUSTER_TMPDIR", tempfile.gettempdir()))
        base.mkdir(parents=True, exist_ok=True)
        self.runtime_dir = Path(tempfile.mkdtemp(prefix="aisclient-cluster-", dir=base))
        ports = _free_ports(3 * (1 + self.n_targets))
        primary_url = f"http://{HOST}:{ports[0]}"
        cfg = cluster_config(primary_url)
        t0 = time.monotonic()
        for i in range(1 + self.n_targets):
            role = "proxy" if i == 0 else "target"
            node_dir = self.runtime_dir / f"{role[0]}{i}"
            (node_dir / "log").mkdir(parents=True)
            node = Node(role, node_dir.name, ports[3 * i], node_dir)
            (node_dir / "ais.json").write_text(json.dumps(cfg, indent=1))
            local = local_config(node_dir, tuple(ports[3 * i : 3 * i + 3]), i, self.runtime_dir / "mp")
            (node_dir / "ais_local.json").write_text(json.dumps(local, indent=1))
            args = [
                str(binary),
                f"-config={node_dir / 'ais.json'}",
                f"-local_config={node_dir / 'ais_local.json'}",
                f"-role={role}",
            ]
            if role == "proxy":
                args.append(f"-ntargets={self.n_targets}")
            with open(node_dir / "stdout.log", "wb") as out:
                proc = subprocess.Popen(
                    args, stdout=out, stderr=subprocess.STDOUT, env=node_env(), start_new_session=True, cwd=node_dir
                )
            node.pid = proc.pid
            self.nodes.append(node)
        try:
            self._wait_ready(timeout)
        except Exception:
            self.stop()
            raise
        _log(f"ready at {self.endpoint} in {time.monotonic() - t0:.1f}s (runtime dir {self.runtime_dir})")
        return self.endpoint

    def _wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        last = "no answer yet"
        while time.monotonic() < deadline:
            for n in self.nodes:
                if not _alive(n.pid):
                    raise RuntimeError(f"aisnode {n.name} (pid {n.pid}) exited during startup\n{self.log_tails()}")
            try:
                with urllib.request.urlopen(f"{self.endpoint}/v1/health?prr=true", timeout=2) as r:
                    if r.status == 200:
                        with urllib.request.urlopen(f"{self.endpoint}/v1/daemon?what=smap", timeout=2) as s:
                            smap = json.load(s)
                        if len(smap.get("tmap") or {}) == self.n_targets:
                            return
                        last = f"smap has {len(smap.get('tmap') or {})} targets"
            except (urllib.error.URLError, OSError, ValueError) as e:
                last = str(e)
            time.sleep(0.5)
        raise TimeoutError(f"cluster not ready after {timeout:.0f}s ({last})\n{self.log_tails()}")

    def log_tails(self) -> str:
        return "\n".join(f"===== {n.name} ({n.role}, {n.url})\n{n.log_tail()}" for n in self.nodes)

    def stop(self) -> None:
        # Targets first, so that they do not try to rejoin a vanished primary.
        for n in reversed(self.nodes):
            _terminate(n.pid)
        if self.runtime_dir and not self.keep:
            shutil.rmtree(self.runtime_dir, ignore_errors=True)
        self.nodes = []

    def state(self) -> dict:
        return {
            "endpoint": self.endpoint,
            "runtime_dir": str(self.runtime_dir),
            "nodes": [{"name": n.name, "role": n.role, "pid": n.pid, "port": n.port} for n in self.nodes],
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


def cmd_up(_: argparse.Namespace) -> int:
    if STATE_FILE.exists():
        state = json.loads(STATE_FILE.read_text())
        if all(_alive(n["pid"]) for n in state["nodes"]):
            print(state["endpoint"])
            return 0
        cmd_down(_)
    cluster = LocalCluster()
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
        return subprocess.call(cmd, env=dict(os.environ, AIS_ENDPOINT=cluster.endpoint))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="what", required=True)
    inst = sub.add_parser("install", help="build a pinned aistore tool (default aisnode)")
    inst.add_argument("tool", nargs="?", default="aisnode")
    sub.add_parser("up")
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
