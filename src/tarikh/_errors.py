"""The one error family of tarikh: every error is a ``TarikhError``."""

from __future__ import annotations

__all__ = ["DateNotFoundError", "InvalidDateError", "TarikhError"]


class TarikhError(ValueError):
    """Base class of the errors tarikh raises; quotes what was seen and why.

    Attributes:
        seen: The text the error is about.
        why: The reason, in plain words.
    """

    def __init__(self, seen: str, why: str) -> None:
        super().__init__(f"{why}: {seen!r}")
        self.seen = seen
        self.why = why

    def __reduce__(self) -> tuple[type[TarikhError], tuple[str, str]]:
        return (type(self), (self.seen, self.why))


class DateNotFoundError(TarikhError):
    """No date expression was found in the text (``strict=True``)."""


class InvalidDateError(TarikhError):
    """A date was written that does not exist, such as ``31 شباط 2025``."""
