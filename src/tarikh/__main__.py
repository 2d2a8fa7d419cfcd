"""``python -m tarikh``: the command line."""

import sys

from tarikh._cli import main

sys.exit(main())
