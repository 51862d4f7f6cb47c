"""Wagtail's database search backend, tuned for Dutch.

On PostgreSQL it is Wagtail's full-text search with the text search configuration in
SEARCH_CONFIG ('dutch'): the stems and stop words of the language. SQLite's FTS5 has no Dutch
stemmer, so there each word of a query is matched as a prefix of its stem (search/sqlite.py).
"""

from django.db import connection
from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend


def SearchBackend(params):  # noqa: N802 (Wagtail looks up this name in a backend module)
    backend = DatabaseSearchBackend(params)
    if connection.vendor == "sqlite" and type(backend).__name__ == "SQLiteSearchBackend":
        # Imported here: its models only exist on a database with SQLite's FTS5.
        from .sqlite import DutchSQLiteSearchBackend

        return DutchSQLiteSearchBackend(params)
    return backend
