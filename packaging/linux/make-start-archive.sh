#!/bin/sh
# Writes PinDesk's start archive next to its jars: the app's classes as a class-data-sharing layer on top of the
# runtime's own archive, so a start maps them instead of reading and verifying them from the jars. JDK 17 archives
# name the jars by absolute path, so the archive is made where PinDesk is installed (the .deb's postinst runs this;
# running it again is safe), not at build time. The launcher asks for both layers; while this one is missing or does
# not match, the JVM maps the runtime's layer alone: a slower start, never a failed one. Needs no display.
# Usage: make-start-archive.sh [--remove]
set -eu
app_dir=$(cd "$(dirname "$0")" && pwd -P)   # physical, as the launcher's $APPDIR is
lib_dir=$(dirname "$app_dir")
archive="$app_dir/pindesk.jsa"
rm -f "$archive"
[ "${1:-}" = "--remove" ] && exit 0

cfg="$app_dir/PinDesk.cfg"
list="$app_dir/pindesk.classlist"
if [ ! -r "$cfg" ] || [ ! -r "$list" ]; then
    echo "PinDesk: no class list in $app_dir, start archive not made" >&2
    exit 0
fi
# The class path and JVM options exactly as the launcher passes them (the archive must match both), minus the
# launcher's own archive option.
class_path=""
set --
while IFS= read -r line; do
    case "$line" in
        app.classpath=*) jar=${line#app.classpath=}; class_path="${class_path:+$class_path:}$app_dir${jar#\$APPDIR}" ;;
        java-options=-XX:SharedArchiveFile=*) ;;
        java-options=*) set -- "$@" "${line#java-options=}" ;;
    esac
done < "$cfg"
if "$lib_dir/runtime/bin/java" "$@" -XX:SharedArchiveFile="$lib_dir/runtime/lib/server/classes.jsa" \
        -XX:ArchiveClassesAtExit="$archive" -cp "$class_path" io.pindesk.app.StartArchiveTrainer "$list" \
        >/dev/null 2>&1 && [ -s "$archive" ]; then
    chmod 644 "$archive"
    echo "PinDesk: start archive written ($archive)"
else
    rm -f "$archive"
    echo "PinDesk: start archive not made; PinDesk starts without it" >&2
fi
