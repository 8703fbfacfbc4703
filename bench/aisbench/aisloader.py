"""aisloader (Go, same pinned AIS version): the native ceiling, driven as a subprocess.

aisloader runs a whole workload per invocation and reports counts and
durations as JSON (``-json``); we parse that rather than timing the process,
so its startup and bucket listing are not counted.
"""

from __future__ import annotations

import json
import re
import resource
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
_STATS_ARRAY = re.compile(r"^\[\s*\{.*?^\]", re.DOTALL | re.MULTILINE)
_RUN_TIMEOUT_S = 1800


def find_binary(build: bool) -> Path | None:
    """The cached aisloader binary; built first (a minute or so) when ``build`` is true."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from cluster import BIN_DIR, aistore_version, go_binary

    cached = BIN_DIR / f"aisloader-{aistore_version()}"
    if cached.exists():
        return cached
    if not build:
        return None
    try:
        return go_binary("aisloader")
    except (SystemExit, subprocess.CalledProcessError, OSError) as e:
        print(f"[bench] aisloader could not be built: {e}", file=sys.stderr)
        return None


def _children_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


@dataclass
class OpStats:
    count: int
    bytes: int
    seconds: float
    cpu_seconds: float | None = None
    """User + system CPU of the whole aisloader process (startup and its bucket listing included)."""

    def ops_per_s(self) -> float:
        return self.count / self.seconds

    def mb_per_s(self) -> float:
        return self.bytes / 1e6 / self.seconds


class Aisloader:
    name = "aisloader"

    def __init__(self, binary: Path, endpoint: str) -> None:
        url = httpx.URL(endpoint)
        self.binary = binary
        self.base_args = [
            f"-ip={url.host}",
            f"-port={url.port}",
            "-json",
            "-quiet",
            "-statsinterval=0",
            "-cleanup=false",
            "-duration=24h",  # every run is bounded by -maxputs or -epochs instead
        ]

    def _run(self, bck: str, *args: str) -> dict[str, OpStats]:
        cmd = [str(self.binary), *self.base_args, f"-bucket=ais://{bck}", *args]
        cpu_before = _children_cpu_seconds()
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=_RUN_TIMEOUT_S, check=False)
        # Children's rusage grows when one is reaped: the bench runs one child at a time here.
        cpu = _children_cpu_seconds() - cpu_before
        match = _STATS_ARRAY.search(proc.stdout)
        if proc.returncode != 0 or not match:
            raise RuntimeError(
                f"aisloader failed (rc={proc.returncode}): {' '.join(cmd)}\n{proc.stdout[-2000:]}{proc.stderr[-2000:]}"
            )
        report = json.loads(match.group(0))[-1]
        stats = {}
        for op in ("put", "get"):
            entry = report[op]
            if int(entry["errors"]):
                raise RuntimeError(f"aisloader reported {entry['errors']} {op} errors: {' '.join(cmd)}")
            stats[op] = OpStats(int(entry["count"]), int(entry["bytes"]), int(entry["duration"]) / 1e9, cpu)
        return stats

    def put(self, bck: str, count: int, size: int, workers: int) -> OpStats:
        """PUT ``count`` objects of ``size`` bytes with random names."""
        return self._run(
            bck,
            "-pctput=100",
            "-skiplist",
            "-cksum-type=none",  # the Python peers send no checksum either
            f"-maxputs={count}",
            f"-minsize={size}",
            f"-maxsize={size}",
            f"-numworkers={workers}",
        )["put"]

    def get_all(self, bck: str, workers: int) -> OpStats:
        """GET every object of the bucket once."""
        return self._run(bck, "-pctput=0", "-epochs=1", f"-numworkers={workers}")["get"]

    def get_named(self, bck: str, names: list[str], workers: int, list_file: Path) -> OpStats:
        """GET the named objects (written to ``list_file`` for ``-filelist``), a pass over them or a little more.

        aisloader checks its epoch bound only between GETs, so with few objects it may read one more
        than asked: the figures (bytes over time spent) stay per-GET either way.
        """
        list_file.write_text("".join(f"{n}\n" for n in names))
        return self._run(bck, "-pctput=0", "-epochs=1", f"-filelist={list_file}", f"-numworkers={workers}")["get"]
