"""The ``landplan`` command: LandPlan's checks on a dask cluster (SPEC §10, last item).

    landplan score PARCELS --output scored.gpkg [--standard puyang_other] [--tax-per-mu-field …]
    landplan idle PARCELS --as-of 2024年6月30日 --output idle.parquet
    landplan unsupplied APPROVALS [--supplied SUPPLIES] --as-of 2024-06-30 --output unsupplied.gpkg
    landplan zoneshare --zones ZONES --landuse DLTB --output zones.gpkg

Options are the Processing parameters in lower case with dashes (``--tax-per-mu-field`` for
``TAX_PER_MU_FIELD``); enum options take the id (``--standard puyang_etdz``) or the index. A field
option not given is found by name as the plugin does; given empty (``--area-field=``) means none.
``--workers N`` starts a local cluster (default: one worker per core); ``--scheduler
tcp://HOST:PORT`` uses a running one. Errors are one sentence and an exit code (see errors.py).
"""
import argparse
import os
import sys

from .errors import EXIT_FAILURE, EXIT_INTERRUPTED, EXIT_OK, UserError

DESCRIPTION = "LandPlan's land-efficiency checks (低效工业用地 / 闲置土地 / 批而未供 / 开发区工业用地占比) on a dask cluster."


def _common(p, with_input=True):
    if with_input:
        p.add_argument("input", metavar="INPUT", help="input layer: GeoParquet file or directory, GeoPackage, "
                       "FlatGeobuf, Shapefile (path|layername=NAME also works)")
        p.add_argument("--layer", help="layer of INPUT (GeoPackage with several layers)")
    p.add_argument("--output", "-o", required=True, help="output: .gpkg, or a GeoParquet directory (.parquet or "
                   "no extension; one file per partition)")
    p.add_argument("--output-layer", help="layer name in an output GeoPackage (default: the subcommand's)")
    p.add_argument("--encoding", help="text encoding of Shapefile inputs without .cpg (e.g. GBK); other formats are UTF-8")
    g = p.add_argument_group("cluster")
    g.add_argument("--workers", type=int, help="start a local cluster with N worker processes (default: one per core)")
    g.add_argument("--scheduler", help="use a running dask scheduler, e.g. tcp://10.0.0.5:8786")
    g.add_argument("--memory-limit", default="auto", help="memory limit per local worker (default: auto)")
    g.add_argument("--partition-rows", type=int, default=None, help="rows per partition (default 100000)")
    g.add_argument("--progress", dest="progress", action="store_true", default=None, help="show a progress bar")
    g.add_argument("--no-progress", dest="progress", action="store_false", help="no progress bar")
    p.add_argument("--debug", action="store_true", help="show the traceback of an unexpected error")


def build_parser():
    ap = argparse.ArgumentParser(prog="landplan", description=DESCRIPTION)
    sub = ap.add_subparsers(dest="command", metavar="{score,idle,unsupplied,zoneshare}")
    sub.required = True

    p = sub.add_parser("score", help="低效工业用地评价 (landplan:scoreinefficiency)")
    _common(p)
    p.add_argument("--standard", default="puyang_other",
                   help="puyang_etdz, puyang_other (default), zhengzhou_industry or custom (with --standard-file)")
    p.add_argument("--standard-file", help="custom standards file (JSON)")
    p.add_argument("--mode", default="binary", help="binary (default) or linear")
    p.add_argument("--cutoff", type=float, help="cut-off score (default: the standard's, 0.7)")
    for name in ("tax-per-mu-field", "invest-per-mu-field", "far-field", "coverage-field", "tax-field",
                 "invest-field", "floor-area-field", "footprint-field", "area-field", "industry-field",
                 "region-field", "status-field"):
        p.add_argument("--" + name)
    p.add_argument("--area-unit", help="unit of --area-field: m2, mu or ha (default: detected, else m2)")
    p.add_argument("--region", default="1", help="Zhengzhou region class without a field: 0 郑州市区, 1 其他区域")
    p.add_argument("--status-values", default=None, help="status values meaning stopped (default 停产,停建,…)")
    p.add_argument("--phaseout-codes", default="", help="industry codes being phased out, comma separated")

    p = sub.add_parser("idle", help="闲置土地识别 (landplan:flagidleland)")
    _common(p)
    p.add_argument("--as-of", help="reference date (2024-06-30, 2024年6月30日 …; default today)")
    for name in ("agreed-start-field", "actual-start-field", "dev-ratio-field", "invest-ratio-field",
                 "halt-date-field", "dev-area-field", "total-area-field", "invested-field", "total-invest-field",
                 "cause-field", "land-price-field"):
        p.add_argument("--" + name)
    p.add_argument("--gov-cause-values", default="", help="cause values meaning government cause, comma separated")

    p = sub.add_parser("unsupplied", help="批而未供识别 (landplan:flagunsupplied), attribute or spatial mode")
    _common(p)
    p.add_argument("--as-of", help="reference date (default today)")
    for name in ("approval-date-field", "supply-date-field", "supply-status-field", "in-use-field", "area-field",
                 "supplied-date-field"):
        p.add_argument("--" + name)
    p.add_argument("--area-unit", default="m2", help="unit of --area-field: m2 (default), mu or ha")
    p.add_argument("--supplied", help="supplied land polygons (供地): spatial mode")
    p.add_argument("--supplied-layer")
    p.add_argument("--buildings", help="buildings / current use polygons, for 已批未供即用")
    p.add_argument("--buildings-layer")
    p.add_argument("--tolerance", type=float, default=1.0, help="ignore unsupplied remainders below (m², default 1)")

    p = sub.add_parser("zoneshare", help="开发区工业用地占比 (landplan:zoneindustrialshare)")
    _common(p, with_input=False)
    p.add_argument("--zones", required=True, help="development zone polygons")
    p.add_argument("--zones-layer")
    p.add_argument("--landuse", required=True, help="land-use polygons (三调 DLTB …)")
    p.add_argument("--landuse-layer")
    p.add_argument("--zone-name-field")
    p.add_argument("--landuse-field", help="land-use code field (default: found by name, e.g. DLBM)")
    p.add_argument("--landuse-area-field", help="official area field in m² (default TBDLMJ when present; "
                   "empty = the geometry)")
    p.add_argument("--threshold", type=float, default=60.0, help="required share in %% (default 60)")
    p.add_argument("--classification", default="sandiao_2017", help="sandiao_2017 (default), guotu_2023, "
                   "gb50137_2011 or custom (with --custom-codes)")
    p.add_argument("--numerator", default="industrial", help="industrial (default: 工矿仓储) or industrial_only")
    p.add_argument("--custom-codes", help="custom code lists file (JSON)")
    return ap


_START = [None]


def _log(line):
    if os.environ.get("LANDPLAN_TIMING"):  # elapsed seconds before each line (for profiling a run)
        import time
        _START[0] = _START[0] or time.perf_counter()
        line = "[%6.2f] %s" % (time.perf_counter() - _START[0], line)
    print(line, file=sys.stderr if line.lstrip("[0123456789. ]").startswith("!") else sys.stdout, flush=True)


def main(argv=None):
    args = build_parser().parse_args(argv)
    try:
        return _main(args)
    except UserError as exc:
        print("landplan: error: %s" % exc, file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        print("landplan: interrupted.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:  # noqa: BLE001 — one sentence, never a traceback (unless --debug)
        if getattr(args, "debug", False):
            raise
        text = str(exc).strip().splitlines()
        print("landplan: error: %s: %s (run again with --debug for details)." % (
            type(exc).__name__, text[0] if text else ""), file=sys.stderr)
        return EXIT_FAILURE


def _main(args):
    import contextlib
    from . import jobs
    from .cluster import Timer, configure
    if args.workers is not None and args.workers < 1:
        raise UserError("--workers must be at least 1.")
    if args.workers and args.scheduler:
        raise UserError("Give either --workers (a local cluster) or --scheduler (a running one), not both.")
    os.environ.setdefault("PROJ_NETWORK", "OFF")
    configure()
    timer = Timer()
    job = {"score": jobs.score, "idle": jobs.idle, "unsupplied": jobs.unsupplied, "zoneshare": jobs.zoneshare}
    from .io import check_output
    check_output(args.output)
    _log("landplan %s" % args.command)
    with contextlib.ExitStack() as stack:
        run = jobs.Run(stack, args, _log, progress=args.progress, chunk_rows=args.partition_rows)
        result = job[args.command](run)
    for line in result.get("lines", []):
        _log(line)
    _log("Done in %s; output: %s" % (timer, os.path.abspath(result["output"])))
    return EXIT_OK
