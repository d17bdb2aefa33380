"""An operating-system error in Norwegian: the system's own text (strerror) is English."""

from __future__ import annotations

import errno

_TEXTS = {
    errno.ENOENT: "finnes ikke",
    errno.ENOTDIR: "en del av stien er ikke en mappe",
    errno.EISDIR: "det er en mappe, ikke en fil",
    errno.EACCES: "ingen tilgang",
    errno.EPERM: "ikke tillatt",
    errno.EROFS: "disken kan bare leses",
    errno.ENOSPC: "disken er full",
    errno.EFBIG: "filen er for stor for disken",
    errno.EEXIST: "finnes allerede",
    errno.ENAMETOOLONG: "navnet er for langt",
    errno.EBUSY: "er i bruk",
    errno.EIO: "lese- eller skrivefeil på disken",
    errno.EINVAL: "ugyldig navn eller verdi",
    errno.EMFILE: "for mange åpne filer",
    errno.EXDEV: "kan ikke flyttes mellom disker",
    errno.ENOTEMPTY: "mappen er ikke tom",
    errno.ENODEV: "enheten finnes ikke (minnepinnen er kanskje tatt ut)",
    errno.ENXIO: "enheten finnes ikke (minnepinnen er kanskje tatt ut)",
}
_WINDOWS_TEXTS = {
    5: "ingen tilgang",
    32: "filen er i bruk av et annet program",
    112: "disken er full",
    123: "ugyldig navn",
}


def os_error_text(exc: BaseException) -> str:
    """What went wrong, in Norwegian ('disken er full'); never the system's English text."""
    if isinstance(exc, UnicodeError):
        return "filen har tegn som ikke kan leses"
    code = getattr(exc, "errno", None)
    text = _TEXTS.get(code) or _WINDOWS_TEXTS.get(getattr(exc, "winerror", None) or -1)
    if text:
        return text
    return f"systemfeil {code}" if code else "ukjent systemfeil"
