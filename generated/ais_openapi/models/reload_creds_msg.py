from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.reload_creds_msg_action import ReloadCredsMsgAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReloadCredsMsg")


@_attrs_define
class ReloadCredsMsg:
    """
    Attributes:
        action (ReloadCredsMsgAction):  Default: ReloadCredsMsgAction.RELOAD_CREDS.
        name (str | Unset): A cloud provider (`aws`, `gcp`, ...); omit for all configured.
    """

    action: ReloadCredsMsgAction = ReloadCredsMsgAction.RELOAD_CREDS
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
        action = ReloadCredsMsgAction(d.pop("action"))

        name = d.pop("name", UNSET)

        reload_creds_msg = cls(
            action=action,
            name=name,
        )

        return reload_creds_msg
