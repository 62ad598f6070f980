"""``python -m landplan_plugin.scale`` = the ``landplan`` command."""
import sys

from .cli import main

sys.exit(main())
