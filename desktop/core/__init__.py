"""Dossier model, permit catalog, rule engine, identifiers. Standard library only."""
