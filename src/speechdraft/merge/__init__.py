"""update and diff: the clerk's edited draft merged with a new render, as tracked changes.

``record`` (in writers/) says what was generated; ``align`` pairs paragraphs across the
three versions; ``sentences`` merges within a paragraph; ``tracked`` writes w:ins/w:del
and comments into the clerk's own document; ``update`` puts them together.
"""
