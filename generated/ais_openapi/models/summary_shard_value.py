from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SummaryShardValue")


@_attrs_define
class SummaryShardValue:
    """`apc.ShardSummMsg`.

    Attributes:
        uuid (str | Unset): Empty to start; then the job id the `202` answered.
        prefix (str | Unset): Only TAR objects with this prefix.
    """

    uuid: str | Unset = UNSET
    prefix: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        prefix = self.prefix

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if prefix is not UNSET:
            field_dict["prefix"] = prefix

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        uuid = d.pop("uuid", UNSET)

        prefix = d.pop("prefix", UNSET)

        summary_shard_value = cls(
            uuid=uuid,
            prefix=prefix,
        )

        return summary_shard_value
