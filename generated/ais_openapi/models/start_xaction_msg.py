from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.start_xaction_msg_action import StartXactionMsgAction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.args_msg import ArgsMsg


T = TypeVar("T", bound="StartXactionMsg")


@_attrs_define
class StartXactionMsg:
    """
    Attributes:
        action (StartXactionMsgAction):  Default: StartXactionMsgAction.START.
        value (ArgsMsg): `xact.ArgsMsg`. Keys are the Go field names (`ID`, `Kind`, ...), matched case-insensitively,
            except `flags`; an unknown key is a 400.
        name (str | Unset): Extra argument of some kinds (e.g. blob-download's object).
    """

    value: ArgsMsg
    action: StartXactionMsgAction = StartXactionMsgAction.START
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
        from ..models.args_msg import ArgsMsg

        d = dict(src_dict)
        action = StartXactionMsgAction(d.pop("action"))

        value = ArgsMsg.from_dict(d.pop("value"))

        name = d.pop("name", UNSET)

        start_xaction_msg = cls(
            action=action,
            value=value,
            name=name,
        )

        return start_xaction_msg
