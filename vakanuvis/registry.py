"""Name → function tables: extractors (per document) and corpus passes (per database).

An extractor is a plain ``(doc) -> list[Span]`` function registered by layer name; only the
pipeline runner writes its result into ``doc.layers``. A corpus pass is a
``(store) -> None`` function that runs after ingest over the whole database (cross-document
linking, event merging); it must be deterministic and idempotent.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from vakanuvis.errors import PipelineError

if TYPE_CHECKING:
    from vakanuvis.model import Doc, Span


@dataclass(frozen=True)
class Extractor:
    name: str
    func: Callable[[Doc], list[Span]]
    requires: tuple[str, ...]
    gold_key: str  # "spans" or "events": how `annotate` writes this layer


@dataclass(frozen=True)
class CorpusPass:
    name: str
    func: Callable[[Any], None]
    requires: tuple[str, ...]


EXTRACTORS: dict[str, Extractor] = {}
CORPUS_PASSES: dict[str, CorpusPass] = {}


def extractor(
    name: str, *, requires: tuple[str, ...] = (), gold_key: str = "spans"
) -> Callable[[Callable[[Doc], list[Span]]], Callable[[Doc], list[Span]]]:
    """Register ``func`` as the extractor of layer ``name`` (after the layers it requires)."""

    def register(func: Callable[[Doc], list[Span]]) -> Callable[[Doc], list[Span]]:
        if name in EXTRACTORS and EXTRACTORS[name].func is not func:
            raise PipelineError(f"extractor {name!r} registered twice")
        EXTRACTORS[name] = Extractor(name, func, requires, gold_key)
        return func

    return register


def corpus_pass(
    name: str, *, requires: tuple[str, ...] = ()
) -> Callable[[Callable[[Any], None]], Callable[[Any], None]]:
    """Register a whole-database pass run after ingest, after the passes it requires."""

    def register(func: Callable[[Any], None]) -> Callable[[Any], None]:
        CORPUS_PASSES[name] = CorpusPass(name, func, requires)
        return func

    return register


def ordered(table: dict[str, Any], wanted: list[str] | None = None) -> list[Any]:
    """Entries of ``table`` in dependency order; ``wanted`` limits to those and what they need."""
    load_components()
    names = list(table) if wanted is None else [n for n in wanted if n in table]
    out: list[Any] = []
    seen: set[str] = set()

    def visit(n: str, stack: tuple[str, ...]) -> None:
        if n in seen:
            return
        if n in stack:
            raise PipelineError(f"cyclic requirement: {' -> '.join(stack + (n,))}")
        for r in table[n].requires:
            if r in table:
                visit(r, stack + (n,))
        seen.add(n)
        out.append(table[n])

    for n in sorted(names):
        visit(n, ())
    return out


def load_components() -> None:
    """Import the modules that register extractors and corpus passes (once)."""
    import vakanuvis.extract  # noqa: F401
    import vakanuvis.link  # noqa: F401
