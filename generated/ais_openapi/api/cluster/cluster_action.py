from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.err_http import ErrHTTP
from ...models.provider import Provider
from ...models.start_xaction_msg import StartXactionMsg
from ...models.stop_xaction_msg import StopXactionMsg
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: StartXactionMsg | StopXactionMsg,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    frc: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_provider: str | Unset = UNSET
    if not isinstance(provider, Unset):
        json_provider = provider.value

    params["provider"] = json_provider

    params["namespace"] = namespace

    params["frc"] = frc

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/cluster",
        "params": params,
    }

    if isinstance(body, StartXactionMsg):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrHTTP | str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 400:
        response_400 = ErrHTTP.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ErrHTTP.from_dict(response.json())

        return response_404

    if response.status_code == 501:
        response_501 = ErrHTTP.from_dict(response.json())

        return response_501

    if response.status_code == 503:
        response_503 = ErrHTTP.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrHTTP | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StartXactionMsg | StopXactionMsg,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    frc: bool | Unset = UNSET,
) -> Response[ErrHTTP | str]:
    """Cluster-wide action (start or stop a job, ...)

     `start` starts an xaction of a startable kind and returns its id as text (a rebalance id
    looks like `g<N>`). `stop` aborts matching xactions. Executed by the primary proxy.

    Args:
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        frc (bool | Unset):
        body (StartXactionMsg | StopXactionMsg):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrHTTP | str]
    """

    kwargs = _get_kwargs(
        body=body,
        provider=provider,
        namespace=namespace,
        frc=frc,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: StartXactionMsg | StopXactionMsg,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    frc: bool | Unset = UNSET,
) -> ErrHTTP | str | None:
    """Cluster-wide action (start or stop a job, ...)

     `start` starts an xaction of a startable kind and returns its id as text (a rebalance id
    looks like `g<N>`). `stop` aborts matching xactions. Executed by the primary proxy.

    Args:
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        frc (bool | Unset):
        body (StartXactionMsg | StopXactionMsg):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrHTTP | str
    """

    return sync_detailed(
        client=client,
        body=body,
        provider=provider,
        namespace=namespace,
        frc=frc,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StartXactionMsg | StopXactionMsg,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    frc: bool | Unset = UNSET,
) -> Response[ErrHTTP | str]:
    """Cluster-wide action (start or stop a job, ...)

     `start` starts an xaction of a startable kind and returns its id as text (a rebalance id
    looks like `g<N>`). `stop` aborts matching xactions. Executed by the primary proxy.

    Args:
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        frc (bool | Unset):
        body (StartXactionMsg | StopXactionMsg):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrHTTP | str]
    """

    kwargs = _get_kwargs(
        body=body,
        provider=provider,
        namespace=namespace,
        frc=frc,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: StartXactionMsg | StopXactionMsg,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    frc: bool | Unset = UNSET,
) -> ErrHTTP | str | None:
    """Cluster-wide action (start or stop a job, ...)

     `start` starts an xaction of a startable kind and returns its id as text (a rebalance id
    looks like `g<N>`). `stop` aborts matching xactions. Executed by the primary proxy.

    Args:
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        frc (bool | Unset):
        body (StartXactionMsg | StopXactionMsg):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrHTTP | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            provider=provider,
            namespace=namespace,
            frc=frc,
        )
    ).parsed
