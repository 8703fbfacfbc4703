from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.blob_download_msg import BlobDownloadMsg
from ...models.err_http import ErrHTTP
from ...models.promote_msg import PromoteMsg
from ...models.provider import Provider
from ...types import UNSET, Response, Unset


def _get_kwargs(
    bucket: str,
    *,
    body: BlobDownloadMsg | PromoteMsg,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_provider: str | Unset = UNSET
    if not isinstance(provider, Unset):
        json_provider = provider.value

    params["provider"] = json_provider

    params["namespace"] = namespace

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/objects/{bucket}".format(
            bucket=quote(str(bucket), safe=""),
        ),
        "params": params,
    }

    if isinstance(body, PromoteMsg):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrHTTP | str | None:
    if (
        200 <= response.status_code < 300
        and not response.content
        and "content-type" not in response.headers
    ):
        # AIS answers some forms of a request with an empty 2xx and no Content-Type (e.g. /v1/health
        # without `cii`, an action without a result) where another form has a document: nothing to parse.
        return None
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 307:
        response_307 = cast(Any, None)
        return response_307

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
) -> Response[Any | ErrHTTP | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    bucket: str,
    *,
    client: AuthenticatedClient | Client,
    body: BlobDownloadMsg | PromoteMsg,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
) -> Response[Any | ErrHTTP | str]:
    """Promote files, or blob-download a remote object

     An `ActMsg` body. `promote` is executed by the proxy; `blob-download` on a remote bucket is
    redirected (`307`) to the target that owns the object `name`, which answers it.
    * `promote`: make files under `/var/lib/ais/promote` (the only allowed source tree; a path
      outside it, relative, or with `.`/`..` is a `400`) on the targets' machines into objects of
      this bucket: `src` a file or directory, `obj` the destination name (file) or prefix
      (directory), `tid` to have only that target read it. A single file, or a few, is
      promoted synchronously (`200`, empty body); otherwise a `promote-files` xaction runs and
      the answer is its id (text). A missing source is a `404`, an unknown `tid` a `400`.
    * `blob-download`: read the remote object `name` into the cluster with the blob downloader,
      as an xaction whose id is answered. Remote buckets only: on an `ais` bucket it is a `400`
      `ErrNotRemoteBck`; on a cloud provider the cluster has no backend for, a `404`.

    Args:
        bucket (str):
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        body (BlobDownloadMsg | PromoteMsg):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrHTTP | str]
    """

    kwargs = _get_kwargs(
        bucket=bucket,
        body=body,
        provider=provider,
        namespace=namespace,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    bucket: str,
    *,
    client: AuthenticatedClient | Client,
    body: BlobDownloadMsg | PromoteMsg,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
) -> Any | ErrHTTP | str | None:
    """Promote files, or blob-download a remote object

     An `ActMsg` body. `promote` is executed by the proxy; `blob-download` on a remote bucket is
    redirected (`307`) to the target that owns the object `name`, which answers it.
    * `promote`: make files under `/var/lib/ais/promote` (the only allowed source tree; a path
      outside it, relative, or with `.`/`..` is a `400`) on the targets' machines into objects of
      this bucket: `src` a file or directory, `obj` the destination name (file) or prefix
      (directory), `tid` to have only that target read it. A single file, or a few, is
      promoted synchronously (`200`, empty body); otherwise a `promote-files` xaction runs and
      the answer is its id (text). A missing source is a `404`, an unknown `tid` a `400`.
    * `blob-download`: read the remote object `name` into the cluster with the blob downloader,
      as an xaction whose id is answered. Remote buckets only: on an `ais` bucket it is a `400`
      `ErrNotRemoteBck`; on a cloud provider the cluster has no backend for, a `404`.

    Args:
        bucket (str):
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        body (BlobDownloadMsg | PromoteMsg):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrHTTP | str
    """

    return sync_detailed(
        bucket=bucket,
        client=client,
        body=body,
        provider=provider,
        namespace=namespace,
    ).parsed


async def asyncio_detailed(
    bucket: str,
    *,
    client: AuthenticatedClient | Client,
    body: BlobDownloadMsg | PromoteMsg,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
) -> Response[Any | ErrHTTP | str]:
    """Promote files, or blob-download a remote object

     An `ActMsg` body. `promote` is executed by the proxy; `blob-download` on a remote bucket is
    redirected (`307`) to the target that owns the object `name`, which answers it.
    * `promote`: make files under `/var/lib/ais/promote` (the only allowed source tree; a path
      outside it, relative, or with `.`/`..` is a `400`) on the targets' machines into objects of
      this bucket: `src` a file or directory, `obj` the destination name (file) or prefix
      (directory), `tid` to have only that target read it. A single file, or a few, is
      promoted synchronously (`200`, empty body); otherwise a `promote-files` xaction runs and
      the answer is its id (text). A missing source is a `404`, an unknown `tid` a `400`.
    * `blob-download`: read the remote object `name` into the cluster with the blob downloader,
      as an xaction whose id is answered. Remote buckets only: on an `ais` bucket it is a `400`
      `ErrNotRemoteBck`; on a cloud provider the cluster has no backend for, a `404`.

    Args:
        bucket (str):
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        body (BlobDownloadMsg | PromoteMsg):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrHTTP | str]
    """

    kwargs = _get_kwargs(
        bucket=bucket,
        body=body,
        provider=provider,
        namespace=namespace,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    bucket: str,
    *,
    client: AuthenticatedClient | Client,
    body: BlobDownloadMsg | PromoteMsg,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
) -> Any | ErrHTTP | str | None:
    """Promote files, or blob-download a remote object

     An `ActMsg` body. `promote` is executed by the proxy; `blob-download` on a remote bucket is
    redirected (`307`) to the target that owns the object `name`, which answers it.
    * `promote`: make files under `/var/lib/ais/promote` (the only allowed source tree; a path
      outside it, relative, or with `.`/`..` is a `400`) on the targets' machines into objects of
      this bucket: `src` a file or directory, `obj` the destination name (file) or prefix
      (directory), `tid` to have only that target read it. A single file, or a few, is
      promoted synchronously (`200`, empty body); otherwise a `promote-files` xaction runs and
      the answer is its id (text). A missing source is a `404`, an unknown `tid` a `400`.
    * `blob-download`: read the remote object `name` into the cluster with the blob downloader,
      as an xaction whose id is answered. Remote buckets only: on an `ais` bucket it is a `400`
      `ErrNotRemoteBck`; on a cloud provider the cluster has no backend for, a `404`.

    Args:
        bucket (str):
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        body (BlobDownloadMsg | PromoteMsg):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrHTTP | str
    """

    return (
        await asyncio_detailed(
            bucket=bucket,
            client=client,
            body=body,
            provider=provider,
            namespace=namespace,
        )
    ).parsed
