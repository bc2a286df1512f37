"""The new-analysis wizard: one ``QWizardPage`` subclass per question group, registered by id."""

from llm_tco.gui.wizard.wizard import PageId, ProjectWizard

__all__ = ["PageId", "ProjectWizard"]
