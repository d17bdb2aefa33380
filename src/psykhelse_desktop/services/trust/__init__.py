"""Keeping the record safe: creating and unlocking it, the self-test."""
