from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.blob_download_msg_action import BlobDownloadMsgAction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.blob_msg import BlobMsg


T = TypeVar("T", bound="BlobDownloadMsg")


@_attrs_define
class BlobDownloadMsg:
    """`ActMsg` of `blob-download`: `name` is the remote object.

    Attributes:
        action (BlobDownloadMsgAction):  Default: BlobDownloadMsgAction.BLOB_DOWNLOAD.
        name (str): Object name.
        value (BlobMsg | Unset): `apc.BlobMsg`: blob downloader options.
    """

    name: str
    action: BlobDownloadMsgAction = BlobDownloadMsgAction.BLOB_DOWNLOAD
    value: BlobMsg | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        name = self.name

        value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
                "name": name,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.blob_msg import BlobMsg

        d = dict(src_dict)
        action = BlobDownloadMsgAction(d.pop("action"))

        name = d.pop("name")

        _value = d.pop("value", UNSET)
        value: BlobMsg | Unset
        if isinstance(_value, Unset):
            value = UNSET
        else:
            value = BlobMsg.from_dict(_value)

        blob_download_msg = cls(
            action=action,
            name=name,
            value=value,
        )

        return blob_download_msg
