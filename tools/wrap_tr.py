"""Codemod: every UI text in src/psykhelse_desktop/ui through Qt translation, as lupdate reads it.

    python tools/wrap_tr.py            rewrite the files, then `ruff format` them
    python tools/wrap_tr.py --check    change nothing; list what it would do (exit 1 if anything)

What it does, so it can be re-run after other branches are merged:
- `tr = self.tr` and later `tr("…")` become `self.tr("…")` (lupdate loses the class context of
  a bare `tr(` in some statements, e.g. `make_action(self, tr("Søk"))`).
- `other.tr("…")` (parent.tr, dialog.tr) and calls of a module's `_tr("…")` wrapper become
  `QCoreApplication.translate("context", "…")` with the module's context: the runtime context
  of `parent.tr` is whatever class the parent has, which no catalogue can know.
- a plain string literal given to a Qt text setter (setText, setWindowTitle, QLabel(…),
  addTab, setHorizontalHeaderLabels, QMessageBox.warning, make_action, …) is wrapped in
  `self.tr(…)` inside a QObject subclass, else `QCoreApplication.translate(context, …)`.
- what it cannot do is listed for a hand fix: f-strings given to a text setter, and `%s` in
  a translated text (use `%1` and `ui.texts.fill`).
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "src" / "psykhelse_desktop" / "ui"

# method or function name -> positions of arguments that are shown to the user
TEXT_ARGS: dict[str, tuple[int, ...]] = {
    "setText": (0,), "setWindowTitle": (0,), "setPlaceholderText": (0,), "setToolTip": (0,),
    "setStatusTip": (0,), "setAccessibleName": (0,), "setAccessibleDescription": (0,),
    "setTitle": (0,), "setSuffix": (0,), "setPrefix": (0,), "setSpecialValueText": (0,),
    "setLabelText": (0,), "setCancelButtonText": (0,), "setInformativeText": (0,),
    "setWhatsThis": (0,), "setTabText": (1,), "setTabToolTip": (1,), "addTab": (1,),
    "insertTab": (2,), "addMenu": (0,), "addButton": (0,), "addRow": (0,), "addItem": (0,),
    "addItems": (0,), "setHorizontalHeaderLabels": (0,), "setVerticalHeaderLabels": (0,),
    "setHeaderLabels": (0,), "setHeaderLabel": (0,), "showMessage": (0,),
    "QLabel": (0,), "QPushButton": (0,), "QCheckBox": (0,), "QRadioButton": (0,),
    "QGroupBox": (0,), "QAction": (0,), "QToolButton": (0,), "QCommandLinkButton": (0,),
    "information": (1, 2), "warning": (1, 2), "critical": (1, 2), "question": (1, 2),
    "about": (1, 2), "getSaveFileName": (1, 3), "getOpenFileName": (1, 3),
    "getExistingDirectory": (1,), "getText": (1, 2), "getItem": (1, 2),
    "make_action": (1,), "button": (1,), "SimpleTable": (0,),
}  # fmt: skip
# receivers whose `warning`, `information` … are not message boxes
NOT_QT = {"log", "logger", "logging", "warnings"}
SHORTCUT = re.compile(r"^(Ctrl|Alt|Shift|Meta|F\d+|Esc|Del)([+][\w+]+)?$")


@dataclass
class Edit:
    start: tuple[int, int]  # (line, column), 1-based line
    end: tuple[int, int]
    text: str


@dataclass
class FileResult:
    path: Path
    edits: list[Edit] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # to fix by hand
    advice: list[str] = field(default_factory=list)  # works, but not the house style


def qobject_classes(files: list[Path]) -> set[str]:
    """Names of the classes in ui/ that derive (through each other) from a Qt class."""
    bases: dict[str, list[str]] = {}
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = [_name(b) for b in node.bases]
    found = {name for name, parents in bases.items() if any(p.startswith("Q") for p in parents)}
    while True:
        more = {n for n, parents in bases.items() if n not in found and set(parents) & found}
        if not more:
            return found
        found |= more


def module_context(tree: ast.Module, path: Path) -> str:
    """The context of the module's own `_tr` wrapper, else the module's name."""
    wrapper = _wrapper_context(tree)
    return wrapper or path.stem


def _wrapper_context(tree: ast.AST, name: str = "_tr") -> str | None:
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name == name and len(node.body) >= 1:
            last = node.body[-1]
            if isinstance(last, ast.Return) and isinstance(last.value, ast.Call):
                call = last.value
                if _name(call.func) == "translate" and _is_str(call.args[0] if call.args else None):
                    return call.args[0].value
    return None


def _name(node: ast.AST | None) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Subscript):
        return _name(node.value)
    return ""


def _is_str(node: ast.AST | None) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _is_text(value: str) -> bool:
    """A literal a person reads: has letters, is not a shortcut, a format or an object name."""
    plain = value.strip()
    if not any(ch.isalpha() for ch in plain) or SHORTCUT.match(plain):
        return False
    return not re.fullmatch(r"[a-z_][a-z0-9_.]*", plain)  # keys, object names


def _src(lines: list[bytes], node: ast.AST) -> str:
    """The node's source text (the AST's columns count UTF-8 bytes)."""
    if node.lineno == node.end_lineno:
        return lines[node.lineno - 1][node.col_offset : node.end_col_offset].decode("utf-8")
    first = lines[node.lineno - 1][node.col_offset :]
    middle = lines[node.lineno : node.end_lineno - 1]
    last = lines[node.end_lineno - 1][: node.end_col_offset]
    return b"\n".join([first, *middle, last]).decode("utf-8")


class Scope:
    """Where a call is: the nearest class (if its method has `self`) and the function."""

    def __init__(self, cls: ast.ClassDef | None, func: ast.AST | None, has_self: bool):
        self.cls, self.func, self.has_self = cls, func, has_self


def percent_edits(path: Path) -> FileResult:
    """`tr("… %s …") % value` becomes `fill(tr("… %1 …"), value)` (the house style: a
    translation may put the values in another order). Run after the other edits are in."""
    text = path.read_text(encoding="utf-8")
    tree = ast.parse(text)
    lines = text.encode("utf-8").split(b"\n")
    result = FileResult(path)
    for node in ast.walk(tree):
        if not (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod)):
            continue
        call = node.left
        if not (isinstance(call, ast.Call) and _name(call.func) in ("tr", "translate")):
            continue
        literal = call.args[-1] if call.args else None
        if not (_is_str(literal) and "%s" in literal.value):
            continue
        if re.search(r"%[^s]", literal.value.replace("%s", "")):
            continue  # %% or %d: by hand
        numbered = _numbered(_src(lines, literal))
        call_text = _src(lines, call).replace(_src(lines, literal), numbered, 1)
        right = node.right
        values = right.elts if isinstance(right, ast.Tuple) else [right]
        arguments = ", ".join(_src(lines, v) for v in values)
        result.edits.append(Edit(*_span(node), f"fill({call_text}, {arguments})"))
    for func in tree.body + [n for c in tree.body if isinstance(c, ast.ClassDef) for n in c.body]:
        if isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
            result.edits += _named_percent_edits(func, lines)
    return result


def _percent_literal(call: ast.AST) -> ast.Constant | None:
    """The text of a `tr("… %s …")` call that `_numbered` can rewrite."""
    if not (isinstance(call, ast.Call) and _name(call.func) in ("tr", "translate")):
        return None
    literal = call.args[-1] if call.args else None
    if not (_is_str(literal) and "%s" in literal.value):
        return None
    return None if re.search(r"%[^s]", literal.value.replace("%s", "")) else literal


def _named_percent_edits(func: ast.AST, lines: list[bytes]) -> list[Edit]:
    """`text = tr("… %s …")` (or `a if c else b` of two such) and later `text % value`,
    used nowhere else: the texts numbered, and `fill(text, value)`."""
    edits = []
    for stmt in ast.walk(func):
        if not (
            isinstance(stmt, ast.Assign)
            and len(stmt.targets) == 1
            and isinstance(stmt.targets[0], ast.Name)
        ):
            continue
        calls = (
            [stmt.value.body, stmt.value.orelse]
            if isinstance(stmt.value, ast.IfExp)
            else [stmt.value]
        )
        literals = [_percent_literal(call) for call in calls]
        if not all(literals):
            continue
        name = stmt.targets[0].id
        loads = [
            n for n in ast.walk(func)
            if isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Load)
        ]  # fmt: skip
        uses = [
            n for n in ast.walk(func)
            if isinstance(n, ast.BinOp) and isinstance(n.op, ast.Mod)
            and isinstance(n.left, ast.Name) and n.left.id == name
        ]  # fmt: skip
        if len(uses) != 1 or len(loads) != 1:
            continue
        for literal in literals:
            edits.append(Edit(*_span(literal), _numbered(_src(lines, literal))))
        right = uses[0].right
        values = right.elts if isinstance(right, ast.Tuple) else [right]
        arguments = ", ".join(_src(lines, v) for v in values)
        edits.append(Edit(*_span(uses[0]), f"fill({name}, {arguments})"))
    return edits


def drop_unused_wrapper(path: Path) -> bool:
    """Remove a module's `_tr` wrapper once nothing calls it any more."""
    text = path.read_text(encoding="utf-8")
    tree = ast.parse(text)
    wrapper = next(
        (n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "_tr"), None
    )
    used = any(isinstance(n, ast.Name) and n.id == "_tr" for n in ast.walk(tree))
    if wrapper is None or used or _wrapper_context(tree) is None:
        return False
    lines = text.split("\n")
    del lines[wrapper.lineno - 1 : wrapper.end_lineno]
    path.write_text("\n".join(lines), encoding="utf-8")
    return True


def _numbered(text: str) -> str:
    """Each %s in turn as %1, %2, …"""
    counter = iter(range(1, 100))
    return re.sub(r"%s", lambda _m: f"%{next(counter)}", text)


def analyse(path: Path, qobjects: set[str]) -> FileResult:
    text = path.read_text(encoding="utf-8")
    tree = ast.parse(text)
    lines = text.encode("utf-8").split(b"\n")
    result = FileResult(path)
    context = module_context(tree, path)
    wrappers = {"_tr"} if _wrapper_context(tree) else set()

    def translate_call(arg: ast.AST) -> str:
        return f'QCoreApplication.translate("{context}", {_src(lines, arg)})'

    def wrap(arg: ast.AST, scope: Scope) -> str:
        if scope.has_self and scope.cls is not None and scope.cls.name in qobjects:
            return f"self.tr({_src(lines, arg)})"
        return translate_call(arg)

    def visit(node: ast.AST, scope: Scope, aliases: set[str]) -> None:
        for child in ast.iter_child_nodes(node):
            inner, inner_aliases = scope, aliases
            if isinstance(child, ast.ClassDef):
                inner, inner_aliases = Scope(child, None, False), set()
            elif isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                in_class = isinstance(node, ast.ClassDef)
                args = child.args.args
                has_self = (in_class and bool(args) and args[0].arg == "self") or (
                    not in_class and scope.has_self
                )
                cls = node if in_class else scope.cls
                inner = Scope(cls, child, has_self)
                inner_aliases = set(aliases) | _self_tr_aliases(child, result, lines)
                local_tr = _wrapper_context(child, "tr")
                if local_tr is not None and not in_class:
                    inner_aliases = inner_aliases | {"tr:" + local_tr}
                if (
                    child.name in ("_tr", "tr")
                    and not in_class
                    and _wrapper_context(ast.Module(body=[child], type_ignores=[]), child.name)
                ):
                    continue  # the wrapper itself
            if isinstance(child, ast.Call):
                check_call(child, inner, inner_aliases)
            visit(child, inner, inner_aliases)

    def check_call(call: ast.Call, scope: Scope, aliases: set[str]) -> None:
        func, name = call.func, _name(call.func)
        if name in ("tr", "translate") and id(call) in in_fstrings:
            result.notes.append(
                f"{path.relative_to(ROOT)}:{call.lineno}: {name}() inside an f-string, where "
                "lupdate does not look: translate into a name first"
            )
        first = call.args[0] if call.args else None
        # tr("…") through `tr = parent.tr`: the parent's class is known only at run time
        if isinstance(func, ast.Name) and "other:" + func.id in aliases:
            if not _is_str(first):
                result.notes.append(f"{path.relative_to(ROOT)}:{call.lineno}: tr(variable)")
            else:
                result.edits.append(Edit(*_span(call), translate_call(first)))
            return
        # tr("…") through `tr = self.tr`
        if isinstance(func, ast.Name) and func.id in aliases:
            result.edits.append(Edit(*_span(func), "self.tr"))
            return
        # tr("…") through a local `def tr(text): return translate("ctx", text)`
        local = next((a for a in aliases if a.startswith("tr:")), None)
        if isinstance(func, ast.Name) and func.id == "tr" and local and _is_str(first):
            ctx = local[3:]
            new = f'QCoreApplication.translate("{ctx}", {_src(lines, first)})'
            result.edits.append(Edit(*_span(call), new))
            return
        if isinstance(func, ast.Name) and func.id in wrappers and _is_str(first):
            result.edits.append(Edit(*_span(call), translate_call(first)))
            return
        if (
            name == "tr"
            and isinstance(func, ast.Attribute)
            and _src(lines, func.value) != "self"
            and _is_str(first)
        ):
            result.edits.append(Edit(*_span(call), translate_call(first)))
            return
        if name in ("tr", "translate") or name in wrappers:
            _note_percent_s(call, result)
            return
        positions = TEXT_ARGS.get(name)
        if positions is None or (isinstance(func, ast.Attribute) and _name(func.value) in NOT_QT):
            return
        for index in positions:
            if index >= len(call.args):
                continue
            arg = call.args[index]
            targets = arg.elts if isinstance(arg, (ast.List, ast.Tuple)) else [arg]
            for target in targets:
                if _is_str(target) and _is_text(target.value):
                    result.edits.append(Edit(*_span(target), wrap(target, scope)))
                elif isinstance(target, ast.JoinedStr) and any(
                    _is_str(v) and _is_text(v.value) for v in target.values
                ):
                    result.notes.append(
                        f"{path.relative_to(ROOT)}:{target.lineno}: f-string shown to the user: "
                        'write it as fill(tr("… %1"), value)'
                    )

    in_fstrings = {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.JoinedStr)
        for inner in ast.walk(node)
        if isinstance(inner, ast.Call)
    }
    visit(tree, Scope(None, None, False), set())
    return result


def _self_tr_aliases(func: ast.AST, result: FileResult, lines: list[bytes]) -> set[str]:
    """`tr = self.tr` statements directly in the function: removed, their name returned."""
    found = set()
    for stmt in func.body:
        pair = _tuple_alias(stmt, lines)
        if pair is not None:
            found.add(pair[0])
            result.edits.append(Edit(*_span(stmt), pair[1]))
            continue
        if (
            isinstance(stmt, ast.Assign)
            and len(stmt.targets) == 1
            and isinstance(stmt.targets[0], ast.Name)
            and isinstance(stmt.value, ast.Attribute)
            and stmt.value.attr == "tr"
        ):
            owner = _name(stmt.value.value)
            found.add(stmt.targets[0].id if owner == "self" else "other:" + stmt.targets[0].id)
            line = lines[stmt.lineno - 1].decode("utf-8")
            if line.strip() == _src(lines, stmt).strip():  # alone on its line: drop the line
                result.edits.append(Edit((stmt.lineno, 0), (stmt.lineno + 1, 0), ""))
            else:
                result.edits.append(Edit(*_span(stmt), "pass"))
    return found


def _tuple_alias(stmt: ast.stmt, lines: list[bytes]) -> tuple[str, str] | None:
    """`add, tr = self.add_field, self.tr`: the alias, and the statement without it."""
    if not (
        isinstance(stmt, ast.Assign)
        and len(stmt.targets) == 1
        and isinstance(stmt.targets[0], ast.Tuple)
        and isinstance(stmt.value, ast.Tuple)
        and len(stmt.targets[0].elts) == len(stmt.value.elts)
    ):
        return None
    pairs = list(zip(stmt.targets[0].elts, stmt.value.elts, strict=True))
    alias = next(
        (t.id for t, v in pairs if isinstance(t, ast.Name) and isinstance(v, ast.Attribute)
         and v.attr == "tr" and _name(v.value) == "self"),
        None,
    )  # fmt: skip
    if alias is None:
        return None
    kept = [(t, v) for t, v in pairs if not (isinstance(t, ast.Name) and t.id == alias)]
    targets = ", ".join(_src(lines, t) for t, _ in kept)
    values = ", ".join(_src(lines, v) for _, v in kept)
    return alias, f"{targets} = {values}"


def _note_percent_s(call: ast.Call, result: FileResult) -> None:
    for arg in call.args:
        if _is_str(arg) and re.search(r"%[sd]", arg.value):
            result.advice.append(
                f"{result.path.relative_to(ROOT)}:{arg.lineno}: %s in a translated text: "
                "use %1 and ui.texts.fill"
            )


def _span(node: ast.AST) -> tuple[tuple[int, int], tuple[int, int]]:
    return (node.lineno, node.col_offset), (node.end_lineno, node.end_col_offset)


def apply(path: Path, edits: list[Edit]) -> None:
    """Apply the edits from the end of the file backwards (offsets are UTF-8 byte columns)."""
    data = path.read_bytes()
    starts = [0]
    for line in data.split(b"\n"):
        starts.append(starts[-1] + len(line) + 1)

    def offset(pos: tuple[int, int]) -> int:
        return starts[pos[0] - 1] + pos[1]

    data = _drop_fmt_skip(data, [e.start[0] for e in edits])
    starts = [0]
    for line in data.split(b"\n"):
        starts.append(starts[-1] + len(line) + 1)
    chosen: list[Edit] = []
    for edit in sorted(edits, key=lambda e: offset(e.start), reverse=True):
        if chosen and offset(edit.end) > offset(chosen[-1].start):
            continue  # nested in an edit already made (the outer one wins)
        chosen.append(edit)
    for edit in chosen:
        data = data[: offset(edit.start)] + edit.text.encode("utf-8") + data[offset(edit.end) :]
    text = data.decode("utf-8")
    fill_import = r"^from \.+(ui\.)?texts import [^\n]*\bfill\b"
    if "fill(" in text and not re.search(fill_import, text, re.M):
        text = _add_fill_import(text, path)
    if "QCoreApplication.translate(" in text and not re.search(
        r"^from PySide6\.QtCore import (\([^)]*|[^\n]*)\bQCoreApplication\b",
        text,
        re.M,
    ):
        text = _add_import(text)
    path.write_text(text, encoding="utf-8")


def _drop_fmt_skip(data: bytes, edited_lines: list[int]) -> bytes:
    """A `# fmt: skip` on a statement the codemod lengthened goes, so ruff can wrap it."""
    lines = data.split(b"\n")
    for number in set(edited_lines):
        for index in range(number - 1, min(number + 6, len(lines))):
            if lines[index].rstrip().endswith(b"# fmt: skip"):
                lines[index] = lines[index].rstrip()[: -len(b"# fmt: skip")].rstrip()
                break
            if index > number - 1 and not lines[index].startswith((b" ", b"\t")):
                break
    return b"\n".join(lines)


def _add_fill_import(text: str, path: Path) -> str:
    """`from ..texts import fill` (as deep as the module lies under ui/); ruff merges it."""
    depth = len(path.relative_to(UI).parts)
    line = f"from {'.' * depth}texts import fill"
    lines = text.split("\n")
    last = max(i for i, row in enumerate(lines) if row.startswith(("import ", "from ")))
    while "(" in lines[last] and ")" not in lines[last]:
        last += 1
        while ")" not in lines[last]:
            last += 1
    lines.insert(last + 1, line)
    return "\n".join(lines)


def _add_import(text: str) -> str:
    """`from PySide6.QtCore import QCoreApplication` beside the other imports (ruff sorts)."""
    lines = text.split("\n")
    last = max(
        (i for i, line in enumerate(lines) if line.startswith(("import ", "from "))), default=0
    )
    while lines[last].rstrip().endswith("(") or ("(" in lines[last] and ")" not in lines[last]):
        last += 1
        while ")" not in lines[last]:
            last += 1
    lines.insert(last + 1, "from PySide6.QtCore import QCoreApplication")
    return "\n".join(lines)


def run(check: bool, files: list[Path] | None = None) -> list[FileResult]:
    every = sorted(UI.rglob("*.py"))
    qobjects = qobject_classes(every)
    results = [analyse(path, qobjects) for path in (files or every)]
    if check:
        for r in results:
            r.edits += percent_edits(r.path).edits
    else:
        for r in results:
            if r.edits:
                apply(r.path, r.edits)
        for r in results:
            later = percent_edits(r.path).edits
            if later:
                apply(r.path, later)
                r.edits += later
        changed = [r.path for r in results if r.edits]
        changed += [r.path for r in results if drop_unused_wrapper(r.path) and not r.edits]
        ruff = shutil.which("ruff") or str(Path(sys.executable).parent / "ruff")
        if changed and Path(ruff).exists():
            subprocess.run([ruff, "check", "--fix", "--select", "I,F401", *map(str, changed)],
                           check=False, capture_output=True)  # fmt: skip
            subprocess.run([ruff, "format", *map(str, changed)], check=False, capture_output=True)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing, list what to do")
    parser.add_argument("files", nargs="*", type=Path, help="only these files (default: ui/)")
    options = parser.parse_args()
    files = [p.resolve() for p in options.files] or None
    results = run(options.check, files)
    edits = sum(len(r.edits) for r in results)
    for r in results:
        for edit in r.edits if options.check else []:
            print(f"{r.path.relative_to(ROOT)}:{edit.start[0]}: -> {edit.text or '(line removed)'}")
        for note in r.notes + r.advice:
            print(note)
    notes = sum(len(r.notes) + len(r.advice) for r in results)
    verb = "would change" if options.check else "changed"
    print(
        f"{verb} {edits} places in {sum(1 for r in results if r.edits)} files; "
        f"{notes} to fix by hand"
    )
    return 1 if options.check and (edits or notes) else 0


if __name__ == "__main__":
    sys.exit(main())
