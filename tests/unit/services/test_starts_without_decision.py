"""The figures come from decisions: a start date alone is counted, and said, as not counted."""

import datetime as dt

from tests.report_helpers import YEAR_2024, insert_report_data

from psykhelse_desktop.domain.records import ServiceUserForm
from psykhelse_desktop.services.records import service_users
from psykhelse_desktop.services.reports.municipal_report import (
    aggregate_report,
    starts_without_decision,
)
from psykhelse_desktop.storage.daily_models import ServiceDecision

D = dt.date


def _started(db, last: str, start: dt.date, decided: tuple[dt.date, dt.date] | None = None) -> None:
    form = ServiceUserForm("Testa", last, birth_date=D(1990, 1, 1), service_start=start)
    user_id = service_users.create(db, form)
    if decided is not None:
        with db.transaction() as session:
            session.add(ServiceDecision(
                service_user_id=user_id, service_type="hjemmebaserte", hours_per_week=1,
                decided_on=decided[0], valid_from=decided[0], valid_to=decided[1],
            ))  # fmt: skip


def test_a_start_in_the_period_without_a_decision_in_it_is_counted_as_not_counted(db):
    insert_report_data(db)
    _started(db, "Udekket", D(2024, 3, 1))
    _started(db, "Gammelvedtak", D(2024, 4, 1), (D(2021, 1, 1), D(2021, 12, 31)))
    _started(db, "Medvedtak", D(2024, 5, 1), (D(2024, 5, 1), None))
    _started(db, "Ifjor", D(2023, 5, 1))
    assert starts_without_decision(db, *YEAR_2024) == 2
    assert starts_without_decision(db, D(2023, 1, 1), D(2023, 12, 31)) == 1


def test_those_users_are_not_in_the_figures(db):
    insert_report_data(db)
    before = aggregate_report(db, *YEAR_2024).figures
    _started(db, "Udekket", D(2024, 3, 1))
    assert aggregate_report(db, *YEAR_2024).figures == before
