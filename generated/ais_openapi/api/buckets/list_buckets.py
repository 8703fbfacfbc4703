from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bck import Bck
from ...models.err_http import ErrHTTP
from ...models.list_buckets_msg import ListBucketsMsg
from ...models.provider import Provider
from ...models.summary_bucket_msg import SummaryBucketMsg
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ListBucketsMsg | SummaryBucketMsg | Unset = UNSET,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    presence: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_provider: str | Unset = UNSET
    if not isinstance(provider, Unset):
        json_provider = provider.value

    params["provider"] = json_provider

    params["namespace"] = namespace

    params["presence"] = presence

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/buckets",
        "params": params,
    }

    if not isinstance(body, Unset):
        if isinstance(body, ListBucketsMsg):
            _kwargs["json"] = body.to_dict()
        else:
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrHTTP | list[Bck] | None | str:
    if (
        200 <= response.status_code < 300
        and not response.content
        and "content-type" not in response.headers
    ):
        # AIS answers some forms of a request with an empty 2xx and no Content-Type (e.g. /v1/health
        # without `cii`, an action without a result) where another form has a document: nothing to parse.
        return None
    if response.status_code == 200:

        def _parse_response_200(data: object) -> list[Bck] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_200_type_0 = []
                _response_200_type_0 = data
                for response_200_type_0_item_data in _response_200_type_0:
                    response_200_type_0_item = Bck.from_dict(
                        response_200_type_0_item_data
                    )

                    response_200_type_0.append(response_200_type_0_item)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Bck] | None, data)

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = response.text
        return response_202

    if response.status_code == 206:
        response_206 = response.text
        return response_206

    if response.status_code == 400:
        response_400 = ErrHTTP.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ErrHTTP.from_dict(response.json())

        return response_404

    if response.status_code == 503:
        response_503 = ErrHTTP.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrHTTP | list[Bck] | None | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListBucketsMsg | SummaryBucketMsg | Unset = UNSET,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    presence: int | Unset = UNSET,
) -> Response[ErrHTTP | list[Bck] | None | str]:
    """List buckets

     Lists buckets. With `provider=ais` (or when only in-cluster buckets are asked for with
    `presence` 2..4) the proxy answers from its bucket metadata; otherwise a target also
    lists the configured remote backends. An empty result is JSON `null`.

    With a body `{"action": "summary-bck", "value": {...}}` (a GET with a JSON body) the
    same call summarises every bucket that `provider` / `namespace` select, as
    `summary-bck` does for one bucket on `GET /v1/buckets/{bucket}`: asynchronous, the first
    call answers `202` with a job id as text; repeat it with `value.uuid` set to that id until
    it answers `200` with `BucketSummaries` as JSON text (`206` while some targets are still
    counting): one entry per bucket (seen live: a single entry with an empty name when only one
    bucket is selected).
    (On v1.5.0 a selection that matches no bucket, e.g. a cloud provider that is not
    configured or an attached remote cluster's `namespace=@<uuid>`, is a 500 `no buckets matching`.)

    Args:
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        presence (int | Unset):
        body (ListBucketsMsg | SummaryBucketMsg | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrHTTP | list[Bck] | None | str]
    """

    kwargs = _get_kwargs(
        body=body,
        provider=provider,
        namespace=namespace,
        presence=presence,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ListBucketsMsg | SummaryBucketMsg | Unset = UNSET,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    presence: int | Unset = UNSET,
) -> ErrHTTP | list[Bck] | None | str:
    """List buckets

     Lists buckets. With `provider=ais` (or when only in-cluster buckets are asked for with
    `presence` 2..4) the proxy answers from its bucket metadata; otherwise a target also
    lists the configured remote backends. An empty result is JSON `null`.

    With a body `{"action": "summary-bck", "value": {...}}` (a GET with a JSON body) the
    same call summarises every bucket that `provider` / `namespace` select, as
    `summary-bck` does for one bucket on `GET /v1/buckets/{bucket}`: asynchronous, the first
    call answers `202` with a job id as text; repeat it with `value.uuid` set to that id until
    it answers `200` with `BucketSummaries` as JSON text (`206` while some targets are still
    counting): one entry per bucket (seen live: a single entry with an empty name when only one
    bucket is selected).
    (On v1.5.0 a selection that matches no bucket, e.g. a cloud provider that is not
    configured or an attached remote cluster's `namespace=@<uuid>`, is a 500 `no buckets matching`.)

    Args:
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        presence (int | Unset):
        body (ListBucketsMsg | SummaryBucketMsg | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrHTTP | list[Bck] | None | str
    """

    return sync_detailed(
        client=client,
        body=body,
        provider=provider,
        namespace=namespace,
        presence=presence,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListBucketsMsg | SummaryBucketMsg | Unset = UNSET,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    presence: int | Unset = UNSET,
) -> Response[ErrHTTP | list[Bck] | None | str]:
    """List buckets

     Lists buckets. With `provider=ais` (or when only in-cluster buckets are asked for with
    `presence` 2..4) the proxy answers from its bucket metadata; otherwise a target also
    lists the configured remote backends. An empty result is JSON `null`.

    With a body `{"action": "summary-bck", "value": {...}}` (a GET with a JSON body) the
    same call summarises every bucket that `provider` / `namespace` select, as
    `summary-bck` does for one bucket on `GET /v1/buckets/{bucket}`: asynchronous, the first
    call answers `202` with a job id as text; repeat it with `value.uuid` set to that id until
    it answers `200` with `BucketSummaries` as JSON text (`206` while some targets are still
    counting): one entry per bucket (seen live: a single entry with an empty name when only one
    bucket is selected).
    (On v1.5.0 a selection that matches no bucket, e.g. a cloud provider that is not
    configured or an attached remote cluster's `namespace=@<uuid>`, is a 500 `no buckets matching`.)

    Args:
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        presence (int | Unset):
        body (ListBucketsMsg | SummaryBucketMsg | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrHTTP | list[Bck] | None | str]
    """

    kwargs = _get_kwargs(
        body=body,
        provider=provider,
        namespace=namespace,
        presence=presence,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ListBucketsMsg | SummaryBucketMsg | Unset = UNSET,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    presence: int | Unset = UNSET,
) -> ErrHTTP | list[Bck] | None | str:
    """List buckets

     Lists buckets. With `provider=ais` (or when only in-cluster buckets are asked for with
    `presence` 2..4) the proxy answers from its bucket metadata; otherwise a target also
    lists the configured remote backends. An empty result is JSON `null`.

    With a body `{"action": "summary-bck", "value": {...}}` (a GET with a JSON body) the
    same call summarises every bucket that `provider` / `namespace` select, as
    `summary-bck` does for one bucket on `GET /v1/buckets/{bucket}`: asynchronous, the first
    call answers `202` with a job id as text; repeat it with `value.uuid` set to that id until
    it answers `200` with `BucketSummaries` as JSON text (`206` while some targets are still
    counting): one entry per bucket (seen live: a single entry with an empty name when only one
    bucket is selected).
    (On v1.5.0 a selection that matches no bucket, e.g. a cloud provider that is not
    configured or an attached remote cluster's `namespace=@<uuid>`, is a 500 `no buckets matching`.)

    Args:
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        presence (int | Unset):
        body (ListBucketsMsg | SummaryBucketMsg | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrHTTP | list[Bck] | None | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            provider=provider,
            namespace=namespace,
            presence=presence,
        )
    ).parsed
