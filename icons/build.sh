#!/usr/bin/env bash
# Regenerates every PinDesk icon file from the master icons/app.svg:
#   app-{16,32,48,64,128,256,512,1024}.png, app.ico (Windows), app.icns (macOS).
# Runnable from any directory; running it twice gives byte-identical files.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
svg="$here/app.svg"

png_sizes=(16 32 48 64 128 256 512 1024)
ico_sizes=(16 24 32 48 64 128 256)
# png2icns picks the icns slot from each PNG's size; 16/32/48/128/256/512/1024 are the sizes it supports.
icns_sizes=(16 32 48 128 256 512 1024)

require() {
    local tool="$1" package="$2"
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "build.sh: '$tool' not found; install it with: sudo apt-get install $package" >&2
        exit 1
    fi
}
require rsvg-convert librsvg2-bin
require convert imagemagick
require png2icns icnsutils

[[ -f "$svg" ]] || { echo "build.sh: master artwork missing: $svg" >&2; exit 1; }

# Work in a scratch directory and move finished files into place, so an interrupted run never
# leaves a half-written icon behind.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

render() { # size -> $work/<size>.png
    rsvg-convert --width "$1" --height "$1" --keep-aspect-ratio --format png "$svg" --output "$work/$1.png"
}

all_sizes=$(printf '%s\n' "${png_sizes[@]}" "${ico_sizes[@]}" "${icns_sizes[@]}" | sort -nu)
for size in $all_sizes; do
    render "$size"
done

for size in "${png_sizes[@]}"; do
    cp "$work/$size.png" "$work/app-$size.png"
done

ico_inputs=()
for size in "${ico_sizes[@]}"; do ico_inputs+=("$work/$size.png"); done
# Drop ImageMagick's date/time metadata so the .ico is reproducible.
convert "${ico_inputs[@]}" -define png:exclude-chunks=date,time +set date:create +set date:modify \
    "$work/app.ico"

icns_inputs=()
for size in "${icns_sizes[@]}"; do icns_inputs+=("$work/$size.png"); done
png2icns "$work/app.icns" "${icns_inputs[@]}" >/dev/null

for size in "${png_sizes[@]}"; do
    mv -f "$work/app-$size.png" "$here/app-$size.png"
done
mv -f "$work/app.ico" "$here/app.ico"
mv -f "$work/app.icns" "$here/app.icns"

echo "build.sh: icons regenerated in $here"
