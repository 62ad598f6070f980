"""The one-core design, checked on the source (SPEC §9, issue 7): the core imports nothing from
QGIS or Qt (numpy at most), and every Processing algorithm's processAlgorithm stays thin."""
import ast
import glob
import os

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORE = os.path.join(REPO, "landplan_plugin", "core")
ALGORITHMS = os.path.join(REPO, "landplan_plugin", "algorithms")
ALLOWED_THIRD_PARTY = {"numpy"}
MAX_PROCESS_LINES = 80


def _imports(path):
    tree = ast.parse(open(path, encoding="utf-8").read(), path)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name.split(".")[0]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module.split(".")[0]


def test_core_imports_only_the_standard_library_and_numpy():
    import sys
    stdlib = set(sys.stdlib_module_names)
    offenders = []
    for path in sorted(glob.glob(os.path.join(CORE, "*.py"))):
        for top in _imports(path):
            if top not in stdlib and top not in ALLOWED_THIRD_PARTY:
                offenders.append("%s imports %s" % (os.path.basename(path), top))
    assert not offenders, offenders


def test_every_process_algorithm_is_thin():
    sizes = {}
    for path in sorted(glob.glob(os.path.join(ALGORITHMS, "*.py"))):
        tree = ast.parse(open(path, encoding="utf-8").read(), path)
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name == "processAlgorithm":
                sizes[os.path.basename(path)] = node.end_lineno - node.lineno + 1
    assert len(sizes) >= 17, sorted(sizes)  # every algorithm of the provider has one
    too_long = {name: n for name, n in sizes.items() if n > MAX_PROCESS_LINES}
    assert not too_long, too_long


def test_one_algorithm_class_per_module():
    from_registry = ast.parse(open(os.path.join(ALGORITHMS, "__init__.py"), encoding="utf-8").read())
    pairs = [tuple(elt.value for elt in t.elts) for node in ast.walk(from_registry)
             if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "ALGORITHMS"
             for t in node.value.elts]
    for module, cls in pairs:
        tree = ast.parse(open(os.path.join(ALGORITHMS, module + ".py"), encoding="utf-8").read())
        classes = [n.name for n in tree.body if isinstance(n, ast.ClassDef)
                   and any(isinstance(f, ast.FunctionDef) and f.name == "processAlgorithm" for f in n.body)]
        assert classes == [cls], (module, classes)
