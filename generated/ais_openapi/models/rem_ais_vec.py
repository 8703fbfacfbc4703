from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rem_ais import RemAis


T = TypeVar("T", bound="RemAisVec")


@_attrs_define
class RemAisVec:
    """`what=remote`: the attached remote AIS clusters (`a` is null or [] when none).

    Attributes:
        ver (int):
        a (list[RemAis] | None | Unset):
    """

    ver: int
    a: list[RemAis] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ver = self.ver

        a: list[dict[str, Any]] | None | Unset
        if isinstance(self.a, Unset):
            a = UNSET
        elif isinstance(self.a, list):
            a = []
            for a_type_0_item_data in self.a:
                a_type_0_item = a_type_0_item_data.to_dict()
                a.append(a_type_0_item)

        else:
            a = self.a

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ver": ver,
            }
        )
        if a is not UNSET:
            field_dict["a"] = a

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.rem_ais import RemAis

        d = dict(src_dict)
        ver = d.pop("ver")

        def _parse_a(data: object) -> list[RemAis] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                a_type_0 = []
                _a_type_0 = data
                for a_type_0_item_data in _a_type_0:
                    a_type_0_item = RemAis.from_dict(a_type_0_item_data)

                    a_type_0.append(a_type_0_item)

                return a_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RemAis] | None | Unset, data)

        a = _parse_a(d.pop("a", UNSET))

        rem_ais_vec = cls(
            ver=ver,
            a=a,
        )

        rem_ais_vec.additional_properties = d
        return rem_ais_vec

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
