"""Texts the GUI shows in the interface language although project files store English.

The shipped examples' names and descriptions (a table keyed by file name), the default name of a
new analysis, and the wizard's validation messages (which field, what is wrong, what to do).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from llm_tco import paths
from llm_tco.engine.project_model import OwnedGpus, Project, ProjectInfo, Workload
from llm_tco.gui.document import DEFAULT_NAME, Document, load_project, new_project
from llm_tco.gui.start_page import list_examples, localised_example, shipped_example_texts
from llm_tco.gui.wizard.common import error_message, field_label, updated, validation_text
from llm_tco.project import load, save


def test_example_table_matches_the_shipped_files():
    """Without a translator the table gives the files' own texts: it is current with them."""
    shipped = sorted(p.name for p in paths.examples_dir().glob("*.llmtco"))
    table = shipped_example_texts()
    assert sorted(table) == shipped
    for file_name, (name, description) in table.items():
        info = load(paths.examples_dir() / file_name).info
        assert (name, description) == (info.name, info.description), file_name


def test_examples_are_listed_by_their_shown_names():
    table = shipped_example_texts()
    listed = list_examples()
    assert sorted(title for title, _ in listed) == sorted(n for n, _ in table.values())
    assert all(title == table[Path(path).name][0] for title, path in listed)


def test_only_files_in_the_examples_folder_take_the_table(tmp_path):
    copy = tmp_path / "startup_chatbot.llmtco"
    save(Project(info=ProjectInfo(name="Mine", description="my notes")), copy)
    assert localised_example(copy, "Mine", "my notes") == ("Mine", "my notes")
    assert load_project(copy).info.name == "Mine"


def test_opening_an_example_keeps_the_file_texts_when_it_is_the_document(qtbot, tmp_path):
    example = paths.examples_dir() / "startup_chatbot.llmtco"
    stored = load(example).info
    assert load_project(example).info.name == shipped_example_texts()[example.name][0]
    document = Document(autosave_interval_ms=3_600_000)
    document.open(example, read_only=True)
    assert document.project.info == stored  # saved back to its file: nothing rewritten
    document.release()


def test_a_new_analysis_gets_the_default_name_and_shows_it(qtbot):
    from llm_tco.gui.wizard import ProjectWizard

    assert DEFAULT_NAME == ProjectInfo().name == "Untitled analysis"
    assert new_project().info.name == "Untitled analysis"  # English: no translator installed
    wizard = ProjectWizard()
    qtbot.addWidget(wizard)
    assert wizard.working.info.name == "Untitled analysis"
    document = Document(autosave_interval_ms=3_600_000)
    assert document.display_name() == "Untitled analysis"


def _first_error(section, **changes) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        updated(section, **changes)
    return caught.value


@pytest.mark.parametrize(
    ("section", "changes", "expected"),
    [
        (ProjectInfo(), {"name": ""}, "Name is empty. Fill it in."),
        (
            ProjectInfo(),
            {"horizon_months": 0},
            "Planning horizon must be at least 1. Enter a larger value.",
        ),
        (
            ProjectInfo(),
            {"currency": "XYZ"},
            "Currency: this choice is not offered. Choose one from the list.",
        ),
        (
            Workload(),
            {"cached_prompt_share": 1.5},
            "Cached prompt share must be at most 100%. Enter a smaller value.",
        ),
        (
            Workload(),
            {"ttft_target_ms": 0},
            "Time to first token must be more than 0. Enter a larger value.",
        ),
        (
            Workload(),
            {"requests_per_day": "many"},
            "Requests per day must be a number. Enter a number.",
        ),
        (
            Workload(),
            {"daily_profile": (0.0,) * 24},
            "Daily load pattern needs 24 hourly values that are not negative and not all zero. "
            "Choose another pattern.",
        ),
    ],
)
def test_validation_messages_name_the_field_the_problem_and_the_fix(section, changes, expected):
    assert validation_text(_first_error(section, **changes)) == expected


def test_validation_messages_for_money_nested_fields_and_whole_sections():
    from llm_tco.engine.project_model import Hardware, Priorities

    budget = validation_text(_first_error(Hardware(), purchase_budget_usd=-1))
    assert budget == "Purchase budget must be at least $0. Enter a larger value."
    with pytest.raises(ValidationError) as caught:
        OwnedGpus(gpu_id="h100-sxm", count=0)
    assert validation_text(caught.value).startswith("Number of GPUs must be at least 1.")
    zero = dict.fromkeys(Priorities.model_fields, 0)
    assert validation_text(_first_error(Priorities(), **zero)) == (
        "Give at least one priority a weight above zero."
    )


def test_unknown_errors_still_name_the_field():
    error = {"type": "something_new", "loc": ("hardware", 0, "gpu_quota"), "msg": "odd"}
    assert error_message(error) == "GPU quota is not valid. Check the value and correct it."
    assert field_label("not_a_field") == "not a field"
    assert "not valid" in error_message({"type": "x", "loc": ()})


def test_the_wizard_shows_the_message_when_storing_fails(qtbot, monkeypatch):
    from llm_tco.gui.wizard import ProjectWizard
    from llm_tco.gui.wizard.common import ERROR_OBJECT_NAME

    wizard = ProjectWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.project_page
    error = _first_error(ProjectInfo(), horizon_months=0)

    def failing_store(project):
        raise error

    monkeypatch.setattr(page, "store", failing_store)
    assert not page.validatePage()
    label = page.findChild(type(page.error_label), ERROR_OBJECT_NAME)
    assert label.text() == "Planning horizon must be at least 1. Enter a larger value."
