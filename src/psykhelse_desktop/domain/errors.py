"""Expected failures that carry a plain Norwegian message telling the nurse what to do."""


class UserError(Exception):
    """An expected failure; `message` is shown to the nurse as it is."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class WrongPassphrase(UserError):
    def __init__(self) -> None:
        super().__init__("Feil passord. Databasen ble ikke åpnet. Prøv igjen.")


class ValidationFailed(UserError):
    """Input that cannot be saved; `errors` maps a field name to its message."""

    def __init__(self, errors: dict[str, str]):
        super().__init__("Noen felt må rettes før du kan lagre:\n" + "\n".join(errors.values()))
        self.errors = errors


class NotFound(UserError):
    pass


class StorageUnavailable(UserError):
    """The disk or the database file refused a write; nothing was changed."""


class EditConflict(UserError):
    """The form was opened on an older version: saved elsewhere since, so nothing was written.

    `stored` is what is saved now (the same kind of plain data the form was filled from) and
    `version` its version; saving again with that version overwrites it deliberately.
    """

    def __init__(self, what: str, stored: object, version: int):
        super().__init__(
            f"{what} er endret et annet sted (i et annet vindu eller med en kommando) etter at "
            "du åpnet skjemaet. Ingenting ble lagret. Se begge versjonene og velg hvilken som "
            "skal gjelde."
        )
        self.what, self.stored, self.version = what, stored, version
