"""Processing algorithms, one per module."""
import importlib
import importlib.util

#: (module, class) in toolbox order; modules not written yet are skipped
ALGORITHMS = (
    ("score_inefficiency", "ScoreInefficiency"),
    ("flag_idle_land", "FlagIdleLand"),
    ("flag_unsupplied", "FlagUnsupplied"),
    ("zone_industrial_share", "ZoneIndustrialShare"),
    ("export_flagged", "ExportFlagged"),
    ("zone_report", "ZoneReport"),
    ("import_coordinates", "ImportCoordinates"),
    ("export_coordinates", "ExportCoordinates"),
    ("join_enterprises", "JoinEnterprises"),
    ("check_commitments", "CheckCommitments"),
    ("per_mu_evaluation", "PerMuEvaluation"),
    ("zone_evaluation", "ZoneEvaluation"),
    ("flag_unauthorized", "FlagUnauthorized"),
    ("supply_plan_progress", "SupplyPlanProgress"),
    ("task_progress", "TaskProgress"),
    ("forecast_industrial_land", "ForecastIndustrialLand"),
    ("hand_in", "HandIn"),
    ("county_assessment", "CountyAssessment"),
    ("change_monitoring", "ChangeMonitoring"),
    ("stock_siting", "StockSiting"),
    ("industrial_quota", "IndustrialQuota"),
    ("standard_sheet", "StandardSheet"),
    ("quarterly_bulletin", "QuarterlyBulletin"),
    ("renewal_resources", "RenewalResources"),
    ("renewal_units", "RenewalUnits"),
    ("renewal_screening", "RenewalScreening"),
)


def all_algorithms():
    algs = []
    for modname, clsname in ALGORITHMS:
        fullname = __name__ + "." + modname
        if importlib.util.find_spec(fullname) is None:
            continue
        module = importlib.import_module(fullname)
        algs.append(getattr(module, clsname)())
    return algs
