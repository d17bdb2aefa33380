"""Psykhelse Desktop: an offline-first encrypted working record for a psychiatric nurse."""

__version__ = "0.1.0"
