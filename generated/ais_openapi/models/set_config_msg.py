from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.set_config_msg_action import SetConfigMsgAction

if TYPE_CHECKING:
    from ..models.config_to_set import ConfigToSet


T = TypeVar("T", bound="SetConfigMsg")


@_attrs_define
class SetConfigMsg:
    """
    Attributes:
        action (SetConfigMsgAction):  Default: SetConfigMsgAction.SET_CONFIG.
        value (ConfigToSet): `cmn.ConfigToSet`: the configuration sections to change, each with only the knobs to set
            (durations as strings like `"10m"`). Unknown sections or knobs are a 400.
            Example: `{"periodic": {"notif_time": "30s"}, "lru": {"enabled": false}}`.
    """

    value: ConfigToSet
    action: SetConfigMsgAction = SetConfigMsgAction.SET_CONFIG

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        value = self.value.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.config_to_set import ConfigToSet

        d = dict(src_dict)
        action = SetConfigMsgAction(d.pop("action"))

        value = ConfigToSet.from_dict(d.pop("value"))

        set_config_msg = cls(
            action=action,
            value=value,
        )

        return set_config_msg
