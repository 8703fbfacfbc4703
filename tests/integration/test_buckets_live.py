from __future__ import annotations

import datetime as dt

import pytest
from aisclient import Bck, Client
from aisclient.errors import (
    ErrBckAlreadyExists,
    ErrBckNotFound,
    ErrMissingBackend,
    InvalidBckProvider,
    InvalidBucketName,
)

pytestmark = pytest.mark.cluster


def test_create_list_head_destroy(client: Client, unique_name: str) -> None:
    client.create_bucket(unique_name)
    try:
        assert Bck(unique_name) in client.list_buckets()
        assert Bck(unique_name) in client.list_buckets("")  # all providers
        hdr = client.head_bucket(unique_name)
        props = hdr.props
        assert props.provider == "ais"
        assert props.checksum_type == "xxhash2"
        assert props.created is not None
        assert abs(props.created - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=5)
        assert props.bid > 0
        # The seed contract: a case-insensitive mapping of the raw headers.
        assert '"provider":"ais"' in hdr["ais-bucket-props"]
        assert hdr["AIS-BUCKET-PROPS"] == hdr["Ais-Bucket-Props"]
    finally:
        client.destroy_bucket(unique_name)
    assert Bck(unique_name) not in client.list_buckets()


def test_create_twice_is_already_exists(client: Client, bucket: str) -> None:
    with pytest.raises(ErrBckAlreadyExists) as ei:
        client.create_bucket(bucket)
    assert ei.value.status_code == 409
    assert ei.value.tcode == "ErrBucketAlreadyExists"
    assert bucket in ei.value.message


def test_missing_bucket_errors(client: Client, unique_name: str) -> None:
    with pytest.raises(ErrBckNotFound) as ei:
        client.head_bucket(unique_name)
    assert ei.value.status_code == 404 and ei.value.method == "HEAD"
    with pytest.raises(ErrBckNotFound):
        client.destroy_bucket(unique_name)
    with pytest.raises(ErrBckNotFound):
        client.list_objects(unique_name)


def test_list_buckets_provider_checks(client: Client, offline_client: Client) -> None:
    for bad in ("hdfs", "ht", "nope"):
        with pytest.raises(InvalidBckProvider, match="supported"):
            offline_client.list_buckets(bad)
    with pytest.raises(ErrMissingBackend):
        client.list_buckets("aws")  # no AWS backend configured in the test cluster


def test_invalid_bucket_names_rejected_before_request(offline_client: Client) -> None:
    for bad in ("", "a..b", ".sys", "has space", "x" * 65):
        with pytest.raises(InvalidBucketName):
            offline_client.create_bucket(bad)


def test_evict_ais_bucket_raises_before_request(offline_client: Client) -> None:
    with pytest.raises(InvalidBckProvider, match="remote"):
        offline_client.evict_bucket("b1", "ais")
    with pytest.raises(InvalidBckProvider):
        offline_client.evict_bucket("b1", "hdfs")


def test_evict_remote_bucket_reaches_server(client: Client, unique_name: str) -> None:
    # No cloud backend here; the server accepts evicting an absent remote bucket.
    client.evict_bucket(unique_name, "s3", keep_md=False)


def test_head_bucket_provider_aliases_are_normalized(client: Client, bucket: str) -> None:
    with pytest.raises(InvalidBckProvider):
        client.head_bucket(bucket, "ht")
    assert client.head_bucket(bucket, "AIS").props.provider == "ais"
