"""Contract rules of spec/src/buckets.yaml beyond the core confinement (aiscontract.py).

* `archive_objects` (PUT /v1/buckets/{bucket}, `archive`): the source is the seed bucket (read only)
  or a missing one; the destination `tobck` is the run's ARCH_BUCKET or a missing run bucket (404);
  the archive name is `arch/<generated>.<tar|tgz|zip|...>`.
* `set_bucket_props` (PATCH /v1/buckets/{bucket}): only the run's PROPS_BUCKET or a missing run bucket.
* `bucket_action` / `delete_bucket` / `list_objects` (core operations, claimed here for an extra
  prepare hook run after aiscontract's): per-action confinement of the actions beyond create/copy/
  destroy/list. Every destination (`bck_to`, `value.tobck`) is a run bucket other than the seed;
  `move-bck` never moves the seed bucket; bucket jobs (`make-n-copies`, `ec-encode`, `rechunk`) run
  on the run's one-object JOBS_BUCKET or a missing bucket (so do `delete-listrange`/`evict-listrange`);
  `create-inventory` only on a missing
  bucket (AIS-6); templates are short ranges; everything stays on provider `ais`, global namespace.
"""

from __future__ import annotations

import os
from collections import Counter
from typing import Any

import aiscontract as ac

ARCH_BUCKET = ac.RUN_PREFIX + "arch"
PROPS_BUCKET = ac.RUN_PREFIX + "props"
JOBS_BUCKET = ac.RUN_PREFIX + "jobs"

_FIXED = (ac.SEED_BUCKET, ARCH_BUCKET, PROPS_BUCKET, JOBS_BUCKET)
_TEMPLATES = ("", "seed/", "seed/obj-{0..3}", "nothing-{0..2}", "seed/obj-{1..2}")
_ARCH_EXT = (".tar", ".tgz", ".tar.gz", ".zip", ".tar.lz4")
# Actions whose path bucket is confined here (the core keeps create-bck / copy-bck as they are).
_JOB_ACTIONS = ("make-n-copies", "ec-encode", "rechunk")


def _setup(ctx: ac.Context) -> None:
    if not ctx.destructive:
        return
    for name in (ARCH_BUCKET, PROPS_BUCKET, JOBS_BUCKET):
        ac.create_bucket(ctx.endpoint, name)
        with ctx.lock:
            ctx.created_order.append(("ais", "@#", name))
    ac.put_object(ctx.endpoint, JOBS_BUCKET, "job/obj-0", b"one small object\n")


def _missing(generated: Any, tag: str) -> str:
    return ac.confined_name(ac._safe_tail(generated, tag), "m-" + tag + "-")


def _ais_only(case: Any) -> None:
    q = dict(case.query or {})
    q.pop("namespace", None)
    if "provider" in q:
        q["provider"] = "ais"
    case.query = q


def _confine_listrange(value: dict[str, Any]) -> dict[str, Any]:
    value = dict(value)
    if "template" in value:
        value["template"] = ac._pick(value["template"], _TEMPLATES, "tmpl")
    if isinstance(value.get("objnames"), list):
        value["objnames"] = [str(n)[:80] for n in value["objnames"][:8]]
    return value


def _dest(bck: Any, salt: str) -> dict[str, Any]:
    """A destination bucket of the run, never the seed: a fresh one (created by the copy) or missing."""
    name = str((bck or {}).get("name", "")) if isinstance(bck, dict) else str(bck)
    if not name.startswith(ac.RUN_PREFIX) or name in (ac.SEED_BUCKET, JOBS_BUCKET, PROPS_BUCKET):
        name = ac.confined_name(name, "cp-")
    return {"name": name, "provider": "ais"}


def _bucket(case: Any) -> str:
    return str((case.path_parameters or {}).get("bucket", ""))


def _set_bucket(case: Any, name: str) -> None:
    case.path_parameters = {**(case.path_parameters or {}), "bucket": name}


def _prepare_bucket_action(case: Any, stateful: bool) -> None:
    action = ac._body_action(case)
    if action in (None, "create-bck", "copy-bck"):
        return
    _ais_only(case)
    body = dict(case.body)
    value = body.get("value")
    bucket = _bucket(case)
    if action == "move-bck":
        # Only buckets the run made (never the seed, nor the run's fixed buckets), else a missing one.
        if bucket in _FIXED or not bucket.startswith(ac.RUN_PREFIX) or not stateful:
            # Stateless: a throwaway bucket the run's create-bck made (never the seed/fixed ones), or a missing one.
            with ac.CTX.lock:
                made = [b for p, ns, b in ac.CTX.created_order if p == "ais" and ns == "@#" and b not in _FIXED]
            _set_bucket(case, ac._pick(bucket, [*made[-1:], _missing(bucket, "mv")], "mv"))
        q = dict(case.query or {})
        q["bck_to"] = ac.uname(_dest(ac._split_uname(q["bck_to"])[2] if "bck_to" in q else bucket, "mv")["name"])
        case.query = q
    elif action in ("copy-listrange", "etl-listrange"):
        if bucket != ac.SEED_BUCKET:
            _set_bucket(case, ac._pick(bucket, [ac.SEED_BUCKET, ac.SEED_BUCKET, _missing(bucket, "src")], "lr"))
        if isinstance(value, dict):
            value = _confine_listrange(value)
            value["tobck"] = _dest(value.get("tobck"), "tco")
            body["value"] = value
    elif action == "etl-bck":
        q = dict(case.query or {})
        if "bck_to" in q:
            q["bck_to"] = ac.uname(_dest(ac._split_uname(q["bck_to"])[2], "etl")["name"])
        case.query = q
    elif action == "prefetch-listrange":
        if isinstance(value, dict):
            body["value"] = _confine_listrange(value)
    elif action in _JOB_ACTIONS:
        _set_bucket(case, ac._pick(bucket, [JOBS_BUCKET, JOBS_BUCKET, _missing(bucket, "job")], "job"))
    elif action == "create-inventory":
        _set_bucket(case, _missing(bucket, "inv"))
    case.body = body


def _prepare_delete_bucket(case: Any, stateful: bool) -> None:
    action = ac._body_action(case)
    if action not in ("delete-listrange", "evict-listrange"):
        if _bucket(case) in _FIXED[1:]:
            # the rules' own fixtures stay (the archive chain writes into ARCH_BUCKET): a missing bucket
            _set_bucket(case, _missing(_bucket(case), "fixed"))
        return
    _ais_only(case)
    if _bucket(case) in (ac.SEED_BUCKET, ARCH_BUCKET, PROPS_BUCKET) or not stateful:
        # Stateless: the run's one-object jobs bucket (the object may go: no other test needs it) or a missing one.
        _set_bucket(case, ac._pick(_bucket(case), [JOBS_BUCKET, _missing(_bucket(case), "del")], "del"))
    value = case.body.get("value")
    if isinstance(value, dict):
        case.body = {**case.body, "value": _confine_listrange(value)}


def _prepare_archive(case: Any, stateful: bool) -> None:
    _ais_only(case)
    bucket = _bucket(case)
    if bucket != ac.SEED_BUCKET:
        _set_bucket(case, ac._pick(bucket, [ac.SEED_BUCKET, ac.SEED_BUCKET, _missing(bucket, "asrc")], "asrc"))
    body = dict(case.body) if isinstance(case.body, dict) else {"action": "archive"}
    value = _confine_listrange(dict(body.get("value") or {}))
    tobck = value.get("tobck") or {}
    value["tobck"] = {
        "name": ac._pick(tobck.get("name"), [ARCH_BUCKET, ARCH_BUCKET, _missing(tobck.get("name"), "adst")], "adst"),
        "provider": "ais",
    }
    archname = str(value.get("archname", ""))
    value["archname"] = "arch/" + ac._safe_tail(archname, "arch")[:40] + ac._pick(archname, _ARCH_EXT, "ext")
    if stateful:
        # toward the archive -> get archpath link: the seed objects into the run's archive bucket
        _set_bucket(case, ac.SEED_BUCKET)
        value = {"template": "seed/obj-{0..3}", "tobck": {"name": ARCH_BUCKET, "provider": "ais"}, **_keep(value)}
    body["value"] = value
    case.body = body


def _keep(value: dict[str, Any]) -> dict[str, Any]:
    return {
        k: v for k, v in value.items() if k in ("archname", "aate", "coer")
    }  # not isbn: member names stay the seed names


def _prepare_props(case: Any, stateful: bool) -> None:
    _ais_only(case)
    bucket = _bucket(case)
    if bucket != PROPS_BUCKET:
        _set_bucket(case, ac._pick(bucket, [PROPS_BUCKET, PROPS_BUCKET, _missing(bucket, "props")], "props"))


# (action, bucket) -> the job id a summary's 202 answered: later cases of that summary poll it (200).
_SUMMARY_IDS: dict[tuple[str, str], str] = {}


def _prepare_list_objects(case: Any, stateful: bool) -> None:
    action = ac._body_action(case)
    if action not in ("summary-bck", "summary-shard", "show-inventory"):
        return
    _ais_only(case)
    value = case.body.get("value")
    with ac.CTX.lock:
        known = _SUMMARY_IDS.get((str(action), _bucket(case)))
    if known and isinstance(value, dict) and ac._pick(value, [True, False], "poll"):
        case.body = {**case.body, "value": {**value, "uuid": known}}


def _prepare(case: Any, stateful: bool) -> None:
    {
        "bucket_action": _prepare_bucket_action,
        "delete_bucket": _prepare_delete_bucket,
        "archive_objects": _prepare_archive,
        "set_bucket_props": _prepare_props,
        "list_objects": _prepare_list_objects,
    }[ac.op_id(case.operation)](case, stateful)


# "<operation> <action> <status>" of every call (written to $AIS_CONTRACT_BUCKETS_STATS at cleanup, if set).
STATS: Counter[str] = Counter()


def _after_call(case: Any, response: Any) -> None:
    """Destinations a job created (`tobck` of copy-listrange, `bck_to` of move-bck) are the run's to destroy."""
    with ac.CTX.lock:
        STATS[f"{ac.op_id(case.operation)} {ac._body_action(case)} {response.status_code}"] += 1
    if ac.op_id(case.operation) == "list_objects" and response.status_code == 202 and response.text:
        with ac.CTX.lock:
            _SUMMARY_IDS[(str(ac._body_action(case)), _bucket(case))] = response.text
    if response.status_code != 200 or ac.op_id(case.operation) != "bucket_action":
        return
    action = ac._body_action(case)
    key = None
    if action in ("copy-listrange", "etl-listrange"):
        key = ("ais", "@#", str(((case.body.get("value") or {}).get("tobck") or {}).get("name")))
    elif action == "move-bck" and (case.query or {}).get("bck_to"):
        key = ac._split_uname(case.query["bck_to"])
    if key:
        with ac.CTX.lock:
            ac.CTX.created.add(key)
            ac.CTX.created_order.append(key)


def _cleanup(ctx: ac.Context) -> list[str]:
    path = os.environ.get("AIS_CONTRACT_BUCKETS_STATS")
    if path:
        with open(path, "w") as f:
            f.writelines(f"{k} {v}\n" for k, v in sorted(STATS.items()))
    return []


def _inventory_on_live_bucket(case: Any) -> bool:
    # Any bucket that may exist (the seed, ones the run created, the rules' own fixtures): only a
    # name under the "m-inv-" missing prefix is known to be absent.
    return ac._body_action(case) == "create-inventory" and not _bucket(case).startswith(ac.RUN_PREFIX + "m-inv-")


def _to_missing_bucket(case: Any) -> None:
    _set_bucket(case, _missing(_bucket(case), "inv"))


def _summary_of_nothing(case: Any) -> bool:
    # Any selection other than the in-cluster `ais` buckets may match none (a cloud provider not
    # configured, a namespace without buckets): only provider ais, global namespace, is known to match.
    q = case.query or {}
    return ac._body_action(case) == "summary-bck" and (
        q.get("provider") != "ais" or q.get("namespace") not in (None, "", "@#")
    )


def _summary_of_ais(case: Any) -> None:
    q = {k: v for k, v in (case.query or {}).items() if k != "namespace"}
    case.query = {**q, "provider": "ais"}


RULES = ac.Rules(
    destructive_ops=frozenset({"archive_objects", "set_bucket_props", "bucket_action", "delete_bucket"}),
    read_only_ops=frozenset({"list_objects"}),
    empty_200_actions=frozenset(
        {
            ("delete_bucket", "destroy-bck"),
            ("delete_bucket", "evict-remote-bck"),
        }
    ),
    known_issues=(
        # POST /v1/buckets/<existing ais bucket> {"action":"create-inventory","value":{}}: every target
        # panics (nil pointer in target.Backend, ais/target.go:144, from XactNBI.Run,
        # xact/xs/create_nbi.go:195) and dies; the proxy answers 400 ErrFailedTo ("EOF").
        ("AIS-6", "bucket_action", _inventory_on_live_bucket, _to_missing_bucket),
        # GET /v1/buckets?provider=az {"action":"summary-bck","value":{}} (any selection that matches no
        # bucket, e.g. a cloud provider not configured, or an attached remote cluster's namespace): a
        # target answers 500 `no buckets matching "az://"`. Such summaries are sent for the ais buckets.
        ("AIS-11", "list_buckets", _summary_of_nothing, _summary_of_ais),
    ),
    setup=_setup,
    cleanup=_cleanup,
    prepare=_prepare,
    after_call=_after_call,
    # archive -> get archpath (the ArchiveObjects link; aiscontract sends the read to a member)
    stateful_ops=("archive_objects",),
    must_reach=(("archive_objects 200",),),
)
