# Build the Windows program folder and the MSI on a Windows build machine.
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#
# Needs: Python 3.11+ (x64) on PATH and the WiX Toolset 3.14 (heat, candle, light on PATH or in
# WIX\bin). Makes build\dist\bfa-desktop\ (bfa-desktop.exe without a console window,
# bfa-desktop-cli.exe for the commands) and build\bfa-desktop-<version>.msi, then runs the
# smoke test against the frozen folder.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

python -m venv build\venv
build\venv\Scripts\python -m pip install --upgrade pip
build\venv\Scripts\python -m pip install -e ".[test]" pyinstaller
build\venv\Scripts\pyinstaller --noconfirm --clean --distpath build\dist --workpath build\work packaging\bfa-desktop.spec

$version = build\venv\Scripts\python -c "import bfa_desktop; print(bfa_desktop.__version__)"
$source = Resolve-Path build\dist\bfa-desktop
$wixBin = if ($env:WIX) { Join-Path $env:WIX "bin" } else { "" }
function Wix($tool) { if ($wixBin) { Join-Path $wixBin "$tool.exe" } else { "$tool.exe" } }

& (Wix heat) dir $source -nologo -cg AppFiles -dr INSTALLDIR -srd -sreg -gg -g1 -var var.SourceDir -platform x64 -out build\files.wxs
if ($LASTEXITCODE) { throw "heat failed" }
& (Wix candle) -nologo -arch x64 "-dSourceDir=$source" "-dVersion=$version" "-dProgramExe=bfa-desktop.exe" -out build\obj\ packaging\windows\bfa-desktop.wxs build\files.wxs
if ($LASTEXITCODE) { throw "candle failed" }
& (Wix light) -nologo -spdb -out "build\bfa-desktop-$version.msi" build\obj\bfa-desktop.wixobj build\obj\files.wixobj
if ($LASTEXITCODE) { throw "light failed" }

build\venv\Scripts\python packaging\smoke_test.py (Join-Path $source "bfa-desktop-cli.exe")
if ($LASTEXITCODE) { throw "the smoke test failed" }
Write-Output "build\bfa-desktop-$version.msi"
