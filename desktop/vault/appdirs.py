"""Where the application keeps its data, settings and caches.

``DOSSIER_SEJOUR_HOME`` (tests, portable installs, reception points) puts all
four under one folder; otherwise platformdirs gives the usual places.  The GUI
must take its settings, recent-files list and caches from here (or from a
reception session's redirected dirs) so a wipe can find them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ENV_HOME = "DOSSIER_SEJOUR_HOME"
APP_NAME = "dossier-sejour"
# The file that makes a folder a store (desktop.vault.store): here, so that asking
# "is there a store yet?" at start-up does not load the cryptography.
HEADER_FILE = "vault.json"


@dataclass(frozen=True)
class AppDirs:
    """The app's own folders (data, config, cache, state), never the Qt defaults."""

    data: Path
    config: Path
    cache: Path
    state: Path

    def all(self) -> tuple[Path, ...]:
        return (self.data, self.config, self.cache, self.state)

    @classmethod
    def under(cls, root: Path) -> AppDirs:
        return cls(root / "data", root / "config", root / "cache", root / "state")


def app_dirs() -> AppDirs:
    home = os.environ.get(ENV_HOME)
    if home:
        return AppDirs.under(Path(home))
    import platformdirs

    return AppDirs(
        data=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        config=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        cache=Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
        state=Path(platformdirs.user_state_dir(APP_NAME, appauthor=False)),
    )


def default_store_dir() -> Path:
    """The personal-mode store: ``<user data dir>/vault``."""
    return app_dirs().data / "vault"


def store_exists(path: Path) -> bool:
    return (Path(path) / HEADER_FILE).is_file()
