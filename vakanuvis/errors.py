"""Coded, grep-able errors. Every user-facing failure is a :class:`VakanuvisError`."""

from __future__ import annotations


class VakanuvisError(Exception):
    """Base error: ``code`` is a stable identifier (``V1xx`` read, ``V2xx`` rules, ...)."""

    code = "V000"

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.path = path
        super().__init__(f"{path}: {message}" if path else message)

    def __str__(self) -> str:
        return f"{self.code} {super().__str__()}"


class ReadError(VakanuvisError):
    """A file could not be read; ``reason`` is one of REASONS."""

    code = "V101"
    REASONS = ("corrupt", "encrypted", "empty", "undecodable", "unsupported type", "not found")

    def __init__(self, reason: str, detail: str = "", *, path: str | None = None) -> None:
        self.reason = reason
        self.detail = detail
        super().__init__(f"{reason}" + (f" ({detail})" if detail else ""), path=path)


class RuleError(VakanuvisError):
    """A data file (rules, patterns, lexicons) is malformed: names the file, line and rule."""

    code = "V201"


class PipelineError(VakanuvisError):
    """A pipeline component misbehaved (missing requirement, wrong return type)."""

    code = "V301"


class StoreError(VakanuvisError):
    """The database could not be opened or written."""

    code = "V401"
