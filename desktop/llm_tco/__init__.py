"""LLM TCO Advisor: decide how to run a large language model, and what it will cost."""

__version__ = "0.1.0"
APP_NAME = "LLM TCO Advisor"
APP_ID = "io.github.llm_tco_advisor.LlmTcoAdvisor"
ORG_NAME = "LLM TCO Advisor"
