from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.err_http import ErrHTTP
from ...models.node_state_info import NodeStateInfo
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    prr: bool | Unset = UNSET,
    readiness: bool | Unset = UNSET,
    cii: bool | Unset = UNSET,
    apr: bool | Unset = UNSET,
    cii_apr: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["prr"] = prr

    params["readiness"] = readiness

    params["cii"] = cii

    params["apr"] = apr

    params["cii-apr"] = cii_apr

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/health",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrHTTP | NodeStateInfo | None:
    if (
        200 <= response.status_code < 300
        and not response.content
        and "content-type" not in response.headers
    ):
        # AIS answers some forms of a request with an empty 2xx and no Content-Type (e.g. /v1/health
        # without `cii`, an action without a result) where another form has a document: nothing to parse.
        return None
    if response.status_code == 200:
        response_200 = NodeStateInfo.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrHTTP.from_dict(response.json())

        return response_400

    if response.status_code == 503:
        response_503 = ErrHTTP.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrHTTP | NodeStateInfo]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    prr: bool | Unset = UNSET,
    readiness: bool | Unset = UNSET,
    cii: bool | Unset = UNSET,
    apr: bool | Unset = UNSET,
    cii_apr: bool | Unset = UNSET,
) -> Response[ErrHTTP | NodeStateInfo]:
    """Node liveness, cluster readiness, or node state info

     * No query: liveness of the node that answers (empty 200).
    * `prr=true`: whether the whole cluster is ready to rebalance (answered by the primary;
      other proxies forward). Empty 200.
    * `readiness=true`: this node's readiness (for watchdogs such as Kubernetes). Empty 200.
    * `cii=true`: the answering node's `NodeStateInfo` (metadata versions, state flags).
    * `apr=true`: the caller expects the primary: a non-primary answers 400.
    * `cii-apr=true`: shorthand of `cii` + `apr` (must not be combined with them).

    `prr` cannot be combined with `cii`/`cii-apr`: 400. Empty 200s carry no `Content-Type`.

    Args:
        prr (bool | Unset):
        readiness (bool | Unset):
        cii (bool | Unset):
        apr (bool | Unset):
        cii_apr (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrHTTP | NodeStateInfo]
    """

    kwargs = _get_kwargs(
        prr=prr,
        readiness=readiness,
        cii=cii,
        apr=apr,
        cii_apr=cii_apr,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    prr: bool | Unset = UNSET,
    readiness: bool | Unset = UNSET,
    cii: bool | Unset = UNSET,
    apr: bool | Unset = UNSET,
    cii_apr: bool | Unset = UNSET,
) -> ErrHTTP | NodeStateInfo | None:
    """Node liveness, cluster readiness, or node state info

     * No query: liveness of the node that answers (empty 200).
    * `prr=true`: whether the whole cluster is ready to rebalance (answered by the primary;
      other proxies forward). Empty 200.
    * `readiness=true`: this node's readiness (for watchdogs such as Kubernetes). Empty 200.
    * `cii=true`: the answering node's `NodeStateInfo` (metadata versions, state flags).
    * `apr=true`: the caller expects the primary: a non-primary answers 400.
    * `cii-apr=true`: shorthand of `cii` + `apr` (must not be combined with them).

    `prr` cannot be combined with `cii`/`cii-apr`: 400. Empty 200s carry no `Content-Type`.

    Args:
        prr (bool | Unset):
        readiness (bool | Unset):
        cii (bool | Unset):
        apr (bool | Unset):
        cii_apr (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrHTTP | NodeStateInfo
    """

    return sync_detailed(
        client=client,
        prr=prr,
        readiness=readiness,
        cii=cii,
        apr=apr,
        cii_apr=cii_apr,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    prr: bool | Unset = UNSET,
    readiness: bool | Unset = UNSET,
    cii: bool | Unset = UNSET,
    apr: bool | Unset = UNSET,
    cii_apr: bool | Unset = UNSET,
) -> Response[ErrHTTP | NodeStateInfo]:
    """Node liveness, cluster readiness, or node state info

     * No query: liveness of the node that answers (empty 200).
    * `prr=true`: whether the whole cluster is ready to rebalance (answered by the primary;
      other proxies forward). Empty 200.
    * `readiness=true`: this node's readiness (for watchdogs such as Kubernetes). Empty 200.
    * `cii=true`: the answering node's `NodeStateInfo` (metadata versions, state flags).
    * `apr=true`: the caller expects the primary: a non-primary answers 400.
    * `cii-apr=true`: shorthand of `cii` + `apr` (must not be combined with them).

    `prr` cannot be combined with `cii`/`cii-apr`: 400. Empty 200s carry no `Content-Type`.

    Args:
        prr (bool | Unset):
        readiness (bool | Unset):
        cii (bool | Unset):
        apr (bool | Unset):
        cii_apr (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrHTTP | NodeStateInfo]
    """

    kwargs = _get_kwargs(
        prr=prr,
        readiness=readiness,
        cii=cii,
        apr=apr,
        cii_apr=cii_apr,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    prr: bool | Unset = UNSET,
    readiness: bool | Unset = UNSET,
    cii: bool | Unset = UNSET,
    apr: bool | Unset = UNSET,
    cii_apr: bool | Unset = UNSET,
) -> ErrHTTP | NodeStateInfo | None:
    """Node liveness, cluster readiness, or node state info

     * No query: liveness of the node that answers (empty 200).
    * `prr=true`: whether the whole cluster is ready to rebalance (answered by the primary;
      other proxies forward). Empty 200.
    * `readiness=true`: this node's readiness (for watchdogs such as Kubernetes). Empty 200.
    * `cii=true`: the answering node's `NodeStateInfo` (metadata versions, state flags).
    * `apr=true`: the caller expects the primary: a non-primary answers 400.
    * `cii-apr=true`: shorthand of `cii` + `apr` (must not be combined with them).

    `prr` cannot be combined with `cii`/`cii-apr`: 400. Empty 200s carry no `Content-Type`.

    Args:
        prr (bool | Unset):
        readiness (bool | Unset):
        cii (bool | Unset):
        apr (bool | Unset):
        cii_apr (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrHTTP | NodeStateInfo
    """

    return (
        await asyncio_detailed(
            client=client,
            prr=prr,
            readiness=readiness,
            cii=cii,
            apr=apr,
            cii_apr=cii_apr,
        )
    ).parsed
