# Shared by the per-OS build scripts (sourced, not run): builds the jar, splits JavaFX from the other
# dependencies, computes the JDK modules with jdeps and links a trimmed runtime with jlink into target/runtime.
# Sets: app_version (numeric, as installers require).
set -euo pipefail

mvn -B -q -DskipTests package

project_version=$(sed -n 's/^version=//p' target/classes/io/pindesk/app/version.properties)
app_version=${project_version%%-*}          # 0.1.0-SNAPSHOT -> 0.1.0 (jpackage wants digits and dots)

rm -rf target/javafx-mods target/jpackage-input target/runtime target/pindesk.classlist
mkdir -p target/javafx-mods target/jpackage-input
for jar in target/lib/*.jar; do
    name=$(basename "$jar")
    case "$name" in
        javafx-*-linux.jar|javafx-*-win.jar|javafx-*-mac.jar|javafx-*-mac-aarch64.jar) cp "$jar" target/javafx-mods/ ;;
        javafx-*.jar) ;;                      # the empty platform-neutral javafx jars: not needed
        *) cp "$jar" target/jpackage-input/ ;;
    esac
done
cp target/pindesk.jar target/jpackage-input/

# JDK modules the code needs, plus those reached only by reflection or service loading:
# jdk.httpserver (OAuth loopback receiver, local sandbox), jdk.crypto.ec (TLS to Pinterest),
# jdk.localedata (German formatting), jdk.unsupported (JNA, dbus-java), java.management (--smoke timing).
jdk_modules=$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 \
    --class-path "target/jpackage-input/*" target/pindesk.jar)
modules="$jdk_modules,jdk.httpserver,jdk.crypto.ec,jdk.localedata,jdk.unsupported,java.management,jdk.zipfs"
modules="$modules,javafx.base,javafx.graphics,javafx.controls,javafx.fxml,javafx.swing"

# --generate-cds-archive: a linked runtime has no class-data-sharing archive of its own, so without it every start
# parses and verifies the JDK and JavaFX classes from scratch (the stock JDK a plain `java` uses ships one).
jlink --module-path target/javafx-mods --add-modules "$modules" \
    --strip-debug --no-header-files --no-man-pages --compress=2 \
    --include-locales=en,de --generate-cds-archive --output target/runtime

# jlink's archive holds the JDK's generic class list only. Where a display can be faked, one --smoke start lists the
# classes PinDesk really loads up to its first frame, and the runtime's default archive is rebuilt from that list:
# the JavaFX classes join it. It is the runtime's own default archive (no app class path, no launcher option), so
# it stays valid wherever the package is installed; the app's jars are not in it (JDK 17 archives cannot move: the
# Linux installer layers them on top where PinDesk is installed, packaging/linux/make-start-archive.sh).
# Most starts are a returning user's: signed in, with a saved library, so they also load the library screen. A
# second training start as one (its account, tokens and 30 saved boards seeded by the test code's
# ReturningUserHome in the same keychain session) adds those classes to the list the installer's start archive is
# made from; the runtime's own archive stays as trained above. Best effort: without it the list is the new user's.
train_returning_user() {
    local work=$1
    if mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test \
            -Dmdep.outputFile=target/test-classpath.txt >"$work/test-compile.log" 2>&1 \
        && PINDESK_HOME="$work/returning" timeout 300 "${session[@]}" sh -c \
            'cp=$1; shift; java -cp "$cp" io.pindesk.bench.ReturningUserHome "$PINDESK_HOME" | grep -q seeded && exec "$@"' sh \
            "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
            timeout 120 xvfb-run -a target/runtime/bin/java -XX:DumpLoadedClassList="$work/returning.list" \
            -cp "target/jpackage-input/*" io.pindesk.app.Launcher --smoke >"$work/returning.log" 2>&1 \
        && grep -q "showing library" "$work/returning.log"; then
        awk '!seen[$0]++' "$work/classes.list" "$work/returning.list" >target/pindesk.classlist
        echo "packaging: start-archive class list adds a returning user's start ($(wc -l <target/pindesk.classlist) classes)"
    else
        echo "packaging: no returning user's training start (see below); the start archive lists a new user's" >&2
        tail -3 "$work/test-compile.log" "$work/returning.log" 2>/dev/null >&2 || true
    fi
}

train_cds_archive() {
    local work
    work=$(mktemp -d)
    mkdir -p "$work/home/config"
    echo '{"theme":"light"}' > "$work/home/config/settings.json"
    # Every start opens the keychain: inside a D-Bus session with an unlocked gnome-keyring (where there is one)
    # the training start loads the D-Bus classes that does, and they join the archives.
    local session=()
    if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
        mkdir -p "$work/desktop-home"
        session=(env HOME="$work/desktop-home" dbus-run-session -- sh -c \
            'echo -n training | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec "$@"' sh)
    fi
    if PINDESK_HOME="$work/home" timeout 120 "${session[@]}" xvfb-run -a target/runtime/bin/java \
            -XX:DumpLoadedClassList="$work/classes.list" -cp "target/jpackage-input/*" io.pindesk.app.Launcher --smoke \
            >"$work/train.log" 2>&1 \
        && target/runtime/bin/java -Xshare:dump -XX:SharedClassListFile="$work/classes.list" \
            -XX:SharedArchiveFile="$work/classes.jsa" >"$work/dump.log" 2>&1; then
        mv -f "$work/classes.jsa" target/runtime/lib/server/classes.jsa
        cp "$work/classes.list" target/pindesk.classlist  # for the installed start archive (Linux)
        if ((${#session[@]})); then
            train_returning_user "$work"
        fi
        echo "packaging: class-data-sharing archive trained on PinDesk's start ($(wc -l <"$work/classes.list") classes)"
    else
        echo "packaging: training the class-data-sharing archive failed, keeping jlink's (see below)" >&2
        tail -5 "$work/train.log" "$work/dump.log" >&2 || true
    fi
    rm -rf "$work"
}
if command -v xvfb-run >/dev/null; then
    train_cds_archive
else
    echo "packaging: xvfb-run not found, keeping jlink's generic class-data-sharing archive"
fi
# The launcher's -Xmx768m always means compressed object pointers: the archive for the other case is never read.
rm -f target/runtime/lib/server/classes_nocoops.jsa
