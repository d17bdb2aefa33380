#!/usr/bin/env bash
# Build the Linux bundle: a one-folder PyInstaller build of the program, packed with its install
# and uninstall scripts as dist/psykhelse-desktop-VERSION-linux-x86_64.tar.xz.
# Needs python3 (3.11+, with venv) and the network to PyPI; nothing else.
#   SOURCE_DIR=DIR  build the program from another checkout (the upgrade test builds an older one)
#   BUILD_DIR, OUT_DIR  where to work and where the archive goes (default build/linux, dist)
#   XZ_LEVEL=0..9  compression (default 6; the upgrade test packs its older version with 0)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SOURCE=$(realpath "${SOURCE_DIR:-$ROOT}")
BUILD=${BUILD_DIR:-$ROOT/build/linux}
OUT=${OUT_DIR:-$ROOT/dist}
PYINSTALLER="pyinstaller==6.22.3 pyinstaller-hooks-contrib==2026.9"

rm -rf "$BUILD" && mkdir -p "$BUILD" "$OUT"
# A clean copy of the source: setuptools keeps its own build/ beside the source, where files
# removed or moved since the last build would otherwise end up in the bundle.
tar -C "$SOURCE" --exclude=./build --exclude=./dist --exclude=./.venv --exclude=./.git \
  -cf - . | (mkdir -p "$BUILD/src" && tar -C "$BUILD/src" -xf -)
python3 -m venv "$BUILD/venv"
# shellcheck disable=SC2086
"$BUILD/venv/bin/pip" install -q --disable-pip-version-check "$BUILD/src" $PYINSTALLER
VERSION=$("$BUILD/venv/bin/python" -c "import psykhelse_desktop as p; print(p.__version__)")

"$BUILD/venv/bin/pyinstaller" --noconfirm --log-level WARN --distpath "$BUILD/dist" \
  --workpath "$BUILD/work" "$ROOT/installers/pyinstaller/psykhelse-desktop.spec"

NAME=psykhelse-desktop-$VERSION
STAGE=$BUILD/stage/$NAME
mkdir -p "$STAGE"
mv "$BUILD/dist/psykhelse-desktop" "$STAGE/psykhelse-desktop"
install -m755 "$ROOT/installers/linux/install.sh" "$ROOT/installers/linux/uninstall.sh" "$STAGE/"
install -m644 "$ROOT/installers/linux/psykhelse-desktop.desktop" \
  "$ROOT/resources/icons/psykhelse-desktop.svg" "$ROOT/installers/linux/LES-MEG.txt" "$STAGE/"
echo "$VERSION" > "$STAGE/VERSION"
ARCHIVE=$OUT/$NAME-linux-x86_64.tar.xz
tar -C "$BUILD/stage" -cf - "$NAME" | xz -T0 "-${XZ_LEVEL:-6}" > "$ARCHIVE.part"
mv "$ARCHIVE.part" "$ARCHIVE"
echo "$ARCHIVE"
