from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dl_single_msg_type import DlSingleMsgType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bck import Bck
    from ..models.dl_base_headers import DlBaseHeaders
    from ..models.dl_limits import DlLimits


T = TypeVar("T", bound="DlSingleMsg")


@_attrs_define
class DlSingleMsg:
    """Download one link into one object.

    Attributes:
        bucket (Bck): A bucket's identity.
        type_ (DlSingleMsgType):
        link (str): HTTP(S) URL.
        description (str | Unset):
        timeout (str | Unset): Per-file timeout, a Go duration (`30s`).
        progress_interval (str | Unset): How often targets report progress, a Go duration (`10s` by default).
        limits (DlLimits | Unset):
        headers (DlBaseHeaders | Unset): HTTP headers to send with each request, `{name: [values]}`.
        etl_name (str | Unset): Transform each file through this ETL (Kubernetes only).
        etl_args (str | Unset):
        object_name (str | Unset): Destination object; the link's last path element when absent.
        from_remote (bool | Unset):
    """

    bucket: Bck
    type_: DlSingleMsgType
    link: str
    description: str | Unset = UNSET
    timeout: str | Unset = UNSET
    progress_interval: str | Unset = UNSET
    limits: DlLimits | Unset = UNSET
    headers: DlBaseHeaders | Unset = UNSET
    etl_name: str | Unset = UNSET
    etl_args: str | Unset = UNSET
    object_name: str | Unset = UNSET
    from_remote: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bucket = self.bucket.to_dict()

        type_ = self.type_.value

        link = self.link

        description = self.description

        timeout = self.timeout

        progress_interval = self.progress_interval

        limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.limits, Unset):
            limits = self.limits.to_dict()

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        etl_name = self.etl_name

        etl_args = self.etl_args

        object_name = self.object_name

        from_remote = self.from_remote

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bucket": bucket,
                "type": type_,
                "link": link,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if progress_interval is not UNSET:
            field_dict["progress_interval"] = progress_interval
        if limits is not UNSET:
            field_dict["limits"] = limits
        if headers is not UNSET:
            field_dict["headers"] = headers
        if etl_name is not UNSET:
            field_dict["etl_name"] = etl_name
        if etl_args is not UNSET:
            field_dict["etl_args"] = etl_args
        if object_name is not UNSET:
            field_dict["object_name"] = object_name
        if from_remote is not UNSET:
            field_dict["from_remote"] = from_remote

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bck import Bck
        from ..models.dl_base_headers import DlBaseHeaders
        from ..models.dl_limits import DlLimits

        d = dict(src_dict)
        bucket = Bck.from_dict(d.pop("bucket"))

        type_ = DlSingleMsgType(d.pop("type"))

        link = d.pop("link")

        description = d.pop("description", UNSET)

        timeout = d.pop("timeout", UNSET)

        progress_interval = d.pop("progress_interval", UNSET)

        _limits = d.pop("limits", UNSET)
        limits: DlLimits | Unset
        if isinstance(_limits, Unset):
            limits = UNSET
        else:
            limits = DlLimits.from_dict(_limits)

        _headers = d.pop("headers", UNSET)
        headers: DlBaseHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = DlBaseHeaders.from_dict(_headers)

        etl_name = d.pop("etl_name", UNSET)

        etl_args = d.pop("etl_args", UNSET)

        object_name = d.pop("object_name", UNSET)

        from_remote = d.pop("from_remote", UNSET)

        dl_single_msg = cls(
            bucket=bucket,
            type_=type_,
            link=link,
            description=description,
            timeout=timeout,
            progress_interval=progress_interval,
            limits=limits,
            headers=headers,
            etl_name=etl_name,
            etl_args=etl_args,
            object_name=object_name,
            from_remote=from_remote,
        )

        dl_single_msg.additional_properties = d
        return dl_single_msg

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
