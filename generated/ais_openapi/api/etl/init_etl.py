from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.err_http import ErrHTTP
from ...models.etl_pod_spec_msg import EtlPodSpecMsg
from ...models.etl_spec_msg import EtlSpecMsg
from ...types import Response


def _get_kwargs(
    *,
    body: EtlPodSpecMsg | EtlSpecMsg,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/etl",
    }

    if isinstance(body, EtlSpecMsg):
        _kwargs["json"] = body.to_dict()
    else:
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

    if response.status_code == 409:
        response_409 = ErrHTTP.from_dict(response.json())

        return response_409

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
    body: EtlPodSpecMsg | EtlSpecMsg,
) -> Response[ErrHTTP | str]:
    """Create and start an ETL job

     Either a runtime (`EtlSpecMsg`: a container image) or a full Kubernetes pod spec
    (`EtlPodSpecMsg`, base64). An existing name is a `409`; an invalid message a `400`.

    Args:
        body (EtlPodSpecMsg | EtlSpecMsg):

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
    body: EtlPodSpecMsg | EtlSpecMsg,
) -> ErrHTTP | str | None:
    """Create and start an ETL job

     Either a runtime (`EtlSpecMsg`: a container image) or a full Kubernetes pod spec
    (`EtlPodSpecMsg`, base64). An existing name is a `409`; an invalid message a `400`.

    Args:
        body (EtlPodSpecMsg | EtlSpecMsg):

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
    body: EtlPodSpecMsg | EtlSpecMsg,
) -> Response[ErrHTTP | str]:
    """Create and start an ETL job

     Either a runtime (`EtlSpecMsg`: a container image) or a full Kubernetes pod spec
    (`EtlPodSpecMsg`, base64). An existing name is a `409`; an invalid message a `400`.

    Args:
        body (EtlPodSpecMsg | EtlSpecMsg):

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
    body: EtlPodSpecMsg | EtlSpecMsg,
) -> ErrHTTP | str | None:
    """Create and start an ETL job

     Either a runtime (`EtlSpecMsg`: a container image) or a full Kubernetes pod spec
    (`EtlPodSpecMsg`, base64). An existing name is a `409`; an invalid message a `400`.

    Args:
        body (EtlPodSpecMsg | EtlSpecMsg):

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
