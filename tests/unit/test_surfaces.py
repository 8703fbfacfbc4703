"""The public surfaces are derived from one declaration per operation: the sync and async twins
match exactly, the seed API's 18 methods keep their names, order and defaults, every method is
documented, and the derived files are what scripts/derive.py writes today."""

from __future__ import annotations

import ast
import inspect
import re
import subprocess
import sys
from pathlib import Path

import aisclient
import pytest
from aisclient import AsyncBucket, AsyncClient, AsyncObject, Bucket, Client, Object

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT.parent / "shared" / "seed" / "python-api.md"
PAIRS = [(Client, AsyncClient), (Bucket, AsyncBucket), (Object, AsyncObject)]
# Return a lister/handle at once (iterating it, or calling its methods, does the I/O).
NOT_AWAITED = {"list_objects_iter", "bucket", "object", "with_raw_response"}


def public_methods(cls: type) -> dict[str, object]:
    return {
        name: member
        for name, member in inspect.getmembers(cls)
        if not name.startswith("_") and (inspect.isfunction(member) or isinstance(member, property))
    }


def normalized(sig: inspect.Signature) -> list[tuple[str, object, object, str]]:
    return [
        (p.name, p.kind, p.default, re.sub(r"\bAsync(?=[A-Z])", "", str(p.annotation))) for p in sig.parameters.values()
    ]


@pytest.mark.parametrize(("sync", "asyn"), PAIRS, ids=[s.__name__ for s, _ in PAIRS])
def test_sync_and_async_surfaces_are_the_same(sync: type, asyn: type) -> None:
    s_methods, a_methods = public_methods(sync), public_methods(asyn)
    assert sorted(s_methods) == sorted(a_methods)
    for name, s_member in s_methods.items():
        a_member = a_methods[name]
        if isinstance(s_member, property):
            assert isinstance(a_member, property), name
            continue
        assert normalized(inspect.signature(s_member)) == normalized(inspect.signature(a_member)), name  # type: ignore[arg-type]
        assert not inspect.iscoroutinefunction(s_member), f"{sync.__name__}.{name} must not be a coroutine"
        if name not in NOT_AWAITED:
            assert inspect.iscoroutinefunction(a_member), f"{asyn.__name__}.{name} must be a coroutine"
        assert (inspect.getdoc(s_member) or "") != "", f"{sync.__name__}.{name} has no docstring"
        assert inspect.getdoc(s_member) == inspect.getdoc(a_member), name
    assert normalized(inspect.signature(sync)) == normalized(inspect.signature(asyn))


def _seed_methods() -> list[tuple[str, list[tuple[str, str | None]]]]:
    text = SEED.read_text()
    out = []
    for block in re.findall(r"```python\n(def .*?)\n```", text, flags=re.S):
        tree = ast.parse(block.rstrip() + ": ...")
        fn = tree.body[0]
        assert isinstance(fn, ast.FunctionDef)
        params = fn.args.args
        defaults: list[ast.expr | None] = [None] * (len(params) - len(fn.args.defaults)) + list(fn.args.defaults)
        out.append((fn.name, [(a.arg, ast.unparse(d) if d else None) for a, d in zip(params, defaults, strict=True)]))
    return out


SEED_VALUES = {"ProviderAIS": "'ais'", "None": "None"}
# Kept on purpose (README): chunk_size defaults to 1 MiB, not 1 byte.
SEED_DIFFERENCES = {("get_object", "chunk_size")}


def test_seed_methods_keep_names_order_and_defaults() -> None:
    seed = _seed_methods()
    assert len(seed) == 18
    names = [n for n, _ in seed]
    ours = [n for n in Client.__dict__ if n in names]
    assert ours == names, "the seed methods are declared in the seed's order"
    for name, params in seed:
        sig = inspect.signature(getattr(Client, name))
        ps = [p for p in sig.parameters.values() if p.name != "self"]
        positional = [p for p in ps if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD]
        assert [p.name for p in positional[: len(params)]] == [n for n, _ in params], name
        for (pname, default), p in zip(params, positional, strict=False):
            if (name, pname) in SEED_DIFFERENCES:
                continue
            want = SEED_VALUES.get(default or "", default)
            got = None if p.default is inspect.Parameter.empty else repr(p.default)
            if want is not None and want.startswith('"'):
                want = repr(ast.literal_eval(want))
            assert got == want, f"{name}({pname}) default {got} != seed {want}"


def test_every_public_name_is_documented() -> None:
    for name in aisclient.__all__:
        obj = getattr(aisclient, name)
        if inspect.isclass(obj):
            assert inspect.getdoc(obj), f"aisclient.{name} has no docstring"


def test_handles_bind_their_names() -> None:
    b = Client("http://127.0.0.1:1").bucket("photos", "s3")
    o = b.object("a/b.jpg")
    assert (b.name, b.provider) == ("photos", "s3")
    assert (o.bucket_name, o.name, o.provider) == ("photos", "a/b.jpg", "s3")
    assert "photos" in repr(o) and "a/b.jpg" in repr(o)
    assert "bck_name" not in inspect.signature(Bucket.list_objects).parameters
    assert list(inspect.signature(Object.get_reader).parameters)[:3] == ["self", "archpath", "chunk_size"]


def test_derived_files_are_up_to_date() -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "derive.py"), "--check"], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr


def test_derived_files_say_so() -> None:
    for rel in ("_surface.py", "client_sync.py", "streams_sync.py", "_core/driver_sync.py"):
        first = (ROOT / "overlay" / "aisclient" / rel).read_text().splitlines()[0]
        assert first.startswith("# DO NOT EDIT: derived by scripts/derive.py"), rel
