"""Catalog browser (offscreen): tabs, search and sort, badges, links, edit/add/reset, imports."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from llm_tco.engine.calibration import BenchmarkRow, make_predictor
from llm_tco.engine.catalog import CATALOG_NAMES, load_catalogs
from llm_tco.engine.overrides import OverrideStore, load_user_profiles
from llm_tco.engine.profiles import load_profiles
from llm_tco.gui.catalog_browser import CatalogBrowser
from llm_tco.gui.catalog_browser.model import Column

TABLE = (
    Path(__file__).resolve().parents[3] / "shared" / "data" / "litellm_model_prices_1.110.2.json"
)


@pytest.fixture
def browser(qtbot, fresh_data_dir, message_boxes):
    widget = CatalogBrowser()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _cell(tab, entry_id: str, column: Column) -> str:
    row = tab.model.row_of(entry_id)
    return tab.model.index(row, column).data()


def test_tabs_hold_every_catalog(browser) -> None:
    catalogs = load_catalogs()
    assert browser.tabs.count() == len(CATALOG_NAMES)
    for name in CATALOG_NAMES:
        tab = browser.catalog_tabs[name]
        assert tab.model.rowCount() == len(catalogs.table(name))
    tab = browser.catalog_tabs["gpus"]
    assert _cell(tab, "h100-sxm", Column.SOURCE) == str(catalogs.gpus["h100-sxm"].source)
    assert _cell(tab, "h100-sxm", Column.AS_OF) == catalogs.gpus["h100-sxm"].as_of.isoformat()


def test_search_and_sort(browser, qtbot) -> None:
    tab = browser.show_catalog("api_offers")
    qtbot.keyClicks(tab.search, "gpt-4o")
    shown = [tab.proxy.index(r, Column.ID).data() for r in range(tab.proxy.rowCount())]
    assert shown
    assert len(shown) < tab.model.rowCount()
    for r in range(tab.proxy.rowCount()):
        texts = " ".join(str(tab.proxy.index(r, c).data()) for c in Column).lower()
        assert "gpt-4o" in texts
    tab.search.clear()
    tab.view.sortByColumn(Column.AS_OF, Qt.SortOrder.DescendingOrder)
    dates = [tab.proxy.index(r, Column.AS_OF).data() for r in range(tab.proxy.rowCount())]
    assert dates == sorted(dates, reverse=True)


def test_driving_and_stale_badges(browser) -> None:
    tab = browser.catalog_tabs["api_offers"]
    browser.set_driving_ids({"openai-gpt-4o"})
    assert "drives recommendation" in _cell(tab, "openai-gpt-4o", Column.STATUS)
    assert "drives" not in _cell(tab, "openai-gpt-4o-mini", Column.STATUS)
    as_of = load_catalogs().api_offers["openai-gpt-4o"].as_of
    browser.set_stale_days(365, today=as_of + dt.timedelta(days=30))
    assert "stale" not in _cell(tab, "openai-gpt-4o", Column.STATUS)
    browser.set_stale_days(10, today=as_of + dt.timedelta(days=30))
    assert "stale" in _cell(tab, "openai-gpt-4o", Column.STATUS)
    assert browser.stale_days.value() == 10


def test_source_is_a_clickable_link(browser, qtbot, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    tab = browser.show_catalog("gpus")
    index = tab.proxy.mapFromSource(tab.model.index(tab.model.row_of("h100-sxm"), Column.SOURCE))
    tab.view.scrollTo(index)
    with qtbot.waitSignal(browser.linkOpened):
        qtbot.mouseClick(
            tab.view.viewport(), Qt.MouseButton.LeftButton, pos=tab.view.visualRect(index).center()
        )
    assert opened == [str(load_catalogs().gpus["h100-sxm"].source)]


def test_edit_validates_per_field_then_overrides_and_resets(browser, qtbot) -> None:
    tab = browser.show_catalog("api_offers")
    assert tab.select("openai-gpt-4o")
    dialog = browser.edit_selected()
    qtbot.addWidget(dialog)
    dialog.set_value("usd_per_m_input", "-1")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.errors["usd_per_m_input"].isVisibleTo(dialog)
    assert "greater than or equal to 0" in dialog.errors["usd_per_m_input"].text()
    assert not dialog.errors["usd_per_m_output"].isVisibleTo(dialog)
    assert not OverrideStore().path("api_offers").exists()
    dialog.set_value("usd_per_m_input", "1.5")
    with qtbot.waitSignal(browser.catalogsChanged):
        dialog.accept()
    assert load_catalogs().api_offers["openai-gpt-4o"].usd_per_m_input == 1.5
    assert "overridden" in _cell(tab, "openai-gpt-4o", Column.STATUS)
    tab.select("openai-gpt-4o")
    assert browser.reset_selected()
    assert "overridden" not in _cell(tab, "openai-gpt-4o", Column.STATUS)
    shipped = load_catalogs(use_user_overrides=False).api_offers["openai-gpt-4o"]
    assert load_catalogs().api_offers["openai-gpt-4o"] == shipped


def test_add_entry_and_reset_all(browser, qtbot, message_boxes) -> None:
    tab = browser.show_catalog("gpu_offers")
    template_id = tab.model.entry_id(0)
    tab.select(template_id)
    dialog = browser.add_entry()
    qtbot.addWidget(dialog)
    dialog.accept()  # the id was cleared: required
    assert dialog.errors["id"].isVisibleTo(dialog)
    dialog.set_value("id", template_id)
    dialog.accept()
    assert "already exists" in dialog.errors["id"].text()
    dialog.set_value("id", "internal-cluster-1")
    dialog.set_value("gpu_id", "no-such-gpu")
    dialog.accept()
    assert "not in gpus" in dialog.errors["gpu_id"].text()
    dialog.set_value("gpu_id", load_catalogs().gpu_offers[template_id].gpu_id)
    dialog.accept()
    assert not dialog.isVisible()
    assert tab.model.row_of("internal-cluster-1") >= 0
    message_boxes.answers["question"] = QMessageBox.StandardButton.No
    assert not browser.reset_all()
    message_boxes.answers["question"] = QMessageBox.StandardButton.Yes
    assert browser.reset_all()
    assert tab.model.row_of("internal-cluster-1") == -1


@pytest.mark.skipif(not TABLE.exists(), reason="LiteLLM table not present")
def test_litellm_preview_then_apply(browser, qtbot) -> None:
    dialog = browser.import_litellm_file(TABLE)
    qtbot.addWidget(dialog)
    plan = dialog.plan
    assert dialog.changes.rowCount() == plan.imported
    assert str(plan.read) in dialog.summary.text()
    assert not OverrideStore().path("api_offers").exists()  # preview writes nothing
    with qtbot.waitSignal(browser.catalogsChanged):
        dialog.apply_button.click()
    added = plan.added[0][1].id
    assert browser.catalog_tabs["api_offers"].model.row_of(added) >= 0
    assert added in load_catalogs().overridden["api_offers"]


def test_malformed_import_warns_and_changes_nothing(browser, tmp_path, message_boxes) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("[]", encoding="utf-8")
    assert browser.import_litellm_file(bad) is None
    bad_csv = tmp_path / "bad.csv"
    bad_csv.write_text("provider,instance\nx,y\n", encoding="utf-8")
    assert browser.import_gpu_offers_file(bad_csv) is False
    assert message_boxes.kinds() == ["warning", "warning"]
    assert "missing column" in message_boxes.calls[1][2]
    assert not OverrideStore().directory.exists() or not any(OverrideStore().directory.iterdir())


def _synthetic_csv(path: Path) -> Path:
    catalogs = load_catalogs()
    rows = [
        BenchmarkRow(
            model_id="llama-3.1-8b-instruct",
            gpu_id="h100-sxm",
            num_gpus=1,
            tp=1,
            precision="bf16",
            kv_precision="bf16",
            input_len=i,
            output_len=o,
            concurrency=float(c),
            output_tokens_per_s=1.0,
        )
        for c in (1, 32, 256)
        for i, o in ((128, 128), (1024, 256))
    ]
    profile = load_profiles()["vllm"].with_parameters({"eta_mem": 0.6})
    tput, _, _ = make_predictor(rows, models=catalogs.models, gpus=catalogs.gpus)(profile)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["model", "gpu", "tp", "input_len", "output_len", "concurrency", "value"])
        for r, t in zip(rows, tput, strict=True):
            writer.writerow([r.model_id, r.gpu_id, r.tp, r.input_len, r.output_len,
                             int(r.concurrency), float(t)])  # fmt: skip
    return path


def test_calibrate_shows_fitted_vs_measured_and_saves(browser, qtbot, tmp_path) -> None:
    dialog = browser.calibrate_from(_synthetic_csv(tmp_path / "bench.csv"))
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 6
    assert "eta_mem" in dialog.parameters.text()
    dialog.name.setText("my-vllm")
    with qtbot.waitSignal(browser.catalogsChanged):
        assert dialog.save() is not None
    assert load_user_profiles()["my-vllm"].eta_mem == pytest.approx(0.6, rel=0.02)


def test_gpu_csv_import_and_export(browser, tmp_path, message_boxes) -> None:
    base = next(iter(load_catalogs().gpu_offers.values()))
    path = tmp_path / "offers.csv"
    path.write_text(
        "provider,instance,gpu,count,price_per_hour,plan,region,date,source\n"
        f"Internal,rack-2,{base.gpu_id},{base.gpu_count},{base.usd_per_hour},spot,global,"
        f"{base.as_of.isoformat()},{base.source}\n",
        encoding="utf-8",
    )
    message_boxes.answers["question"] = QMessageBox.StandardButton.Yes
    assert browser.import_gpu_offers_file(path)
    assert browser.catalog_tabs["gpu_offers"].model.row_of("internal-rack-2-global-spot") >= 0
    assert browser.export_to(tmp_path / "out")
    assert (tmp_path / "out" / "gpu_offers.json").exists()
    assert (tmp_path / "out" / "schema" / "api_offers.schema.json").exists()


@pytest.mark.parametrize("name", CATALOG_NAMES)
def test_form_round_trips_entries_of_every_catalog(qtbot, name: str) -> None:
    from llm_tco.gui.catalog_browser.entry_form import EntryFormDialog

    catalogs = load_catalogs(use_user_overrides=False)
    for entry in list(catalogs.table(name).values())[:5]:
        dialog = EntryFormDialog(name, entry=entry, catalogs=catalogs)
        qtbot.addWidget(dialog)
        assert dialog.validate() == entry, entry


def test_buttons_open_files_through_dialogs(browser, qtbot, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    from llm_tco.gui.catalog_browser.dialogs import CalibrationDialog

    bench = _synthetic_csv(tmp_path / "bench.csv")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bench), ""))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("vllm", True))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "x"))
    browser.buttons["calibrate"].click()
    assert isinstance(browser.last_dialog, CalibrationDialog)
    assert browser.last_dialog.calibration.base.id == "vllm"
    qtbot.addWidget(browser.last_dialog)
    browser.buttons["export"].click()
    assert (tmp_path / "x" / "models.json").exists()
