from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.rename_object_msg_action import RenameObjectMsgAction

T = TypeVar("T", bound="RenameObjectMsg")


@_attrs_define
class RenameObjectMsg:
    """`ActMsg` of `rename-obj`: `name` is the new object name (same bucket).

    Attributes:
        action (RenameObjectMsgAction):  Default: RenameObjectMsgAction.RENAME_OBJ.
        name (str): New object name; no `.`/`..` segments.
    """

    name: str
    action: RenameObjectMsgAction = RenameObjectMsgAction.RENAME_OBJ

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        action = RenameObjectMsgAction(d.pop("action"))

        name = d.pop("name")

        rename_object_msg = cls(
            action=action,
            name=name,
        )

        return rename_object_msg
