"""Write ``resources/schema/project.schema.json`` from the pydantic models (after changing them).

Usage: ``python scripts/export_project_schema.py [--check]``; ``--check`` exits 1 when the file is
out of date instead of writing it. ``tests/project/test_schema.py`` runs the same comparison.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))

from llm_tco.project.schema import SCHEMA_FILE_NAME, schema_text  # noqa: E402

TARGET = ROOT / "resources" / "schema" / SCHEMA_FILE_NAME


def main(argv: list[str]) -> int:
    text = schema_text()
    current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else None
    if "--check" in argv:
        if current != text:
            print(f"{TARGET} is out of date; run python scripts/export_project_schema.py")
            return 1
        print(f"{TARGET} is current")
        return 0
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {TARGET} ({len(text):,} characters)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
