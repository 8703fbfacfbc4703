from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EtlCpuMem")


@_attrs_define
class EtlCpuMem:
    """
    Attributes:
        target_id (str | Unset):
        cpu (float | Unset):
        mem (int | Unset):
    """

    target_id: str | Unset = UNSET
    cpu: float | Unset = UNSET
    mem: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_id = self.target_id

        cpu = self.cpu

        mem = self.mem

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if target_id is not UNSET:
            field_dict["target_id"] = target_id
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if mem is not UNSET:
            field_dict["mem"] = mem

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        target_id = d.pop("target_id", UNSET)

        cpu = d.pop("cpu", UNSET)

        mem = d.pop("mem", UNSET)

        etl_cpu_mem = cls(
            target_id=target_id,
            cpu=cpu,
            mem=mem,
        )

        etl_cpu_mem.additional_properties = d
        return etl_cpu_mem

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
