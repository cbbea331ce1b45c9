"""Write processed documents in the annotation interchange format (GOLD_FORMAT.md)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from vakanuvis.model import Doc
from vakanuvis.registry import EXTRACTORS, load_components


def layer_payload(doc: Doc, layer: str) -> dict[str, Any]:
    """The JSON object of one layer of one document."""
    load_components()
    key = EXTRACTORS[layer].gold_key if layer in EXTRACTORS else "spans"
    items = [span.to_gold() if key == "spans" else dict(span.attrs) for span in doc.layers.get(layer, [])]
    return {"doc": doc.stem, "layer": layer, key: items}


def write_layers(doc: Doc, out_dir: Path, layers: list[str] | None = None) -> list[Path]:
    """Write ``<stem>.<layer>.json`` for each layer the document has; returns the paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for layer in sorted(doc.layers):
        if layers is not None and layer not in layers:
            continue
        path = out_dir / f"{doc.stem}.{layer}.json"
        path.write_text(json.dumps(layer_payload(doc, layer), ensure_ascii=False, indent=1), encoding="utf-8")
        written.append(path)
    return written
