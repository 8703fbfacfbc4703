from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConfigToSetPeriodic")


@_attrs_define
class ConfigToSetPeriodic:
    """
    Attributes:
        stats_time (str | Unset):
        retry_sync_time (str | Unset):
        notif_time (str | Unset):
    """

    stats_time: str | Unset = UNSET
    retry_sync_time: str | Unset = UNSET
    notif_time: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        stats_time = self.stats_time

        retry_sync_time = self.retry_sync_time

        notif_time = self.notif_time

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if stats_time is not UNSET:
            field_dict["stats_time"] = stats_time
        if retry_sync_time is not UNSET:
            field_dict["retry_sync_time"] = retry_sync_time
        if notif_time is not UNSET:
            field_dict["notif_time"] = notif_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        stats_time = d.pop("stats_time", UNSET)

        retry_sync_time = d.pop("retry_sync_time", UNSET)

        notif_time = d.pop("notif_time", UNSET)

        config_to_set_periodic = cls(
            stats_time=stats_time,
            retry_sync_time=retry_sync_time,
            notif_time=notif_time,
        )

        return config_to_set_periodic
