from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.etl_spec_msg_runtime_env_item import EtlSpecMsgRuntimeEnvItem


T = TypeVar("T", bound="EtlSpecMsgRuntime")


@_attrs_define
class EtlSpecMsgRuntime:
    """
    Attributes:
        image (str):
        command (list[str] | Unset):
        env (list[EtlSpecMsgRuntimeEnvItem] | Unset):
    """

    image: str
    command: list[str] | Unset = UNSET
    env: list[EtlSpecMsgRuntimeEnvItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image = self.image

        command: list[str] | Unset = UNSET
        if not isinstance(self.command, Unset):
            command = self.command

        env: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.env, Unset):
            env = []
            for env_item_data in self.env:
                env_item = env_item_data.to_dict()
                env.append(env_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image": image,
            }
        )
        if command is not UNSET:
            field_dict["command"] = command
        if env is not UNSET:
            field_dict["env"] = env

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.etl_spec_msg_runtime_env_item import EtlSpecMsgRuntimeEnvItem

        d = dict(src_dict)
        image = d.pop("image")

        command = cast(list[str], d.pop("command", UNSET))

        _env = d.pop("env", UNSET)
        env: list[EtlSpecMsgRuntimeEnvItem] | Unset = UNSET
        if _env is not UNSET:
            env = []
            for env_item_data in _env:
                env_item = EtlSpecMsgRuntimeEnvItem.from_dict(env_item_data)

                env.append(env_item)

        etl_spec_msg_runtime = cls(
            image=image,
            command=command,
            env=env,
        )

        etl_spec_msg_runtime.additional_properties = d
        return etl_spec_msg_runtime

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
