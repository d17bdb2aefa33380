"""The translation catalogues (.ts) in resources/translations, built to .qm with Qt's lrelease.

No .qm is committed: the bundles build them at build time (`compile_catalogues`), and a
source checkout builds them at first start into the cache folder (`compiled_catalogue`), named
by the catalogue's hash so a changed .ts is never read from a stale .qm. No Qt here: the
window loads the result (ui/translator.py), the build scripts call this module directly.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

from .resources import resources_folder

APP_NAME = "psykhelse-desktop"
# Qt's own texts (message box buttons, file dialog, text-field menus) in bokmål.
QT_CATALOGUES = ("qtbase_nb",)
# The window's languages (målformer): bokmål is the source text, nynorsk a translation.
BOKMAL, NYNORSK = "nb", "nn"
LANGUAGES = (BOKMAL, NYNORSK)
# The language chosen last, kept beside the record so the unlock dialog speaks it too (it
# says nothing about anyone: only "nb" or "nn").
LANGUAGE_FILE = "malform.txt"


def translations_folder() -> Path:
    return resources_folder() / "translations"


def catalogue_names(language: str, folder: Path | None = None) -> list[str]:
    """The catalogues to load for a language: every `*_nb.ts` or `*_nn.ts` in the folder
    (the window's texts, Qt's own, the core's and the documents'), so a new one is picked up
    by being there."""
    folder = folder or translations_folder()
    found = {p.stem for kind in ("ts", "qm") for p in folder.glob(f"*_{language}.{kind}")}
    if language == BOKMAL:
        found |= set(QT_CATALOGUES)
    return sorted(found)


def remembered_language(data_dir: Path) -> str:
    """The language chosen last for the record in `data_dir`; bokmål when none was."""
    try:
        text = (data_dir / LANGUAGE_FILE).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return BOKMAL
    return text if text in LANGUAGES else BOKMAL


def remember_language(data_dir: Path, language: str) -> None:
    """Keep the choice for the next start's unlock dialog (a failed write only loses that)."""
    if language not in LANGUAGES:
        raise ValueError(language)
    try:
        if data_dir.is_dir() and remembered_language(data_dir) != language:
            (data_dir / LANGUAGE_FILE).write_text(language + "\n", encoding="ascii")
    except OSError:
        pass


def cache_folder() -> Path:
    import platformdirs  # noqa: PLC0415 (the Windows build imports this module without it)

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "oversettelser"


def lrelease() -> Path | None:
    """The lrelease that PySide6 ships (beside its package), or one on PATH."""
    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    spec = importlib.util.find_spec("PySide6")  # its folder only; Qt is not loaded here
    if spec is not None and spec.submodule_search_locations:
        shipped = Path(spec.submodule_search_locations[0]) / name
        if shipped.is_file():
            return shipped
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return Path(found) if found else None


def build_qm(source: Path, target: Path) -> None:
    """Compile one .ts to .qm; written under a temporary name, so a kill leaves no half file."""
    tool = lrelease()
    if tool is None:
        raise FileNotFoundError("lrelease")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.{os.getpid()}.part")
    subprocess.run(
        [str(tool), "-silent", str(source), "-qm", str(partial)],
        check=True,
        capture_output=True,
    )
    partial.replace(target)


def compile_catalogues(source: Path, target: Path) -> list[Path]:
    """Every .ts in `source` as NAME.qm in `target` (the build scripts of the bundles)."""
    built = []
    for catalogue in sorted(source.glob("*.ts")):
        qm = target / (catalogue.stem + ".qm")
        build_qm(catalogue, qm)
        built.append(qm)
    return built


def compiled_catalogue(name: str, folder: Path | None = None, cache: Path | None = None) -> Path:
    """The .qm for catalogue `name`: built beside it (a bundle), or in the cache by hash.

    Raises OSError (or CalledProcessError) when it can be neither found nor built.
    """
    folder = folder or translations_folder()
    source, shipped = folder / f"{name}.ts", folder / f"{name}.qm"
    if not source.is_file():
        if shipped.is_file():
            return shipped
        raise FileNotFoundError(source)
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    cached = (cache or cache_folder()) / f"{name}-{digest}.qm"
    if not cached.is_file():
        build_qm(source, cached)
    return cached
