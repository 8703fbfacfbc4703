"""Checks for parallel range downloads: every range from the same object version, the whole file verified."""

from __future__ import annotations

import re
from typing import Any

from ..errors import ChecksumMismatch, ObjectChanged
from .checksum import new_hasher
from .protocol import Response

__all__ = ["MAX_PART_RESUMES", "check_part", "name_of", "verify_file"]

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
