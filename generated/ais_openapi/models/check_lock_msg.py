from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.check_lock_msg_action import CheckLockMsgAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckLockMsg")


@_attrs_define
class CheckLockMsg:
    """`ActMsg` of `check-lock`.

    Attributes:
        action (CheckLockMsgAction):  Default: CheckLockMsgAction.CHECK_LOCK.
        name (str | Unset): Unused.
    """

    action: CheckLockMsgAction = CheckLockMsgAction.CHECK_LOCK
    name: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        action = CheckLockMsgAction(d.pop("action"))

        name = d.pop("name", UNSET)

        check_lock_msg = cls(
            action=action,
            name=name,
        )

        return check_lock_msg
