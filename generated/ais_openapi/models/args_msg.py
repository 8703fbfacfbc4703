from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bck import Bck


T = TypeVar("T", bound="ArgsMsg")


@_attrs_define
class ArgsMsg:
    """`xact.ArgsMsg`. Keys are the Go field names (`ID`, `Kind`, ...), matched case-insensitively,
    except `flags`; an unknown key is a 400.

        Attributes:
            id (str | Unset):
            kind (str | Unset): Xaction kind. `start` accepts the startable kinds (see `XactionKind`); `stop` any kind.
            daemon_id (str | Unset): Node id (required by `resilver`).
            bck (Bck | Unset): A bucket's identity.
            buckets (list[Bck] | Unset):
            timeout (int | Unset): Nanoseconds.
            force (bool | Unset):
            only_running (bool | Unset):
            flags (int | Unset): 1 zero-size, 2 latest-ver, 4 sync, 8 keep-misplaced, 16 remove-misplaced.
    """

    id: str | Unset = UNSET
    kind: str | Unset = UNSET
    daemon_id: str | Unset = UNSET
    bck: Bck | Unset = UNSET
    buckets: list[Bck] | Unset = UNSET
    timeout: int | Unset = UNSET
    force: bool | Unset = UNSET
    only_running: bool | Unset = UNSET
    flags: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        kind = self.kind

        daemon_id = self.daemon_id

        bck: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bck, Unset):
            bck = self.bck.to_dict()

        buckets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.buckets, Unset):
            buckets = []
            for buckets_item_data in self.buckets:
                buckets_item = buckets_item_data.to_dict()
                buckets.append(buckets_item)

        timeout = self.timeout

        force = self.force

        only_running = self.only_running

        flags = self.flags

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if id is not UNSET:
            field_dict["ID"] = id
        if kind is not UNSET:
            field_dict["Kind"] = kind
        if daemon_id is not UNSET:
            field_dict["DaemonID"] = daemon_id
        if bck is not UNSET:
            field_dict["Bck"] = bck
        if buckets is not UNSET:
            field_dict["Buckets"] = buckets
        if timeout is not UNSET:
            field_dict["Timeout"] = timeout
        if force is not UNSET:
            field_dict["Force"] = force
        if only_running is not UNSET:
            field_dict["OnlyRunning"] = only_running
        if flags is not UNSET:
            field_dict["flags"] = flags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bck import Bck

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        kind = d.pop("Kind", UNSET)

        daemon_id = d.pop("DaemonID", UNSET)

        _bck = d.pop("Bck", UNSET)
        bck: Bck | Unset
        if isinstance(_bck, Unset):
            bck = UNSET
        else:
            bck = Bck.from_dict(_bck)

        _buckets = d.pop("Buckets", UNSET)
        buckets: list[Bck] | Unset = UNSET
        if _buckets is not UNSET:
            buckets = []
            for buckets_item_data in _buckets:
                buckets_item = Bck.from_dict(buckets_item_data)

                buckets.append(buckets_item)

        timeout = d.pop("Timeout", UNSET)

        force = d.pop("Force", UNSET)

        only_running = d.pop("OnlyRunning", UNSET)

        flags = d.pop("flags", UNSET)

        args_msg = cls(
            id=id,
            kind=kind,
            daemon_id=daemon_id,
            bck=bck,
            buckets=buckets,
            timeout=timeout,
            force=force,
            only_running=only_running,
            flags=flags,
        )

        return args_msg
