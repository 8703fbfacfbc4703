# DO NOT EDIT: derived by scripts/derive.py from transfers_async.py. Edit that, then run `make derive`.
"""Folder transfers for the async client (`upload_dir`, `download_dir`), written once; scripts/derive.py
writes the blocking twin (`Transfers`) into transfers_sync.py.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from ._core.pool import Outcome, run_bounded_sync
from ._core.validate import PROVIDER_AIS, normalize_provider, validate_bucket_name
from .errors import TransferFailed
from .objects import CHECKSUM_TYPE
from .transfer_models import (
    BATCH_MAX_OBJECT_SIZE,
    SAVE_SLICE,
    DownloadItem,
    Outcomes,
    Progress,
    TransferSummary,
    UploadItem,
    check_flag,
    check_local_dir,
    check_pattern,
    check_prefix,
    check_workers,
    file_digest,
    local_copy_matches,
    local_name,
    plan_download_groups,
    plan_local,
    plan_upload,
    resolve_progress,
    safe_local_path,
    same_content,
    save_verified,
    summarize,
)

if TYPE_CHECKING:
    from ._surface import Client

__all__ = ["Transfers"]

_XXHASH = frozenset({"xxhash", "xxhash2"})


class Transfers:
    """`upload_dir` and `download_dir`: whole folders to and from a bucket, many files at once."""

    def _transfer_client(self) -> Client:
        return cast("Client", self)

    def upload_dir(
        self,
        local_dir: str | os.PathLike[str],
        bck_name: str,
        prefix: str = "",
        provider: str = PROVIDER_AIS,
        *,
        pattern: str = "*",
        recursive: bool = True,
        workers: int = 16,
        skip_existing: bool = True,
        progress: bool | None = None,
        raise_on_error: bool = True,
    ) -> TransferSummary:
        """Upload the files of a local folder to a bucket, each as `prefix` + its path under the folder.

        Object names use '/' whatever the local separator is ("img/a.jpg" with `prefix="train/"` becomes
        "train/img/a.jpg"; the prefix is used as given, so add the trailing '/' to get a folder). Files
        already in the bucket with the same size and checksum are skipped, so running it again after an
        interruption uploads only what is missing or changed. The comparison hashes the local file only
        when the sizes agree, with the object's checksum type (xxhash/xxhash2, md5, sha256, sha512 or
        crc32c); an object stored without a checksum, or with a type this client cannot compute, is
        uploaded again. Symbolic links to files are followed, links to folders are not.

        A file that fails (unreadable, gone, changed while read, a name the cluster cannot store, ...)
        does not stop the others; it is listed in the summary's `failed`.

        Args:
            local_dir: the folder to upload.
            bck_name: the bucket's name.
            prefix: put before every object name.
            provider: the bucket's provider ("ais" by default).
            pattern: upload only files whose name (not path) matches this shell pattern ("*.jpg").
            recursive: include the subfolders.
            workers: files uploaded at once.
            skip_existing: skip files the bucket already has with the same size and checksum;
                False uploads every file.
            progress: show a progress bar on stderr (needs the optional `tqdm` package); None (the
                default) shows one only when stderr is a terminal.
            raise_on_error: raise `TransferFailed` at the end if any file failed; False returns the
                summary instead (check its `ok`).

        Returns:
            A `TransferSummary`: the files and bytes uploaded, skipped and failed, and the time taken.

        Raises:
            FileNotFoundError: `local_dir` does not exist (before any request).
            NotADirectoryError: `local_dir` is not a folder (before any request).
            InvalidArgument: a bad bucket name, provider, prefix, pattern or `workers` (before any request).
            ModuleNotFoundError: `progress=True` and tqdm is not installed (before any request).
            ErrBckNotFound: the bucket does not exist (before any upload).
            TransferFailed: after every other file was uploaded, if some failed (with the summary).
        """
        client = self._transfer_client()
        started = time.monotonic()
        root = check_local_dir(local_dir, must_exist=True)
        bck_name = validate_bucket_name(bck_name)
        provider = normalize_provider(provider)
        prefix = check_prefix(prefix)
        check_pattern(pattern)
        check_flag("recursive", recursive)
        check_flag("skip_existing", skip_existing)
        check_flag("raise_on_error", raise_on_error)
        workers = check_workers(workers)
        show = resolve_progress(progress)

        items, failed_early = plan_upload(root, prefix, pattern, recursive)
        client.head_bucket(bck_name, provider)

        # What the bucket already holds under the prefix: one listing, not one HEAD per file.
        remote: dict[str, tuple[int | None, str]] = {}
        if skip_existing:
            for entry in client.list_objects_iter(bck_name, provider, prefix, "name,size,checksum"):
                remote[entry.name] = (entry.size, entry.checksum)

        def upload(item: UploadItem) -> bool:
            checksum: tuple[str, str] | None = None
            if item.obj_name in remote:
                size, value = remote[item.obj_name]
                kind = same_content(item.size, size, "", value)
                if kind is not None:
                    digest = file_digest(item.path, kind)
                    if digest == value.strip().lower():
                        return False
                    if kind in _XXHASH:
                        checksum = (CHECKSUM_TYPE, digest)
            client.put_object(bck_name, item.obj_name, item.path, provider, checksum=checksum)
            return True

        return _run_transfer(
            "upload",
            f"upload to {provider}://{bck_name}/{prefix}",
            [[i] for i in items],
            [(i.rel, i.size) for i in items],
            _one_each(upload),
            workers,
            failed_early,
            started,
            show,
            raise_on_error,
        )

    def download_dir(
        self,
        bck_name: str,
        local_dir: str | os.PathLike[str],
        prefix: str = "",
        provider: str = PROVIDER_AIS,
        *,
        workers: int = 16,
        skip_existing: bool = True,
        progress: bool | None = None,
        raise_on_error: bool = True,
        batch: bool | None = None,
    ) -> TransferSummary:
        """Download the objects whose names start with `prefix` into a local folder, as files named by
        the rest of the object name ('/' separates subfolders, created as needed).

        `prefix="data"` and `prefix="data/"` both save "data/a.txt" as "a.txt". An object whose name
        would not land inside `local_dir` ('..' or '.' segments, an absolute name, a symbolic link in
        the folder pointing elsewhere) is never written: it is listed as failed. Local files that
        already have the object's size and checksum are skipped (the file is hashed only when the sizes
        agree); every file is written atomically (a temporary file renamed into place once complete
        and verified), so running it again after an interruption downloads only what is missing.

        A file that fails does not stop the others; it is listed in the summary's `failed`.

        Args:
            bck_name: the bucket's name.
            local_dir: the folder to write into; created if missing.
            prefix: download only objects whose names start with it.
            provider: the bucket's provider ("ais" by default).
            workers: objects downloaded at once.
            skip_existing: skip objects whose local file already has the same size and checksum;
                False downloads every object.
            progress: show a progress bar on stderr (needs the optional `tqdm` package); None (the
                default) shows one only when stderr is a terminal.
            raise_on_error: raise `TransferFailed` at the end if any object failed; False returns the
                summary instead (check its `ok`).
            batch: fetch objects of up to 1 MiB many per request (AIS Get-Batch), each checked
                against the listing's size and checksum before it is written; anything a batch does
                not deliver intact is fetched again with its own GET. None (the default) batches
                from 64 such objects in a bucket of this cluster; False sends one GET per object.

        Returns:
            A `TransferSummary`: the objects and bytes downloaded, skipped and failed, and the time taken.

        Raises:
            NotADirectoryError: `local_dir` exists and is not a folder (before any request).
            InvalidArgument: a bad bucket name, provider, prefix or `workers` (before any request).
            ModuleNotFoundError: `progress=True` and tqdm is not installed (before any request).
            ErrBckNotFound: the bucket does not exist (nothing is written).
            TransferFailed: after every other object was downloaded, if some failed (with the summary).
        """
        client = self._transfer_client()
        started = time.monotonic()
        root = check_local_dir(local_dir, must_exist=False)
        bck_name = validate_bucket_name(bck_name)
        provider = normalize_provider(provider)
        prefix = check_prefix(prefix)
        check_flag("skip_existing", skip_existing)
        check_flag("raise_on_error", raise_on_error)
        if batch is not None:
            check_flag("batch", batch)
        workers = check_workers(workers)
        show = resolve_progress(progress)

        items: list[DownloadItem] = []
        failed_early: list[tuple[str, str]] = []
        seen: dict[str, str] = {}
        for entry in client.list_objects_iter(bck_name, provider, prefix, "name,size,checksum"):
            if entry.is_dir:
                continue
            try:
                rel = local_name(entry.name, prefix)
                if rel in seen:
                    raise ValueError(f"object {entry.name!r} maps to the same local file as {seen[rel]!r}")
            except ValueError as e:
                failed_early.append((entry.name, repr(e)))
                continue
            seen[rel] = entry.name
            items.append(DownloadItem(entry.name, rel, entry.size, entry.checksum))
        os.makedirs(root, exist_ok=True)
        root_real = os.path.realpath(root)

        def download(item: DownloadItem, check_local: bool = True) -> bool:
            path = safe_local_path(root_real, item.rel)
            if check_local and skip_existing and local_copy_matches(path, item):
                return False
            os.makedirs(os.path.dirname(path), exist_ok=True)
            client.download_object(bck_name, item.obj_name, path, provider)
            return True

        def download_group(group: list[DownloadItem]) -> Outcomes:
            if len(group) == 1:
                return _one_each(download)(group)
            return download_batch(group)

        def download_batch(group: list[DownloadItem]) -> Outcomes:
            # File work goes to a worker thread a slice at a time, not one hop per file.
            done, wanted = plan_local(root_real, group, skip_existing)
            if wanted:
                arrived: list[tuple[int, str, bytes]] = []

                def save_arrived() -> None:
                    for i in save_verified(arrived, group):
                        done[i] = Outcome(value=True)
                    arrived.clear()

                names = [group[i].obj_name for i, _ in wanted]
                try:
                    with client.get_batch(bck_name, names, provider, max_object_size=BATCH_MAX_OBJECT_SIZE) as objects:
                        slots = iter(wanted)  # the batch yields exactly the names asked for, in order
                        for obj in objects:
                            i, path = next(slots)
                            if obj.found:
                                arrived.append((i, path, obj.data))
                            if len(arrived) >= SAVE_SLICE:
                                save_arrived()
                except Exception:
                    pass  # what the batch did not deliver intact is fetched below, one GET each
                save_arrived()
            # One GET each for what the batch did not deliver whole and verified (missing objects
            # get their usual ErrObjNotFound from it, a changed object its own checksum).
            for i, _ in wanted:
                if i not in done:
                    try:
                        done[i] = Outcome(value=download(group[i], check_local=False))
                    except Exception as e:
                        done[i] = Outcome(error=e)
            return [done[i] for i in range(len(group))]

        groups = plan_download_groups(items, workers, batch, provider)
        return _run_transfer(
            "download",
            f"download from {provider}://{bck_name}/{prefix}",
            groups,
            [(i.obj_name, i.size) for g in groups for i in g],
            download_group,
            workers,
            failed_early,
            started,
            show,
            raise_on_error,
            sync_at_end=any(len(g) > 1 for g in groups),  # batched files are not fsynced one by one
        )


def _one_each(worker: Callable[[Any], bool]) -> Callable[[list[Any]], Outcomes]:
    """A group worker running `worker` on each item of the group in turn."""

    def each(group: list[Any]) -> Outcomes:
        out: Outcomes = []
        for item in group:
            try:
                out.append(Outcome(value=worker(item)))
            except Exception as e:
                out.append(Outcome(error=e))
        return out

    return each


def _run_transfer(
    direction: str,
    label: str,
    groups: list[list[Any]],
    names_and_sizes: list[tuple[str, int]],
    worker: Callable[[list[Any]], Outcomes],
    workers: int,
    failed_early: list[tuple[str, str]],
    started: float,
    show: bool,
    raise_on_error: bool,
    *,
    sync_at_end: bool = False,
) -> TransferSummary:
    """Run `worker` over the groups of items, `workers` groups at a time, with the progress bar; then
    summarize (and raise if asked). `names_and_sizes` lists the items in group order.

    `sync_at_end`: the workers wrote local files without an fsync each; if any moved, one sync of
    the file systems makes them all durable before this returns."""
    bar = Progress(show, len(names_and_sizes) + len(failed_early), label)

    def count(outcome: Outcome[Outcomes]) -> None:
        for one in outcome.value or ():
            bar.done(one)

    try:
        bar.failed(len(failed_early))
        results = run_bounded_sync(groups, worker, workers, count)
    finally:
        bar.close()
    outcomes: Outcomes = []
    for group, result in zip(groups, results, strict=True):
        # A group worker reports each item's outcome; should it fail as a whole, so do its items.
        outcomes.extend(result.value if result.value is not None else [Outcome(error=result.error)] * len(group))
    if sync_at_end and any(o.value for o in outcomes):
        os.sync()
    summary = summarize(
        direction,
        [n for n, _ in names_and_sizes],
        [size for _, size in names_and_sizes],
        outcomes,
        failed_early,
        time.monotonic() - started,
    )
    if raise_on_error and not summary.ok:
        raise TransferFailed(summary)
    return summary
