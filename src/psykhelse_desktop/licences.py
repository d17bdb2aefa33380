"""The components the program bundles and their licence texts, for Hjelp → «Om»."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from .resources import resources_folder

INDEX_FILE = "components.toml"


@dataclass(frozen=True)
class BundledComponent:
    name: str
    licence: str
    packages: tuple[str, ...]
    text: str


def licences_folder() -> Path:
    return resources_folder() / "licenses"


def bundled_components(folder: Path | None = None) -> list[BundledComponent]:
    """Every bundled component with its licence texts, in the order of the index.

    Empty when the program was installed without them (a plain `pip install`).
    """
    folder = folder or licences_folder()
    index = folder / INDEX_FILE
    if not index.is_file():
        return []
    entries = tomllib.loads(index.read_text(encoding="utf-8"))["component"]
    return [_component(folder, entry) for entry in entries]


def _component(folder: Path, entry: dict) -> BundledComponent:
    texts = [(folder / name).read_text(encoding="utf-8") for name in entry["files"]]
    return BundledComponent(
        name=entry["name"],
        licence=entry["licence"],
        packages=tuple(entry["packages"]),
        text="\n\n".join(text.strip() for text in texts),
    )
