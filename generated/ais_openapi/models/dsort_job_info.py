from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bck import Bck
    from ..models.dsort_job_info_metrics import DsortJobInfoMetrics


T = TypeVar("T", bound="DsortJobInfo")


@_attrs_define
class DsortJobInfo:
    """`dsort.JobInfo` (a target's, or aggregated). Durations in nanoseconds.

    Attributes:
        id (str):
        src_bck (Bck | Unset): A bucket's identity.
        dst_bck (Bck | Unset): A bucket's identity.
        started_time (datetime.datetime | Unset):
        finish_time (datetime.datetime | Unset):
        started_meta_sorting (int | Unset):
        started_shard_creation (int | Unset):
        finished_shard_creation (int | Unset):
        loc_objs (str | Unset):
        loc_bytes (str | Unset):
        metrics (DsortJobInfoMetrics | Unset): Per-phase details: `local_extraction`, `meta_sorting`, `shard_creation`,
            `aborted`, `archived`.
        aborted (bool | Unset):
        archived (bool | Unset): Finished (and kept until removed).
    """

    id: str
    src_bck: Bck | Unset = UNSET
    dst_bck: Bck | Unset = UNSET
    started_time: datetime.datetime | Unset = UNSET
    finish_time: datetime.datetime | Unset = UNSET
    started_meta_sorting: int | Unset = UNSET
    started_shard_creation: int | Unset = UNSET
    finished_shard_creation: int | Unset = UNSET
    loc_objs: str | Unset = UNSET
    loc_bytes: str | Unset = UNSET
    metrics: DsortJobInfoMetrics | Unset = UNSET
    aborted: bool | Unset = UNSET
    archived: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        src_bck: dict[str, Any] | Unset = UNSET
        if not isinstance(self.src_bck, Unset):
            src_bck = self.src_bck.to_dict()

        dst_bck: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dst_bck, Unset):
            dst_bck = self.dst_bck.to_dict()

        started_time: str | Unset = UNSET
        if not isinstance(self.started_time, Unset):
            started_time = self.started_time.isoformat()

        finish_time: str | Unset = UNSET
        if not isinstance(self.finish_time, Unset):
            finish_time = self.finish_time.isoformat()

        started_meta_sorting = self.started_meta_sorting

        started_shard_creation = self.started_shard_creation

        finished_shard_creation = self.finished_shard_creation

        loc_objs = self.loc_objs

        loc_bytes = self.loc_bytes

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        aborted = self.aborted

        archived = self.archived

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if src_bck is not UNSET:
            field_dict["src-bck"] = src_bck
        if dst_bck is not UNSET:
            field_dict["dst-bck"] = dst_bck
        if started_time is not UNSET:
            field_dict["started_time"] = started_time
        if finish_time is not UNSET:
            field_dict["finish_time"] = finish_time
        if started_meta_sorting is not UNSET:
            field_dict["started_meta_sorting"] = started_meta_sorting
        if started_shard_creation is not UNSET:
            field_dict["started_shard_creation"] = started_shard_creation
        if finished_shard_creation is not UNSET:
            field_dict["finished_shard_creation"] = finished_shard_creation
        if loc_objs is not UNSET:
            field_dict["loc-objs"] = loc_objs
        if loc_bytes is not UNSET:
            field_dict["loc-bytes"] = loc_bytes
        if metrics is not UNSET:
            field_dict["Metrics"] = metrics
        if aborted is not UNSET:
            field_dict["aborted"] = aborted
        if archived is not UNSET:
            field_dict["archived"] = archived

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bck import Bck
        from ..models.dsort_job_info_metrics import DsortJobInfoMetrics

        d = dict(src_dict)
        id = d.pop("id")

        _src_bck = d.pop("src-bck", UNSET)
        src_bck: Bck | Unset
        if isinstance(_src_bck, Unset):
            src_bck = UNSET
        else:
            src_bck = Bck.from_dict(_src_bck)

        _dst_bck = d.pop("dst-bck", UNSET)
        dst_bck: Bck | Unset
        if isinstance(_dst_bck, Unset):
            dst_bck = UNSET
        else:
            dst_bck = Bck.from_dict(_dst_bck)

        _started_time = d.pop("started_time", UNSET)
        started_time: datetime.datetime | Unset
        if isinstance(_started_time, Unset):
            started_time = UNSET
        else:
            started_time = datetime.datetime.fromisoformat(_started_time)

        _finish_time = d.pop("finish_time", UNSET)
        finish_time: datetime.datetime | Unset
        if isinstance(_finish_time, Unset):
            finish_time = UNSET
        else:
            finish_time = datetime.datetime.fromisoformat(_finish_time)

        started_meta_sorting = d.pop("started_meta_sorting", UNSET)

        started_shard_creation = d.pop("started_shard_creation", UNSET)

        finished_shard_creation = d.pop("finished_shard_creation", UNSET)

        loc_objs = d.pop("loc-objs", UNSET)

        loc_bytes = d.pop("loc-bytes", UNSET)

        _metrics = d.pop("Metrics", UNSET)
        metrics: DsortJobInfoMetrics | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = DsortJobInfoMetrics.from_dict(_metrics)

        aborted = d.pop("aborted", UNSET)

        archived = d.pop("archived", UNSET)

        dsort_job_info = cls(
            id=id,
            src_bck=src_bck,
            dst_bck=dst_bck,
            started_time=started_time,
            finish_time=finish_time,
            started_meta_sorting=started_meta_sorting,
            started_shard_creation=started_shard_creation,
            finished_shard_creation=finished_shard_creation,
            loc_objs=loc_objs,
            loc_bytes=loc_bytes,
            metrics=metrics,
            aborted=aborted,
            archived=archived,
        )

        dsort_job_info.additional_properties = d
        return dsort_job_info

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
