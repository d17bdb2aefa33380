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
