"""Frozen entry: the program's command line, imported absolutely (PyInstaller runs a script)."""

import sys

from psykhelse_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
