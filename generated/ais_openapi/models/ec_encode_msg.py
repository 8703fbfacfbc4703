from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.ec_encode_msg_action import EcEncodeMsgAction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ec_encode_value import EcEncodeValue


T = TypeVar("T", bound="EcEncodeMsg")


@_attrs_define
class EcEncodeMsg:
    """`ActMsg` of `ec-encode`; needs at least data+parity+1 targets (else `400`).

    Attributes:
        action (EcEncodeMsgAction):  Default: EcEncodeMsgAction.EC_ENCODE.
        value (EcEncodeValue): `cmn.ECConfToSet`: erasure-coding settings.
        name (str | Unset): Unused.
    """

    value: EcEncodeValue
    action: EcEncodeMsgAction = EcEncodeMsgAction.EC_ENCODE
    name: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        value = self.value.to_dict()

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
                "value": value,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ec_encode_value import EcEncodeValue

        d = dict(src_dict)
        action = EcEncodeMsgAction(d.pop("action"))

        value = EcEncodeValue.from_dict(d.pop("value"))

        name = d.pop("name", UNSET)

        ec_encode_msg = cls(
            action=action,
            value=value,
            name=name,
        )

        return ec_encode_msg
