"""`set-profile` as a real process: only the fields given change; a bad number is refused."""

from tests.helpers import PASSPHRASE, PROFILE, run_cli

from psykhelse_desktop.services.trust.vault import create_vault, unlock_vault
from psykhelse_desktop.storage.keys import TEST_KDF


def test_set_profile_changes_only_what_is_given(paths):
    create_vault(paths, PASSPHRASE, PROFILE, kdf=TEST_KDF).close()
    folder = paths.data_dir
    address = "Postboks 5, 9711 Lakselv"
    result = run_cli("set-profile", "--data-dir", folder, "--phone", "915 55 555",
                     "--service-address", address, passphrase=PASSPHRASE)  # fmt: skip
    assert "phone\t915 55 555" in result.stdout
    refused = run_cli("set-profile", "--data-dir", folder, "--email", "kari@", check=False,
                      passphrase=PASSPHRASE)  # fmt: skip
    assert refused.returncode == 1 and "E-postadressen ser ikke riktig ut" in refused.stderr
    db = unlock_vault(paths, PASSPHRASE)
    try:
        assert db.profile.name == PROFILE.name and db.profile.municipality == PROFILE.municipality
        assert db.profile.phone == "915 55 555" and db.profile.email == ""
        assert db.profile.service_address == "Postboks 5, 9711 Lakselv"
    finally:
        db.close()


def test_set_profile_sets_the_municipalitys_maalform(paths):
    from psykhelse_desktop.domain.vocabulary import Maalform

    create_vault(paths, PASSPHRASE, PROFILE, kdf=TEST_KDF).close()
    result = run_cli("set-profile", "--data-dir", paths.data_dir, "--maalform", "nynorsk",
                     passphrase=PASSPHRASE)  # fmt: skip
    assert "maalform\tNynorsk" in result.stdout
    refused = run_cli("set-profile", "--data-dir", paths.data_dir, "--maalform", "riksmål",
                      check=False, passphrase=PASSPHRASE)  # fmt: skip
    assert refused.returncode == 2
    db = unlock_vault(paths, PASSPHRASE)
    try:
        assert db.profile.maalform is Maalform.NYNORSK and db.profile.name == PROFILE.name
    finally:
        db.close()
