#!/usr/bin/env python3
"""Write the derived parts of aisclient (`make derive`); `--check` fails if any is stale (CI).

Two derivations, so that nothing is written twice by hand:

1. **Sync from async.** Modules written once for asyncio (`*_async.py`) are rewritten into their
   blocking twins (`*_sync.py`) by plain token rules (`async def` -> `def`, `await x` -> `x`,
   `AsyncObjStream` -> `ObjStream`, ...), as httpcore's unasync does. A rule that no longer matches
   anything is an error, so the rule list cannot rot.
2. **Surfaces from declarations.** Each operation is declared once (`@operation` in the resource
   modules: buckets, objects, listing, jobs, cluster) with its signature, docs and sans-I/O body.
   `_surface.py` gets, for each one, the `Client` and `AsyncClient` methods and the `Bucket` /
   `Object` handle methods (and their async twins), with the exact parameters, defaults, return
   types and docs of the declaration.

Every derived file starts with a DO-NOT-EDIT header naming this script.
"""

from __future__ import annotations

import argparse
import ast
import difflib
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PKG = ROOT / "overlay" / "aisclient"
RUFF = ROOT / ".venv" / "bin" / "ruff"
HEADER = "# DO NOT EDIT: derived by scripts/derive.py from {source}. Edit that, then run `make derive`.\n"

# --------------------------------------------------------------------------- 1. sync from async

# (pattern, replacement); applied in order to every line of an async module.
UNASYNC_RULES: list[tuple[str, str]] = [
    (r"\bAsyncDriver\b", "SyncDriver"),
    (r"\bopen_async_http\b", "open_sync_http"),
    (r"\bAsyncClientBase\b", "ClientBase"),
    (r"\bsync=False\b", "sync=True"),
    (r"\bhttpx\.AsyncClient\b", "httpx.Client"),
    (r"\basync def\b", "def"),
    (r"\basync with\b", "with"),
    (r"\basync for\b", "for"),
    (r"\bawait asyncio\.to_thread\(([\w.]+), ?", r"\1("),
    (r"\bawait asyncio\.to_thread\(([\w.]+)\)", r"\1()"),
    (r"\bawait asyncio\.sleep\(", "time.sleep("),
    (r"\bawait ", ""),
    (r"\basyncio\.Lock\(\)", "threading.Lock()"),
    (r"\b__aenter__\b", "__enter__"),
    (r"\b__aexit__\b", "__exit__"),
    (r"\b__aiter__\b", "__iter__"),
    (r"\baclose\b", "close"),
    (r"\baread\b", "read"),
    (r"\baiter_bytes\b", "iter_bytes"),
    (r"\bachunks\b", "chunks"),
    (r"\banext\(", "next("),
    (r"\bAsyncIterator\b", "Iterator"),
    (r"\bAwaitable\[(\w+(?:\[[^\[\]]*\])?)\]", r"\1"),
    (r"\bAsync([A-Z]\w*)", r"\1"),
    (r"\b(\w+)_async\b", r"\1_sync"),
    (r"\b_afile_chunks\b", "file_chunks"),
]

UNASYNC_FILES = [
    "streams_async.py",
    "client_async.py",
    "_core/driver_async.py",
    "transfers_async.py",
    "writers_async.py",
]


def unasync_text(text: str, source: str) -> tuple[str, set[int]]:
    used: set[int] = set()
    out = []
    for line in text.splitlines(keepends=True):
        if line.rstrip().endswith("# unasync: drop"):
            continue
        if "# unasync: keep" not in line:
            for i, (pat, rep) in enumerate(UNASYNC_RULES):
                new = re.sub(pat, rep, line)
                if new != line:
                    used.add(i)
                    line = new
        out.append(line.replace("# unasync: keep", "").rstrip() + "\n" if "# unasync: keep" in line else line)
    body = "".join(out)
    body = (
        body.replace("import asyncio\n", "import threading\nimport time\n", 1) if "import asyncio\n" in body else body
    )
    return HEADER.format(source=source) + body, used


# --------------------------------------------------------------------------- 2. surfaces

RESOURCES = ["cluster", "buckets", "listing", "objects", "batch", "jobs"]
# Methods of the blocking Client that run on an AsyncClient twin (`_core.engine`): many small
# requests in flight cost less CPU on one event loop than on as many threads.
SYNC_ON_ASYNC_CLIENT = ["upload_dir"]
SEED_ORDER = [
    "list_buckets",
    "is_aistore_running",
    "create_bucket",
    "destroy_bucket",
    "evict_bucket",
    "head_bucket",
    "copy_bucket",
    "list_objects",
    "list_objects_iter",
    "list_all_objects",
    "head_object",
    "get_object",
    "put_object",
    "delete_object",
    "get_cluster_info",
    "xact_status",
    "wait_for_xaction_finished",
    "xact_start",
]
# What a handle supplies itself: operation parameter -> expression on the handle.
BUCKET_ARGS = {"bck_name": "self.name", "provider": "self.provider", "namespace": "self.namespace"}
OBJECT_ARGS = {
    "bck_name": "self.bucket_name",
    "provider": "self.provider",
    "obj_name": "self.name",
    "namespace": "self.namespace",
}
BUILTINS = {
    "None",
    "True",
    "False",
    "str",
    "int",
    "float",
    "bool",
    "bytes",
    "bytearray",
    "memoryview",
    "list",
    "dict",
    "tuple",
    "object",
    "os",
}


@dataclass
class Param:
    name: str
    annotation: str
    default: str | None
    kw_only: bool


@dataclass
class Decl:
    module: str
    name: str
    params: list[Param]
    returns: str
    doc: str
    kind: str  # operation | lister
    options: dict[str, object]


def _params(fn: ast.FunctionDef) -> list[Param]:
    a = fn.args
    out: list[Param] = []
    pos = a.posonlyargs + a.args
    defaults: list[ast.expr | None] = [None] * (len(pos) - len(a.defaults)) + list(a.defaults)
    for arg, d in zip(pos, defaults, strict=True):
        out.append(
            Param(
                arg.arg, ast.unparse(arg.annotation) if arg.annotation else "Any", ast.unparse(d) if d else None, False
            )
        )
    for arg, d in zip(a.kwonlyargs, a.kw_defaults, strict=True):
        out.append(
            Param(
                arg.arg, ast.unparse(arg.annotation) if arg.annotation else "Any", ast.unparse(d) if d else None, True
            )
        )
    return out


def _declarations() -> tuple[list[Decl], dict[str, tuple[str, str]]]:
    """Every decorated function of the resource modules, and where each imported name comes from."""
    decls: list[Decl] = []
    origins: dict[str, tuple[str, str]] = {}  # name -> (module text for `from X import`, name)
    for mod in RESOURCES:
        tree = ast.parse((PKG / f"{mod}.py").read_text())
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and node.level >= 1:
                src = "." * node.level + (node.module or "")
                for alias in node.names:
                    origins.setdefault(alias.asname or alias.name, (src, alias.name))
            elif isinstance(node, (ast.ClassDef, ast.FunctionDef)) or (
                isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)
            ):
                name = node.name if not isinstance(node, ast.Assign) else node.targets[0].id  # type: ignore[union-attr]
                origins.setdefault(name, (f".{mod}", name))
            if not isinstance(node, ast.FunctionDef):
                continue
            for dec in node.decorator_list:
                if (
                    isinstance(dec, ast.Call)
                    and isinstance(dec.func, ast.Name)
                    and dec.func.id in ("operation", "lister")
                ):
                    opts = {k.arg: ast.literal_eval(k.value) for k in dec.keywords if k.arg}
                    returns = ast.unparse(node.returns) if node.returns else "None"
                    decls.append(
                        Decl(mod, node.name, _params(node), returns, ast.get_docstring(node) or "", dec.func.id, opts)
                    )
    return decls, origins


def _signature(params: list[Param]) -> str:
    parts = ["self"]
    star = False
    for p in params:
        if p.kw_only and not star:
            parts.append("*")
            star = True
        text = f"{p.name}: {p.annotation}"
        if p.default is not None:
            text += f" = {p.default}"
        parts.append(text)
    return ", ".join(parts)


def _call_args(params: list[Param], bound: dict[str, str]) -> str:
    out = []
    for p in params:
        value = bound.get(p.name, p.name)
        out.append(f"{p.name}={value}" if p.kw_only else value)
    return ", ".join(out)


def _doc_without(doc: str, drop: set[str]) -> str:
    """The docstring minus the `Args:` entries of the parameters a handle supplies itself."""
    out: list[str] = []
    section = ""
    skipping = False
    for line in doc.splitlines():
        if re.match(r"^\w[\w ]*:$", line):
            section = line[:-1]
            skipping = False
        elif section == "Args":
            m = re.match(r"^    (\w+)( \(.*?\))?:", line)
            if m:
                skipping = m.group(1) in drop
            elif not line.startswith("        ") and line.strip():
                skipping = False
            if skipping:
                continue
        out.append(line)
    text = "\n".join(out)
    text = re.sub(r"\nArgs:\n(?=\n|\w|$)", "\n", text)  # nothing left to say about arguments
    return text.strip()


def _docstring(doc: str, indent: str = "        ") -> str:
    lines = doc.splitlines()
    if len(lines) <= 1:
        return f'{indent}"""{doc}"""\n'
    body = "\n".join((indent + line) if line else "" for line in lines[1:])
    return f'{indent}"""{lines[0]}\n{body}\n{indent}"""\n'


def _return_type(annotation: str) -> str:
    m = re.fullmatch(r"Op\[(.*)\]", annotation.strip())
    if not m:
        raise SystemExit(f"an operation must be annotated `-> Op[T]`, got {annotation!r}")
    return m.group(1)


def _targets(d: Decl) -> list[tuple[str, str, dict[str, str]]]:
    o = d.options
    out: list[tuple[str, str, dict[str, str]]] = []
    if o.get("flat", True):
        out.append(("Client", d.name, {}))
    if o.get("bucket"):
        out.append(("Bucket", str(o["bucket"]), dict(o.get("bucket_args") or BUCKET_ARGS)))  # type: ignore[call-overload]
    if o.get("obj"):
        out.append(("Object", str(o["obj"]), dict(OBJECT_ARGS)))
    return out


def _body(d: Decl, call: str, client: str, is_async: bool) -> tuple[str, str]:
    """(return annotation, body line) of one derived method."""
    aw = "await " if is_async else ""
    a = "Async" if is_async else ""
    if d.kind == "lister":
        via = f"{client}.{d.options['of']}"
        if d.options["kind"] == "lister":
            return f"{a}BucketLister", f"return {a}BucketLister(functools.partial({via}, {call}))"
        it = f"{client}.{d.options['iterates']}({call})"
        if is_async:
            return "list[BucketEntry]", f"return [entry async for entry in {it}]"
        return "list[BucketEntry]", f"return list({it})"
    run = f"_{d.module}.{d.name}({call})"
    result = d.options.get("result", "value")
    ret = _return_type(d.returns)
    if result == "value":
        return ret, f"return {aw}{client}._run({run})"
    if result == "probe":
        return ret, f"return {aw}{client}._probe({run})"
    if result == "stream":
        return f"{a}ObjStream", f"return {client}._stream({aw}{client}._run({run}))"
    if result == "batch":
        return f"{a}BatchStream", f"return {client}._batch({aw}{client}._run({run}))"
    if result == "download":
        return "ObjectProps", f"return {aw}{client}._download({aw}{client}._run({run}))"
    if result == "upload":
        return "ObjectProps", f"return {aw}{client}._upload({aw}{client}._run({run}))"
    if result == "writer":
        return f"{a}ObjectWriter", f"return {a}ObjectWriter({client}, {aw}{client}._run({run}))"
    raise SystemExit(f"unknown result kind {result!r} of {d.name}")


def _names(expr: str) -> set[str]:
    """The top-level names an annotation or default uses (`os.PathLike[str]` -> {"os", "str"})."""
    return {m.split(".")[0] for m in re.findall(r"(?<![\w.])[A-Za-z_][\w.]*", re.sub(r"'[^']*'|\"[^\"]*\"", "", expr))}


def build_surface() -> str:
    decls, origins = _declarations()
    order = {name: i for i, name in enumerate(SEED_ORDER)}
    decls.sort(key=lambda d: order.get(d.name, len(order)))
    methods: dict[tuple[str, bool], list[str]] = {}
    used_names: set[str] = {"BucketEntry", "ObjectProps"}
    for d in decls:
        for cls, method, bound in _targets(d):
            shown = [p for p in d.params if p.name not in bound]
            for p in shown:
                used_names.update(_names(f"{p.annotation} {p.default or ''}"))
            if d.kind == "operation":
                used_names.update(_names(_return_type(d.returns)))
            client = "self" if cls == "Client" else "self._client"
            call = _call_args(d.params, bound)
            doc = _doc_without(d.doc, set(bound))
            # A lister is returned at once (iterating it does the I/O); everything else is awaited.
            awaited = not (d.kind == "lister" and d.options["kind"] == "lister")
            for is_async in (False, True):
                ret, body = _body(d, call, client, is_async)
                head = f"    {'async ' if is_async and awaited else ''}def {method}({_signature(shown)}) -> {ret}:\n"
                methods.setdefault((cls, is_async), []).append(head + _docstring(doc) + f"        {body}\n")
    return _render(methods, used_names, origins)


def _render(methods: dict[tuple[str, bool], list[str]], used: set[str], origins: dict[str, tuple[str, str]]) -> str:
    out = [HEADER.format(source="the @operation declarations of " + ", ".join(f"{m}.py" for m in RESOURCES))]
    out.append('"""The methods of the clients and of the bucket/object handles: one per declared operation."""\n\n')
    out.append(
        "from __future__ import annotations\n\nimport functools\nimport os\nfrom collections.abc import AsyncIterable, Iterable, Mapping, Sequence\nfrom typing import BinaryIO\n\n"
    )
    out.append("".join(f"from . import {m} as _{m}\n" for m in RESOURCES))
    out.append("from ._core.engine import on_async_client\n")
    out.append("from ._core.validate import validate_namespace\n")
    out.append("from .client_async import AsyncClientBase, AsyncHandle\nfrom .client_sync import ClientBase, Handle\n")
    out.append(
        "from .streams_async import AsyncBatchStream, AsyncBucketLister, AsyncObjStream\nfrom .streams_sync import BatchStream, BucketLister, ObjStream\n"
    )
    out.append("from .transfers_async import AsyncTransfers\n")
    out.append("from .writers_async import AsyncObjectWriter\nfrom .writers_sync import ObjectWriter\n")
    by_module: dict[str, set[str]] = {}
    skip = BUILTINS | {
        "Sequence",
        "Mapping",
        "AsyncIterable",
        "Iterable",
        "BinaryIO",
        "AsyncBucketLister",
        "AsyncObjStream",
        "AsyncBatchStream",
        "BatchStream",
        "BucketLister",
        "ObjStream",
        "AsyncObjectWriter",
        "ObjectWriter",
        "Op",
    }
    for name in sorted(used - skip):
        if name not in origins:
            if name in {"BucketEntry", "ObjectProps"}:
                by_module.setdefault(".models", set()).add(name)
                continue
            raise SystemExit(f"cannot tell where {name!r} comes from (import it in a resource module)")
        mod, real = origins[name]
        by_module.setdefault(mod, set()).add(real)
    for mod, names in sorted(by_module.items()):
        out.append(f"from {mod} import {', '.join(sorted(names))}\n")
    out.append('\n__all__ = ["AsyncBucket", "AsyncClient", "AsyncObject", "Bucket", "Client", "Object"]\n')
    for is_async in (False, True):
        a = "Async" if is_async else ""
        for cls in ("Client", "Bucket", "Object"):
            parent = f"{a}ClientBase" if cls == "Client" else f"{a}Handle[{a}Client]"
            out.append(f"\n\nclass {a}{cls}({parent}):\n")
            out.append(_class_doc(cls, is_async))
            if cls == "Client":
                out.append(
                    f'    def bucket(self, name: str, provider: str = "ais", namespace: str = "") -> {a}Bucket:\n'
                    f'        """A handle on the bucket `provider://[namespace/]name`; no request is made.\n\n'
                    f"        `namespace` is `@uuid#name` (a remote AIS cluster's namespace) or `#name` (one of this\n"
                    f'        cluster\'s); the global namespace by default."""\n'
                    f"        return {a}Bucket(self, name, provider, namespace=validate_namespace(namespace))\n\n"
                )
            if cls == "Client" and not is_async:
                out.extend(
                    f"    {name} = on_async_client(AsyncTransfers.{name}, ClientBase.{name})\n\n"
                    for name in SYNC_ON_ASYNC_CLIENT
                )
            if cls == "Bucket":
                out.append(
                    f"    def object(self, name: str) -> {a}Object:\n"
                    f'        """A handle on the object `name` in this bucket; no request is made."""\n'
                    f"        return {a}Object(self._client, self.name, self.provider, name, namespace=self.namespace)\n\n"
                )
            out.append("\n".join(methods.get((cls, is_async), [])))
    return "".join(out)


def _base_doc() -> str:
    """The constructor's documentation, from the hand-written base class (its Args: and Raises:)."""
    tree = ast.parse((PKG / "client_async.py").read_text())
    base = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "AsyncClientBase")
    doc = ast.get_docstring(base) or ""
    return doc[doc.index("Args:") :] if "Args:" in doc else ""


def _class_doc(cls: str, is_async: bool) -> str:
    kind = "asynchronous" if is_async else "synchronous"
    text = {
        "Client": f"The {kind} AIStore client: every operation as a method (the seed API's names, order and defaults first).",
        "Bucket": f"One bucket ({kind}), from `client.bucket(name, provider)`: its operations without bucket arguments.",
        "Object": f"One object ({kind}), from `bucket.object(name)`: its operations without bucket or object arguments.",
    }[cls]
    if cls == "Client":
        usage = "async with AsyncClient(endpoint) as client:" if is_async else "with Client(endpoint) as client:"
        text += f"\n\nUse it as `{usage}` (or call `close()`); one client serves many "
        text += "tasks" if is_async else "threads"
        text += " at once.\n\n" + _base_doc()
    return _docstring(text, "    ") + "\n"


# --------------------------------------------------------------------------- driver


def _ruff_format(text: str, name: str) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_text(text)
        subprocess.run(
            [str(RUFF), "check", "--fix-only", "-q", "--config", str(ROOT / "pyproject.toml"), str(path)], check=False
        )
        subprocess.run([str(RUFF), "format", "-q", "--config", str(ROOT / "pyproject.toml"), str(path)], check=True)
        return path.read_text()


def outputs() -> dict[Path, str]:
    out: dict[Path, str] = {}
    for rel in UNASYNC_FILES:
        src = PKG / rel
        text, used = unasync_text(src.read_text(), f"{rel}")
        out[PKG / rel.replace("_async.py", "_sync.py")] = text
        outputs.used |= used  # type: ignore[attr-defined]
    unused = [UNASYNC_RULES[i][0] for i in range(len(UNASYNC_RULES)) if i not in outputs.used]  # type: ignore[attr-defined]
    if unused:
        raise SystemExit(f"unasync rules that matched nothing (remove them): {unused}")
    out[PKG / "_surface.py"] = build_surface()
    return {p: _ruff_format(t, p.name) for p, t in out.items()}


outputs.used = set()  # type: ignore[attr-defined]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="fail if a derived file differs from what is committed")
    ns = ap.parse_args()
    stale = []
    for path, text in outputs().items():
        current = path.read_text() if path.exists() else ""
        if current == text:
            continue
        if ns.check:
            stale.append(path)
            sys.stdout.writelines(
                difflib.unified_diff(current.splitlines(True), text.splitlines(True), str(path), "derived")
            )
        else:
            path.write_text(text)
            print(f"wrote {path.relative_to(ROOT)}")
    if stale:
        print(f"stale derived files: {[str(p.relative_to(ROOT)) for p in stale]}; run `make derive`", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
