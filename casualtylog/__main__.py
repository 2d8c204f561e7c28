"""``python -m casualtylog``: the command line."""

import sys

from casualtylog.cli import main

if __name__ == "__main__":
    sys.exit(main())
