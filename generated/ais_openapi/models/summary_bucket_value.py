from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SummaryBucketValue")


@_attrs_define
class SummaryBucketValue:
    """`apc.BsummCtrlMsg`.

    Attributes:
        uuid (str | Unset): Empty to start; then the job id the `202` answered.
        prefix (str | Unset):
        cached (bool | Unset): Only objects present in the cluster.
        present (bool | Unset): Only buckets present in the cluster.
        dont_add_remote (bool | Unset):
    """

    uuid: str | Unset = UNSET
    prefix: str | Unset = UNSET
    cached: bool | Unset = UNSET
    present: bool | Unset = UNSET
    dont_add_remote: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        prefix = self.prefix

        cached = self.cached

        present = self.present

        dont_add_remote = self.dont_add_remote

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if cached is not UNSET:
            field_dict["cached"] = cached
        if present is not UNSET:
            field_dict["present"] = present
        if dont_add_remote is not UNSET:
            field_dict["dont_add_remote"] = dont_add_remote

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        uuid = d.pop("uuid", UNSET)

        prefix = d.pop("prefix", UNSET)

        cached = d.pop("cached", UNSET)

        present = d.pop("present", UNSET)

        dont_add_remote = d.pop("dont_add_remote", UNSET)

        summary_bucket_value = cls(
            uuid=uuid,
            prefix=prefix,
            cached=cached,
            present=present,
            dont_add_remote=dont_add_remote,
        )

        return summary_bucket_value
