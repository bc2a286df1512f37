"""The one exception hierarchy of LLM TCO Advisor.

Every error a user can cause derives from :class:`TcoError` and carries a message that says which
file or field is wrong and what to do about it. The message is either plain English text or a
translatable :class:`~llm_tco.engine.messages.Message` (kept in ``.message``); ``str(exc)`` is
always the English text. :func:`llm_tco.engine.messages.error_text` renders either for the user.
"""

from __future__ import annotations

from llm_tco.engine.messages import Message


class TcoError(Exception):
    """Base class of every error the application raises on purpose.

    ``TcoError(msg(QT_TRANSLATE_NOOP("EngineText", "..."), ...))`` keeps the structured message
    in ``.message`` (None for a plain ``str``); ``str(exc)`` is the English text either way.
    """

    message: Message | None

    def __init__(self, message: str | Message = "", *args: object) -> None:
        if isinstance(message, Message):
            self.message = message
            super().__init__(str(message), *args)
        else:
            self.message = None
            super().__init__(message, *args)


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
