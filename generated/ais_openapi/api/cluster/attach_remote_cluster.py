from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.attach_remote_cluster_what import AttachRemoteClusterWhat
from ...models.err_http import ErrHTTP
from ...types import UNSET, Response


def _get_kwargs(
    *,
    what: AttachRemoteClusterWhat,
    ais_remote_ais_alias: str,
    ais_remote_ais_url: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Ais-Remote-Ais-Alias"] = ais_remote_ais_alias

    headers["Ais-Remote-Ais-Url"] = ais_remote_ais_url

    params: dict[str, Any] = {}

    json_what = what.value
    params["what"] = json_what

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/cluster/attach",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrHTTP | None:
    if (
        200 <= response.status_code < 300
        and not response.content
        and "content-type" not in response.headers
    ):
        # AIS answers some forms of a request with an empty 2xx and no Content-Type (e.g. /v1/health
        # without `cii`, an action without a result) where another form has a document: nothing to parse.
        return None
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 400:
        response_400 = ErrHTTP.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrHTTP]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    what: AttachRemoteClusterWhat,
    ais_remote_ais_alias: str,
    ais_remote_ais_url: str,
) -> Response[Any | ErrHTTP]:
    """Attach a remote AIS cluster (by alias and URL)

     Adds `alias => URL` to the cluster config's `backend.ais` (synced to every node); the
    remote cluster's buckets are then addressed with namespace `@<alias or uuid>#`. Check it
    with `GET /v1/cluster?what=remote`. An alias already attached to another URL, an empty
    URL or one that is not `http(s)` is a 400 (`ErrFailedTo`). The URL is not contacted here.
    Answers an empty 200 without `Content-Type`.

    Args:
        what (AttachRemoteClusterWhat):
        ais_remote_ais_alias (str):
        ais_remote_ais_url (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrHTTP]
    """

    kwargs = _get_kwargs(
        what=what,
        ais_remote_ais_alias=ais_remote_ais_alias,
        ais_remote_ais_url=ais_remote_ais_url,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    what: AttachRemoteClusterWhat,
    ais_remote_ais_alias: str,
    ais_remote_ais_url: str,
) -> Any | ErrHTTP | None:
    """Attach a remote AIS cluster (by alias and URL)

     Adds `alias => URL` to the cluster config's `backend.ais` (synced to every node); the
    remote cluster's buckets are then addressed with namespace `@<alias or uuid>#`. Check it
    with `GET /v1/cluster?what=remote`. An alias already attached to another URL, an empty
    URL or one that is not `http(s)` is a 400 (`ErrFailedTo`). The URL is not contacted here.
    Answers an empty 200 without `Content-Type`.

    Args:
        what (AttachRemoteClusterWhat):
        ais_remote_ais_alias (str):
        ais_remote_ais_url (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrHTTP
    """

    return sync_detailed(
        client=client,
        what=what,
        ais_remote_ais_alias=ais_remote_ais_alias,
        ais_remote_ais_url=ais_remote_ais_url,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    what: AttachRemoteClusterWhat,
    ais_remote_ais_alias: str,
    ais_remote_ais_url: str,
) -> Response[Any | ErrHTTP]:
    """Attach a remote AIS cluster (by alias and URL)

     Adds `alias => URL` to the cluster config's `backend.ais` (synced to every node); the
    remote cluster's buckets are then addressed with namespace `@<alias or uuid>#`. Check it
    with `GET /v1/cluster?what=remote`. An alias already attached to another URL, an empty
    URL or one that is not `http(s)` is a 400 (`ErrFailedTo`). The URL is not contacted here.
    Answers an empty 200 without `Content-Type`.

    Args:
        what (AttachRemoteClusterWhat):
        ais_remote_ais_alias (str):
        ais_remote_ais_url (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrHTTP]
    """

    kwargs = _get_kwargs(
        what=what,
        ais_remote_ais_alias=ais_remote_ais_alias,
        ais_remote_ais_url=ais_remote_ais_url,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    what: AttachRemoteClusterWhat,
    ais_remote_ais_alias: str,
    ais_remote_ais_url: str,
) -> Any | ErrHTTP | None:
    """Attach a remote AIS cluster (by alias and URL)

     Adds `alias => URL` to the cluster config's `backend.ais` (synced to every node); the
    remote cluster's buckets are then addressed with namespace `@<alias or uuid>#`. Check it
    with `GET /v1/cluster?what=remote`. An alias already attached to another URL, an empty
    URL or one that is not `http(s)` is a 400 (`ErrFailedTo`). The URL is not contacted here.
    Answers an empty 200 without `Content-Type`.

    Args:
        what (AttachRemoteClusterWhat):
        ais_remote_ais_alias (str):
        ais_remote_ais_url (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrHTTP
    """

    return (
        await asyncio_detailed(
            client=client,
            what=what,
            ais_remote_ais_alias=ais_remote_ais_alias,
            ais_remote_ais_url=ais_remote_ais_url,
        )
    ).parsed
