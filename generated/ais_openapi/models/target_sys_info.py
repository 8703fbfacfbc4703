from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mem_cpu_info_load_avg import MemCPUInfoLoadAvg
    from ..models.mem_cpu_info_mem import MemCPUInfoMem
    from ..models.mem_cpu_info_proc import MemCPUInfoProc


T = TypeVar("T", bound="TargetSysInfo")


@_attrs_define
class TargetSysInfo:
    """A target's `sysinfo`: `MemCPUInfo` plus filesystem capacity (decimal strings).

    Attributes:
        mem_used (int):
        mem_avail (int | Unset):
        pct_mem_used (float | Unset):
        pct_cpu_used (float | Unset):
        load_avg (MemCPUInfoLoadAvg | Unset):
        cpu_util (float | Unset):
        mem (MemCPUInfoMem | Unset):
        proc (MemCPUInfoProc | Unset):
        fs_used (str | Unset):
        fs_capacity (str | Unset):
        pct_fs_used (float | Unset):
    """

    mem_used: int
    mem_avail: int | Unset = UNSET
    pct_mem_used: float | Unset = UNSET
    pct_cpu_used: float | Unset = UNSET
    load_avg: MemCPUInfoLoadAvg | Unset = UNSET
    cpu_util: float | Unset = UNSET
    mem: MemCPUInfoMem | Unset = UNSET
    proc: MemCPUInfoProc | Unset = UNSET
    fs_used: str | Unset = UNSET
    fs_capacity: str | Unset = UNSET
    pct_fs_used: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mem_used = self.mem_used

        mem_avail = self.mem_avail

        pct_mem_used = self.pct_mem_used

        pct_cpu_used = self.pct_cpu_used

        load_avg: dict[str, Any] | Unset = UNSET
        if not isinstance(self.load_avg, Unset):
            load_avg = self.load_avg.to_dict()

        cpu_util = self.cpu_util

        mem: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mem, Unset):
            mem = self.mem.to_dict()

        proc: dict[str, Any] | Unset = UNSET
        if not isinstance(self.proc, Unset):
            proc = self.proc.to_dict()

        fs_used = self.fs_used

        fs_capacity = self.fs_capacity

        pct_fs_used = self.pct_fs_used

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mem_used": mem_used,
            }
        )
        if mem_avail is not UNSET:
            field_dict["mem_avail"] = mem_avail
        if pct_mem_used is not UNSET:
            field_dict["pct_mem_used"] = pct_mem_used
        if pct_cpu_used is not UNSET:
            field_dict["pct_cpu_used"] = pct_cpu_used
        if load_avg is not UNSET:
            field_dict["load_avg"] = load_avg
        if cpu_util is not UNSET:
            field_dict["cpu_util"] = cpu_util
        if mem is not UNSET:
            field_dict["mem"] = mem
        if proc is not UNSET:
            field_dict["proc"] = proc
        if fs_used is not UNSET:
            field_dict["fs_used"] = fs_used
        if fs_capacity is not UNSET:
            field_dict["fs_capacity"] = fs_capacity
        if pct_fs_used is not UNSET:
            field_dict["pct_fs_used"] = pct_fs_used

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mem_cpu_info_load_avg import MemCPUInfoLoadAvg
        from ..models.mem_cpu_info_mem import MemCPUInfoMem
        from ..models.mem_cpu_info_proc import MemCPUInfoProc

        d = dict(src_dict)
        mem_used = d.pop("mem_used")

        mem_avail = d.pop("mem_avail", UNSET)

        pct_mem_used = d.pop("pct_mem_used", UNSET)

        pct_cpu_used = d.pop("pct_cpu_used", UNSET)

        _load_avg = d.pop("load_avg", UNSET)
        load_avg: MemCPUInfoLoadAvg | Unset
        if isinstance(_load_avg, Unset):
            load_avg = UNSET
        else:
            load_avg = MemCPUInfoLoadAvg.from_dict(_load_avg)

        cpu_util = d.pop("cpu_util", UNSET)

        _mem = d.pop("mem", UNSET)
        mem: MemCPUInfoMem | Unset
        if isinstance(_mem, Unset):
            mem = UNSET
        else:
            mem = MemCPUInfoMem.from_dict(_mem)

        _proc = d.pop("proc", UNSET)
        proc: MemCPUInfoProc | Unset
        if isinstance(_proc, Unset):
            proc = UNSET
        else:
            proc = MemCPUInfoProc.from_dict(_proc)

        fs_used = d.pop("fs_used", UNSET)

        fs_capacity = d.pop("fs_capacity", UNSET)

        pct_fs_used = d.pop("pct_fs_used", UNSET)

        target_sys_info = cls(
            mem_used=mem_used,
            mem_avail=mem_avail,
            pct_mem_used=pct_mem_used,
            pct_cpu_used=pct_cpu_used,
            load_avg=load_avg,
            cpu_util=cpu_util,
            mem=mem,
            proc=proc,
            fs_used=fs_used,
            fs_capacity=fs_capacity,
            pct_fs_used=pct_fs_used,
        )

        target_sys_info.additional_properties = d
        return target_sys_info

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
