from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.etl_bucket_msg_action import EtlBucketMsgAction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.etl_bucket_value import EtlBucketValue


T = TypeVar("T", bound="EtlBucketMsg")


@_attrs_define
class EtlBucketMsg:
    """`ActMsg` of `etl-bck`; the destination is `bck_to`. Requires Kubernetes (else `404`).

    Attributes:
        action (EtlBucketMsgAction):  Default: EtlBucketMsgAction.ETL_BCK.
        value (EtlBucketValue): `apc.TCBMsg` of `etl-bck`: `id` names the ETL; copy options as for `copy-bck`.
        name (str | Unset): Unused.
    """

    value: EtlBucketValue
    action: EtlBucketMsgAction = EtlBucketMsgAction.ETL_BCK
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
        from ..models.etl_bucket_value import EtlBucketValue

        d = dict(src_dict)
        action = EtlBucketMsgAction(d.pop("action"))

        value = EtlBucketValue.from_dict(d.pop("value"))

        name = d.pop("name", UNSET)

        etl_bucket_msg = cls(
            action=action,
            value=value,
            name=name,
        )

        return etl_bucket_msg
