"""The one-core design, checked on the source: the core imports nothing from
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


# ---- imports: layers and cycles ---------------------------------------------------------------
PLUGIN = os.path.join(REPO, "landplan_plugin")
#: a module may import its own layer and those below it, never one above
LAYERS = (
    ("core", "paths"),  # paths: where the data files are (pure Python, a leaf)
    ("compat", "i18n", "qvariant"),
    ("output",),
    ("algorithms",),
    ("provider", "plugin", "gui", "__init__"),
)


def _module_name(path):
    rel = os.path.relpath(path, REPO)[:-3].replace(os.sep, ".")
    return rel[:-len(".__init__")] if rel.endswith(".__init__") else rel


def _plugin_imports(path):
    """Every landplan_plugin module ``path`` imports, at module level or inside functions."""
    name = _module_name(path)
    package = name if path.endswith("__init__.py") else name.rsplit(".", 1)[0]
    tree = ast.parse(open(path, encoding="utf-8").read(), path)
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("landplan_plugin"))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if not target.startswith("landplan_plugin"):
                continue
            for alias in node.names:  # `from . import x` may name a module
                sub = target + "." + alias.name
                exists = os.path.exists(os.path.join(REPO, *sub.split(".")) + ".py") or os.path.isdir(
                    os.path.join(REPO, *sub.split(".")))
                found.add(sub if exists else target)
    return found


def _graph():
    graph = {}
    for path in glob.glob(os.path.join(PLUGIN, "**", "*.py"), recursive=True):
        graph[_module_name(path)] = _plugin_imports(path)
    return graph


def _layer(module):
    parts = module.split(".")
    top = parts[1] if len(parts) > 1 else "__init__"
    for level, names in enumerate(LAYERS):
        if top in names:
            return level
    raise AssertionError("%s is in no layer of LAYERS" % module)


def test_no_module_imports_a_layer_above_its_own():
    upward = ["%s → %s" % (mod, dep) for mod, deps in sorted(_graph().items()) for dep in sorted(deps)
              if dep != "landplan_plugin" and _layer(dep) > _layer(mod)]
    assert not upward, upward


def test_no_import_cycles():
    whole = _graph()
    graph = {m: {d for d in deps if d in whole} for m, deps in whole.items()}
    index, low, stack, on_stack, cycles = {}, {}, [], set(), []

    def visit(v):  # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    assert not cycles, cycles



def test_the_product_cites_documents_by_their_own_names():
    """"SPEC" and "seed 00x" are the team's words: code, data, help and docs cite the documents
    by title and number (docs/SOURCES.md)."""
    import re
    ours = re.compile(r"\bSPEC\b|\b[Ss]eeds? \d{3}")
    found = []
    for top in ("landplan_plugin", "landplan", "resources", "docs", "scripts"):
        for path in glob.glob(os.path.join(REPO, top, "**", "*"), recursive=True):
            if not path.endswith((".py", ".md", ".html", ".json", ".csv", ".txt", ".ts")):
                continue
            with open(path, encoding="utf-8", errors="replace") as f:
                found += ["%s: %s" % (os.path.relpath(path, REPO), m.group(0)) for m in ours.finditer(f.read())]
    for name in ("README.md", "CONTRIBUTING.md", "Makefile", "pyproject.toml"):
        with open(os.path.join(REPO, name), encoding="utf-8") as f:
            found += ["%s: %s" % (name, m.group(0)) for m in ours.finditer(f.read())]
    assert not found, found[:20]
