"""Bundled reference data: helplines, awareness texts, demo records."""
