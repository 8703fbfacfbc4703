from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dsort_request_spec import DsortRequestSpec
from ...models.err_http import ErrHTTP
from ...types import Response


def _get_kwargs(
    *,
    body: DsortRequestSpec,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/sort",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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

    if response.status_code == 403:
        response_403 = ErrHTTP.from_dict(response.json())

        return response_403

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
    body: DsortRequestSpec,
) -> Response[ErrHTTP | str]:
    """Start a dSort job

     Reads the shards of `input_bck` selected by `input_format`, sorts their records by
    `algorithm`, and writes new shards named by `output_format` into `output_bck` (the input
    bucket when absent). Answers the job id (`srt-...`) as plain text.
    Seen live (v1.5.0, a local cluster): without `dsorter_type` the proxy's memory probe of
    the targets fails and the request is a `400` ("stats.NodeStatus.Status: ReadString..."):
    send `dsorter_type` (`dsort_general` or `dsort_mem`).

    Args:
        body (DsortRequestSpec): `dsort.RequestSpec`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrHTTP | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: DsortRequestSpec,
) -> ErrHTTP | str | None:
    """Start a dSort job

     Reads the shards of `input_bck` selected by `input_format`, sorts their records by
    `algorithm`, and writes new shards named by `output_format` into `output_bck` (the input
    bucket when absent). Answers the job id (`srt-...`) as plain text.
    Seen live (v1.5.0, a local cluster): without `dsorter_type` the proxy's memory probe of
    the targets fails and the request is a `400` ("stats.NodeStatus.Status: ReadString..."):
    send `dsorter_type` (`dsort_general` or `dsort_mem`).

    Args:
        body (DsortRequestSpec): `dsort.RequestSpec`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrHTTP | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DsortRequestSpec,
) -> Response[ErrHTTP | str]:
    """Start a dSort job

     Reads the shards of `input_bck` selected by `input_format`, sorts their records by
    `algorithm`, and writes new shards named by `output_format` into `output_bck` (the input
    bucket when absent). Answers the job id (`srt-...`) as plain text.
    Seen live (v1.5.0, a local cluster): without `dsorter_type` the proxy's memory probe of
    the targets fails and the request is a `400` ("stats.NodeStatus.Status: ReadString..."):
    send `dsorter_type` (`dsort_general` or `dsort_mem`).

    Args:
        body (DsortRequestSpec): `dsort.RequestSpec`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrHTTP | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DsortRequestSpec,
) -> ErrHTTP | str | None:
    """Start a dSort job

     Reads the shards of `input_bck` selected by `input_format`, sorts their records by
    `algorithm`, and writes new shards named by `output_format` into `output_bck` (the input
    bucket when absent). Answers the job id (`srt-...`) as plain text.
    Seen live (v1.5.0, a local cluster): without `dsorter_type` the proxy's memory probe of
    the targets fails and the request is a `400` ("stats.NodeStatus.Status: ReadString..."):
    send `dsorter_type` (`dsort_general` or `dsort_mem`).

    Args:
        body (DsortRequestSpec): `dsort.RequestSpec`.

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
        )
    ).parsed
