from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.promote_msg_action import PromoteMsgAction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.promote_args import PromoteArgs


T = TypeVar("T", bound="PromoteMsg")


@_attrs_define
class PromoteMsg:
    """`ActMsg` of `promote`; `name`, if given, must equal `value.src`.

    Attributes:
        action (PromoteMsgAction):  Default: PromoteMsgAction.PROMOTE.
        value (PromoteArgs): `apc.PromoteArgs`; unknown keys are a 400.
        name (str | Unset): The source again (optional).
    """

    value: PromoteArgs
    action: PromoteMsgAction = PromoteMsgAction.PROMOTE
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
        from ..models.promote_args import PromoteArgs

        d = dict(src_dict)
        action = PromoteMsgAction(d.pop("action"))

        value = PromoteArgs.from_dict(d.pop("value"))

        name = d.pop("name", UNSET)

        promote_msg = cls(
            action=action,
            value=value,
            name=name,
        )

        return promote_msg
