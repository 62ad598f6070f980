"""What LandPlan writes besides the Processing outputs: tables and charts, the 台账 workbook and its sheets,
the evaluation workbook and chart, and layer styles. Imports the core and the plugin's small helpers only."""
