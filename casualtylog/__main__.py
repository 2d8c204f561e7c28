"""``python -m casualtylog``: the command line."""

import sys

from casualtylog.cli import main

sys.exit(main())
