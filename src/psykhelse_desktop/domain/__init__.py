"""Plain-Python domain: value types, validation and vocabulary; no database, no Qt."""
