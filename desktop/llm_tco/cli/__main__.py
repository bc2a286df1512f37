"""Allow ``python -m llm_tco.cli``."""

from llm_tco.cli import main

raise SystemExit(main())
