"""Declaring an operation once: `@operation` and `@lister` say where it appears on the public surfaces.

An operation is a sans-I/O generator function (see `protocol`) with a typed signature and a
docstring, in one of the resource modules (buckets, objects, listing, jobs, cluster).
`scripts/derive.py` reads these declarations from the source and writes, for each, the methods of
`Client` and `AsyncClient` and of the `Bucket` / `Object` handles (sync and async) into
`_surface.py`, with the declaration's exact parameters, defaults, return type and docs. At run
time the decorators only tag the function (`__ais_operation__`), for introspection.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Literal, TypeVar

__all__ = ["lister", "operation"]

F = TypeVar("F", bound=Callable[..., Any])

# How the public method turns the operation's result into its own: as is, an object stream,
# the objects of a Get-Batch answer, a file saved from one, an upload finished by parallel parts, True/False that never raises, or
# a file-like object writer.
Result = Literal["value", "stream", "batch", "download", "upload", "probe", "writer"]


def operation(
    *,
    result: Result = "value",
    flat: bool = True,
    bucket: str | None = None,
    obj: str | None = None,
    bucket_args: Mapping[str, str] | None = None,
) -> Callable[[F], F]:
    """Declare `fn` as an operation: a `Client`/`AsyncClient` method of the same name (unless
    `flat=False`), and `Bucket.<bucket>` / `Object.<obj>` methods when named. The bucket handle
    supplies `bck_name` and `provider` (or what `bucket_args` maps); the object handle supplies
    `bck_name`, `provider` and `obj_name`."""

    def tag(fn: F) -> F:
        fn.__ais_operation__ = {"result": result, "flat": flat, "bucket": bucket, "obj": obj}  # type: ignore[attr-defined]
        return fn

    return tag


def lister(
    *, of: str, kind: Literal["lister", "all"], iterates: str = "", bucket: str | None = None
) -> Callable[[F], F]:
    """Declare a lazy pager over operation `of` (kind "lister"), or a method that collects every
    entry of the lister `iterates` (kind "all"). The function carries only the signature and docs."""

    def tag(fn: F) -> F:
        fn.__ais_operation__ = {"lister": kind, "of": of, "bucket": bucket}  # type: ignore[attr-defined]
        return fn

    return tag
