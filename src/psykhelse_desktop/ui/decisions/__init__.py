"""Decisions, low-threshold help and requests for help: the tab, the page and their dialogs."""
