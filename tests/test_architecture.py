"""The layers run one way: only ui/ imports Qt, and the core never imports ui/."""

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "psykhelse_desktop"
CORE = ("domain", "storage", "services", "printing", "export")


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            names.add("." * node.level + (node.module or ""))
    return names


def _modules_outside_ui() -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if "ui" not in p.relative_to(PACKAGE).parts]


def test_only_ui_imports_pyside6():
    offenders = [
        str(p.relative_to(PACKAGE))
        for p in _modules_outside_ui()
        if any(name.split(".")[0] == "PySide6" for name in _imports(p))
    ]
    assert offenders == []


def test_core_never_imports_ui_or_app():
    offenders = []
    for layer in CORE:
        for path in (PACKAGE / layer).rglob("*.py"):
            bad = [n for n in _imports(path) if n.lstrip(".").split(".")[0] in ("ui", "app", "cli")]
            offenders += [f"{path.relative_to(PACKAGE)}: {n}" for n in bad]
    assert offenders == []


def test_domain_imports_no_database():
    for path in (PACKAGE / "domain").rglob("*.py"):
        assert not {n for n in _imports(path) if n.startswith(("sqlalchemy", "sqlcipher3"))}


def test_the_day_is_the_norwegian_day_everywhere():
    """A laptop set to UTC is a day behind Norway until 01.00 or 02.00: "today" comes from
    services/clock.py. The pure domain only falls back to the machine's day when a caller
    gives none."""
    allowed = {PACKAGE / "services" / "clock.py"}
    offenders = [
        path.relative_to(PACKAGE)
        for path in PACKAGE.rglob("*.py")
        if path not in allowed
        and "domain" not in path.relative_to(PACKAGE).parts
        and "date.today()" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_every_module_opens_with_a_docstring():
    missing = [
        str(p.relative_to(PACKAGE))
        for p in PACKAGE.rglob("*.py")
        if p.stat().st_size and ast.get_docstring(ast.parse(p.read_text(encoding="utf-8"))) is None
    ]
    assert missing == []


def _loaded_by(modules: str, heavy: tuple[str, ...]) -> list[str]:
    """Which of the heavy packages a fresh interpreter has loaded after importing `modules`."""
    code = f"import sys; import {modules}; print([m for m in {heavy!r} if m in sys.modules])"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return ast.literal_eval(result.stdout.strip())


def test_unlock_dialog_opens_without_the_storage_stack():
    """Start time: SQLAlchemy and Alembic load after the passphrase, not before the dialog."""
    modules = "psykhelse_desktop.app, psykhelse_desktop.ui.dialogs.unlock"
    assert _loaded_by(modules, ("sqlalchemy", "alembic")) == []


def test_main_window_loads_neither_reportlab_nor_alembic():
    """Idle memory: PDF, preview and migration code load only when printing or upgrading."""
    heavy = ("reportlab", "alembic", "pypdfium2")
    assert _loaded_by("psykhelse_desktop.ui.main_window", heavy) == []


def test_every_audited_action_has_a_norwegian_label():
    """Otherwise the change would be logged but never shown on the person's page."""
    from psykhelse_desktop.domain.vocabulary import AUDIT_ACTION_LABELS

    used = set()
    for path in (PACKAGE / "services").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "audit":
                action = node.args[1]
                if isinstance(action, ast.Constant):
                    used.add(action.value)
    assert used and used <= set(AUDIT_ACTION_LABELS)
