#!/usr/bin/env bash
# Builds PinDesk's Linux packages: a trimmed Java runtime (jlink), the app-image, and a .deb (and .rpm when
# rpmbuild is installed). Usage: packaging/linux/build.sh [app-image] [deb] [rpm]   (default: all three)
# Needs: JDK 17+ with jlink/jpackage, Maven; for .deb dpkg-deb and fakeroot; for .rpm rpm-build.
set -euo pipefail
cd "$(dirname "$0")/../.."
types=("$@")
((${#types[@]})) || types=(app-image deb rpm)

# shellcheck source=../common/prepare.sh
source packaging/common/prepare.sh

# The installer makes the start archive where PinDesk is installed (make-start-archive.sh, run by postinst) from
# the classes the training start loaded; the launcher asks for it on top of the runtime's archive.
if [[ -s target/pindesk.classlist ]]; then
    cp target/pindesk.classlist packaging/linux/make-start-archive.sh target/jpackage-input/
fi
start_archive_option='-XX:SharedArchiveFile=$APPDIR/../runtime/lib/server/classes.jsa:$APPDIR/pindesk.jsa'

icon=icons/app-512.png
out=target/dist
rm -rf "$out"
mkdir -p "$out"

package() {
    local type=$1
    jpackage @packaging/common/jpackage.args --type "$type" --app-version "$app_version" \
        --input target/jpackage-input --main-jar pindesk.jar --runtime-image target/runtime \
        --icon "$icon" --dest "$out" --java-options "$start_archive_option" "${@:2}"
}

linux_installer_args=(
    --resource-dir packaging/linux
    --linux-package-name pindesk
    --linux-menu-group "Graphics;Network"
    --linux-app-category graphics
    --linux-shortcut
    --file-associations packaging/common/open-jpeg.properties
    --file-associations packaging/common/open-png.properties
    --file-associations packaging/common/open-webp.properties
    --about-url "https://github.com/pindesk"
)

for type in "${types[@]}"; do
    case "$type" in
        app-image) package app-image ;;
        deb) package deb "${linux_installer_args[@]}" --linux-deb-maintainer pindesk@localhost ;;
        rpm)
            if command -v rpmbuild >/dev/null; then package rpm "${linux_installer_args[@]}"; else
                echo "packaging: rpmbuild not found (apt-get install rpm), skipping the .rpm"; fi ;;
        *) echo "usage: $0 [app-image] [deb] [rpm]" >&2; exit 2 ;;
    esac
done
echo "packaging: runtime image $(du -sh target/runtime | cut -f1); results in $out:"
ls -1 "$out"
