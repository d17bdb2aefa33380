"""Individual plans: create, open, save a revision, evaluate, compare; every step audited."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from ...domain.errors import NotFound, UserError, ValidationFailed
from ...domain.plan_vocabulary import PlanStatus
from ...domain.plans import (
    Evaluation,
    Goal,
    IndividualPlan,
    Measure,
    PlanChange,
    PlanView,
    RevisionInfo,
    SharingParty,
    validate_plan,
)
from ...storage import models as m
from ..clock import oslo_today, to_oslo
from ..database import Database, get_row
from ..records.consents import load_consents, save_plan_consents
from ..versions import require_version
from .plan_changes import describe_changes
from .plan_coordinators import current_coordinator
from .plan_snapshots import plan_from_json, plan_to_json
from .sharing import sharing_parties


@dataclass(frozen=True)
class PrintSource:
    person_name: str
    birth_date: dt.date | None
    view: PlanView
    changes: list[PlanChange]
    share_with: tuple[SharingParty, ...] = ()


NO_PLAN_MESSAGE = "Tjenestemottakeren har ingen individuell plan ennå. Opprett planen først."
PLAN_EXISTS_MESSAGE = "Tjenestemottakeren har allerede en individuell plan. Åpne den i stedet."


def create_plan(db: Database, user_id: int) -> PlanView:
    """Start the one plan a service user may have, as a draft (revision 1)."""
    with db.transaction() as session:
        _require_user(session, user_id)
        if _plan_row(session, user_id) is not None:
            raise UserError(PLAN_EXISTS_MESSAGE)
        row = m.IndividualPlan(service_user_id=user_id)
        session.add(row)
        session.flush()
        plan = IndividualPlan(coordinator=current_coordinator(session, user_id),
                              consents=tuple(load_consents(session, user_id)))  # fmt: skip
        _write_revision(db, session, row, plan)
        db.audit(session, "plan_create", user_id)
        return _view(session, row, plan)


def open_plan(db: Database, user_id: int, *, log: bool = True) -> PlanView | None:
    """The newest revision and the revision list; None when there is no plan. Audited unless
    `log` is False (the caller has logged this look already)."""
    with db.transaction() as session:
        found = _current(session, user_id)
        if log:
            db.audit(session, "open", user_id, "Individuell plan")
        return None if found is None else _view(session, *found)


def save_plan(
    db: Database,
    user_id: int,
    plan: IndividualPlan,
    *,
    version: int,
    today: dt.date | None = None,
    shown_consents: tuple[int, ...] | None = None,
) -> tuple[PlanView, list[PlanChange]]:
    """Save the plan opened on revision `version` as a new revision (nothing is written when
    nothing changed). EditConflict, with the newest revision, if one was saved since.

    Consents go to the consent list: a consent the form showed (`shown_consents`, default: all
    current ones) and left out is withdrawn; one given elsewhere meanwhile is kept."""
    with db.transaction() as session:
        return _save(db, session, user_id, plan, version, today, shown_consents)


def set_measure_goals(
    db: Database,
    user_id: int,
    measure_id: int,
    goal_ids: tuple[int, ...],
    *,
    version: int,
    today: dt.date | None = None,
) -> PlanView:
    """Which goals a measure serves, saved as a new revision in one transaction; EditConflict
    if a revision was saved since `version` was opened."""
    with db.transaction() as session:
        row, current = _require_current(session, user_id)
        require_version(row.current_revision, version, "Planen", lambda: current)
        _require_measure(current, measure_id)
        if set(goal_ids) - {g.id for g in current.goals}:
            raise UserError("Målet finnes ikke i planen. Last planen på nytt og prøv igjen.")
        linked = tuple(sorted(set(goal_ids)))
        measures = tuple(
            dataclasses.replace(m, goal_ids=linked) if m.id == measure_id else m
            for m in current.measures
        )
        plan = dataclasses.replace(current, measures=measures)
        return _save(db, session, user_id, plan, version, today, None)[0]


def measure_goals(db: Database, user_id: int, measure_id: int) -> tuple[Goal, ...]:
    """The goals of the newest revision that this measure serves, in the plan's order."""
    with db.transaction() as session:
        _, plan = _require_current(session, user_id)
        db.audit(session, "open", user_id, "Individuell plan: mål for et tiltak")
        linked = _require_measure(plan, measure_id).goal_ids
        return tuple(g for g in plan.goals if g.id in linked)


def set_status(
    db: Database, user_id: int, status: PlanStatus, *, today: dt.date | None = None
) -> PlanView:
    """Mark the newest revision as draft, active or ended; activation needs coordinator and
    consent."""
    if status is PlanStatus.DUE:
        raise UserError("«Skal revideres» settes av revisjonsdatoen, ikke for hånd.")
    view = _require_view(db, user_id)
    plan = dataclasses.replace(view.plan, status=status)
    return save_plan(db, user_id, plan, version=view.revision.number, today=today)[0]


def add_evaluation(
    db: Database, user_id: int, evaluation: Evaluation, *, today: dt.date | None = None
) -> PlanView:
    """Add one evaluation (a status and comment per goal) to the newest revision, as a new one.

    It only adds, so it goes on top of whatever was saved last; a save in between the reading
    and the writing is refused (EditConflict), never overwritten.
    """
    view = _require_view(db, user_id)
    _raise_if_invalid(_evaluation_problems(view.plan, evaluation))
    plan = dataclasses.replace(view.plan, evaluations=(*view.plan.evaluations, evaluation))
    return save_plan(db, user_id, plan, version=view.revision.number, today=today)[0]


def load_revision(db: Database, user_id: int, number: int) -> IndividualPlan:
    with db.transaction() as session:
        row, _ = _require_current(session, user_id)
        return _snapshot(session, row.id, number)


def compare_revisions(
    db: Database, user_id: int, number: int | None = None
) -> tuple[int, int, list[PlanChange]]:
    """What changed from the revision before `number` (default: the newest) to `number`."""
    with db.transaction() as session:
        row, newest = _require_current(session, user_id)
        number = number or row.current_revision
        new = newest if number == row.current_revision else _snapshot(session, row.id, number)
        old = _snapshot(session, row.id, number - 1) if number > 1 else None
        return max(number - 1, 0), number, describe_changes(old, new)


def print_source(db: Database, user_id: int, what: str) -> PrintSource:
    """Everything a printed document needs; the print is logged as a reading of the record."""
    with db.transaction() as session:
        user = get_row(session, m.ServiceUser, user_id, "tjenestemottakeren")
        row, plan = _require_current(session, user_id)
        number = row.current_revision
        old = _snapshot(session, row.id, number - 1) if number > 1 else None
        db.audit(session, "open", user_id, f"Utskrift: {what}")
        return PrintSource(
            person_name=f"{user.first_name} {user.last_name}",
            birth_date=user.birth_date,
            view=_view(session, row, plan),
            changes=describe_changes(old, plan),
            share_with=sharing_parties(session, user_id, plan, db.profile.name),
        )


def users_with_plan(db: Database, user_ids: list[int]) -> set[int]:
    """Which of these service users have a plan that is not ended (one query)."""
    statement = select(m.IndividualPlan.service_user_id).where(
        m.IndividualPlan.service_user_id.in_(user_ids),
        m.IndividualPlan.status != PlanStatus.ENDED.value,
    )
    with db.transaction() as session:
        return set(session.scalars(statement))


# -- inside one transaction ------------------------------------------------------------------


def _save(
    db: Database,
    session: Session,
    user_id: int,
    plan: IndividualPlan,
    version: int,
    today: dt.date | None,
    shown_consents: tuple[int, ...] | None,
) -> tuple[PlanView, list[PlanChange]]:
    row, previous = _require_current(session, user_id)
    shown = tuple(c.id for c in previous.consents) if shown_consents is None else shown_consents
    plan = _prepared(session, user_id, plan, previous, shown)
    changes = describe_changes(previous, plan)
    if changes:
        require_version(row.current_revision, version, "Planen", lambda: previous)
    today = today or oslo_today()
    _raise_if_invalid(validate_plan(plan, previous, today))
    if changes:
        consents = save_plan_consents(session, user_id, plan.consents, shown, today)
        plan = dataclasses.replace(plan, consents=consents)
        _write_revision(db, session, row, plan)
        _write_links(session, row.id, plan.measures)
        summary = "\n".join(f"{c.part}: {c.text}" for c in changes[:20])
        db.audit(session, "plan_save", user_id, f"Revisjon {row.current_revision}\n{summary}")
    return _view(session, row, plan), changes


def _require_measure(plan: IndividualPlan, measure_id: int) -> Measure:
    found = next((m for m in plan.measures if m.id == measure_id), None)
    if found is None:
        raise NotFound("Tiltaket finnes ikke i planen. Last planen på nytt.")
    return found


def _require_view(db: Database, user_id: int) -> PlanView:
    view = open_plan(db, user_id)
    if view is None:
        raise UserError(NO_PLAN_MESSAGE)
    return view


def _plan_row(session: Session, user_id: int) -> m.IndividualPlan | None:
    return session.scalar(
        select(m.IndividualPlan).where(m.IndividualPlan.service_user_id == user_id)
    )


def _current(session: Session, user_id: int) -> tuple[m.IndividualPlan, IndividualPlan] | None:
    """The plan row and its newest snapshot, in one query."""
    statement = (
        select(m.IndividualPlan, m.PlanRevision.content)
        .join(m.PlanRevision, m.PlanRevision.plan_id == m.IndividualPlan.id)
        .where(
            m.IndividualPlan.service_user_id == user_id,
            m.PlanRevision.number == m.IndividualPlan.current_revision,
        )
    )
    found = session.execute(statement).first()
    if found is None:
        return None
    consents = tuple(load_consents(session, user_id))
    plan = plan_from_json(found[1])
    links = _links(session, found[0].id)
    measures = tuple(dataclasses.replace(m, goal_ids=links.get(m.id, ())) for m in plan.measures)
    return found[0], dataclasses.replace(plan, consents=consents, measures=measures)


def _links(session: Session, plan_id: int) -> dict[int, tuple[int, ...]]:
    """measure id -> the goal ids it serves, from the link table."""
    statement = (
        select(m.MeasureGoal.measure_id, m.MeasureGoal.goal_id)
        .where(m.MeasureGoal.plan_id == plan_id)
        .order_by(m.MeasureGoal.measure_id, m.MeasureGoal.goal_id)
    )
    links: dict[int, tuple[int, ...]] = {}
    for measure_id, goal_id in session.execute(statement):
        links[measure_id] = (*links.get(measure_id, ()), goal_id)
    return links


def _write_links(session: Session, plan_id: int, measures: tuple[Measure, ...]) -> None:
    session.execute(delete(m.MeasureGoal).where(m.MeasureGoal.plan_id == plan_id))
    rows = [{"plan_id": plan_id, "measure_id": measure.id, "goal_id": goal_id}
            for measure in measures for goal_id in measure.goal_ids]  # fmt: skip
    if rows:
        session.execute(insert(m.MeasureGoal), rows)


def _require_current(session: Session, user_id: int) -> tuple[m.IndividualPlan, IndividualPlan]:
    found = _current(session, user_id)
    if found is None:
        raise UserError(NO_PLAN_MESSAGE)
    return found


def _snapshot(session: Session, plan_id: int, number: int) -> IndividualPlan:
    content = session.scalar(
        select(m.PlanRevision.content).where(
            m.PlanRevision.plan_id == plan_id, m.PlanRevision.number == number
        )
    )
    if content is None:
        raise NotFound(f"Planen har ingen revisjon {number}.")
    return plan_from_json(content)


def _prepared(
    session: Session,
    user_id: int,
    plan: IndividualPlan,
    previous: IndividualPlan,
    shown: tuple[int, ...],
) -> IndividualPlan:
    """The coordinator comes from the service user; new goals and measures get their ids;
    consents given elsewhere (the group) since the form opened are kept in the list; a link to
    a goal no longer in the plan goes, and the measure stays."""
    given_since = tuple(c for c in previous.consents if c.id not in shown)
    goals = _numbered(plan.goals, previous.goals)
    return dataclasses.replace(
        plan,
        consents=plan.consents + given_since,
        coordinator=current_coordinator(session, user_id),
        goals=goals,
        measures=_linked_to(goals, _numbered(plan.measures, previous.measures)),
    )


def _linked_to(goals: tuple[Goal, ...], measures: tuple[Measure, ...]) -> tuple[Measure, ...]:
    known = {g.id for g in goals}
    return tuple(
        dataclasses.replace(m, goal_ids=tuple(sorted(set(m.goal_ids) & known))) for m in measures
    )


def _numbered(items: tuple, previous: tuple) -> tuple:
    next_id = max((i.id for i in (*items, *previous)), default=0) + 1
    numbered = []
    for item in items:
        if item.id == 0:
            item, next_id = dataclasses.replace(item, id=next_id), next_id + 1
        numbered.append(item)
    return tuple(numbered)


def _write_revision(
    db: Database, session: Session, row: m.IndividualPlan, plan: IndividualPlan
) -> None:
    row.current_revision += 1
    row.status, row.next_revision, row.updated_at = (
        plan.status.value,
        plan.next_revision,
        m.utc_now(),
    )
    session.add(
        m.PlanRevision(
            plan_id=row.id,
            number=row.current_revision,
            saved_at=row.updated_at,
            saved_by=db.profile.name,
            status=plan.status.value,
            content=plan_to_json(plan),
        )
    )
    session.flush()


def _view(session: Session, row: m.IndividualPlan, plan: IndividualPlan) -> PlanView:
    statement = (
        select(m.PlanRevision.number, m.PlanRevision.saved_at, m.PlanRevision.saved_by)
        .add_columns(m.PlanRevision.status)
        .where(m.PlanRevision.plan_id == row.id)
        .order_by(m.PlanRevision.number.desc())
    )
    history = tuple(
        RevisionInfo(n, to_oslo(at), by, PlanStatus(status))
        for n, at, by, status in session.execute(statement)
    )
    return PlanView(row.service_user_id, plan, history[0], history)


def _evaluation_problems(plan: IndividualPlan, evaluation: Evaluation) -> dict[str, str]:
    errors = {}
    if evaluation.held_on is None:
        errors["held_on"] = "Skriv datoen for evalueringen."
    known = {g.id for g in plan.goals}
    if any(o.goal_id not in known for o in evaluation.outcomes):
        errors["outcomes"] = "Evalueringen viser til et mål som ikke finnes i planen."
    return errors


def _raise_if_invalid(errors: dict[str, str]) -> None:
    if errors:
        raise ValidationFailed(errors)


def _require_user(session: Session, user_id: int) -> None:
    get_row(session, m.ServiceUser, user_id, "tjenestemottakeren")
