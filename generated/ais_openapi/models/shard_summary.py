from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShardSummary")


@_attrs_define
class ShardSummary:
    """`summary-shard` result (`apc.ShardSummResult`); counts are decimal strings.

    Attributes:
        tar_objs (str | Unset):
        tar_size (str | Unset):
        shards (str | Unset):
        shard_size (str | Unset):
        archived_objs (str | Unset):
        stale_indexes (str | Unset):
        invalid_indexes (str | Unset):
    """

    tar_objs: str | Unset = UNSET
    tar_size: str | Unset = UNSET
    shards: str | Unset = UNSET
    shard_size: str | Unset = UNSET
    archived_objs: str | Unset = UNSET
    stale_indexes: str | Unset = UNSET
    invalid_indexes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tar_objs = self.tar_objs

        tar_size = self.tar_size

        shards = self.shards

        shard_size = self.shard_size

        archived_objs = self.archived_objs

        stale_indexes = self.stale_indexes

        invalid_indexes = self.invalid_indexes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tar_objs is not UNSET:
            field_dict["tar-objs"] = tar_objs
        if tar_size is not UNSET:
            field_dict["tar-size"] = tar_size
        if shards is not UNSET:
            field_dict["shards"] = shards
        if shard_size is not UNSET:
            field_dict["shard-size"] = shard_size
        if archived_objs is not UNSET:
            field_dict["archived-objs"] = archived_objs
        if stale_indexes is not UNSET:
            field_dict["stale-indexes"] = stale_indexes
        if invalid_indexes is not UNSET:
            field_dict["invalid-indexes"] = invalid_indexes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        tar_objs = d.pop("tar-objs", UNSET)

        tar_size = d.pop("tar-size", UNSET)

        shards = d.pop("shards", UNSET)

        shard_size = d.pop("shard-size", UNSET)

        archived_objs = d.pop("archived-objs", UNSET)

        stale_indexes = d.pop("stale-indexes", UNSET)

        invalid_indexes = d.pop("invalid-indexes", UNSET)

        shard_summary = cls(
            tar_objs=tar_objs,
            tar_size=tar_size,
            shards=shards,
            shard_size=shard_size,
            archived_objs=archived_objs,
            stale_indexes=stale_indexes,
            invalid_indexes=invalid_indexes,
        )

        shard_summary.additional_properties = d
        return shard_summary

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
