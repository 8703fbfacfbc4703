from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DlJobIdMsg")


@_attrs_define
class DlJobIdMsg:
    """`dload.AdminBody` naming one job.

    Attributes:
        id (str): Job id (`dnl-...`).
    """

    id: str

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        dl_job_id_msg = cls(
            id=id,
        )

        return dl_job_id_msg
