from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.archive_objects_msg_action import ArchiveObjectsMsgAction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.archive_objects_value import ArchiveObjectsValue


T = TypeVar("T", bound="ArchiveObjectsMsg")


@_attrs_define
class ArchiveObjectsMsg:
    """
    Attributes:
        action (ArchiveObjectsMsgAction):  Default: ArchiveObjectsMsgAction.ARCHIVE.
        value (ArchiveObjectsValue): `cmn.ArchiveBckMsg`: the destination bucket and archive, the objects, options.
        name (str | Unset): Unused.
    """

    value: ArchiveObjectsValue
    action: ArchiveObjectsMsgAction = ArchiveObjectsMsgAction.ARCHIVE
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
        from ..models.archive_objects_value import ArchiveObjectsValue

        d = dict(src_dict)
        action = ArchiveObjectsMsgAction(d.pop("action"))

        value = ArchiveObjectsValue.from_dict(d.pop("value"))

        name = d.pop("name", UNSET)

        archive_objects_msg = cls(
            action=action,
            value=value,
            name=name,
        )

        return archive_objects_msg
