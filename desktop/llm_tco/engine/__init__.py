"""The cost and decision engine: pure Python (numpy, pydantic); never imports Qt."""

from llm_tco.engine.errors import TcoError

__all__ = ["TcoError"]
