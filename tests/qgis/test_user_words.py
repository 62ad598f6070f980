"""Words a user sees: a field the dialog preselects that the layer lacks is named in the log, and
so is the field used in its place."""
from conftest import run_alg
from helpers import square, write_gpkg
from osgeo import ogr


def test_log_names_the_fallback_field_for_a_missing_preselected_field(qgis_app, tmp_path):
    src = write_gpkg(str(tmp_path / "p.gpkg"), "parcels", 4547,
                     [("宗地编号", ogr.OFTString), ("承诺投资强度", ogr.OFTReal), ("投资强度", ogr.OFTReal),
                      ("约定竣工日期", ogr.OFTString)],
                     [(square(590000, 3960000, 100), {"宗地编号": "A", "承诺投资强度": 300.0, "投资强度": 320.0,
                                                      "约定竣工日期": "2024-06-30"})])
    # the dialog passes its preselection, 实际投资强度, which this layer does not have
    _res, fb = run_alg("landplan:checkcommitments", {"INPUT": src, "AS_OF": "2025-12-31",
                                                    "INVEST_ACTUAL_FIELD": "实际投资强度",
                                                    "OUTPUT": str(tmp_path / "o.gpkg")})
    log = "\n".join(fb.log)
    assert '"实际投资强度" (parameter INVEST_ACTUAL_FIELD' in log and "is not in the input layer" in log
    assert 'Using field "投资强度"' in log


def test_help_of_the_ledger_and_forecast_names_no_source_file():
    import os
    import re
    folder = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                          "resources", "help")
    for alg in ("exportflagged", "scoreinefficiency", "forecastindustrialland"):
        for suffix in (".html", ".zh_Hans.html"):
            with open(os.path.join(folder, alg + suffix), encoding="utf-8") as fh:
                text = fh.read()
            assert not re.search(r"landplan_plugin/|\.py\b|\bseed\b|\bSPEC\b", text), (alg, suffix)
