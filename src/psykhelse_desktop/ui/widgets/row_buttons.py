"""Buttons that act on the chosen row of a list are enabled only while a row is chosen."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import shiboken6
from PySide6.QtWidgets import QAbstractButton, QTreeWidget


def follow_selection(
    tree: QTreeWidget, buttons: Sequence[QAbstractButton], chosen: Callable[[], bool]
) -> Callable[[], None]:
    """Keep `buttons` enabled exactly while `chosen()` (a row is chosen) holds; returns the
    update, for a caller that changes what `chosen` depends on by other means."""

    def update(*_args: object) -> None:
        if not shiboken6.isValid(tree):  # the model empties itself as the tree is destroyed
            return
        enabled = chosen()
        for button in buttons:
            button.setEnabled(enabled)

    model = tree.model()  # clear() does not always say the current row went: the model does
    for signal in (tree.currentItemChanged, tree.itemSelectionChanged, model.modelReset,
                   model.rowsRemoved):  # fmt: skip
        signal.connect(update)
    update()
    return update
