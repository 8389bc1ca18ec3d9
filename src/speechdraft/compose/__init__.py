"""Composing a draft: level and year words (context), wording from the phrase bank through
Jinja2 templates (render, sandbox), and the document model with generated numbering (structure)."""
