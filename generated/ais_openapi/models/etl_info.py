from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EtlInfo")


@_attrs_define
class EtlInfo:
    """
    Attributes:
        id (str | Unset): The ETL name.
        stage (str | Unset): E.g. `Initializing`, `Running`, `Aborted`.
        xaction_id (str | Unset):
        obj_count (int | Unset):
        in_bytes (int | Unset):
        out_bytes (int | Unset):
    """

    id: str | Unset = UNSET
    stage: str | Unset = UNSET
    xaction_id: str | Unset = UNSET
    obj_count: int | Unset = UNSET
    in_bytes: int | Unset = UNSET
    out_bytes: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        stage = self.stage

        xaction_id = self.xaction_id

        obj_count = self.obj_count

        in_bytes = self.in_bytes

        out_bytes = self.out_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if stage is not UNSET:
            field_dict["stage"] = stage
        if xaction_id is not UNSET:
            field_dict["xaction_id"] = xaction_id
        if obj_count is not UNSET:
            field_dict["obj_count"] = obj_count
        if in_bytes is not UNSET:
            field_dict["in_bytes"] = in_bytes
        if out_bytes is not UNSET:
            field_dict["out_bytes"] = out_bytes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        stage = d.pop("stage", UNSET)

        xaction_id = d.pop("xaction_id", UNSET)

        obj_count = d.pop("obj_count", UNSET)

        in_bytes = d.pop("in_bytes", UNSET)

        out_bytes = d.pop("out_bytes", UNSET)

        etl_info = cls(
            id=id,
            stage=stage,
            xaction_id=xaction_id,
            obj_count=obj_count,
            in_bytes=in_bytes,
            out_bytes=out_bytes,
        )

        etl_info.additional_properties = d
        return etl_info

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
