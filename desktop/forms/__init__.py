"""Qt Designer forms (``*.ui``) and the Python modules pyside6-uic makes of
them (``ui_*.py``, committed; rebuild with ``python -m desktop.forms.build``).
A test fails when a ``ui_*.py`` is older than its form."""
