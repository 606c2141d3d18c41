"""Qt Designer forms (``*.ui``). pyside6-uic turns them into ``desktop/ui/forms/ui_*.py``
(committed; rebuild with ``python -m desktop.forms.build``); a test fails when a
generated module is out of date. Nothing here imports Qt."""
