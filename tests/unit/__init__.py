"""Unit tests: the Qt-free core (storage, indexing, archive_app) without a display."""
