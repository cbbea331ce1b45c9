"""The per-document pipeline: repair → segment → extractors.

Only :func:`process` writes ``doc.layers``; it checks each extractor's requirements and its
return type, so a broken component fails loudly with its name.
"""

from __future__ import annotations

from vakanuvis.errors import PipelineError
from vakanuvis.model import Doc, Span
from vakanuvis.registry import EXTRACTORS, ordered
from vakanuvis.repair import repair
from vakanuvis.segment import segment


def prepare(doc: Doc) -> Doc:
    """Repair and segment a freshly read document (idempotent)."""
    if doc.offsets is None:
        repaired = repair(doc.original)
        doc.text, doc.offsets = repaired.text, repaired.offsets
        doc.meta["repairs"] = list(repaired.steps)
    if not doc.sentences:
        segment(doc)
    return doc


def process(doc: Doc, layers: list[str] | None = None) -> Doc:
    """Run the base stages and the extractors of ``layers`` (all when ``None``)."""
    prepare(doc)
    for ext in ordered(EXTRACTORS, layers):
        missing = [r for r in ext.requires if r in EXTRACTORS and r not in doc.layers]
        if missing:
            raise PipelineError(f"extractor {ext.name!r} needs layers {missing} that did not run")
        spans = ext.func(doc)
        if not isinstance(spans, list) or not all(isinstance(s, Span) for s in spans):
            raise PipelineError(f"extractor {ext.name!r} must return list[Span]")
        doc.layers[ext.name] = sorted(spans)
    return doc
