# Builds PinDesk for Windows: a trimmed runtime (jlink), the app image and an .msi installer.
# Usage: powershell -File packaging\windows\build.ps1 [-Types app-image,msi]
# Needs a JDK 17+ for Windows, Maven, and the WiX Toolset 3.x on PATH (candle.exe, light.exe) for the .msi.
param([string[]]$Types = @("app-image", "msi"))
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

mvn -B -q -DskipTests package
if ($LASTEXITCODE -ne 0) { throw "maven build failed" }

$projectVersion = (Get-Content target\classes\io\pindesk\app\version.properties | Where-Object { $_ -like "version=*" }).Substring(8)
$appVersion = $projectVersion.Split("-")[0]   # installers want digits and dots only

Remove-Item -Recurse -Force -ErrorAction SilentlyContinue target\javafx-mods, target\jpackage-input, target\runtime, target\dist
New-Item -ItemType Directory -Force target\javafx-mods, target\jpackage-input, target\dist | Out-Null
Get-ChildItem target\lib\*.jar | ForEach-Object {
    if ($_.Name -like "javafx-*-win.jar") { Copy-Item $_.FullName target\javafx-mods\ }
    elseif ($_.Name -notlike "javafx-*") { Copy-Item $_.FullName target\jpackage-input\ }
}
Copy-Item target\pindesk.jar target\jpackage-input\

# Same module set as packaging/common/prepare.sh (see the reasons there).
$jdkModules = (jdeps --print-module-deps --ignore-missing-deps --multi-release 17 --class-path "target\jpackage-input\*" target\pindesk.jar).Trim()
$modules = "$jdkModules,jdk.httpserver,jdk.crypto.ec,jdk.localedata,jdk.unsupported,java.management,jdk.zipfs," +
           "javafx.base,javafx.graphics,javafx.controls,javafx.fxml,javafx.swing"
jlink --module-path target\javafx-mods --add-modules $modules --strip-debug --no-header-files --no-man-pages `
      --compress=2 --include-locales=en,de --output target\runtime
if ($LASTEXITCODE -ne 0) { throw "jlink failed" }

foreach ($type in $Types) {
    $extra = @()
    if ($type -eq "msi") {
        $extra = @("--win-menu", "--win-menu-group", "PinDesk", "--win-shortcut", "--win-dir-chooser",
                   "--win-upgrade-uuid", "5d0f1c9e-8d0b-4b7e-9f3a-6a1f2f4c7b21", "--win-per-user-install",
                   "--file-associations", "packaging\common\open-jpeg.properties",
                   "--file-associations", "packaging\common\open-png.properties",
                   "--file-associations", "packaging\common\open-webp.properties")
    }
    jpackage "@packaging\common\jpackage.args" --type $type --app-version $appVersion `
        --input target\jpackage-input --main-jar pindesk.jar --runtime-image target\runtime `
        --icon icons\app.ico --dest target\dist @extra
    if ($LASTEXITCODE -ne 0) { throw "jpackage $type failed" }
}
Get-ChildItem target\dist
