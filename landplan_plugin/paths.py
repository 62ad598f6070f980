"""Where the plugin's data files live.

In the installed plugin (zip / ``make install``) ``resources/`` sits inside the package;
in a source checkout it is the repository's top-level ``resources/``.
"""
import os

PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))


def resources_dir():
    inside = os.path.join(PACKAGE_DIR, "resources")
    if os.path.isdir(inside):
        return inside
    return os.path.join(os.path.dirname(PACKAGE_DIR), "resources")


def resource(*parts):
    return os.path.join(resources_dir(), *parts)
