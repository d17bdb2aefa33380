"""The system's English error texts never reach a Norwegian message."""

import errno

import pytest

from psykhelse_desktop.domain.os_errors import os_error_text


@pytest.mark.parametrize(
    ("code", "expected"),
    [(errno.ENOTDIR, "ikke en mappe"), (errno.ENOSPC, "disken er full"), (errno.EACCES, "tilgang")],
)
def test_known_errors_are_said_in_norwegian(code, expected):
    assert expected in os_error_text(OSError(code, "Not a directory"))


def test_a_real_error_from_the_system_is_not_english(tmp_path):
    (tmp_path / "fil").write_text("x")
    with pytest.raises(OSError) as caught:
        (tmp_path / "fil" / "under").write_text("x")
    text = os_error_text(caught.value)
    assert text == "en del av stien er ikke en mappe"
    assert caught.value.strerror not in text


def test_an_unknown_error_gives_its_number_not_its_english_text():
    assert os_error_text(OSError(9999, "Weird thing")) == "systemfeil 9999"
    assert os_error_text(OSError("no code")) == "ukjent systemfeil"
