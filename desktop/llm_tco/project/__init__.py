"""Project files (``*.llmtco``): load, save, autosave, locks and migrations. Pure Python, no Qt.

Only :class:`ProjectFileError` (from ``llm_tco.engine.errors``) escapes from loading and saving;
its message names the file, what is wrong and what to do. See ``docs/project_files.md``.
"""

from llm_tco.engine.errors import ProjectFileError
from llm_tco.engine.safe_json import read_json_guarded
from llm_tco.project.autosave import (
    AUTOSAVE_INTERVAL_S,
    AutosaveStore,
    RecoverableAutosave,
    key_for_path,
    new_untitled_key,
)
from llm_tco.project.files import backup_path, load, load_document, migration_backup_path, save
from llm_tco.project.format import (
    FILE_SUFFIX,
    MAX_PROJECT_FILE_BYTES,
    ProjectDocument,
    dumps,
    loads,
    loads_document,
)
from llm_tco.project.lock import LockHeldError, LockInfo, ProjectLock
from llm_tco.project.migrations import MIGRATIONS, SCHEMA_VERSION

__all__ = [
    "AUTOSAVE_INTERVAL_S",
    "FILE_SUFFIX",
    "MAX_PROJECT_FILE_BYTES",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "AutosaveStore",
    "LockHeldError",
    "LockInfo",
    "ProjectDocument",
    "ProjectFileError",
    "ProjectLock",
    "RecoverableAutosave",
    "backup_path",
    "dumps",
    "key_for_path",
    "load",
    "load_document",
    "loads",
    "loads_document",
    "migration_backup_path",
    "new_untitled_key",
    "read_json_guarded",
    "save",
]
