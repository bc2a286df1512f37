"""The wizard: pages registered by :class:`PageId`, skipping what does not apply.

It edits a working copy of a ``Project`` (a new one, or an existing one when re-opened with Edit
Project); :meth:`ProjectWizard.result_project` is the answer after Finish. It never computes costs.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtWidgets import QWidget, QWizard

from llm_tco.engine.catalog import Catalogs
from llm_tco.engine.project_model import Project
from llm_tco.gui.document import new_project
from llm_tco.gui.wizard.common import WizardPage
from llm_tco.gui.wizard.pages_basics import ProjectPage, UseCasePage
from llm_tco.gui.wizard.pages_constraints import HardwarePage, PrivacyPage
from llm_tco.gui.wizard.pages_goals import PrioritiesPage, ReviewPage, TuningPage
from llm_tco.gui.wizard.pages_owned import OwnedHardwarePage, gpu_choices
from llm_tco.gui.wizard.pages_workload import WorkloadPage


class PageId(IntEnum):
    """Ids of the wizard pages, in the order they are asked."""

    PROJECT = 10
    USE_CASE = 20
    WORKLOAD = 30
    PRIVACY = 40
    HARDWARE = 50
    OWNED_HARDWARE = 55
    TUNING = 60
    PRIORITIES = 70
    REVIEW = 80


ORDER: tuple[PageId, ...] = tuple(PageId)


class ProjectWizard(QWizard):
    """New analysis (or Edit Project): asks the questions and returns a ``Project``."""

    def __init__(
        self,
        project: Project | None = None,
        *,
        catalogs: Catalogs | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # a new analysis: the default name in the interface language (the user sees and edits it)
        self.working = project if project is not None else new_project()
        self.setWindowTitle(self.tr("New Analysis") if project is None else self.tr("Edit Project"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        # editing a complete project: Finish on any page keeps the answers not revisited
        self.setOption(QWizard.WizardOption.HaveFinishButtonOnEarlyPages, project is not None)
        self.project_page = ProjectPage()
        self.use_case_page = UseCasePage()
        self.workload_page = WorkloadPage()
        self.privacy_page = PrivacyPage()
        self.hardware_page = HardwarePage()
        self.owned_page = OwnedHardwarePage(gpu_choices(catalogs) if catalogs else [])
        self.tuning_page = TuningPage()
        self.priorities_page = PrioritiesPage()
        self.review_page = ReviewPage()
        pages: dict[PageId, WizardPage] = {
            PageId.PROJECT: self.project_page,
            PageId.USE_CASE: self.use_case_page,
            PageId.WORKLOAD: self.workload_page,
            PageId.PRIVACY: self.privacy_page,
            PageId.HARDWARE: self.hardware_page,
            PageId.OWNED_HARDWARE: self.owned_page,
            PageId.TUNING: self.tuning_page,
            PageId.PRIORITIES: self.priorities_page,
            PageId.REVIEW: self.review_page,
        }
        for page_id, page in pages.items():
            page.setFinalPage(project is not None)  # editing: Finish is possible on every page
            self.setPage(page_id, page)
        self.setStartId(PageId.PROJECT)
        self.resize(720, 640)

    def page_for(self, page_id: PageId) -> WizardPage:
        """The page registered under ``page_id``."""
        page = self.page(page_id)
        assert isinstance(page, WizardPage)
        return page

    def nextId(self) -> int:
        current = self.currentId()
        if current < 0:
            return int(PageId.PROJECT)
        try:
            index = ORDER.index(PageId(current))
        except ValueError:
            return -1
        for candidate in ORDER[index + 1 :]:
            if candidate is PageId.OWNED_HARDWARE and not self.hardware_page.needs_owned_page():
                continue  # no owned or purchasable GPUs: skip their questions
            return int(candidate)
        return -1

    def gpu_names(self) -> dict[str, str]:
        """Catalog GPU ids and the names the owned-hardware page shows for them."""
        combo = self.owned_page.gpu
        return {str(combo.itemData(i)): combo.itemText(i) for i in range(combo.count())}

    def result_project(self) -> Project:
        """The project with every answer (valid after Finish)."""
        return self.working
