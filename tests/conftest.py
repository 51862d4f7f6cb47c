import pytest

from tests.factories import make_publication_index, make_site_tree


@pytest.fixture
def site_tree(db):
    home, index = make_site_tree()
    return home, index


@pytest.fixture
def condition_index(site_tree):
    return site_tree[1]


@pytest.fixture
def publication_index(site_tree):
    return make_publication_index(site_tree[0])
