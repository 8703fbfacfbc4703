#!/usr/bin/env python3
"""Walk through all 18 methods of aisclient.Client on real data, printing what happened.

Run by `make demo` against the embedded local cluster (or AIS_ENDPOINT). Everything it creates
lives in buckets named `demo-<random>` and is removed at the end, also after a failure.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import sys
import tarfile
import tempfile
import time
import uuid
from collections.abc import Iterable, Sequence
from pathlib import Path

from aisclient import Client, InvalidBckProvider, errors


def table(title: str, header: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    cells = [[str(c) for c in header]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    line = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    print(f"\n{title}\n{line}")
    for n, row in enumerate(cells):
        print("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |")
        if n == 0:
            print(line)
    print(line)


def step(n: int, method: str, what: str) -> None:
    print(f"\n[{n:2d}/18] {method}: {what}")


def make_files(root: Path) -> dict[str, Path]:
    """Local files to upload: plain, nested names, unicode, and a tar archive of three files."""
    files = {
        "readme.txt": b"AIStore demo object\n",
        "images/cat 001.jpg": os.urandom(48 * 1024),
        "images/cat 002.jpg": os.urandom(64 * 1024),
        "logs/2026/11/ünïcødé?#%.log": b"line 1\nline 2\n",
    }
    out = {}
    for i, (name, data) in enumerate(files.items()):
        p = root / f"f{i}"
        p.write_bytes(data)
        out[name] = p
    shard = root / "shard.tar"
    with tarfile.open(shard, "w") as tar:
        for member, data in {"0001.cls": b"cat", "0001.jpg": os.urandom(2048), "0001.json": b'{"label": 7}'}.items():
            info = tarfile.TarInfo(member)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    out["shards/shard-0001.tar"] = shard
    return out


def main() -> int:
    client = Client()
    print(f"aisclient demo against {client.endpoint}")
    bucket = f"demo-{uuid.uuid4().hex[:8]}"
    copy = bucket + "-copy"
    with client, tempfile.TemporaryDirectory() as tmp:
        try:
            run(client, bucket, copy, Path(tmp))
            beyond(client, bucket + "-more", Path(tmp))
        finally:
            for b in (bucket, copy, bucket + "-more"):
                with contextlib.suppress(errors.ErrBckNotFound):
                    client.destroy_bucket(b)
    print("\ndemo finished: all 18 methods ran, then the extras; demo buckets removed")
    return 0


def run(client: Client, bucket: str, copy: str, tmp: Path) -> None:
    step(1, "is_aistore_running", "is the cluster ready?")
    ready = client.is_aistore_running()
    print(f"  -> {ready}")
    if not ready:
        raise SystemExit("cluster is not ready")

    step(2, "get_cluster_info", "the cluster map")
    smap = client.get_cluster_info()
    nodes = [
        (p.daemon_id, "proxy (primary)" if p.daemon_id == smap.primary.daemon_id else "proxy", p.public_net.direct_url)
        for p in smap.pmap.values()
    ]
    nodes += [(t.daemon_id, "target", t.public_net.direct_url) for t in smap.tmap.values()]
    table(f"Smap version {smap.version}", ["node", "role", "public URL"], nodes)

    step(3, "create_bucket", bucket)
    client.create_bucket(bucket)
    try:
        client.create_bucket(bucket)
    except errors.ErrBckAlreadyExists as e:
        print(f"  creating it again -> {type(e).__name__} ({e.status_code}): {e.message}")

    step(4, "list_buckets", "ais buckets")
    table("buckets", ["name", "provider"], [(b.name, b.provider) for b in client.list_buckets()])

    step(5, "head_bucket", bucket)
    hb = client.head_bucket(bucket)
    props = hb.props
    table(
        "bucket properties (typed view of the Ais-Bucket-Props header)",
        ["property", "value"],
        [
            ("provider", props.provider),
            ("checksum type", props.checksum_type),
            ("versioning", props.versioning),
            ("created", props.created),
        ],
    )

    step(6, "put_object", "upload local files (streamed from disk, checksum-verified by the target)")
    files = make_files(tmp)
    rows = []
    for name, path in files.items():
        p = client.put_object(bucket, name, str(path))
        rows.append(
            (
                name,
                p.size if p.size is not None else path.stat().st_size,
                f"{p.checksum_type}:{p.checksum_value}",
                p.version,
            )
        )
    table("uploaded", ["object", "bytes", "checksum", "version"], rows)

    step(7, "head_object", "properties of every object")
    rows = []
    for name in files:
        h = client.head_object(bucket, name)
        rows.append(
            (
                name,
                h.props.size,
                h.props.atime.isoformat(timespec="seconds") if h.props.atime else "",
                h["ais-location"].split(":")[0],
            )
        )
    table("object properties", ["object", "size", "atime", "target"], rows)

    step(8, "get_object", "read back, compare; then one file out of the tar shard via archpath")
    rows = []
    for name, path in files.items():
        with client.get_object(bucket, name) as stream:
            got = b"".join(stream)
        same = hashlib.sha256(got).digest() == hashlib.sha256(path.read_bytes()).digest()
        rows.append((name, len(got), "identical" if same else "DIFFERENT"))
        if not same:
            raise SystemExit(f"{name}: downloaded bytes differ")
    table("downloaded", ["object", "bytes", "vs. local file"], rows)
    label = client.get_object(bucket, "shards/shard-0001.tar", archpath="0001.json").read_all()
    print(f"  archpath=0001.json inside shards/shard-0001.tar -> {label!r}")

    step(9, "list_objects", "one page at a time (page_size=2), resumed with uuid + continuation_token")
    page = client.list_objects(bucket, page_size=2)
    pages = [page]
    while page.continuation_token:
        page = client.list_objects(bucket, page_size=2, uuid=page.uuid, continuation_token=page.continuation_token)
        pages.append(page)
    table(
        "pages",
        ["page", "entries", "continuation token"],
        [(i + 1, ", ".join(e.name for e in p.entries), p.continuation_token or "(last)") for i, p in enumerate(pages)],
    )

    step(10, "list_objects_iter", "lazy iteration over prefix 'images/'")
    table(
        "objects under images/",
        ["name", "size"],
        [(e.name, e.size) for e in client.list_objects_iter(bucket, prefix="images/")],
    )

    step(11, "list_all_objects", "everything, with more properties")
    entries = client.list_all_objects(bucket, props="name,size,checksum,version")
    table(
        "all objects",
        ["name", "size", "checksum", "version"],
        [(e.name, e.size, e.checksum, e.version) for e in entries],
    )

    step(12, "copy_bucket", f"{bucket} -> {copy}, only prefix 'images/'")
    started = time.monotonic()
    xid = client.copy_bucket(bucket, copy, prefix="images/")
    print(f"  -> xaction id {xid}")

    step(13, "wait_for_xaction_finished", xid)
    client.wait_for_xaction_finished(xact_id=xid, timeout=120)
    print(f"  -> finished after {time.monotonic() - started:.2f}s")

    step(14, "xact_status", xid)
    st = client.xact_status(xact_id=xid)
    table(
        "xaction status",
        ["kind", "id", "finished", "aborted", "end time"],
        [(st.kind, st.uuid, st.finished, st.aborted, st.end_datetime)],
    )
    copied = client.list_all_objects(copy)
    print(f"  destination holds: {[e.name for e in copied]}")

    step(15, "xact_start", "start a cleanup-store job, then wait for it")
    xid2 = client.xact_start(xact_kind="cleanup-store")
    client.wait_for_xaction_finished(xact_id=xid2, timeout=120)
    st2 = client.xact_status(xact_id=xid2)
    print(f"  -> {st2.kind} {st2.uuid}: finished={st2.finished}")

    step(16, "delete_object", "readme.txt")
    client.delete_object(bucket, "readme.txt")
    try:
        client.head_object(bucket, "readme.txt")
    except errors.ErrObjNotFound as e:
        print(f"  head_object afterwards -> {type(e).__name__}: {e.message}")

    step(17, "evict_bucket", "only remote buckets can be evicted")
    try:
        client.evict_bucket(bucket, "ais")
    except InvalidBckProvider as e:
        print(f"  evict_bucket on an ais bucket -> {type(e).__name__} (no request sent): {e}")

    step(18, "destroy_bucket", f"{copy} and {bucket}")
    client.destroy_bucket(copy)
    client.destroy_bucket(bucket)
    remaining = {b.name for b in client.list_buckets()}
    print(f"  -> gone: {bucket not in remaining and copy not in remaining}")


def beyond(client: Client, name: str, tmp: Path) -> None:
    """Past the seed API: handles, uploads from memory, verified/parallel downloads, directory sync."""
    print("\n--- beyond the seed API ---")
    bucket = client.bucket(name)
    bucket.create()
    print(f"\n[+] bucket handle {bucket!r}: put_content from bytes and from an iterator of chunks")
    obj = bucket.object("hello.txt")
    print(
        f"  -> {obj.put_content(b'hello from memory').size} bytes; iterator: "
        f"{bucket.object('chunks.bin').put_content(iter([b'a' * 1000, b'b' * 1000])).size} bytes"
    )
    with obj.get_reader() as reader:
        text = reader.read_all()
        print(f"  read back {text!r}, verified against the object's checksum: {reader.verified}")

    print("\n[+] download a 64 MiB object with 4 parallel range requests (atomic, verified as a whole)")
    big = tmp / "big.bin"
    big.write_bytes(os.urandom(64 << 20))
    bucket.object("big.bin").put_file(big)
    started = time.monotonic()
    props = bucket.object("big.bin").download(tmp / "big.copy", workers=4, part_size=8 << 20)
    same = (tmp / "big.copy").read_bytes() == big.read_bytes()
    print(f"  -> {props.size} bytes in {time.monotonic() - started:.2f}s, identical: {same}")

    print("\n[+] upload the same 64 MiB as a multipart upload of 8 MiB parts, 4 at a time (automatic from 4 GiB)")
    started = time.monotonic()
    props = bucket.object("big-mpt.bin").put_file(big, multipart_threshold=1, part_size=8 << 20, workers=4)
    with bucket.object("big-mpt.bin").get_reader() as reader:
        same = reader.read_all() == big.read_bytes()
    print(
        f"  -> {props.size} bytes in {time.monotonic() - started:.2f}s ({props.checksum_type} checked), identical: {same}"
    )

    print("\n[+] upload_dir / download_dir: a tree of 120 files, then again (everything skipped)")
    tree = tmp / "tree"
    for i in range(120):
        f = tree / f"d{i % 6}" / f"f{i}.txt"
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text(f"file {i}\n" * (i + 1))
    rows = []
    for label, run_it in (
        ("upload", lambda: client.upload_dir(tree, name, prefix="tree/", progress=False)),
        ("upload again", lambda: client.upload_dir(tree, name, prefix="tree/", progress=False)),
        ("download", lambda: client.download_dir(name, tmp / "back", prefix="tree/", progress=False)),
    ):
        summary = run_it()
        rows.append((label, summary.moved, summary.skipped, summary.failed_count, f"{summary.seconds:.2f}s"))
    table("directory transfers", ("run", "moved", "skipped", "failed", "time"), rows)

    print("\n[+] Get-Batch: 40 objects and one missing name in one request, in the order asked for")
    names = [f"tree/d{i % 6}/f{i}.txt" for i in range(0, 120, 3)] + ["tree/no-such-file"]
    started = time.monotonic()
    with bucket.get_batch(names) as batch:
        objects = list(batch)
    same = all(o.data == (tree / o.name.removeprefix("tree/")).read_bytes() for o in objects if o.found)
    missing = [o.name for o in objects if not o.found]
    print(
        f"  -> {sum(o.found for o in objects)} objects, {sum(len(o.data) for o in objects):,} bytes in "
        f"{time.monotonic() - started:.2f}s, identical to the files: {same}; missing: {missing}"
    )

    print("\n[+] ais:// in pandas: a DataFrame to Parquet and back through the URL; the bucket as directories")
    import pandas as pd
    from aisclient.fs import AISFileSystem

    df = pd.DataFrame({"file": [f"f{i}.txt" for i in range(120)], "lines": list(range(1, 121))})
    url = f"ais://{name}/tables/files.parquet"
    opts = {"endpoint": client.endpoint}
    df.to_parquet(url, storage_options=opts)
    back = pd.read_parquet(url, storage_options=opts)
    fs = AISFileSystem(client.endpoint)
    print(f"  -> {url}: {len(back)} rows back, equal: {back.equals(df)}; ls ais://{name}: {fs.ls(name, detail=False)}")
    print(f"     ais://{name}/tree holds {len(fs.find(f'{name}/tree'))} files, {fs.du(f'{name}/tree'):,} bytes")
    fs.close()

    for o in bucket.list_objects_iter():
        bucket.object(o.name).delete()
    bucket.delete()


if __name__ == "__main__":
    sys.exit(main())
