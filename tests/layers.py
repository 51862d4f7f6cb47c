"""Database layers: content that many tests read, built once per test session and fresh for each test.

Building the demo site takes seconds (pages, revisions, pictures), and a hundred tests read it; a
permissions matrix asks the same small site the same questions 56 times. A layer builds its content
once per session (per pytest-xdist worker), inside a transaction that is never committed. Each test
that uses it runs in a savepoint within it (pytest-django's TestCase), so a test that changes the
content leaves the next one the same fresh copy, as Django's `setUpTestData` does for a class.

Only one layer can be open at a time, and a test that empties the database (a transactional one)
cannot run inside one. So tests/conftest.py orders the tests: those on an empty database first, then
each layer's tests together, then the transactional ones; before a test that needs another layer or
none, the open layer is rolled back. A layer is a session fixture whose name ends in `_layer`:

    @pytest.fixture(scope="session")
    def archive_layer(request):
        yield from DatabaseLayer.built(request, build_archive)

    @pytest.fixture
    def archive(archive_layer, db):
        return archive_layer.fresh()
"""

import copy

import pytest
from django.db import connections, transaction

SUFFIX = "_layer"


class DatabaseLayer:
    current = None

    def __init__(self, name, blocker):
        self.name = name
        self.blocker = blocker
        self.atomics = {}
        self.content = None
        self.left = False

    @classmethod
    def built(cls, request, build):
        """A layer fixture's body: the layer with what `build()` returned, rolled back at the end."""
        request.getfixturevalue("django_db_setup")
        layer = cls(request.fixturename, request.getfixturevalue("django_db_blocker"))
        layer.enter(build)
        yield layer
        layer.leave()

    def enter(self, build):
        if DatabaseLayer.current is not None:
            DatabaseLayer.current.leave()
        with self.blocker.unblock():
            for alias in connections:
                atomic = transaction.atomic(using=alias)
                # As Django's TestCase marks its own: a durable block inside a test still works.
                atomic._from_testcase = True
                atomic.__enter__()
                self.atomics[alias] = atomic
        DatabaseLayer.current = self
        try:
            with self.blocker.unblock():
                self.content = build()
        except BaseException:
            # A build that fails leaves no transaction open for the tests that come after it.
            self.leave()
            raise

    def leave(self):
        if self.left:
            return
        self.left = True
        if DatabaseLayer.current is self:
            DatabaseLayer.current = None
        with self.blocker.unblock():
            for alias, atomic in reversed(self.atomics.items()):
                transaction.set_rollback(True, using=alias)
                atomic.__exit__(None, None, None)

    def fresh(self):
        """The content for one test: a copy of what was built (the caches start empty: tests/conftest.py)."""
        if self.left:
            pytest.fail("this layer was rolled back before all its tests ran: the tests are out of order")
        return copy.deepcopy(self.content)


def layer_of(item):
    """The name of the layer a test runs in, or None."""
    names = [name for name in item.fixturenames if name.endswith(SUFFIX)]
    if len(names) > 1:
        raise pytest.UsageError(f"{item.nodeid} asks for two database layers: {', '.join(names)}")
    return names[0] if names else None
