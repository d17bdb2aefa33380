"""The key file: a key check that tells a wrong passphrase, and plain words for a damaged file."""

import json

import pytest

from psykhelse_desktop.domain.record_safety import KeyFileProblem
from psykhelse_desktop.storage.keys import (
    TEST_KDF,
    KdfParams,
    derive_key,
    params_json,
    read_params_file,
)


def params_file(tmp_path, **changes):
    data = json.loads(params_json(KdfParams.new(**TEST_KDF)))
    data.update(changes)
    path = tmp_path / "psykhelse.db.key.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_the_key_check_tells_right_from_wrong_and_old_files_have_none():
    params = KdfParams.new(**TEST_KDF)
    right = derive_key("riktig passord", params)
    checked = params.checked_by(right)
    assert checked.accepts(right) is True
    assert checked.accepts(derive_key("galt passord", params)) is False
    assert params.accepts(right) is None  # written before the check existed


@pytest.mark.parametrize(
    ("changes", "said"),
    [
        ({"salt_hex": None}, "saltet mangler"),
        ({"salt_hex": "zz" * 16}, "saltet er ikke gyldig"),
        ({"salt_hex": "ab"}, "saltet har feil lengde"),
        ({"time_cost": 100_000}, "urimelig verdi for time_cost"),
        ({"memory_cost_kib": 2**40}, "urimelig verdi for memory_cost_kib"),
        ({"parallelism": 0}, "urimelig verdi for parallelism"),
        ({"key_length": 7}, "urimelig verdi for key_length"),
        ({"time_cost": "3"}, "urimelig verdi for time_cost"),
        ({"key_check": "kort"}, "nøkkelkontrollen er ikke gyldig"),
        ({"kdf": "md5"}, "ukjent innhold"),
    ],
)
def test_a_damaged_key_file_is_refused_in_plain_words_before_any_work(tmp_path, changes, said):
    """A time_cost of 100000 would hang the start for hours: it is refused, never run."""
    with pytest.raises(KeyFileProblem) as problem:
        read_params_file(params_file(tmp_path, **changes))
    assert problem.value.message == f"Nøkkelfilen psykhelse.db.key.json er skadet ({said})."


@pytest.mark.parametrize("content", ["", "{", "[]", "null", "\x00\x01ikke json"])
def test_a_key_file_that_is_not_json_is_said_to_be_damaged(tmp_path, content):
    path = tmp_path / "psykhelse.db.key.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(KeyFileProblem, match="er skadet"):
        read_params_file(path)


def test_a_missing_key_file_is_said_to_be_missing(tmp_path):
    with pytest.raises(KeyFileProblem, match="mangler"):
        read_params_file(tmp_path / "psykhelse.db.key.json")
