"""The Qt front end: the only package importing PySide6 (through ``desktop.ui.qt``)."""
