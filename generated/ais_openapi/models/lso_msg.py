from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LsoMsg")


@_attrs_define
class LsoMsg:
    """`apc.LsoMsg`: what one page of a listing returns.

    Attributes:
        uuid (str | Unset): Listing session; empty on the first page, then echo `LsoRes.uuid`.
        props (str | Unset): Comma-separated object properties: `name,size,version,checksum,atime,cached,status,copies,
            ec,custom,location,chunked,last-modified,etag`. Empty = `name,size,cached`.
        time_format (str | Unset): Go time layout for `atime`; RFC822 by default.
        prefix (str | Unset): Only names with this prefix.
        start_after (str | Unset): `ais` buckets only: start after this name.
        continuation_token (str | Unset): From the previous page; empty on the first.
        target (str | Unset): Pin a remote listing to one target (advanced).
        flags (str | Unset): Bitmask (uint64 as a decimal **string**; no leading zeros: `"01"` is a 400):
            1 cached, 2 missing, 4 deleted, 8 arch-dir,
            16 name-only, 32 name-size, 64 bucket-present, 128 dont-head-remote, 256 dont-add-remote,
            512 not-cached, 2048 no-recursion, 4096 diff, 8192 no-dirs.
        pagesize (int | Unset): Max entries; 0 = backend default (10000 in-cluster). The proxy re-encodes `value`
            through a JSON float, so only integers up to 2^53-1 travel exactly; values near 2^63 overflow (400).
    """

    uuid: str | Unset = UNSET
    props: str | Unset = UNSET
    time_format: str | Unset = UNSET
    prefix: str | Unset = UNSET
    start_after: str | Unset = UNSET
    continuation_token: str | Unset = UNSET
    target: str | Unset = UNSET
    flags: str | Unset = UNSET
    pagesize: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        props = self.props

        time_format = self.time_format

        prefix = self.prefix

        start_after = self.start_after

        continuation_token = self.continuation_token

        target = self.target

        flags = self.flags

        pagesize = self.pagesize

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if props is not UNSET:
            field_dict["props"] = props
        if time_format is not UNSET:
            field_dict["time_format"] = time_format
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if start_after is not UNSET:
            field_dict["start_after"] = start_after
        if continuation_token is not UNSET:
            field_dict["continuation_token"] = continuation_token
        if target is not UNSET:
            field_dict["target"] = target
        if flags is not UNSET:
            field_dict["flags"] = flags
        if pagesize is not UNSET:
            field_dict["pagesize"] = pagesize

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        uuid = d.pop("uuid", UNSET)

        props = d.pop("props", UNSET)

        time_format = d.pop("time_format", UNSET)

        prefix = d.pop("prefix", UNSET)

        start_after = d.pop("start_after", UNSET)

        continuation_token = d.pop("continuation_token", UNSET)

        target = d.pop("target", UNSET)

        flags = d.pop("flags", UNSET)

        pagesize = d.pop("pagesize", UNSET)

        lso_msg = cls(
            uuid=uuid,
            props=props,
            time_format=time_format,
            prefix=prefix,
            start_after=start_after,
            continuation_token=continuation_token,
            target=target,
            flags=flags,
            pagesize=pagesize,
        )

        return lso_msg
