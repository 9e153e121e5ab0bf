"""The frozen program's entry point: the same as the `bfa-desktop` command."""

import sys

from bfa_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
