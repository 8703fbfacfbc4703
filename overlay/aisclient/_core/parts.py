"""Checks for parallel transfers: downloads (every range from the same object version, the whole file
verified) and multipart uploads (every part read from the file as it was measured)."""

from __future__ import annotations

import os
import re
from typing import Any

from ..errors import ChecksumMismatch, LocalFileChanged, ObjectChanged
from .checksum import new_hasher
from .protocol import Response, Upload

__all__ = ["MAX_PART_RESUMES", "check_part", "check_unchanged", "name_of", "read_part", "verify_file"]

# A range whose transfer breaks is asked again from its first missing byte, this many times.
MAX_PART_RESUMES = 3
_CONTENT_RANGE = re.compile(r"\s*bytes\s+(\d+)-(\d+)/(\d+)\s*", re.IGNORECASE)
_READ = 4 << 20


def name_of(plan: Any) -> str:
    return str(getattr(plan.props, "name", "") or "the object")


def check_part(resp: Response, plan: Any, start: int, end: int) -> None:
    """The answer to a range request must be exactly that range of the object HEAD described."""
    if resp.status_code != 206:
        raise ObjectChanged(name_of(plan), f"a range request was answered {resp.status_code}, not 206")
    m = _CONTENT_RANGE.fullmatch(resp.headers.get("Content-Range", ""))
    if not m or (int(m.group(1)), int(m.group(2)), int(m.group(3))) != (start, end, plan.size):
        raise ObjectChanged(
            name_of(plan), f"asked bytes {start}-{end}/{plan.size}, got {resp.headers.get('Content-Range')!r}"
        )
    props = plan.props
    for header, expected in (("Ais-Version", props.version), ("ETag", props.etag)):
        got = resp.headers.get(header, "")
        if expected and got and got != expected:
            raise ObjectChanged(name_of(plan), f"{header} changed from {expected!r} to {got!r}")


def verify_file(path: str, props: Any, name: str) -> None:
    """Hash the assembled file and compare with the object's checksum (nothing to compare: no check)."""
    hasher = new_hasher(props.checksum_type or "")
    if hasher is None or not props.checksum_value:
        return
    with open(path, "rb") as f:
        while chunk := f.read(_READ):
            hasher.update(chunk)
    actual = hasher.hexdigest()
    if actual != props.checksum_value:
        raise ChecksumMismatch(name or "the object", props.checksum_type, props.checksum_value, actual)


def check_unchanged(upload: Upload, st: os.stat_result | None = None) -> None:
    """`LocalFileChanged` unless the file still has the size and modification time it was measured with.

    `st`: the file's status if the caller has it (an `fstat` of the open file); else the path is stat'ed.
    """
    st = os.stat(upload.path) if st is None else st
    if st.st_size != upload.size or (upload.mtime_ns and st.st_mtime_ns != upload.mtime_ns):
        raise LocalFileChanged(upload.path, "modified while it was uploaded")


def read_part(fd: int, offset: int, length: int, upload: Upload) -> bytes:
    """Exactly `length` bytes at `offset` of the upload's file (`LocalFileChanged` if it got shorter)."""
    data = os.pread(fd, length, offset)
    if len(data) != length:
        raise LocalFileChanged(upload.path, f"shrank: {len(data)} of {length} bytes at offset {offset}")
    return data
