from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DsortRequestSpecInputFormat")


@_attrs_define
class DsortRequestSpecInputFormat:
    """The input shards, by brace template (`shard-{0..9}.tar`) or names.

    Attributes:
        template (str | Unset):
        objnames (list[str] | Unset):
    """

    template: str | Unset = UNSET
    objnames: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        template = self.template

        objnames: list[str] | Unset = UNSET
        if not isinstance(self.objnames, Unset):
            objnames = self.objnames

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if template is not UNSET:
            field_dict["template"] = template
        if objnames is not UNSET:
            field_dict["objnames"] = objnames

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        template = d.pop("template", UNSET)

        objnames = cast(list[str], d.pop("objnames", UNSET))

        dsort_request_spec_input_format = cls(
            template=template,
            objnames=objnames,
        )

        dsort_request_spec_input_format.additional_properties = d
        return dsort_request_spec_input_format

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
