"""What a frozen bundle keeps: shared by the program's spec and the bare-window floor."""

from __future__ import annotations

import posixpath
from pathlib import PurePath

# Qt modules and Python packages the program never imports (the core never touches Qt; the
# window uses QtCore, QtGui, QtWidgets, QtPrintSupport for «Skriv ut…», and QtNetwork's local
# socket that lets a second start wake the running window).
EXCLUDED_MODULES = [
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets",
    "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtSvg", "PySide6.QtSvgWidgets",
    "PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtDBus",
    "PySide6.QtSql", "PySide6.QtTest", "PySide6.QtXml", "PySide6.QtConcurrent",
    "PySide6.QtDesigner", "PySide6.QtHelp", "PySide6.QtUiTools", "PySide6.QtMultimedia",
    "tkinter", "_tkinter", "PIL.ImageTk", "PIL.ImageQt", "PIL._avif", "PIL._webp",
    "PIL._imagingft", "PIL._imagingcms", "PIL._imagingtk", "PIL.AvifImagePlugin",
    "PIL.WebPImagePlugin", "numpy", "pytest", "xmlrpc", "readline", "sqlite3",
]  # fmt: skip

# Libraries dragged in by plugins or hooks that the Qt modules above do not need.
EXCLUDED_LIBRARY_PREFIXES = (
    "libQt6Qml", "libQt6Quick", "libQt6Pdf", "libQt6Svg", "libQt6OpenGL",
    "libQt6VirtualKeyboard", "libavif", "libwebp", "libsharpyuv", "liblcms2", "libfreetype-",
    "libharfbuzz-", "libbrotli",
)  # fmt: skip

# Plugins the program uses: the X11 window (Wayland desktops run it through XWayland), the
# offscreen one for headless checks, and the image formats for the logo. GTK's platform theme
# would drag the whole GTK stack of the build machine into the bundle.
QT_PLUGINS = {
    "platforms": ("libqxcb", "libqoffscreen", "qwindows", "qoffscreen"),
    "imageformats": ("libqjpeg", "libqico", "libqgif", "qjpeg", "qico", "qgif"),
}


def keep(dest: str) -> bool:
    """Whether a collected file (by its path inside the bundle) ships."""
    path = PurePath(dest)
    name = path.name
    if name.startswith(EXCLUDED_LIBRARY_PREFIXES):
        return False
    parts = path.parts
    if parts[0] == "stdnum" and name.endswith(".dat"):
        return False  # number-plan tables (IBAN, MAC, IMSI …); the Norwegian IDs need none
    if "translations" in parts and "Qt" in parts:
        return False  # Qt's own .qm files: the program's texts are Norwegian at the source
    if "plugins" in parts:
        return _keep_plugin(parts)
    return True


def _keep_plugin(parts: tuple[str, ...]) -> bool:
    folder = parts[parts.index("plugins") + 1 :][:1]
    return bool(folder) and parts[-1].startswith(QT_PLUGINS.get(folder[0], ("\0",)))


def trimmed(binaries: list, datas: list) -> tuple[list, list]:
    """The TOCs without the files `keep` refuses and the libraries nothing kept loads."""
    binaries = _reachable([entry for entry in binaries if keep(entry[0])])
    kept = {entry[0] for entry in binaries}
    datas = [entry for entry in datas if keep(entry[0]) and _link_kept(entry, kept)]
    return binaries, datas


def _reachable(binaries: list) -> list:
    """Only the libraries that a kept extension, plugin or ctypes library still loads.

    PyInstaller gathers the dependencies of every Qt plugin before the spec drops plugins, so
    the libraries of the dropped ones (GTK's theme, EGL, Wayland) would ship otherwise.
    """
    from PyInstaller.depend.bindepend import get_imports

    roots = [entry for entry in binaries if _is_root(entry)]
    needed = {PurePath(entry[0]).name for entry in roots}
    for _, source, _ in roots:
        needed.update(name for name, _ in get_imports(source))
    return [entry for entry in binaries if PurePath(entry[0]).name in needed]


def _is_root(entry: tuple) -> bool:
    dest, _, kind = entry
    path = PurePath(dest)
    loaded_by_ctypes = "pypdfium2_raw" in path.parts
    python = path.name.startswith("libpython")
    return kind == "EXTENSION" or "plugins" in path.parts or loaded_by_ctypes or python


def _link_kept(entry: tuple, kept: set[str]) -> bool:
    """A symbolic link ships only if the library it points to does."""
    dest, target, kind = entry
    if kind != "SYMLINK":
        return True
    return posixpath.normpath(posixpath.join(posixpath.dirname(dest), target)) in kept
