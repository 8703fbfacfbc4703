from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MptCompletedPart")


@_attrs_define
class MptCompletedPart:
    """`apc.MptCompletedPart`: one part to join.

    Attributes:
        part_number (int):
        etag (str | Unset): Optional; not checked by AIS.
    """

    part_number: int
    etag: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        part_number = self.part_number

        etag = self.etag

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "part-number": part_number,
            }
        )
        if etag is not UNSET:
            field_dict["etag"] = etag

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        part_number = d.pop("part-number")

        etag = d.pop("etag", UNSET)

        mpt_completed_part = cls(
            part_number=part_number,
            etag=etag,
        )

        return mpt_completed_part
