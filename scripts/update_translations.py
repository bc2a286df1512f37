"""Update the Qt Linguist translation sources and compile them.

    python scripts/update_translations.py          # lupdate -> .ts, then lrelease -> .qm
    python scripts/update_translations.py --check  # exit 1 if the .ts/.qm are stale or unfinished

``pyside6-lupdate`` reads every ``*.py`` under ``desktop/llm_tco/{gui,report,engine,cli,project}``
and merges the strings into ``resources/i18n/llm_tco_<lang>.ts``
(``-no-obsolete``: strings removed from the code leave the file). Names bound to
``QCoreApplication.translate`` (``t = QCoreApplication.translate``) are passed to lupdate with
``-tr-function-alias`` so ``t("Context", "text")`` is extracted too. ``pyside6-lrelease`` then
compiles the ``.qm`` the application loads.

``--check`` runs lupdate on a temporary copy and fails when the set of messages would change
(line numbers alone do not count), when a message has no translation or is marked unfinished, or
when the committed ``.qm`` differs from a fresh compile.

English is the source language, so ``llm_tco_en.ts`` holds only the plural messages
(``lupdate -pluralonly``): their singular and plural forms ("%n month(s)" -> "%n month" /
"%n months"). An update fills the forms of a new message whose source marks the plural with "(s)";
any other new plural message is left unfinished for a translator. For English only the plural
messages must be finished.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE_DIRS = tuple(
    ROOT / "desktop" / "llm_tco" / name for name in ("gui", "report", "engine", "cli", "project")
)
I18N_DIR = ROOT / "resources" / "i18n"
LANGUAGES = ("zh_CN", "en")
PLURAL_ONLY_LANGUAGES = frozenset({"en"})
"""Languages whose .ts holds only the plural messages (the source language: English)."""
TRANSLATE_OWNERS = {"QCoreApplication", "QApplication", "QGuiApplication"}

MessageKey = tuple[str, str, str, bool]
"""(context, source, comment, numerus)"""


def ts_path(language: str) -> Path:
    """The translation source of ``language``."""
    return I18N_DIR / f"llm_tco_{language}.ts"


def qm_path(language: str) -> Path:
    """The compiled translation of ``language``."""
    return I18N_DIR / f"llm_tco_{language}.qm"


def source_files() -> list[Path]:
    """Every Python file whose strings are translated, in a stable order."""
    files: list[Path] = []
    for folder in SOURCE_DIRS:
        files += [p for p in folder.rglob("*.py") if "__pycache__" not in p.parts]
    return sorted(files)


def module_name(path: Path) -> str:
    """'desktop/llm_tco/gui/charts/common.py' -> 'llm_tco.gui.charts.common'."""
    try:
        parts = path.resolve().relative_to(ROOT / "desktop").with_suffix("").parts
    except ValueError:  # a file outside the package (tests)
        return path.stem
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_translate_attr(node: ast.expr) -> bool:
    return (
        isinstance(node, ast.Attribute)
        and node.attr == "translate"
        and isinstance(node.value, ast.Name)
        and node.value.id in TRANSLATE_OWNERS
    )


def _is_str(node: ast.expr | None) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def module_constants(tree: ast.Module) -> dict[str, str]:
    """Module-level ``NAME = "text"`` assignments."""
    found: dict[str, str] = {}
    for node in tree.body:
        target: ast.expr | None = node.target if isinstance(node, ast.AnnAssign) else None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
        value = getattr(node, "value", None)
        if (
            isinstance(target, ast.Name)
            and isinstance(value, ast.Constant)
            and isinstance(value.value, str)
        ):
            found[target.id] = value.value
    return found


def translate_aliases(tree: ast.Module) -> set[str]:
    """Names bound to ``QCoreApplication.translate`` in a module (``t = ...translate``)."""
    return {
        target.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign) and _is_translate_attr(node.value)
        for target in node.targets
        if isinstance(target, ast.Name)
    }


def local_wrappers(tree: ast.Module) -> dict[str, str]:
    """Module-level ``def f(text): return translate("Context", text)`` helpers -> context."""
    constants, aliases = module_constants(tree), translate_aliases(tree)
    found: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        text_param = node.args.args[0].arg
        for call in ast.walk(node):
            if not isinstance(call, ast.Call) or len(call.args) < 2:
                continue
            func = call.func
            is_translate = _is_translate_attr(func) or (
                isinstance(func, ast.Name) and func.id in aliases
            )
            context, text = call.args[0], call.args[1]
            if not is_translate or not (isinstance(text, ast.Name) and text.id == text_param):
                continue
            if _is_str(context):
                found[node.name] = str(context.value)  # type: ignore[attr-defined]
            elif isinstance(context, ast.Name) and context.id in constants:
                found[node.name] = constants[context.id]
    return found


def collect_wrappers(files: list[Path]) -> dict[str, str]:
    """'module.function' -> context for every fixed-context translate helper in ``files``."""
    table: dict[str, str] = {}
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        prefix = module_name(path)
        table.update({f"{prefix}.{n}": c for n, c in local_wrappers(tree).items()})
    return table


def visible_wrappers(tree: ast.Module, path: Path, table: dict[str, str]) -> dict[str, str]:
    """Helpers usable by name in this module (defined here or imported) -> context."""
    found = {n: c for n, c in table.items() if n.rsplit(".", 1)[0] == module_name(path)}
    found = {n.rsplit(".", 1)[1]: c for n, c in found.items()}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                key = f"{node.module}.{alias.name}"
                if key in table:
                    found[alias.asname or alias.name] = table[key]
    return found


Edit = tuple[int, int, int, str]
"""(line number, start byte, end byte, replacement) on one line of the source."""


class _Rewriter(ast.NodeVisitor):
    """Find translation calls lupdate cannot read and the edits that make them readable."""

    def __init__(self, tree: ast.Module, path: Path, table: dict[str, str]) -> None:
        self.constants = module_constants(tree)
        self.aliases = translate_aliases(tree)
        self.wrappers = visible_wrappers(tree, path, table)
        self.classes: list[str] = []
        self.self_tr: list[set[str]] = [set()]
        self.statements: list[ast.stmt] = []
        self.edits: list[Edit] = []

    def visit(self, node: ast.AST) -> None:
        simple = isinstance(node, ast.stmt) and not hasattr(node, "body")
        if simple:
            self.statements.append(node)  # type: ignore[arg-type]
        try:
            super().visit(node)
        finally:
            if simple:
                self.statements.pop()

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        names = {
            t.id
            for sub in ast.walk(node)
            if isinstance(sub, ast.Assign) and _is_self_tr(sub.value)
            for t in sub.targets
            if isinstance(t, ast.Name)
        }
        self.self_tr.append(names if self.classes else set())
        self.generic_visit(node)
        self.self_tr.pop()

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]

    def _replace(self, node: ast.expr, text: str) -> None:
        self.edits.append((node.lineno, node.col_offset, node.end_col_offset or 0, text))

    def _insert(self, node: ast.expr, text: str) -> None:
        self.edits.append((node.lineno, node.col_offset, node.col_offset, text))

    def _message(self, call: ast.Call) -> list[ast.expr] | None:
        """(context, text, ...) of a translation call with literal text, context resolved."""
        func, args = call.func, call.args
        name = func.id if isinstance(func, ast.Name) else None
        if not args:
            return None
        if (_is_self_tr(func) or name in self.self_tr[-1]) and self.classes:
            return [ast.Constant(self.classes[-1]), *args]
        if name in self.wrappers:
            return [ast.Constant(self.wrappers[str(name)]), *args]
        if _is_translate_attr(func) or name in self.aliases:
            context = args[0]
            if isinstance(context, ast.Name) and context.id in self.constants:
                context = ast.Constant(self.constants[context.id])
            return [context, *args[1:]]
        return None

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        """lupdate skips calls inside f-strings: repeat each after the statement, same line."""
        for call in ast.walk(node):
            message = self._message(call) if isinstance(call, ast.Call) else None
            if not message or len(message) < 2 or not self.statements:
                continue
            if not (_is_str(message[0]) and _is_str(message[1])):
                continue
            texts = [str(m.value) if _is_str(m) else "" for m in message[:3]]  # type: ignore[attr-defined]
            parts = [repr(text) for text in texts] + (["1"] if len(message) > 3 else [])
            stmt = self.statements[-1]
            end = (stmt.end_lineno or stmt.lineno, stmt.end_col_offset or 0)
            call_text = f"; QCoreApplication.translate({', '.join(parts)})"
            self.edits.append((end[0], end[1], end[1], call_text))
        self.generic_visit(node)

    def _simple_count(self, count: ast.expr | None) -> None:
        """lupdate drops or un-plurals a translate() whose count is not a literal: use 1."""
        if count is not None and count.lineno == count.end_lineno:
            self._replace(count, "1")

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.id if isinstance(func, ast.Name) else None
        if name in self.aliases:
            self._replace(func, "QCoreApplication.translate")
        context = node.args[0] if node.args else None
        if _is_translate_attr(func) or name in self.aliases:
            self._simple_count(node.args[3] if len(node.args) > 3 else None)
        if (_is_translate_attr(func) or name in self.aliases) and (
            isinstance(context, ast.Name) and context.id in self.constants
        ):
            self._replace(context, repr(self.constants[context.id]))
        elif (_is_self_tr(func) or name in self.self_tr[-1]) and node.args and self.classes:
            # lupdate can file self.tr() under a wrong context ("QCoreApplication.self") after
            # a translate() statement; spelling the class context out avoids that
            self._replace(func, "QCoreApplication.translate")
            self._insert(node.args[0], repr(self.classes[-1]) + ", ")
            self._simple_count(node.args[2] if len(node.args) > 2 else None)
        elif name in self.wrappers and context is not None and _is_str(context):
            self._replace(func, "QCoreApplication.translate")
            self._insert(context, repr(self.wrappers[str(name)]) + ", ")
        self.generic_visit(node)


def _is_self_tr(node: ast.expr) -> bool:
    return (
        isinstance(node, ast.Attribute)
        and node.attr == "tr"
        and isinstance(node.value, ast.Name)
        and node.value.id == "self"
    )


def extractable_source(path: Path, table: dict[str, str]) -> str:
    """``path``'s source with helper calls spelled the way lupdate reads them (same lines)."""
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source, filename=str(path))
    rewriter = _Rewriter(tree, path, table)
    rewriter.visit(tree)
    lines = source.encode("utf-8").split(b"\n")
    for line, start, end, text in sorted(rewriter.edits, reverse=True):
        raw = lines[line - 1]
        lines[line - 1] = raw[:start] + text.encode("utf-8") + raw[end:]
    return b"\n".join(lines).decode("utf-8")


def _tool(name: str) -> list[str]:
    """Command prefix that runs ``pyside6-<name>``."""
    here = Path(sys.executable).parent
    for candidate in (here / f"pyside6-{name}", here / f"pyside6-{name}.exe"):
        if candidate.is_file():
            return [str(candidate)]
    found = shutil.which(f"pyside6-{name}")
    if found:
        return [found]
    raise SystemExit(f"pyside6-{name} not found; install PySide6 (it ships the Linguist tools)")


def run_lupdate(ts_file: Path, *, files: list[Path]) -> None:
    """Merge the strings of ``files`` into ``ts_file`` (created when missing).

    lupdate runs on a copy of the sources in which translate helpers (``_t("text")``,
    ``tr = self.tr``, ``t = QCoreApplication.translate``, a context held in a constant) are spelled
    out as ``QCoreApplication.translate("Context", "text")`` / ``self.tr("text")`` on the same
    lines, so the .ts file's contexts match what the code asks for at run time and its locations
    point at the real files.
    """
    table = collect_wrappers(files)
    language = ts_file.stem.removeprefix("llm_tco_")
    with tempfile.TemporaryDirectory() as tmp:
        mirror = Path(tmp)
        for path in files:
            copy = mirror / path.resolve().relative_to(ROOT)
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_text(extractable_source(path, table), encoding="utf-8")
        mirror_ts = mirror / I18N_DIR.relative_to(ROOT) / ts_file.name
        mirror_ts.parent.mkdir(parents=True, exist_ok=True)
        if ts_file.is_file():
            shutil.copyfile(ts_file, mirror_ts)
        command = [*_tool("lupdate"), *[str(p.resolve().relative_to(ROOT)) for p in files]]
        command += ["-no-obsolete", "-locations", "relative", "-source-language", "en"]
        command += ["-target-language", language, "-silent", "-ts", str(mirror_ts)]
        if language in PLURAL_ONLY_LANGUAGES:
            command.append("-pluralonly")
        subprocess.run(command, check=True, cwd=mirror)
        shutil.copyfile(mirror_ts, ts_file)


def run_lrelease(ts_file: Path, qm_file: Path) -> None:
    """Compile ``ts_file`` into ``qm_file``."""
    command = [*_tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)]
    subprocess.run(command, check=True, cwd=ROOT)


def read_messages(ts_file: Path) -> dict[MessageKey, ET.Element]:
    """Every message of a .ts file by (context, source, comment, numerus)."""
    found: dict[MessageKey, ET.Element] = {}
    root = ET.parse(ts_file).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (
                name,
                message.findtext("source") or "",
                message.findtext("comment") or "",
                message.get("numerus") == "yes",
            )
            found[key] = message
    return found


def unfinished(ts_file: Path, *, numerus_only: bool = False) -> list[str]:
    """Messages with no translation, an empty plural form, or a non-final state.

    ``numerus_only``: only plural messages count (English, whose other texts are the source).
    """
    problems: list[str] = []
    for (context, source, _comment, numerus), message in read_messages(ts_file).items():
        if numerus_only and not numerus:
            continue
        translation = message.find("translation")
        where = f"{context}: {source!r}"
        if translation is None:
            problems.append(f"{where}: no translation element")
            continue
        state = translation.get("type")
        if state in {"unfinished", "vanished", "obsolete"}:
            problems.append(f"{where}: translation is {state}")
        forms = [f.text or "" for f in translation.iter("numerusform")] if numerus else []
        texts = forms if numerus else [translation.text or ""]
        if not texts or any(not text.strip() for text in texts):
            problems.append(f"{where}: empty translation")
    return problems


def unfinished_of(language: str) -> list[str]:
    """:func:`unfinished` for the .ts of ``language`` (plural messages only for English)."""
    return unfinished(ts_path(language), numerus_only=language in PLURAL_ONLY_LANGUAGES)


def english_plural_forms(source: str) -> list[str] | None:
    """'%n month(s)' -> ['%n month', '%n months']; None when the source has no '(s)'."""
    if "(s)" not in source:
        return None
    return [source.replace("(s)", ""), source.replace("(s)", "s")]


def fill_english_plurals(ts_file: Path) -> int:
    """Fill the unfinished plural messages of an English .ts whose source says '(s)'.

    Returns how many were filled. Messages without '(s)' ("%n of them ...") stay unfinished for a
    translator to word.
    """
    tree = ET.parse(ts_file)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        forms = english_plural_forms(message.findtext("source") or "")
        if message.get("numerus") != "yes" or translation is None or forms is None:
            continue
        if translation.get("type") != "unfinished":
            continue
        for element in list(translation):
            translation.remove(element)
        for text in forms:
            ET.SubElement(translation, "numerusform").text = text
        del translation.attrib["type"]
        filled += 1
    if filled:
        body = ET.tostring(tree.getroot(), encoding="unicode")
        ts_file.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
            encoding="utf-8",
        )
    return filled


def check(language: str) -> list[str]:
    """Why the committed files of ``language`` are not current and complete (empty when fine)."""
    current = ts_path(language)
    if not current.is_file():
        return [f"{current.relative_to(ROOT)} is missing; run scripts/update_translations.py"]
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / current.name
        shutil.copyfile(current, fresh)
        run_lupdate(fresh, files=source_files())
        before, after = set(read_messages(current)), set(read_messages(fresh))
        problems += [f"new string not in the .ts: {k[0]}: {k[1]!r}" for k in sorted(after - before)]
        problems += [f"string no longer in code: {k[0]}: {k[1]!r}" for k in sorted(before - after)]
        compiled = Path(tmp) / "fresh.qm"
        run_lrelease(current, compiled)
        committed = qm_path(language)
        if not committed.is_file() or committed.read_bytes() != compiled.read_bytes():
            problems.append(f"{committed.relative_to(ROOT)} is not compiled from the current .ts")
    problems += [f"unfinished: {p}" for p in unfinished_of(language)]
    problems += [
        f"lupdate misread a context: {k[0]!r} for {k[1]!r}"
        for k in read_messages(current)
        if not k[0].isidentifier()
    ]
    return problems


def main(argv: list[str] | None = None) -> int:
    """Update (default) or check the translation files; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if anything is stale")
    args = parser.parse_args(argv)
    status = 0
    for language in LANGUAGES:
        if args.check:
            problems = check(language)
            for problem in problems:
                print(f"{language}: {problem}")
            status |= 1 if problems else 0
            continue
        I18N_DIR.mkdir(parents=True, exist_ok=True)
        run_lupdate(ts_path(language), files=source_files())
        if language in PLURAL_ONLY_LANGUAGES and fill_english_plurals(ts_path(language)):
            run_lupdate(ts_path(language), files=source_files())  # lupdate's own layout again
        run_lrelease(ts_path(language), qm_path(language))
        left = {p.split(": translation is")[0].split(": empty")[0] for p in unfinished_of(language)}
        total = len(read_messages(ts_path(language)))
        print(f"{language}: {total} messages, {len(left)} without a finished translation")
    if args.check and status == 0:
        print("translations are current and complete")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
