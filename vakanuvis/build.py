"""Ingest: read → process → store, one transaction per document, then the corpus passes.

This is the one place where the stages meet the store. A bad file is reported (name and
reason) and the batch goes on; an unchanged file (same content hash and path) is skipped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from vakanuvis.errors import ReadError, VakanuvisError
from vakanuvis.model import Doc
from vakanuvis.pipeline import process
from vakanuvis.read import content_hash, iter_paths, read
from vakanuvis.registry import CORPUS_PASSES, ordered
from vakanuvis.store import Store


@dataclass
class BuildReport:
    ingested: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, reason message)

    @property
    def ok(self) -> bool:
        """A build fails only when nothing at all could be ingested or kept."""
        return bool(self.ingested or self.unchanged)


Progress = Callable[[str], None]


def build_paths(store: Store, paths: Iterable[str | Path], progress: Progress | None = None,
                layers: list[str] | None = None) -> BuildReport:
    """Ingest files and folders into ``store``."""
    return build_docs(store, _read_files(iter_paths(paths), store), progress, layers)


def _read_files(paths: Iterator[Path], store: Store) -> Iterator[Doc | tuple[str, str] | str]:
    for path in paths:
        try:
            data = path.read_bytes() if path.is_file() else None
        except OSError as e:
            yield (str(path), f"V101 {path}: corrupt ({e.strerror})")
            continue
        if data is not None and store.has_document(content_hash(data), str(path)):
            yield str(path)  # unchanged
            continue
        try:
            yield read(path, data)
        except ReadError as e:
            yield (str(path), str(e))


def build_docs(store: Store, items: Iterable[Doc | tuple[str, str] | str],
               progress: Progress | None = None, layers: list[str] | None = None) -> BuildReport:
    """Process and store documents (or pass through read failures / unchanged markers)."""
    report = BuildReport()
    for item in items:
        if isinstance(item, str):
            report.unchanged.append(item)
        elif isinstance(item, tuple):
            report.failed.append(item)
        else:
            if store.has_document(item.id, item.path):
                report.unchanged.append(item.path)
            else:
                try:
                    store.save_document(process(item, layers))
                    report.ingested.append(item.path)
                except VakanuvisError as e:
                    report.failed.append((item.path, str(e)))
                except Exception as e:  # a bug in one layer must not stop the batch
                    report.failed.append((item.path, f"V999 {item.path}: internal error ({type(e).__name__}: {e})"))
        if progress:
            progress(item if isinstance(item, str) else item[0] if isinstance(item, tuple) else item.path)
    if report.ingested or report.unchanged:
        run_corpus_passes(store)
    return report


def run_corpus_passes(store: Store) -> list[str]:
    """Run every registered corpus pass in dependency order, each in its own transaction."""
    done = []
    for cp in ordered(CORPUS_PASSES):
        with store.atomic():
            cp.func(store)
        done.append(cp.name)
    return done
