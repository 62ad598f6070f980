"""Tests of the distributed engine (a package, so its conftest never shadows tests/qgis/conftest.py)."""
