"""Building requests from the generated layer (`ais_openapi`), shared by every resource module."""

from __future__ import annotations

import json
from typing import Any

from ais_openapi.models import Provider
from ais_openapi.types import UNSET, Unset

from .protocol import Request, Response
from .validate import (
    normalize_provider,
    split_namespace,
    validate_bucket_name,
    validate_namespace,
    validate_object_name,
)

__all__ = [
    "bucket_args",
    "ns_query",
    "object_args",
    "placement",
    "provider_of",
    "request_from_kwargs",
    "xact_text",
]


def _qs(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def request_from_kwargs(kwargs: dict[str, Any], *, idempotent: bool, **overrides: Any) -> Request:
    """A `Request` from a generated `_get_kwargs()` dict (method, url, params, headers, json/content).

    `idempotent` is required: each operation says whether its request may be sent twice.
    """
    headers = dict(kwargs.get("headers") or {})
    content: bytes | None = None
    if "json" in kwargs:
        content = json.dumps(kwargs["json"], separators=(",", ":")).encode()
    elif isinstance(kwargs.get("content"), bytes):
        content = kwargs["content"]
    fields: dict[str, Any] = {
        "method": str(kwargs["method"]).upper(),
        "url": kwargs["url"],
        "params": tuple((k, _qs(v)) for k, v in (kwargs.get("params") or {}).items()),
        "headers": tuple((k, str(v)) for k, v in headers.items()),
        "content": content,
        "idempotent": idempotent,
    }
    fields.update(overrides)
    return Request(**fields)


def provider_of(provider: str) -> Provider:
    return Provider(normalize_provider(provider))


def bucket_args(bck_name: str, provider: str) -> tuple[str, Provider]:
    return validate_bucket_name(bck_name), provider_of(provider)


def object_args(bck_name: str, obj_name: str, provider: str) -> tuple[str, str, Provider]:
    return validate_bucket_name(bck_name), validate_object_name(obj_name), provider_of(provider)


def placement(bck: str, obj: str, prov: Provider, namespace: str = "") -> tuple[str, ...] | None:
    """What object placement hashes, for buckets of this cluster; None for remote ones, which may first
    need the proxy to add them to the cluster's metadata."""
    if prov is not Provider.AIS:
        return None
    uuid, name = split_namespace(namespace)
    if uuid:  # a bucket of a remote AIS cluster
        return None
    return (bck, obj, "ais", "", name)


def ns_query(namespace: object) -> str | Unset:
    """The `namespace` query value (checked), or nothing for the global namespace."""
    ns = validate_namespace(namespace)
    return ns or UNSET


def xact_text(resp: Response) -> str:
    # Xaction ids come back as a bare text body (several joined by ',' for some remote copies).
    return resp.text.strip()
