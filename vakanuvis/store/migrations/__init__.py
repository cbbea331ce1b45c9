"""Schema migrations: each module ``mNNNN_name.py`` defines ``up(db)``; run in name order.

Applied migrations are recorded in ``_migrations``; a layer that needs tables adds its own
module here (a new file, never an edit of an applied one).
"""

from __future__ import annotations

import importlib
import pkgutil
import sqlite3
from collections.abc import Callable


def all_migrations() -> list[tuple[str, Callable[[sqlite3.Connection], None]]]:
    names = sorted(m.name for m in pkgutil.iter_modules(__path__) if m.name.startswith("m"))
    return [(n, importlib.import_module(f"{__name__}.{n}").up) for n in names]
