"""The ``landplan`` command: LandPlan's checks on a dask cluster.

    landplan score PARCELS --output scored.gpkg [--standard puyang_other] [--tax-per-mu-field …]
    landplan idle PARCELS --as-of 2024年6月30日 --output idle.parquet
    landplan unsupplied APPROVALS [--supplied SUPPLIES] --as-of 2024-06-30 --output unsupplied.gpkg
    landplan commitments PARCELS --as-of 2024-06-30 --output checked.gpkg
    landplan permu ENTERPRISES --scheme-file scheme.json [--group-field 规模] --output classes.gpkg
    landplan zoneshare --zones ZONES --landuse DLTB --output zones.gpkg
    landplan zoneeval --zones ZONES --landuse DLTB [--supplied …] [--buildings …] --output evaluation.gpkg

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

DESCRIPTION = ("LandPlan's land-efficiency checks (低效工业用地 / 闲置土地 / 批而未供 / 标准地履约 / 亩均效益 / "
               "开发区工业用地占比 / 开发区土地集约利用评价) on a dask cluster.")


def _common(p, with_input=True):
    if with_input:
        p.add_argument("input", metavar="INPUT", help="input layer: GeoParquet file or directory, GeoPackage, "
                       "FlatGeobuf, Shapefile (path|layername=NAME also works)")
        p.add_argument("--layer", help="layer of INPUT (GeoPackage with several layers)")
    p.add_argument("--output", "-o", required=True, help="output: .gpkg, or a GeoParquet directory (.parquet or "
                   "no extension; one file per partition)")
    p.add_argument("--output-layer", help="layer name in an output GeoPackage (default: the subcommand's)")
    p.add_argument("--encoding", help="text encoding of Shapefile inputs without .cpg (e.g. GBK); other formats are "
                   "UTF-8")
    g = p.add_argument_group("cluster")
    g.add_argument("--workers", type=int, help="start a local cluster with N worker processes (default: one per core)")
    g.add_argument("--scheduler", help="use a running dask scheduler, e.g. tcp://10.0.0.5:8786")
    g.add_argument("--memory-limit", default="auto", help="memory limit per local worker (default: auto)")
    g.add_argument("--partition-rows", type=int, default=None, help="rows per partition (default 100000)")
    g.add_argument("--progress", dest="progress", action="store_true", default=None, help="show a progress bar")
    g.add_argument("--no-progress", dest="progress", action="store_false", help="no progress bar")
    p.add_argument("--debug", action="store_true", help="show the traceback of an unexpected error")


def build_parser():
    from .checks import COMMANDS, module
    ap = argparse.ArgumentParser(prog="landplan", description=DESCRIPTION)
    sub = ap.add_subparsers(dest="command", metavar="{%s}" % ",".join(name for name, _, _ in COMMANDS))
    sub.required = True
    for name, mod, text in COMMANDS:
        p = sub.add_parser(name, help=text)
        zones = name.startswith("zone")  # the zone checks take --zones and --landuse instead of INPUT
        _common(p, with_input=not zones)
        module(mod).add_arguments(p)
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
    from .checks import COMMANDS, module
    from .cluster import Timer, configure
    if args.workers is not None and args.workers < 1:
        raise UserError("--workers must be at least 1.")
    if args.workers and args.scheduler:
        raise UserError("Give either --workers (a local cluster) or --scheduler (a running one), not both.")
    os.environ.setdefault("PROJ_NETWORK", "OFF")
    configure()
    timer = Timer()
    job = {name: module(mod).run for name, mod, _ in COMMANDS}
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
