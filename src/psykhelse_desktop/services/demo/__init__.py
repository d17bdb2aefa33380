"""Synthetic demo records: people, plans, groups and daily work, never real ones."""
