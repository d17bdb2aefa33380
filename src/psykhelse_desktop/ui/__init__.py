"""The Qt window of Psykhelse Desktop: the only package that imports PySide6."""

from .source_check import keep_no_sources

keep_no_sources()
