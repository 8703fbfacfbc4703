from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrHTTP")


@_attrs_define
class ErrHTTP:
    """The error document of every AIS error response.

    Attributes:
        message (str): Human-readable error.
        status (int): HTTP status code.
        tcode (str | Unset): Go type name of the error, e.g. `ErrBckNotFound`, `ErrNotFound`, `ErrBucketAlreadyExists`.
            Absent for plain errors.
        method (str | Unset): HTTP method of the failed request.
        url_path (str | Unset): Path of the failed request.
        remote_addr (str | Unset): Client address as seen by the node.
        caller (str | Unset): Calling node, for intra-cluster requests.
        node (str | Unset): Node that failed: `p[<id>]` (proxy) or `t[<id>]` (target).
    """

    message: str
    status: int
    tcode: str | Unset = UNSET
    method: str | Unset = UNSET
    url_path: str | Unset = UNSET
    remote_addr: str | Unset = UNSET
    caller: str | Unset = UNSET
    node: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        status = self.status

        tcode = self.tcode

        method = self.method

        url_path = self.url_path

        remote_addr = self.remote_addr

        caller = self.caller

        node = self.node

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "status": status,
            }
        )
        if tcode is not UNSET:
            field_dict["tcode"] = tcode
        if method is not UNSET:
            field_dict["method"] = method
        if url_path is not UNSET:
            field_dict["url_path"] = url_path
        if remote_addr is not UNSET:
            field_dict["remote_addr"] = remote_addr
        if caller is not UNSET:
            field_dict["caller"] = caller
        if node is not UNSET:
            field_dict["node"] = node

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        message = d.pop("message")

        status = d.pop("status")

        tcode = d.pop("tcode", UNSET)

        method = d.pop("method", UNSET)

        url_path = d.pop("url_path", UNSET)

        remote_addr = d.pop("remote_addr", UNSET)

        caller = d.pop("caller", UNSET)

        node = d.pop("node", UNSET)

        err_http = cls(
            message=message,
            status=status,
            tcode=tcode,
            method=method,
            url_path=url_path,
            remote_addr=remote_addr,
            caller=caller,
            node=node,
        )

        err_http.additional_properties = d
        return err_http

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
