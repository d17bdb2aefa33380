"""Small reusable widgets: date fields, simple read-only tables and section headers."""
