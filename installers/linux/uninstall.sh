#!/bin/sh
# Remove Psykhelse Desktop from ~/.local. The data folder (the encrypted record and its backups)
# is kept: delete it yourself only when the record has been archived.
set -eu
PREFIX=${PREFIX:-$HOME/.local}
LIB=$PREFIX/lib/psykhelse-desktop
DATA=${XDG_DATA_HOME:-$HOME/.local/share}/psykhelse-desktop

rm -rf "$LIB" "$LIB.ny" "$LIB.gammel"
rm -f "$PREFIX/bin/psykhelse-desktop" "$PREFIX/share/applications/psykhelse-desktop.desktop" \
  "$PREFIX/share/icons/hicolor/scalable/apps/psykhelse-desktop.svg"
echo "Psykhelse Desktop er fjernet."
if [ -d "$DATA" ]; then
  echo "Dataene dine er beholdt i $DATA."
fi
