"""GUI tests (pytest-qt, offscreen): the window used as the nurse would use it."""
