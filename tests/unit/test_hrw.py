"""HRW placement (aisclient._core.hrw): against known vectors, the official SDK, and a live cluster."""

from __future__ import annotations

import random
import urllib.parse
import uuid

import httpx
import pytest
from aisclient._core.hrw import (
    FLAG_DECOMMISSION,
    FLAG_MAINTENANCE,
    HrwMap,
    NoTargetError,
    TargetNode,
    mix64,
    name_digest,
    object_uname,
    select_target,
)

# Characters for random object names: ASCII, separators, URL-special and non-ASCII.
NAME_ALPHABET = "abcxyzABC0189-_.~ /+%?#&=:;,@!$'()*[]éüñ日本語Ωж🙂"


def random_name(rng: random.Random, max_len: int = 40) -> str:
    return "".join(rng.choice(NAME_ALPHABET) for _ in range(rng.randint(1, max_len)))


def random_targets(rng: random.Random, n: int) -> list[TargetNode]:
    targets = []
    for _ in range(n):
        daemon_id = f"t{rng.getrandbits(32):08x}"
        targets.append(TargetNode(daemon_id, name_digest(daemon_id), f"http://127.0.0.1:{rng.randint(1024, 65535)}"))
    return targets


# --------------------------------------------------------------------------- known vectors


def test_mix64_matches_ais_vectors() -> None:
    # The vectors of AIS's own unit test for its xoshiro256 hash.
    assert mix64(4573842) == 5026071747115404967
    assert mix64(0) == 1905207664160064169


def test_uname_layout() -> None:
    assert object_uname("bck", "dir/obj") == "ais/@#/bck/dir/obj"
    assert object_uname("bck", "o", provider="s3") == "aws/@#/bck/o"
    assert object_uname("bck", "o", provider="gs") == "gcp/@#/bck/o"
    assert object_uname("bck", "o", provider="") == "ais/@#/bck/o"
    assert object_uname("bck", "o", ns_uuid="Cx1", ns_name="ns") == "ais/@Cx1#ns/bck/o"
    assert object_uname("bck", "o", ns_name="ns") == "ais/@#ns/bck/o"


def test_maintenance_and_decommission_are_excluded() -> None:
    rng = random.Random(7)
    a, b, c = random_targets(rng, 3)
    in_maint = TargetNode(b.daemon_id, b.id_digest, b.direct_url, flags=FLAG_MAINTENANCE)
    decomm = TargetNode(c.daemon_id, c.id_digest, c.direct_url, flags=FLAG_DECOMMISSION | 2)
    hrw = HrwMap([a, in_maint, decomm])
    assert len(hrw) == 1
    for _ in range(100):
        assert hrw.target_for_digest(rng.getrandbits(64)).daemon_id == a.daemon_id
    with pytest.raises(NoTargetError):
        HrwMap([in_maint, decomm]).target_for_digest(1)
    with pytest.raises(NoTargetError):
        select_target([], 1)


def test_from_smap_parses_tmap_and_fills_missing_digest() -> None:
    smap = {
        "version": "12",
        "tmap": {
            "t1": {"daemon_id": "t1", "id_digest": 123, "flags": 0, "public_net": {"direct_url": "http://h:1"}},
            "t2": {"daemon_id": "t2", "flags": 0, "public_net": {"direct_url": "http://h:2"}},
            "t3": {"daemon_id": "t3", "id_digest": 9, "flags": FLAG_MAINTENANCE},
        },
    }
    hrw = HrwMap.from_smap(smap)
    assert hrw.version == 12
    assert {t.daemon_id: t.id_digest for t in hrw.targets} == {"t1": 123, "t2": name_digest("t2")}
    assert hrw.target_for_digest(5).direct_url in {"http://h:1", "http://h:2"}


def test_placement_is_roughly_uniform() -> None:
    rng = random.Random(11)
    hrw = HrwMap(random_targets(rng, 4))
    counts: dict[str, int] = {}
    for i in range(8000):
        owner = hrw.target_for_object("bck", f"obj-{i}").daemon_id
        counts[owner] = counts.get(owner, 0) + 1
    assert len(counts) == 4
    assert min(counts.values()) > 8000 / 4 * 0.85


# --------------------------------------------------------------------------- oracle: the official SDK


def test_matches_official_sdk_over_random_names() -> None:
    from aistore.sdk import Client as SdkClient  # the bench extra; the oracle must never be skipped
    from aistore.sdk.types import Smap as SdkSmap

    rng = random.Random(2026)
    targets = random_targets(rng, 5)
    # One target in maintenance: both sides must skip it.
    targets[2] = TargetNode(targets[2].daemon_id, targets[2].id_digest, targets[2].direct_url, FLAG_MAINTENANCE)
    tmap = {
        t.daemon_id: {
            "daemon_id": t.daemon_id,
            "daemon_type": "target",
            "id_digest": t.id_digest,
            "flags": t.flags,
            "public_net": {"direct_url": t.direct_url},
        }
        for t in targets
    }
    proxy = {"daemon_id": "p1", "daemon_type": "proxy"}
    sdk_smap = SdkSmap(tmap=tmap, pmap={"p1": proxy}, proxy_si=proxy)
    ours = HrwMap.from_smap({"tmap": tmap})
    sdk_bucket = SdkClient("http://127.0.0.1:1").bucket("bench-hrw")

    for _ in range(5000):
        name = random_name(rng)
        uname = object_uname("bench-hrw", name)
        if not name.startswith("/"):  # the SDK joins with os.path.join, which drops the prefix on a leading "/"
            assert sdk_bucket.object(name).uname == uname
        assert ours.target_for_object("bench-hrw", name).daemon_id == sdk_smap.get_target_for_object(uname).daemon_id


# --------------------------------------------------------------------------- live cluster
# `ais_endpoint` (tests/conftest.py): AIS_ENDPOINT, else a LocalCluster; a cluster that cannot start fails.


def live_object_names(rng: random.Random, n: int) -> list[str]:
    """Random names that AIS stores under exactly that name.

    Left out: a leading or trailing "/", "//", and "." or ".." segments (httpx
    normalises dot segments away; AIS rejects a trailing slash).
    """
    names = {"plain", "dir/sub/file.txt", "with space", "ünïcødé/日本語", "p+q%20r", "q?x=1#frag&y", "emoji 🙂"}
    while len(names) < n:
        name = random_name(rng, 30).strip("/")
        segments = name.split("/")
        if name and all(s not in ("", ".", "..") for s in segments):
            names.add(name)
    return sorted(names)


def object_path(bck: str, name: str) -> str:
    return f"/v1/objects/{bck}/{urllib.parse.quote(name, safe='/')}"


def redirect_host(response: httpx.Response) -> str:
    assert response.status_code in (301, 307), (response.status_code, response.text)
    location = httpx.URL(response.headers["location"])
    return f"{location.host}:{location.port}"


@pytest.mark.cluster
def test_owner_matches_proxy_redirects(ais_endpoint: str) -> None:
    rng = random.Random(42)
    bck = f"bench-hrw-{uuid.uuid4().hex[:8]}"
    with httpx.Client(base_url=ais_endpoint, timeout=30) as http:
        http.post(f"/v1/buckets/{bck}", json={"action": "create-bck"}).raise_for_status()
        try:
            hrw = HrwMap.from_smap(http.get("/v1/daemon", params={"what": "smap"}).json())
            assert len(hrw) >= 2, "placement is only tested by a cluster with several targets"
            owners_seen = set()
            for name in live_object_names(rng, 200):
                path = object_path(bck, name)
                owner = hrw.target_for_object(bck, name)
                owner_host = httpx.URL(owner.direct_url)
                expected = f"{owner_host.host}:{owner_host.port}"
                owners_seen.add(expected)

                put = http.put(path, follow_redirects=False)
                assert redirect_host(put) == expected, f"PUT {name!r}"
                http.put(put.headers["location"], content=name.encode()).raise_for_status()

                get = http.get(path, follow_redirects=False)
                assert redirect_host(get) == expected, f"GET {name!r}"
                assert http.head(path, follow_redirects=False).headers["location"].startswith(owner.direct_url)

                # The owner serves the object directly, which is what routing is for.
                direct = http.get(f"{owner.direct_url}{path}")
                assert direct.status_code == 200 and direct.content == name.encode(), f"direct GET {name!r}"
            assert len(owners_seen) == len(hrw), "200 names should land on every target"
        finally:
            http.request("DELETE", f"/v1/buckets/{bck}", json={"action": "destroy-bck"})
