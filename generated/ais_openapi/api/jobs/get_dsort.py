from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.err_http import ErrHTTP
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    uuid: str | Unset = UNSET,
    regex: str | Unset = UNSET,
    only_active: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["uuid"] = uuid

    params["regex"] = regex

    params["only_active"] = only_active

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/sort",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrHTTP | str | None:
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
    uuid: str | Unset = UNSET,
    regex: str | Unset = UNSET,
    only_active: bool | Unset = UNSET,
) -> Response[ErrHTTP | str]:
    """dSort job metrics (with `uuid`) or the list of dSort jobs

     With `uuid`: the job's metrics per target, `{<target id>: DsortJobInfo}` (`404` for an
    unknown job). Without: an array of `DsortJobInfo` aggregated over targets, filtered by
    `regex` (POSIX, on job descriptions; an invalid one is a `400`) and `only_active`.

    Args:
        uuid (str | Unset):
        regex (str | Unset):
        only_active (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrHTTP | str]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        regex=regex,
        only_active=only_active,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    uuid: str | Unset = UNSET,
    regex: str | Unset = UNSET,
    only_active: bool | Unset = UNSET,
) -> ErrHTTP | str | None:
    """dSort job metrics (with `uuid`) or the list of dSort jobs

     With `uuid`: the job's metrics per target, `{<target id>: DsortJobInfo}` (`404` for an
    unknown job). Without: an array of `DsortJobInfo` aggregated over targets, filtered by
    `regex` (POSIX, on job descriptions; an invalid one is a `400`) and `only_active`.

    Args:
        uuid (str | Unset):
        regex (str | Unset):
        only_active (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrHTTP | str
    """

    return sync_detailed(
        client=client,
        uuid=uuid,
        regex=regex,
        only_active=only_active,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    uuid: str | Unset = UNSET,
    regex: str | Unset = UNSET,
    only_active: bool | Unset = UNSET,
) -> Response[ErrHTTP | str]:
    """dSort job metrics (with `uuid`) or the list of dSort jobs

     With `uuid`: the job's metrics per target, `{<target id>: DsortJobInfo}` (`404` for an
    unknown job). Without: an array of `DsortJobInfo` aggregated over targets, filtered by
    `regex` (POSIX, on job descriptions; an invalid one is a `400`) and `only_active`.

    Args:
        uuid (str | Unset):
        regex (str | Unset):
        only_active (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrHTTP | str]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        regex=regex,
        only_active=only_active,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    uuid: str | Unset = UNSET,
    regex: str | Unset = UNSET,
    only_active: bool | Unset = UNSET,
) -> ErrHTTP | str | None:
    """dSort job metrics (with `uuid`) or the list of dSort jobs

     With `uuid`: the job's metrics per target, `{<target id>: DsortJobInfo}` (`404` for an
    unknown job). Without: an array of `DsortJobInfo` aggregated over targets, filtered by
    `regex` (POSIX, on job descriptions; an invalid one is a `400`) and `only_active`.

    Args:
        uuid (str | Unset):
        regex (str | Unset):
        only_active (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrHTTP | str
    """

    return (
        await asyncio_detailed(
            client=client,
            uuid=uuid,
            regex=regex,
            only_active=only_active,
        )
    ).parsed
