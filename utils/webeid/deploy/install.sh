#!/bin/sh
# Installs the Sportello CIE native-host manifests system-wide (Linux), so the extension can
# reach the installed Web eID app under the host name it.sportellocie.webeid.
# Usage: sudo ./install.sh [--web-eid /path/to/web-eid] [--uninstall]
# DESTDIR=/some/root installs under that root instead of / (packaging, tests).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
name=it.sportellocie.webeid
root=${DESTDIR:-}
binary=""
action=install

while [ $# -gt 0 ]; do
  case "$1" in
    --web-eid) binary=$2; shift 2 ;;
    --uninstall) action=uninstall; shift ;;
    *) echo "Opzione sconosciuta: $1" >&2; exit 2 ;;
  esac
done

# target browser -> system-wide manifest folder
targets="chromium:/etc/chromium/native-messaging-hosts
chrome:/etc/opt/chrome/native-messaging-hosts
edge:/etc/opt/edge/native-messaging-hosts
firefox:/usr/lib/mozilla/native-messaging-hosts"

if [ "$action" = uninstall ]; then
  echo "$targets" | while IFS=: read -r browser dir; do
    rm -f "$root$dir/$name.json" && echo "Rimosso: $root$dir/$name.json ($browser)"
  done
  exit 0
fi

if [ -z "$binary" ]; then
  for candidate in "$(command -v web-eid 2>/dev/null || true)" /usr/bin/web-eid /usr/local/bin/web-eid; do
    if [ -n "$candidate" ] && [ -x "$root$candidate" ]; then binary=$candidate; break; fi
  done
fi
if [ -z "$binary" ] || [ ! -x "$root$binary" ]; then
  echo "App Web eID non trovata: installala (https://web-eid.eu) o indica --web-eid PERCORSO." >&2
  exit 1
fi

echo "$targets" | while IFS=: read -r browser dir; do
  mkdir -p "$root$dir"
  # Same manifest as the committed one, with the path of this machine's binary.
  sed "s#\"path\": \"[^\"]*\"#\"path\": \"$binary\"#" "$here/$browser/$name.json" > "$root$dir/$name.json"
  chmod 644 "$root$dir/$name.json"
  echo "Installato: $root$dir/$name.json ($browser -> $binary)"
done
