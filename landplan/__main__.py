"""``python -m landplan`` = the ``landplan`` command."""
import sys

from .cli import main

sys.exit(main())
