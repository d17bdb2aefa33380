"""Printed documents (reportlab): one stylesheet, one page template, one builder per document."""
