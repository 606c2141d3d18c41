import sys

from desktop.cli import main

if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        # The bundle's process pool must not re-run the app in a PyInstaller build.
        import multiprocessing

        multiprocessing.freeze_support()
    raise SystemExit(main())
