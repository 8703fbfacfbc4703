from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.clear_lcache_msg_action import ClearLcacheMsgAction

T = TypeVar("T", bound="ClearLcacheMsg")


@_attrs_define
class ClearLcacheMsg:
    """All targets drop their in-memory object metadata cache. (A `name`, one node, is not implemented: 501.)

    Attributes:
        action (ClearLcacheMsgAction):  Default: ClearLcacheMsgAction.CLEAR_LCACHE.
    """

    action: ClearLcacheMsgAction = ClearLcacheMsgAction.CLEAR_LCACHE

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        action = ClearLcacheMsgAction(d.pop("action"))

        clear_lcache_msg = cls(
            action=action,
        )

        return clear_lcache_msg
