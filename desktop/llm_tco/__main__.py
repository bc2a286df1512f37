"""Allow ``python -m llm_tco``."""

from llm_tco.cli import main

raise SystemExit(main())
