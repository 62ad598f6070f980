"""One module per ``landplan`` subcommand, each the engine side of one QGIS algorithm:
``add_arguments(parser)`` (its options, named after the algorithm's parameters), ``run(job)``
(on the client: open the layers, resolve the fields, build one task per partition, write, return
the log lines) and the functions its tasks run on the workers (partition → the core's batch
function → output columns)."""

#: subcommand → (module, help line); the order of ``landplan --help``
COMMANDS = (
    ("score", "score", "低效工业用地评价 (landplan:scoreinefficiency)"),
    ("idle", "idle", "闲置土地识别 (landplan:flagidleland)"),
    ("unsupplied", "unsupplied", "批而未供识别 (landplan:flagunsupplied), attribute or spatial mode"),
    ("commitments", "commitments", "标准地履约核查 (landplan:checkcommitments)"),
    ("permu", "permu", "亩均效益综合评价 (landplan:permuevaluation)"),
    ("zoneshare", "zoneshare", "开发区工业用地占比 (landplan:zoneindustrialshare)"),
    ("zoneeval", "zoneeval", "开发区土地集约利用评价 (landplan:zoneevaluation)"),
)


def module(name):
    import importlib
    return importlib.import_module("%s.%s" % (__name__, name))
