"""The one exception hierarchy of LLM TCO Advisor.

Every error a user can cause derives from :class:`TcoError` and carries a message that says which
file or field is wrong and what to do about it.
"""

from __future__ import annotations


class TcoError(Exception):
    """Base class of every error the application raises on purpose."""


class CatalogError(TcoError):
    """A catalog file or entry is missing, malformed or inconsistent."""


class UnknownEntryError(CatalogError):
    """An id does not name any entry of the catalog."""


class ProjectError(TcoError):
    """A project is invalid (bad answers, impossible numbers)."""


class ProjectFileError(ProjectError):
    """A project file cannot be read or written; the message names the file and the remedy."""


class PerformanceError(TcoError):
    """A performance question cannot be answered (for example impossible parallelism)."""


class CalibrationError(TcoError):
    """Benchmark rows cannot be fitted (too few rows, unknown models, non-positive values)."""


class ImportFileError(TcoError):
    """An import file (prices, offers, benchmarks) is malformed; nothing was changed."""


class ReportError(TcoError):
    """A report cannot be built or written; nothing was left at the target path."""
