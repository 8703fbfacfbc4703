from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.stop_xaction_msg_action import StopXactionMsgAction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.args_msg import ArgsMsg


T = TypeVar("T", bound="StopXactionMsg")


@_attrs_define
class StopXactionMsg:
    """
    Attributes:
        action (StopXactionMsgAction):  Default: StopXactionMsgAction.STOP.
        value (ArgsMsg): `xact.ArgsMsg`. Keys are the Go field names (`ID`, `Kind`, ...), matched case-insensitively,
            except `flags`; an unknown key is a 400.
        name (str | Unset):
    """

    value: ArgsMsg
    action: StopXactionMsgAction = StopXactionMsgAction.STOP
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
        action = StopXactionMsgAction(d.pop("action"))

        value = ArgsMsg.from_dict(d.pop("value"))

        name = d.pop("name", UNSET)

        stop_xaction_msg = cls(
            action=action,
            value=value,
            name=name,
        )

        return stop_xaction_msg
