"""The municipality's logo: stored in the encrypted record, printed in every header."""

import subprocess

import pytest
from tests.helpers import tenor_id, tiny_png

from psykhelse_desktop.domain.errors import UserError
from psykhelse_desktop.domain.records import ServiceUserForm
from psykhelse_desktop.printing.documents import DocumentKind, print_document
from psykhelse_desktop.services import branding
from psykhelse_desktop.services.plans import plans
from psykhelse_desktop.services.records import service_users


def _logo_file(tmp_path, data=None):
    path = tmp_path / "kommunevåpen.png"
    path.write_bytes(tiny_png() if data is None else data)
    return path


def _images_in(pdf) -> int:
    listing = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True)
    return len(listing.stdout.splitlines()) - 2  # two header lines


def _planned_user(db) -> int:
    user_id = service_users.create(db, ServiceUserForm("Åse", "Øvrebø", national_id=tenor_id()))
    plans.create_plan(db, user_id)
    return user_id


def test_logo_is_kept_and_removed(db, tmp_path):
    assert branding.get_logo(db) is None
    branding.set_logo(db, _logo_file(tmp_path))
    assert branding.get_logo(db) == tiny_png()
    branding.remove_logo(db)
    assert branding.get_logo(db) is None


def test_logo_prints_on_every_page_header(db, tmp_path):
    user_id = _planned_user(db)
    without = print_document(db, user_id, DocumentKind.CRISIS, tmp_path / "uten.pdf")
    branding.set_logo(db, _logo_file(tmp_path))
    with_logo = print_document(db, user_id, DocumentKind.CRISIS, tmp_path / "med.pdf")
    # A draft carries the UTKAST picture (and its transparency mask); the logo adds its own.
    assert _images_in(with_logo) > _images_in(without)


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"GIF89a....", "PNG- eller JPEG-fil"), (tiny_png() + b"\0" * 600_000, "for stor")],
)
def test_wrong_files_are_refused_plainly(db, tmp_path, data, message):
    with pytest.raises(UserError, match=message):
        branding.set_logo(db, _logo_file(tmp_path, data))
    assert branding.get_logo(db) is None
