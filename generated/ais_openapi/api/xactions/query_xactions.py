from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.err_http import ErrHTTP
from ...models.query_msg import QueryMsg
from ...models.query_xactions_what import QueryXactionsWhat
from ...models.xact_snaps_by_target import XactSnapsByTarget
from ...models.xact_status import XactStatus
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: QueryMsg,
    what: QueryXactionsWhat,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_what = what.value
    params["what"] = json_what

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/cluster",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrHTTP | list[XactStatus] | XactSnapsByTarget | XactStatus | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> list[XactStatus] | XactSnapsByTarget | XactStatus:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_xaction_query_result_type_0 = XactStatus.from_dict(
                    data
                )

                return componentsschemas_xaction_query_result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_xaction_query_result_type_1 = []
                _componentsschemas_xaction_query_result_type_1 = data
                for (
                    componentsschemas_xaction_query_result_type_1_item_data
                ) in _componentsschemas_xaction_query_result_type_1:
                    componentsschemas_xaction_query_result_type_1_item = (
                        XactStatus.from_dict(
                            componentsschemas_xaction_query_result_type_1_item_data
                        )
                    )

                    componentsschemas_xaction_query_result_type_1.append(
                        componentsschemas_xaction_query_result_type_1_item
                    )

                return componentsschemas_xaction_query_result_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_xaction_query_result_type_2 = XactSnapsByTarget.from_dict(
                data
            )

            return componentsschemas_xaction_query_result_type_2

        response_200 = _parse_response_200(response.json())

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
) -> Response[ErrHTTP | list[XactStatus] | XactSnapsByTarget | XactStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: QueryMsg,
    what: QueryXactionsWhat,
) -> Response[ErrHTTP | list[XactStatus] | XactSnapsByTarget | XactStatus]:
    """Xaction status or snapshots

     A **GET with a JSON body** (`QueryMsg`) selecting xactions by `id`, `kind`, node, bucket.
    * `what=status`: the status of one xaction (needs `id` or `kind`): `XactStatus`.
      A job is finished when `end_time > 0` and failed when `aborted`.
    * `what=status_all`: the statuses of all matching xactions: `[XactStatus]`.
    * `what=qryxstats`: per-target snapshots with counters: `{<target id>: [XactSnap]}`.

    Status answers are JSON documents sent with `Content-Type: text/plain; charset=utf-8`.

    Args:
        what (QueryXactionsWhat):
        body (QueryMsg): `xact.QueryMsg`: which xactions a status query selects.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrHTTP | list[XactStatus] | XactSnapsByTarget | XactStatus]
    """

    kwargs = _get_kwargs(
        body=body,
        what=what,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: QueryMsg,
    what: QueryXactionsWhat,
) -> ErrHTTP | list[XactStatus] | XactSnapsByTarget | XactStatus | None:
    """Xaction status or snapshots

     A **GET with a JSON body** (`QueryMsg`) selecting xactions by `id`, `kind`, node, bucket.
    * `what=status`: the status of one xaction (needs `id` or `kind`): `XactStatus`.
      A job is finished when `end_time > 0` and failed when `aborted`.
    * `what=status_all`: the statuses of all matching xactions: `[XactStatus]`.
    * `what=qryxstats`: per-target snapshots with counters: `{<target id>: [XactSnap]}`.

    Status answers are JSON documents sent with `Content-Type: text/plain; charset=utf-8`.

    Args:
        what (QueryXactionsWhat):
        body (QueryMsg): `xact.QueryMsg`: which xactions a status query selects.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrHTTP | list[XactStatus] | XactSnapsByTarget | XactStatus
    """

    return sync_detailed(
        client=client,
        body=body,
        what=what,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: QueryMsg,
    what: QueryXactionsWhat,
) -> Response[ErrHTTP | list[XactStatus] | XactSnapsByTarget | XactStatus]:
    """Xaction status or snapshots

     A **GET with a JSON body** (`QueryMsg`) selecting xactions by `id`, `kind`, node, bucket.
    * `what=status`: the status of one xaction (needs `id` or `kind`): `XactStatus`.
      A job is finished when `end_time > 0` and failed when `aborted`.
    * `what=status_all`: the statuses of all matching xactions: `[XactStatus]`.
    * `what=qryxstats`: per-target snapshots with counters: `{<target id>: [XactSnap]}`.

    Status answers are JSON documents sent with `Content-Type: text/plain; charset=utf-8`.

    Args:
        what (QueryXactionsWhat):
        body (QueryMsg): `xact.QueryMsg`: which xactions a status query selects.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrHTTP | list[XactStatus] | XactSnapsByTarget | XactStatus]
    """

    kwargs = _get_kwargs(
        body=body,
        what=what,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: QueryMsg,
    what: QueryXactionsWhat,
) -> ErrHTTP | list[XactStatus] | XactSnapsByTarget | XactStatus | None:
    """Xaction status or snapshots

     A **GET with a JSON body** (`QueryMsg`) selecting xactions by `id`, `kind`, node, bucket.
    * `what=status`: the status of one xaction (needs `id` or `kind`): `XactStatus`.
      A job is finished when `end_time > 0` and failed when `aborted`.
    * `what=status_all`: the statuses of all matching xactions: `[XactStatus]`.
    * `what=qryxstats`: per-target snapshots with counters: `{<target id>: [XactSnap]}`.

    Status answers are JSON documents sent with `Content-Type: text/plain; charset=utf-8`.

    Args:
        what (QueryXactionsWhat):
        body (QueryMsg): `xact.QueryMsg`: which xactions a status query selects.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrHTTP | list[XactStatus] | XactSnapsByTarget | XactStatus
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            what=what,
        )
    ).parsed
