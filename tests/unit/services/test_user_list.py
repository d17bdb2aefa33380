"""The paged user list: its count, pages and places agree with the plain search, in order."""

from __future__ import annotations

import pytest

from psykhelse_desktop.services.demo.populate import populate_demo
from psykhelse_desktop.services.records import service_users
from psykhelse_desktop.services.records.user_list import UserList, Which, count, page, place

SEARCHES = [UserList(q, w) for q in ("", "a", "øv", "nord sen", "zzz") for w in Which]


def expected_ids(db, listing: UserList) -> list[int]:
    every = service_users.search_ids(db, listing.query, include_closed=True)
    active = set(service_users.search_ids(db, listing.query))
    if listing.which is Which.ACTIVE:
        return [i for i in every if i in active]
    if listing.which is Which.CLOSED:
        return [i for i in every if i not in active]
    return every


@pytest.fixture
def listed(db):
    populate_demo(db, 140)
    return db


@pytest.mark.parametrize("listing", SEARCHES, ids=str)
def test_count_and_pages_give_the_search_in_name_order(listed, listing):
    ids = expected_ids(listed, listing)
    assert count(listed, listing) == len(ids)
    paged = [
        row.id for start in range(0, len(ids) + 1, 30) for row in page(listed, listing, start, 30)
    ]
    assert paged == ids


@pytest.mark.parametrize("listing", SEARCHES, ids=str)
def test_a_place_is_her_row_and_the_page_she_is_on(listed, listing):
    ids = expected_ids(listed, listing)
    for row, user_id in enumerate(ids):
        found = place(listed, listing, user_id, 16)
        assert found.row == row
        assert found.page_start == row - row % 16
        assert [r.id for r in found.page] == ids[found.page_start : found.page_start + 16]


def test_someone_outside_the_search_has_no_place(listed):
    closed = expected_ids(listed, UserList("", Which.CLOSED))
    assert closed, "the demo record has closed users"
    assert place(listed, UserList("", Which.ACTIVE), closed[0], 16) is None
    assert place(listed, UserList(), 999_999, 16) is None
