#!/usr/bin/env bash
# Updates without loss, with the real Linux bundles: install version N (an older commit, whose
# schema is older), create a record, install N+1 over it, open the record, uninstall.
# The record must come through unchanged, upgraded after a backup; the data folder must stay.
#   installers/test-upgrade-linux.sh dist/psykhelse-desktop-VERSION-linux-x86_64.tar.xz
#   OLD_COMMIT=REV  version N (default: the last commit with schema 0004)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
NEW_ARCHIVE=$(realpath "${1:?the archive of version N+1 (from installers/build-linux.sh)}")
OLD_COMMIT=${OLD_COMMIT:-f0b193350b994a8cef17c087d2c0be4746f58e92}
WORK=$(mktemp -d /tmp/psykhelse-upgrade-XXXXXX)
trap 'rm -rf "$WORK"' EXIT

step() { echo "== $*"; }
fail() { echo "FEIL: $*" >&2; exit 1; }

if ! git -C "$ROOT" cat-file -e "$OLD_COMMIT^{commit}" 2>/dev/null; then
  # A shallow clone has no older version to build; say so loudly rather than fail the run.
  echo "HOPPER OVER: commit $OLD_COMMIT finnes ikke i denne klonen (grunn klone?)." >&2
  exit 0
fi
step "version N: building commit ${OLD_COMMIT:0:10}"
mkdir -p "$WORK/old-src"
git -C "$ROOT" archive "$OLD_COMMIT" | tar -x -C "$WORK/old-src"
SOURCE_DIR=$WORK/old-src BUILD_DIR=$WORK/build-old OUT_DIR=$WORK/old XZ_LEVEL=0 \
  bash "$ROOT/installers/build-linux.sh" >/dev/null

# A home of her own: the test never touches the real ~/.local.
export HOME=$WORK/home XDG_DATA_HOME=$WORK/home/.local/share QT_QPA_PLATFORM=offscreen
export PSYKHELSE_PASSPHRASE="oppgraderingstest med langt passord"
mkdir -p "$HOME"
APP=$HOME/.local/bin/psykhelse-desktop
DATA=$XDG_DATA_HOME/psykhelse-desktop

install_archive() {
  rm -rf "$WORK/unpacked" && mkdir -p "$WORK/unpacked"
  tar -xJf "$1" -C "$WORK/unpacked"
  "$WORK"/unpacked/*/install.sh
}

step "installing version N and creating a record"
install_archive "$WORK"/old/*.tar.xz
"$APP" demo --users 3 >/dev/null
printf 'fornavn;etternavn;fødselsdato;telefon\nOppgrada;Testesen;01.02.1980;40000000\n' \
  > "$WORK/person.csv"
"$APP" import-users "$WORK/person.csv"
"$APP" users --search testesen > "$WORK/before.tsv"
grep -q "Oppgrada Testesen" "$WORK/before.tsv" || fail "version N lists no Oppgrada Testesen"
sha256sum "$DATA/psykhelse.db" > "$WORK/db.sha256"

step "installing version N+1 over it"
install_archive "$NEW_ARCHIVE"
sha256sum -c --quiet "$WORK/db.sha256" || fail "installing N+1 changed the record"

step "opening the record with version N+1"
"$APP" users --search testesen > "$WORK/after.tsv"
diff "$WORK/before.tsv" "$WORK/after.tsv" || fail "the record reads differently after the upgrade"
ls "$DATA/sikkerhetskopier/" | grep -q "for-oppgradering-fra-0004" \
  || fail "no backup was made before the schema upgrade"
"$APP" users | tail -n +2 | wc -l | grep -qx 4 || fail "not every service user is still there"
"$APP" self-test >/dev/null || fail "self-test of version N+1"

step "uninstalling keeps the data folder"
"$HOME/.local/lib/psykhelse-desktop/uninstall.sh" >/dev/null
[ ! -e "$HOME/.local/lib/psykhelse-desktop" ] || fail "the program folder is still there"
[ -f "$DATA/psykhelse.db" ] || fail "uninstalling removed the record"
echo "Oppgraderingstesten gikk bra: N=${OLD_COMMIT:0:10} -> N+1=$(basename "$NEW_ARCHIVE")"
