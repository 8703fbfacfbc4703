from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MountpathList")


@_attrs_define
class MountpathList:
    """A target's mountpaths by state.

    Attributes:
        available (list[str] | None):
        waiting_dd (list[str] | None | Unset):
        disabled (list[str] | None | Unset):
    """

    available: list[str] | None
    waiting_dd: list[str] | None | Unset = UNSET
    disabled: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available: list[str] | None
        if isinstance(self.available, list):
            available = self.available

        else:
            available = self.available

        waiting_dd: list[str] | None | Unset
        if isinstance(self.waiting_dd, Unset):
            waiting_dd = UNSET
        elif isinstance(self.waiting_dd, list):
            waiting_dd = self.waiting_dd

        else:
            waiting_dd = self.waiting_dd

        disabled: list[str] | None | Unset
        if isinstance(self.disabled, Unset):
            disabled = UNSET
        elif isinstance(self.disabled, list):
            disabled = self.disabled

        else:
            disabled = self.disabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "available": available,
            }
        )
        if waiting_dd is not UNSET:
            field_dict["waiting_dd"] = waiting_dd
        if disabled is not UNSET:
            field_dict["disabled"] = disabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_available(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                available_type_0 = cast(list[str], data)

                return available_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        available = _parse_available(d.pop("available"))

        def _parse_waiting_dd(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                waiting_dd_type_0 = cast(list[str], data)

                return waiting_dd_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        waiting_dd = _parse_waiting_dd(d.pop("waiting_dd", UNSET))

        def _parse_disabled(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                disabled_type_0 = cast(list[str], data)

                return disabled_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        disabled = _parse_disabled(d.pop("disabled", UNSET))

        mountpath_list = cls(
            available=available,
            waiting_dd=waiting_dd,
            disabled=disabled,
        )

        mountpath_list.additional_properties = d
        return mountpath_list

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
