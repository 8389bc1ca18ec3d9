"""speechdraft：从会议信息生成教育工作会议讲话稿初稿。

Kept free of imports so that ``speechdraft --help`` stays fast: python-docx and
Jinja2 are loaded only by the commands that need them.
"""

__version__ = "0.1.0"
