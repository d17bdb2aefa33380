"""Check, without Windows, that every DLL each bundled .pyd/.dll/.exe imports will be found.

    python check_imports.py STAGE_DIR

Windows loads an extension's dependencies from the extension's own folder, the program's
folder (python\\), the folders a package adds with os.add_dll_directory (PySide6 and
shiboken6 add their own), and the system. Anything else (msvcp140.dll, say) is missing on a
clean laptop: the build fails here instead of on her machine.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pefile

# DLLs that Windows 10 (1903 and later) and 11 always have. icuuc.dll and icuin.dll are the
# system ICU that Qt 6 uses on Windows.
SYSTEM_DLLS = {
    "advapi32.dll", "authz.dll", "bcrypt.dll", "cfgmgr32.dll", "comctl32.dll", "comdlg32.dll",
    "crypt32.dll", "d3d11.dll", "d3d12.dll", "d3d9.dll", "dcomp.dll", "dwmapi.dll",
    "dwrite.dll", "d2d1.dll", "dxgi.dll", "gdi32.dll", "icuin.dll", "icuuc.dll",
    "imm32.dll", "iphlpapi.dll", "kernel32.dll", "mpr.dll", "msvcrt.dll", "ncrypt.dll",
    "netapi32.dll", "ntdll.dll", "ole32.dll", "oleaut32.dll", "opengl32.dll", "propsys.dll",
    "rpcrt4.dll", "secur32.dll", "setupapi.dll", "shcore.dll", "shell32.dll", "shlwapi.dll",
    "ucrtbase.dll", "user32.dll", "userenv.dll", "uxtheme.dll", "version.dll", "winmm.dll",
    "winspool.drv", "ws2_32.dll", "wtsapi32.dll", "dbghelp.dll", "psapi.dll", "powrprof.dll",
    "wintrust.dll", "normaliz.dll", "msimg32.dll", "usp10.dll", "mswsock.dll", "dnsapi.dll",
    "wldap32.dll", "credui.dll", "hid.dll", "d3dcompiler_47.dll", "glu32.dll", "mscms.dll",
    "uiautomationcore.dll",
}  # fmt: skip
SYSTEM_PREFIXES = ("api-ms-win-", "ext-ms-")
PE_SUFFIXES = {".dll", ".pyd", ".exe"}


def imported_dlls(path: Path) -> set[str]:
    pe = pefile.PE(str(path), fast_load=True)
    pe.parse_data_directories(
        directories=[
            pefile.DIRECTORY_ENTRY["IMAGE_DIRECTORY_ENTRY_IMPORT"],
            pefile.DIRECTORY_ENTRY["IMAGE_DIRECTORY_ENTRY_DELAY_IMPORT"],
        ]
    )
    entries = getattr(pe, "DIRECTORY_ENTRY_IMPORT", []) + getattr(
        pe, "DIRECTORY_ENTRY_DELAY_IMPORT", []
    )
    pe.close()
    return {entry.dll.decode("ascii").lower() for entry in entries}


def is_system(dll: str) -> bool:
    return dll in SYSTEM_DLLS or dll.startswith(SYSTEM_PREFIXES)


def search_folders(stage: Path) -> list[Path]:
    """The program folder and the folders packages add with os.add_dll_directory."""
    lib = stage / "lib"
    return [stage / "python", lib / "PySide6", lib / "shiboken6", *lib.glob("*.libs")]


def missing_imports(stage: Path) -> list[str]:
    files = [p for p in stage.rglob("*") if p.suffix.lower() in PE_SUFFIXES and p.is_file()]
    shared = {p.name.lower() for folder in search_folders(stage) for p in folder.glob("*.dll")}
    problems = []
    for path in sorted(files):
        beside = {p.name.lower() for p in path.parent.iterdir()}
        for dll in sorted(imported_dlls(path)):
            if not (is_system(dll) or dll in beside or dll in shared):
                problems.append(f"{path.relative_to(stage)} needs {dll}, which is not bundled")
    return problems


def main(stage: Path) -> int:
    checked = [p for p in stage.rglob("*") if p.suffix.lower() in PE_SUFFIXES]
    problems = missing_imports(stage)
    for line in problems:
        print(line)
    print(f"PE imports: {len(checked)} files checked, {len(problems)} missing DLL(s).")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
