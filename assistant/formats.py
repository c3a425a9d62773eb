"""Converters for formats other than plain text: PDF, DOCX, HTML (see issue 6)."""

CONVERTERS: dict = {}
