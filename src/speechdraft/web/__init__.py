"""The browser face: ``speechdraft serve`` (FastAPI served by uvicorn).

The server keeps nothing: the work in progress lives in the browser (localStorage) and
in the YAML the clerk downloads; every request is answered from the pipeline alone.
"""
