"""Entry script of the frozen bundle: the same dispatch as the ``llm-tco`` command.

No arguments start the GUI; ``--smoke-test`` runs the offscreen smoke test; subcommands run the CLI.
"""

from llm_tco.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
