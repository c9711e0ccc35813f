#!/usr/bin/env bash
# Builds PinDesk for macOS: a trimmed runtime (jlink), the .app image and a .dmg.
# Usage: packaging/macos/build.sh [app-image] [dmg]   (default: both). Needs a JDK 17+ for macOS, Maven and
# the Xcode command line tools (xcode-select --install), which jpackage uses to build the .dmg.
set -euo pipefail
cd "$(dirname "$0")/../.."
types=("$@")
((${#types[@]})) || types=(app-image dmg)

# shellcheck source=../common/prepare.sh
source packaging/common/prepare.sh

out=target/dist
rm -rf "$out"
mkdir -p "$out"
for type in "${types[@]}"; do
    jpackage @packaging/common/jpackage.args --type "$type" --app-version "$app_version" \
        --input target/jpackage-input --main-jar pindesk.jar --runtime-image target/runtime \
        --icon icons/app.icns --dest "$out" \
        --mac-package-identifier io.pindesk.PinDesk --mac-package-name PinDesk \
        --file-associations packaging/common/open-jpeg.properties \
        --file-associations packaging/common/open-png.properties \
        --file-associations packaging/common/open-webp.properties
done
ls -1 "$out"
