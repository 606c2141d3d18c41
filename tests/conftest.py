import atexit
import os
import shutil
import tempfile

# Without a display, creating a QApplication aborts the process: go offscreen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("DOSSIER_LANG", "fr")

# The clear working areas (desktop/vault/scratch.py) of this test process and its
# children go to a runtime folder of its own: the sweep a window or a vault command
# runs at start sees this run's areas only, never the machine's or another worker's.
_RUN = tempfile.mkdtemp(prefix="ds-test-run-")
os.environ["XDG_RUNTIME_DIR"] = _RUN
atexit.register(shutil.rmtree, _RUN, True)
