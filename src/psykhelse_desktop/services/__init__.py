"""Use cases: each call is one transaction and returns plain data."""
