import os

# Without a display, creating a QApplication aborts the process: go offscreen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("DOSSIER_LANG", "fr")
