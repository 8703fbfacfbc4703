"""Dask `distributed` reading and writing `ais://` from worker processes: the filesystem travels to the
workers pickled (endpoint and options, no connections), each worker opens its own client."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator

import dask.dataframe as dd
import pandas as pd
import pytest
from aisclient.fs import AISFileSystem
from distributed import Client as DaskClient
from distributed import LocalCluster


@pytest.fixture(scope="module")
def dask_client() -> Iterator[DaskClient]:
    with (
        LocalCluster(n_workers=2, threads_per_worker=2, processes=True, dashboard_address=None) as cluster,
        DaskClient(cluster) as client,
    ):
        yield client


def test_dask_reads_csv_and_writes_parquet_on_ais_from_worker_processes(
    ais_endpoint: str, fs_bucket: str, dask_client: DaskClient
) -> None:
    opts = {"endpoint": ais_endpoint}
    fs = AISFileSystem(ais_endpoint, skip_instance_cache=True)
    parts = []
    for i in range(6):
        part = pd.DataFrame({"shard": i, "x": range(i * 100, i * 100 + 100), "y": [float(v) / 7 for v in range(100)]})
        fs.pipe_file(f"{fs_bucket}/csv/part-{i}.csv", part.to_csv(index=False).encode())
        parts.append(part)
    whole = pd.concat(parts, ignore_index=True)

    ddf = dd.read_csv(f"ais://{fs_bucket}/csv/part-*.csv", storage_options=opts)
    assert ddf.npartitions == 6
    worker_pids = set(dask_client.run(os.getpid).values())
    assert os.getpid() not in worker_pids and len(worker_pids) == 2
    assert int(ddf.x.sum().compute()) == int(whole.x.sum())
    # The reads ran in the workers, through the filesystem they unpickled.
    assert all(dask_client.run(lambda: "aisclient.fs" in sys.modules).values())
    by_shard = ddf.groupby("shard").y.mean().compute().sort_index()
    pd.testing.assert_series_equal(by_shard, whole.groupby("shard").y.mean(), check_names=False)

    ddf[ddf.x % 2 == 0].to_parquet(f"ais://{fs_bucket}/parquet/", storage_options=opts)  # written by the workers
    written = fs.ls(f"{fs_bucket}/parquet", detail=False)
    assert len([p for p in written if p.endswith(".parquet")]) == 6
    back = dd.read_parquet(f"ais://{fs_bucket}/parquet/", storage_options=opts).compute()
    assert sorted(back.x) == [v for v in range(600) if v % 2 == 0]
