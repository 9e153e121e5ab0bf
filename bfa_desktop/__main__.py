import sys

from bfa_desktop.cli import main

sys.exit(main())
