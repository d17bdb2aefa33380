#!/bin/sh
# Install Psykhelse Desktop for this user under ~/.local (no root needed). An installed older
# version is replaced only after the new one has started; the data folder is never touched.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-$HOME/.local}
LIB=$PREFIX/lib/psykhelse-desktop
APPS=$PREFIX/share/applications
ICONS=$PREFIX/share/icons/hicolor/scalable/apps
DATA=${XDG_DATA_HOME:-$HOME/.local/share}/psykhelse-desktop

mkdir -p "$PREFIX/lib" "$PREFIX/bin" "$APPS" "$ICONS"
rm -rf "$LIB.ny"
cp -a "$HERE/psykhelse-desktop" "$LIB.ny"
if ! "$LIB.ny/psykhelse-desktop" --version >/dev/null; then
  rm -rf "$LIB.ny"
  echo "Den nye versjonen startet ikke på denne maskinen. Ingenting er endret." >&2
  exit 1
fi
install -m755 "$HERE/uninstall.sh" "$LIB.ny/uninstall.sh"
rm -rf "$LIB.gammel"
if [ -d "$LIB" ]; then mv "$LIB" "$LIB.gammel"; fi
mv "$LIB.ny" "$LIB"
rm -rf "$LIB.gammel"

ln -sfn "$LIB/psykhelse-desktop" "$PREFIX/bin/psykhelse-desktop"
sed "s|^Exec=.*|Exec=\"$LIB/psykhelse-desktop\"|" "$HERE/psykhelse-desktop.desktop" \
  > "$APPS/psykhelse-desktop.desktop"
install -m644 "$HERE/psykhelse-desktop.svg" "$ICONS/psykhelse-desktop.svg"
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database -q "$APPS" || true
fi
echo "Psykhelse Desktop $(cat "$HERE/VERSION") er installert i $LIB."
echo "Start den fra programmenyen, eller med $PREFIX/bin/psykhelse-desktop."
echo "Dataene dine ligger i $DATA og er ikke endret."
