import multiprocessing

from desktop.cli import main

if __name__ == "__main__":
    # The bundle's process pool must not re-run the app in a frozen (PyInstaller) build.
    multiprocessing.freeze_support()
    raise SystemExit(main())
