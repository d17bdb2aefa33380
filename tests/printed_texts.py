"""The texts printing asks the catalogues for: found in the code, so a test can check each."""

from __future__ import annotations

import ast
import enum
import importlib
import pkgutil
from pathlib import Path

import psykhelse_desktop.domain as domain_package
from psykhelse_desktop.printing import crisis_pdf, record_copy_pdf
from psykhelse_desktop.services.plans import plan_changes

PRINTING = Path(crisis_pdf.__file__).parent
# Outside printing/, the modules whose words are printed (they call words.tr too).
ALSO_PRINTED = (
    PRINTING.parent / "services" / "plans" / "plan_changes.py",
    PRINTING.parent / "services" / "meetings" / "groups.py",
)
# Functions that print a table of headings in a loop: looped_texts() lists what they ask for.
LOOPING = {"crisis_parts", "part_title", "crisis_labels"}


def _constants(tree: ast.Module) -> dict[str, str]:
    """The module's top-level NAME = "text" assignments."""
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
            for target in node.targets:
                if isinstance(target, ast.Name) and isinstance(node.value.value, str):
                    found[target.id] = node.value.value
    return found


def _value(node: ast.expr, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def printing_calls() -> tuple[set[tuple[str, str]], list[str]]:
    """Every (context, source) of a tr() call in printing/, and the calls that cannot be read
    (a source that is neither a string nor a module constant)."""
    found: set[tuple[str, str]] = set()
    unreadable: list[str] = []
    for path in [*sorted(PRINTING.glob("*.py")), *ALSO_PRINTED]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = _constants(tree)
        looping = {
            id(inner)
            for function in ast.walk(tree)
            if isinstance(function, ast.FunctionDef) and function.name in LOOPING
            for inner in ast.walk(function)
        }
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "tr"):
                continue
            if id(node) in looping:
                continue
            context, source = (_value(arg, constants) for arg in node.args[:2])
            if context is None or source is None:
                unreadable.append(f"{path.name}:{node.lineno}")
            else:
                found.add((context, source))
    return found, unreadable


def looped_texts() -> set[tuple[str, str]]:
    """The headings printed through a loop over a table (crisis parts, parts of the copy)."""
    found = {("crisis_pdf", title) for _name, title in crisis_pdf.CRISIS_PARTS}
    found |= {("plan_changes", label) for label in plan_changes._CRISIS_LABELS.values()}
    return found | {("record_copy_pdf", title) for title in record_copy_pdf.PARTS}


# Words that are no message: matched in typed text, a word list, templates the nurse types
# into (they become her record), a template filled before it is shown.
NOT_MESSAGES = {"_HOME_WORDS", "_FOLLOW_UP", "QUICK_TEMPLATES", "HIDDEN_MESSAGE", "WORDS"}


def domain_messages() -> set[str]:
    """The fixed messages and captions of domain/ (errors, validation, settings, figures):
    every plain string with a space in it, but docstrings, f-strings, dictionary keys and
    NOT_MESSAGES (the window passes them through QCoreApplication.translate("domain", ...))."""
    found: set[str] = set()
    for path in sorted(Path(domain_package.__file__).parent.glob("*.py")):
        if path.stem == "passphrase_words":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skipped = _not_messages(tree)
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in skipped
            ):
                text = node.value
                if (
                    " " in text.strip()
                    and any(c.isalpha() for c in text)
                    and text[0] not in "^(\\["
                ):
                    found.add(text)
    return found


def _not_messages(tree: ast.Module) -> set[int]:
    skipped: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            skipped.add(id(body[0].value))  # a docstring
        if isinstance(node, ast.JoinedStr):
            skipped |= {id(inner) for inner in ast.walk(node)}
        if isinstance(node, ast.Dict):
            skipped |= {id(key) for key in node.keys if key is not None}
        targets = getattr(node, "targets", None) or [getattr(node, "target", None)]
        if isinstance(node, ast.Assign | ast.AnnAssign) and any(
            isinstance(t, ast.Name) and t.id in NOT_MESSAGES for t in targets
        ):
            skipped |= {id(inner) for inner in ast.walk(node)}
    return skipped


def domain_modules() -> list:
    return [
        importlib.import_module(f"{domain_package.__name__}.{info.name}")
        for info in pkgutil.iter_modules(domain_package.__path__)
    ]


def domain_texts() -> set[str]:
    """Every label of an enum in domain/ and the fixed words of its vocabularies."""
    from psykhelse_desktop.domain import (
        access,
        group_vocabulary,
        journal,
        plain_words,
        plan_vocabulary,
        vocabulary,
    )

    texts: set[str] = set()
    for module in domain_modules():
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, enum.Enum):
                if value.__module__ == module.__name__ and hasattr(value, "label"):
                    texts |= {member.label for member in value}
                if value.__module__ == module.__name__ and hasattr(value, "title"):
                    texts |= {member.title for member in value if isinstance(member.title, str)}
    texts |= set(plan_vocabulary.PLAN_PARTS)
    texts |= {
        plan_vocabulary.EVALUATIONS_HEADING, plan_vocabulary.CRISIS_HEADING,
        plan_vocabulary.NOT_FILLED, plan_vocabulary.KIN_QUESTION, plan_vocabulary.CONFIDENTIAL,
        plan_vocabulary.OUT_OF_HOURS_NUMBERS,
        group_vocabulary.INVITATION_TITLE, group_vocabulary.AGENDA_TITLE,
        group_vocabulary.MINUTES_TITLE, group_vocabulary.VIDEO_PLACE,
        group_vocabulary.CARRIED_OVER_HEADING, group_vocabulary.HOME_VISIT,
        access.ACCESS_LOG_TITLE, access.RECORD_COPY_TITLE, access.LEGAL_BASIS,
        access.COPY_BASIS, journal.ADDENDUM_LABEL,
    }  # fmt: skip
    texts |= set(group_vocabulary.MEMBER_ROLES)
    texts |= set(vocabulary.RELATIONS) | set(vocabulary.CONTACT_ROLES)
    texts |= set(vocabulary.AUDIT_ACTION_LABELS.values())
    texts |= set(vocabulary.SERVICE_USER_FIELD_LABELS.values())
    texts |= set(plain_words.PLAIN_WORDS.values())
    return texts
