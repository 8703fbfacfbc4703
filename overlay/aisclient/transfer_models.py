"""What `upload_dir` / `download_dir` report (`TransferSummary`), and the logic both client flavours share:
walking a local folder, mapping object names to local files and back, deciding what to skip, the
progress bar. Nothing here talks to the cluster.
"""

from __future__ import annotations

import fnmatch
import importlib
import os
import stat
import sys
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from ._core.checksum import new_hasher
from ._core.driver import hash_bytes
from ._core.pool import Outcome
from ._core.reader import write_file_atomically
from ._core.validate import validate_object_name
from .errors import InvalidArgument, InvalidArgumentType

__all__ = [
    "BATCH_MAX_OBJECT_SIZE",
    "DownloadItem",
    "Outcomes",
    "Progress",
    "TransferSummary",
    "UploadItem",
    "comparable_checksum_type",
    "file_digest",
    "local_name",
    "plan_upload",
    "resolve_progress",
    "safe_local_path",
]

READ_CHUNK = 1 << 20

# AIS checksum types by the length of their hex value (a listing gives the value without its type).
_TYPE_BY_HEX_LEN = {8: "crc32c", 16: "xxhash2", 32: "md5", 64: "sha256", 128: "sha512"}
_HEX = frozenset("0123456789abcdef")


@attrs.frozen
class TransferSummary:
    """What one `upload_dir` or `download_dir` run did.

    Attributes:
        direction: "upload" or "download".
        moved: files transferred.
        moved_bytes: their total size.
        skipped: files left alone because the other side already had the same size and checksum.
        skipped_bytes: their total size.
        failed: (name, error) of every file that failed: the path relative to the local folder for an
            upload, the object's name for a download; `error` is the exception's `repr`.
        failed_bytes: the total size of the failed files (as far as it was known).
        seconds: how long the run took.
    """

    direction: str
    moved: int = 0
    moved_bytes: int = 0
    skipped: int = 0
    skipped_bytes: int = 0
    failed: tuple[tuple[str, str], ...] = ()
    failed_bytes: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        """True when no file failed."""
        return not self.failed

    @property
    def failed_count(self) -> int:
        """How many files failed."""
        return len(self.failed)

    @property
    def total(self) -> int:
        """Every file the run considered: moved, skipped or failed."""
        return self.moved + self.skipped + len(self.failed)

    def __str__(self) -> str:
        verb = "uploaded" if self.direction == "upload" else "downloaded"
        text = (
            f"{verb} {self.moved} files ({_size(self.moved_bytes)}), skipped {self.skipped} "
            f"({_size(self.skipped_bytes)}), failed {len(self.failed)} in {self.seconds:.2f} s"
        )
        if self.failed:
            shown = "; ".join(f"{name}: {error}" for name, error in self.failed[:5])
            more = f"; and {len(self.failed) - 5} more" if len(self.failed) > 5 else ""
            text += f" ({shown}{more})"
        return text


def _size(n: int) -> str:
    value = float(n)
    for unit in ("B", "KiB", "MiB", "GiB", "TiB"):
        if value < 1024 or unit == "TiB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    raise AssertionError("unreachable")


def summarize(
    direction: str,
    names: Sequence[str],
    sizes: Sequence[int],
    outcomes: Sequence[Outcome[bool]],
    failed_early: Iterable[tuple[str, str]],
    seconds: float,
) -> TransferSummary:
    """The summary of a run: `outcomes[i]` is item i's (True: moved, False: skipped, or its error)."""
    moved = moved_bytes = skipped = skipped_bytes = failed_bytes = 0
    failed = list(failed_early)
    for name, size, outcome in zip(names, sizes, outcomes, strict=True):
        if outcome.error is not None:
            failed.append((name, repr(outcome.error)))
            failed_bytes += size
        elif outcome.value:
            moved += 1
            moved_bytes += size
        else:
            skipped += 1
            skipped_bytes += size
    return TransferSummary(
        direction, moved, moved_bytes, skipped, skipped_bytes, tuple(failed), failed_bytes, round(seconds, 3)
    )


# --------------------------------------------------------------------------- argument checks


def check_workers(workers: int) -> int:
    if isinstance(workers, bool) or not isinstance(workers, int):
        raise InvalidArgumentType("workers", f"must be an int, got {type(workers).__name__}")
    if workers < 1:
        raise InvalidArgument("workers", f"must be at least 1, got {workers}")
    return workers


def check_prefix(prefix: str) -> str:
    """An object-name prefix: "" or the start of a valid object name."""
    if not isinstance(prefix, str):
        raise InvalidArgumentType("prefix", f"must be a str, got {type(prefix).__name__}")
    if prefix:
        try:
            validate_object_name(prefix + "x")
        except InvalidArgument as e:
            raise InvalidArgument("prefix", f"{prefix!r} cannot start an object name ({e})") from None
    return prefix


def check_local_dir(local_dir: str | os.PathLike[str], *, must_exist: bool) -> str:
    """`local_dir` as a str; FileNotFoundError / NotADirectoryError when it is not a usable folder."""
    if not isinstance(local_dir, (str, os.PathLike)):
        raise InvalidArgumentType("local_dir", f"must be a str or path, got {type(local_dir).__name__}")
    path = os.fspath(local_dir)
    if not path:
        raise InvalidArgument("local_dir", "must not be empty")
    if os.path.isdir(path):
        return path
    if os.path.lexists(path):
        raise NotADirectoryError(f"{path!r} is not a folder")
    if must_exist:
        raise FileNotFoundError(f"no such folder: {path!r}")
    return path


def check_pattern(pattern: str) -> str:
    if not isinstance(pattern, str):
        raise InvalidArgumentType("pattern", f"must be a str, got {type(pattern).__name__}")
    if not pattern:
        raise InvalidArgument("pattern", "must not be empty (use '*' for every file)")
    return pattern


def check_flag(name: str, value: object) -> None:
    if not isinstance(value, bool):
        raise InvalidArgumentType(name, f"must be a bool, got {type(value).__name__}")


# --------------------------------------------------------------------------- upload plan


@attrs.frozen
class UploadItem:
    """One local file to upload: `rel` (its path under the folder, '/'-separated), `path`, `obj_name`, `size`."""

    rel: str
    path: str
    obj_name: str
    size: int


def plan_upload(
    local_dir: str, prefix: str, pattern: str = "*", recursive: bool = True
) -> tuple[list[UploadItem], list[tuple[str, str]]]:
    """The files under `local_dir` whose file name matches `pattern` (in a stable order), and the
    (relative path, error) of those that cannot be uploaded: not a regular file, unreadable folder,
    or a name that would not be a valid object name."""
    items: list[UploadItem] = []
    failed: list[tuple[str, str]] = []

    def rel_of(path: str) -> str:
        return os.path.relpath(path, local_dir).replace(os.sep, "/")

    def walk_error(err: OSError) -> None:
        failed.append((rel_of(err.filename) if err.filename else ".", repr(err)))

    for dirpath, dirnames, filenames in os.walk(local_dir, onerror=walk_error):
        if recursive:
            dirnames.sort()
        else:
            dirnames.clear()
        for fname in sorted(filenames):
            if not fnmatch.fnmatchcase(fname, pattern):
                continue
            full = os.path.join(dirpath, fname)
            rel = rel_of(full)
            try:
                st = os.stat(full)
                if not stat.S_ISREG(st.st_mode):
                    raise ValueError(f"{full!r} is not a regular file")
                obj_name = validate_object_name(prefix + rel)
            except (OSError, ValueError) as e:
                failed.append((rel, repr(e)))
                continue
            items.append(UploadItem(rel, full, obj_name, st.st_size))
    return items, failed


# --------------------------------------------------------------------------- download plan


@attrs.frozen
class DownloadItem:
    """One object to download: its name, `rel` (its local path under the folder, '/'-separated), size, checksum."""

    obj_name: str
    rel: str
    size: int
    checksum: str


def local_name(obj_name: str, prefix: str) -> str:
    """The '/'-separated local path under the download folder for object `obj_name` listed under `prefix`.

    The prefix is cut off; when it ends at a '/' boundary without one ("data" for "data/a.txt") the '/'
    goes too. Raises ValueError for a name that would not land on a file inside the folder: an empty
    remainder, an empty, '.' or '..' segment, an absolute path or drive, or a character the local
    file system cannot take in a name (NUL, the local path separator).
    """
    if not obj_name.startswith(prefix):
        raise ValueError(f"object {obj_name!r} does not start with the prefix {prefix!r}")
    rel = obj_name[len(prefix) :]
    if prefix and not prefix.endswith("/") and rel.startswith("/"):
        rel = rel[1:]
    why = ""
    parts = rel.split("/")
    if not rel:
        why = "nothing is left of the name once the prefix is cut off"
    elif any(p in ("", ".", "..") for p in parts):
        why = "it has an empty, '.' or '..' path segment"
    elif "\x00" in rel or any(sep in rel for sep in (os.sep, os.altsep) if sep and sep != "/"):
        why = "it contains a character a local file name cannot have"
    elif os.path.isabs(rel) or os.path.splitdrive(rel)[0]:
        why = "it is an absolute path"
    if why:
        raise ValueError(f"refusing object {obj_name!r}: {why}, so it would not be a file inside the folder")
    return rel


def safe_local_path(root_real: str, rel: str, checked: dict[str, bool] | None = None) -> str:
    """The local path of `rel` under the folder whose resolved path is `root_real`; ValueError if a
    symbolic link on the way would take it outside that folder. `checked` remembers the verdict for
    each parent folder, for callers placing many files at once."""
    path = os.path.join(root_real, *rel.split("/"))
    folder = os.path.dirname(path)
    inside = None if checked is None else checked.get(folder)
    if inside is None:
        parent = os.path.realpath(folder)
        inside = os.path.commonpath([parent, root_real]) == root_real
        if checked is not None:
            checked[folder] = inside
    if not inside:
        raise ValueError(f"refusing {rel!r}: a symbolic link would put it outside {root_real!r}")
    return path


# Get-Batch in download_dir: objects of at most this size are fetched many per request.
BATCH_MAX_OBJECT_SIZE = 1 << 20
# With `batch=None`, batches only from this many small objects: a v1.5.0 Get-Batch answer ends
# about 100 ms after its last object (the target waits for its peers to go quiet), which only
# many objects per request repay.
BATCH_AUTO_MIN_OBJECTS = 64
# Objects and bytes per Get-Batch request.
BATCH_MAX_OBJECTS = 256
BATCH_MAX_BYTES = 16 << 20
BATCH_MIN_OBJECTS = 16

# One Outcome per file of a group, in the group's order.
Outcomes = list[Outcome[bool]]


def plan_download_groups(
    items: Sequence[DownloadItem], workers: int, batch: bool | None, provider: str
) -> list[list[DownloadItem]]:
    """Split a download into groups run `workers` at a time: the small objects into Get-Batch groups
    of several, (when `batch` allows) the others one each. A group of one is a plain GET."""
    small = [i for i in items if i.size <= BATCH_MAX_OBJECT_SIZE]
    if batch is False or not small or (batch is None and (provider != "ais" or len(small) < BATCH_AUTO_MIN_OBJECTS)):
        return [[i] for i in items]
    # Enough objects per request to repay its fixed cost, enough requests to keep every worker busy.
    per = min(BATCH_MAX_OBJECTS, max(BATCH_MIN_OBJECTS, -(-len(small) // workers)))
    groups: list[list[DownloadItem]] = []
    current: list[DownloadItem] = []
    size = 0
    for item in small:
        if current and (len(current) >= per or size + item.size > BATCH_MAX_BYTES):
            groups.append(current)
            current, size = [], 0
        current.append(item)
        size += item.size
    if current:
        groups.append(current)
    groups.extend([i] for i in items if i.size > BATCH_MAX_OBJECT_SIZE)
    return groups


# download_dir hands this many batched objects at a time to the code that writes files.
SAVE_SLICE = 32


def plan_local(
    root_real: str, group: Sequence[DownloadItem], skip_existing: bool
) -> tuple[dict[int, Outcome[bool]], list[tuple[int, str]]]:
    """For each object of a download group, by index: its outcome if it needs no request (skipped
    because the local file matches, or failed: a local path outside the folder), or else (index,
    local path) in the list of objects to fetch. Each folder is resolved and read once, not once per
    file."""
    done: dict[int, Outcome[bool]] = {}
    wanted: list[tuple[int, str]] = []
    checked: dict[str, bool] = {}
    present: dict[str, frozenset[str]] = {}
    for i, item in enumerate(group):
        try:
            path = safe_local_path(root_real, item.rel, checked)
            folder, name = os.path.split(path)
            if skip_existing:
                if folder not in present:
                    present[folder] = _names_in(folder)
                if name in present[folder] and local_copy_matches(path, item):
                    done[i] = Outcome(value=False)
                    continue
            wanted.append((i, path))
        except Exception as e:
            done[i] = Outcome(error=e)
    return done, wanted


def _names_in(folder: str) -> frozenset[str]:
    try:
        with os.scandir(folder) as entries:
            return frozenset(e.name for e in entries)
    except (FileNotFoundError, NotADirectoryError):
        return frozenset()


def save_verified(arrived: Sequence[tuple[int, str, bytes]], group: Sequence[DownloadItem]) -> list[int]:
    """Write each (index, path, data) that is the listed object `group[index]` (its size, and its
    checksum when the listing gave one this client can compute) to its path, atomically: a temp file
    renamed into place, not fsynced (the caller syncs once at the end). Returns the indexes written;
    the others (an object changed after the listing, a file that could not be written) are left for
    a GET of their own, which reports its own error."""
    written = []
    made: set[str] = set()
    for i, path, data in arrived:
        item = group[i]
        if len(data) != item.size:
            continue
        kind = comparable_checksum_type("", item.checksum)
        if kind is not None and hash_bytes(data, kind) != item.checksum.strip().lower():
            continue
        folder = os.path.dirname(path)
        try:
            if folder not in made:
                os.makedirs(folder, exist_ok=True)
                made.add(folder)
            write_file_atomically(path, data)
        except OSError:
            continue  # its own GET will meet (and report) the same error
        written.append(i)
    return written


def local_copy_matches(path: str, item: DownloadItem) -> bool:
    """Whether the local file at `path` already is the listed object (same size and checksum)."""
    try:
        st = os.stat(path)
    except OSError:
        return False
    if not stat.S_ISREG(st.st_mode):
        return False
    kind = same_content(st.st_size, item.size, "", item.checksum)
    return kind is not None and file_digest(path, kind) == item.checksum.strip().lower()


# --------------------------------------------------------------------------- skip decision


def comparable_checksum_type(cktype: str, value: str) -> str | None:
    """The checksum type to hash a local file with to compare it to a remote `value` of type `cktype`
    ("" when unknown, as in a listing: then guessed from the value's length, which is unambiguous for
    the types AIS uses), or None when there is nothing this client can compare."""
    value = value.strip().lower()
    if not value or not set(value) <= _HEX:
        return None
    kind = cktype.strip().lower() or _TYPE_BY_HEX_LEN.get(len(value), "")
    if new_hasher(kind) is None:
        return None
    return kind


def file_digest(path: str, cktype: str) -> str:
    """Hex checksum of type `cktype` of the local file (XXH64, seed 0, for "xxhash"/"xxhash2": the same
    digest the upload sends)."""
    hasher = new_hasher(cktype)
    if hasher is None:
        raise ValueError(f"cannot compute checksum type {cktype!r}")
    with open(path, "rb") as f:
        while chunk := f.read(READ_CHUNK):
            hasher.update(chunk)
    return hasher.hexdigest()


def same_content(local_size: int, remote_size: int | None, cktype: str, value: str) -> str | None:
    """Whether a local file may be the remote one: the checksum type to hash it with when the sizes
    agree and the remote checksum is one this client can compute; None means "transfer it"."""
    if remote_size is None or local_size != remote_size:
        return None
    return comparable_checksum_type(cktype, value)


# --------------------------------------------------------------------------- progress


def resolve_progress(progress: bool | None) -> bool:
    """Whether to show a bar: `None` means "when stderr is a terminal". Raises ModuleNotFoundError
    (before any request) when a bar is wanted and tqdm is not installed."""
    if progress is not None and not isinstance(progress, bool):
        raise InvalidArgumentType("progress", f"must be a bool or None, got {type(progress).__name__}")
    if progress is None:
        isatty = getattr(sys.stderr, "isatty", None)
        progress = bool(isatty and isatty())
        if progress and not _have_tqdm():
            return False  # the default never fails for want of an optional package
    if progress and not _have_tqdm():
        raise ModuleNotFoundError("progress=True needs the optional package tqdm: pip install tqdm", name="tqdm")
    return progress


def _have_tqdm() -> bool:
    try:
        importlib.import_module("tqdm")
    except ImportError:
        return False
    return True


class Progress:
    """A tqdm bar on stderr counting files (or nothing at all when `enabled` is False)."""

    def __init__(self, enabled: bool, total: int, desc: str) -> None:
        self._bar: Any = None
        self._moved = self._skipped = self._failed = 0
        if enabled:
            tqdm = importlib.import_module("tqdm")
            self._bar = tqdm.tqdm(total=total, desc=desc, unit="file", file=sys.stderr, dynamic_ncols=True)

    def done(self, outcome: Outcome[bool]) -> None:
        """Count one finished file (moved, skipped or failed)."""
        if self._bar is None:
            return
        if outcome.error is not None:
            self._failed += 1
        elif outcome.value:
            self._moved += 1
        else:
            self._skipped += 1
        self._advance(1)

    def failed(self, n: int) -> None:
        """Count `n` files that failed before any transfer started."""
        if self._bar is not None and n:
            self._failed += n
            self._advance(n)

    def _advance(self, n: int) -> None:
        self._bar.set_postfix_str(f"moved={self._moved} skipped={self._skipped} failed={self._failed}", refresh=False)
        self._bar.update(n)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
