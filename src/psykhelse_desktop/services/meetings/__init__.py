"""Responsibility groups and their meetings, minutes and action items."""
