from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.etl_list_range_msg_action import EtlListRangeMsgAction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.etl_list_range_value import EtlListRangeValue


T = TypeVar("T", bound="EtlListRangeMsg")


@_attrs_define
class EtlListRangeMsg:
    """`ActMsg` of `etl-listrange`. Requires Kubernetes (else `404`).

    Attributes:
        action (EtlListRangeMsgAction):  Default: EtlListRangeMsgAction.ETL_LISTRANGE.
        value (EtlListRangeValue): `cmn.TCOMsg` of `etl-listrange`.
        name (str | Unset): Unused.
    """

    value: EtlListRangeValue
    action: EtlListRangeMsgAction = EtlListRangeMsgAction.ETL_LISTRANGE
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
        from ..models.etl_list_range_value import EtlListRangeValue

        d = dict(src_dict)
        action = EtlListRangeMsgAction(d.pop("action"))

        value = EtlListRangeValue.from_dict(d.pop("value"))

        name = d.pop("name", UNSET)

        etl_list_range_msg = cls(
            action=action,
            value=value,
            name=name,
        )

        return etl_list_range_msg
