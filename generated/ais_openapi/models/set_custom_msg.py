from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.set_custom_msg_value import SetCustomMsgValue


T = TypeVar("T", bound="SetCustomMsg")


@_attrs_define
class SetCustomMsg:
    """`ActMsg` of PATCH (set custom metadata): only `value` is read.

    Attributes:
        value (SetCustomMsgValue): Custom metadata keys and values (strings).
    """

    value: SetCustomMsgValue

    def to_dict(self) -> dict[str, Any]:
        value = self.value.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.set_custom_msg_value import SetCustomMsgValue

        d = dict(src_dict)
        value = SetCustomMsgValue.from_dict(d.pop("value"))

        set_custom_msg = cls(
            value=value,
        )

        return set_custom_msg
