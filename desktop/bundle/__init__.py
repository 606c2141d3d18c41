"""The bundle: upload-ready slot files under the size budget, the complete dossier
PDF with its cover sheet, the ANEF guide, the watermark.

Entry points: ``desktop.bundle.build.build_dossier`` and
``desktop.bundle.build.convert_files``. This module stays import-light: the
image workers (``desktop.bundle.images``) are spawned processes.
"""
