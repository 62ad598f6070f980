"""LandPlan core: pure-Python rules (no qgis / PyQt imports)."""
