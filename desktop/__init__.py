"""Dossier Séjour: offline preparation of a French residence-permit dossier."""

__version__ = "0.1.0"
