"""The Qt window of Psykhelse Desktop: the only package that imports PySide6."""
