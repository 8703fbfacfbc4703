from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.prefetch_list_range_msg_action import PrefetchListRangeMsgAction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.prefetch_value import PrefetchValue


T = TypeVar("T", bound="PrefetchListRangeMsg")


@_attrs_define
class PrefetchListRangeMsg:
    """`ActMsg` of `prefetch-listrange`: remote buckets only (`400 ErrNotRemoteBck` on `ais`).

    Attributes:
        action (PrefetchListRangeMsgAction):  Default: PrefetchListRangeMsgAction.PREFETCH_LISTRANGE.
        value (PrefetchValue): `apc.PrefetchMsg`.
        name (str | Unset): Unused.
    """

    value: PrefetchValue
    action: PrefetchListRangeMsgAction = PrefetchListRangeMsgAction.PREFETCH_LISTRANGE
    name: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        value = self.value.to_dict()

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
                "value": value,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.prefetch_value import PrefetchValue

        d = dict(src_dict)
        action = PrefetchListRangeMsgAction(d.pop("action"))

        value = PrefetchValue.from_dict(d.pop("value"))

        name = d.pop("name", UNSET)

        prefetch_list_range_msg = cls(
            action=action,
            value=value,
            name=name,
        )

        return prefetch_list_range_msg
