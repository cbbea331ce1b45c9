"""Data flows one way: a stage never imports a later stage."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "vakanuvis"
ORDER = ["read", "repair", "segment", "extract", "link", "store", "serve"]


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
    return names


@pytest.mark.parametrize("stage", ORDER)
def test_stage_does_not_import_a_later_stage(stage):
    later = ORDER[ORDER.index(stage) + 1 :]
    if stage in ("link",):
        later = [s for s in later if s != "store"]  # corpus passes read and write the store they are given
    offenders = []
    for path in (PACKAGE / stage).rglob("*.py"):
        for name in imports_of(path):
            parts = name.split(".")
            if parts[0] == "vakanuvis" and len(parts) > 1 and parts[1] in later:
                offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert not offenders, offenders


def test_rich_only_in_cli():
    offenders = [
        str(p.relative_to(PACKAGE))
        for p in PACKAGE.rglob("*.py")
        if "cli" not in p.parts and any(n.split(".")[0] == "rich" for n in imports_of(p))
    ]
    assert not offenders, offenders
