from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.etl_init_base_env_item import EtlInitBaseEnvItem


T = TypeVar("T", bound="EtlPodSpecMsg")


@_attrs_define
class EtlPodSpecMsg:
    """`etl.InitSpecMsg`: a Kubernetes pod spec.

    Attributes:
        name (str):
        spec (str): Base64 of the pod spec YAML.
        communication (str | Unset): `hpush://`, `hpull://` or `ws://`.
        env (list[EtlInitBaseEnvItem] | Unset):
        init_timeout (str | Unset): Go duration.
        obj_timeout (str | Unset): Go duration.
        support_direct_put (bool | Unset):
    """

    name: str
    spec: str
    communication: str | Unset = UNSET
    env: list[EtlInitBaseEnvItem] | Unset = UNSET
    init_timeout: str | Unset = UNSET
    obj_timeout: str | Unset = UNSET
    support_direct_put: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        spec = self.spec

        communication = self.communication

        env: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.env, Unset):
            env = []
            for env_item_data in self.env:
                env_item = env_item_data.to_dict()
                env.append(env_item)

        init_timeout = self.init_timeout

        obj_timeout = self.obj_timeout

        support_direct_put = self.support_direct_put

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "spec": spec,
            }
        )
        if communication is not UNSET:
            field_dict["communication"] = communication
        if env is not UNSET:
            field_dict["env"] = env
        if init_timeout is not UNSET:
            field_dict["init_timeout"] = init_timeout
        if obj_timeout is not UNSET:
            field_dict["obj_timeout"] = obj_timeout
        if support_direct_put is not UNSET:
            field_dict["support_direct_put"] = support_direct_put

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.etl_init_base_env_item import EtlInitBaseEnvItem

        d = dict(src_dict)
        name = d.pop("name")

        spec = d.pop("spec")

        communication = d.pop("communication", UNSET)

        _env = d.pop("env", UNSET)
        env: list[EtlInitBaseEnvItem] | Unset = UNSET
        if _env is not UNSET:
            env = []
            for env_item_data in _env:
                env_item = EtlInitBaseEnvItem.from_dict(env_item_data)

                env.append(env_item)

        init_timeout = d.pop("init_timeout", UNSET)

        obj_timeout = d.pop("obj_timeout", UNSET)

        support_direct_put = d.pop("support_direct_put", UNSET)

        etl_pod_spec_msg = cls(
            name=name,
            spec=spec,
            communication=communication,
            env=env,
            init_timeout=init_timeout,
            obj_timeout=obj_timeout,
            support_direct_put=support_direct_put,
        )

        etl_pod_spec_msg.additional_properties = d
        return etl_pod_spec_msg

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
