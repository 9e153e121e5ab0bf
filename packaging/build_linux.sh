#!/usr/bin/env bash
# Build the frozen program, the Debian package and – as a compile check – the MSI, into build/.
#
#   packaging/build_linux.sh [--fast]
#
# Needs the packages in packaging/linux/build-packages.txt and the project installed with its
# packaging extra (pip install -e '.[test,packaging]'). --fast compresses the .deb less.
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-.venv/bin/python}

"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath build/dist --workpath build/work packaging/bfa-desktop.spec
"$python" packaging/smoke_test.py build/dist/bfa-desktop/bfa-desktop
rm -f build/bfa-desktop_*.deb build/bfa-desktop-*.msi
"$python" packaging/linux/build_deb.py "$@"
"$python" packaging/windows/build_msi.py
