"""The printed plan shows under each goal the measures serving it, and the measures with none."""

import dataclasses

from psykhelse_desktop.domain.plan_vocabulary import LifeArea
from psykhelse_desktop.domain.plans import Goal, Measure
from psykhelse_desktop.domain.records import ServiceUserForm
from psykhelse_desktop.printing.documents import DocumentKind, print_document
from psykhelse_desktop.services.plans import plans
from psykhelse_desktop.services.records import service_users

from .conftest import TODAY, pdf_text


def _linked_plan(db) -> int:
    user_id = service_users.create(
        db, ServiceUserForm("Åse", "Øvrebø", birth_date=TODAY.replace(year=1984))
    )
    view = plans.create_plan(db, user_id)
    plan = dataclasses.replace(
        view.plan,
        goals=(Goal(id=1, life_area=LifeArea.HEALTH, text="Jeg vil sove bedre."),
               Goal(id=2, life_area=LifeArea.ACTIVITY, text="Jeg vil gå tur hver dag.")),
        measures=(Measure(what="Søvnskole", responsible="Kari Testesen", goal_ids=(1,)),
                  Measure(what="Turgruppe på Ørnes", responsible="Frivilligsentralen",
                          goal_ids=(1, 2)),
                  Measure(what="Ukentlig samtale", responsible="Kari Testesen")),
    )  # fmt: skip
    plans.save_plan(db, user_id, plan, version=view.revision.number, today=TODAY)
    return user_id


def test_each_goal_lists_the_measures_serving_it(db, tmp_path):
    path = print_document(db, _linked_plan(db), DocumentKind.PLAN, tmp_path / "plan.pdf",
                          today=TODAY)  # fmt: skip
    lines = [" ".join(line.split()) for line in pdf_text(path).splitlines() if line.strip()]
    sleep = next(i for i, line in enumerate(lines) if "Jeg vil sove bedre." in line)
    walk = next(i for i, line in enumerate(lines) if "Jeg vil gå tur hver dag." in line)
    assert "– Tiltak: Søvnskole (Kari Testesen)" in lines[sleep + 1]
    assert "– Tiltak: Turgruppe på Ørnes (Frivilligsentralen)" in lines[sleep + 2]
    assert "– Tiltak: Turgruppe på Ørnes (Frivilligsentralen)" in lines[walk + 1]
    assert "Tiltak uten mål: Ukentlig samtale" in lines
