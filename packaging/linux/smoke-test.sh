#!/usr/bin/env bash
# Checks the Linux packages that build.sh made: unpacks the .deb into a temporary folder (no installation),
# makes the start archive as postinst would and checks the launcher maps classes from it, starts the packaged
# launcher with --smoke under Xvfb, and checks the size of the bundled runtime.
# Usage: packaging/linux/smoke-test.sh   (after packaging/linux/build.sh app-image deb; needs xvfb)
set -euo pipefail
cd "$(dirname "$0")/../.."
max_runtime_mb=${MAX_RUNTIME_MB:-90}

deb=$(ls target/dist/pindesk_*.deb)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dpkg-deb -x "$deb" "$work/root"
launcher="$work/root/opt/pindesk/bin/PinDesk"
[[ -x "$launcher" ]] || { echo "smoke: $launcher missing from $deb" >&2; exit 1; }
grep -q '^StartupWMClass=io.pindesk.app.PinDeskApp$' "$work/root/opt/pindesk/lib/pindesk-PinDesk.desktop"
[[ -s "$work/root/opt/pindesk/lib/PinDesk.png" ]]

# What postinst does on installation: the start archive, made for where the package was unpacked. The launcher
# must then map the app's classes from it (a class-load log added to the unpacked launcher's options shows it).
app_dir="$work/root/opt/pindesk/lib/app"
sh "$app_dir/make-start-archive.sh"
[[ -s "$app_dir/pindesk.jsa" ]] || { echo "smoke: make-start-archive.sh wrote no archive" >&2; exit 1; }
cp "$app_dir/PinDesk.cfg" "$work/PinDesk.cfg"
echo "java-options=-Xlog:class+load=info:file=$work/class-load.log" >>"$app_dir/PinDesk.cfg"
mkdir -p "$work/probe-home"
PINDESK_HOME="$work/probe-home" timeout 120 xvfb-run -a "$launcher" --smoke >/dev/null 2>&1
cp "$work/PinDesk.cfg" "$app_dir/PinDesk.cfg"
from_archive=$(grep -c 'source: shared objects file (top)' "$work/class-load.log" || true)
from_jars=$(grep -c 'source: jar:\|source: file:' "$work/class-load.log" || true)
echo "smoke: start archive $(du -h "$app_dir/pindesk.jsa" | cut -f1): $from_archive classes mapped from it, $from_jars read from jars"
(( from_archive > 100 )) || { echo "smoke: the launcher did not use the start archive" >&2; exit 1; }

version=$("$launcher" --version)
echo "smoke: packaged CLI says '$version'"
mkdir -p "$work/home"
PINDESK_HOME="$work/home" timeout 120 xvfb-run -a "$launcher" --smoke 2>"$work/stderr" | tee "$work/stdout"
grep -q "^smoke: first frame after" "$work/stdout" || { cat "$work/stderr" >&2; exit 1; }

runtime_mb=$(du -sm "$work/root/opt/pindesk/lib/runtime" | cut -f1)
echo "smoke: bundled runtime ${runtime_mb} MB (limit ${max_runtime_mb} MB), .deb $(du -h "$deb" | cut -f1)"
(( runtime_mb <= max_runtime_mb )) || { echo "smoke: runtime image grew past ${max_runtime_mb} MB" >&2; exit 1; }

sh "$app_dir/make-start-archive.sh" --remove
[[ ! -e "$app_dir/pindesk.jsa" ]] || { echo "smoke: make-start-archive.sh --remove left the archive" >&2; exit 1; }

if [[ -x target/dist/PinDesk/bin/PinDesk ]]; then
    PINDESK_HOME="$work/home" timeout 120 xvfb-run -a target/dist/PinDesk/bin/PinDesk --smoke
fi
