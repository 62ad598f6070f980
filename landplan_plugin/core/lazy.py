"""``np = lazy_module("numpy")``: a module imported on first attribute access, so that loading the
plugin (which imports the algorithm modules and through them the core) stays light; numpy is
imported when a columnar rule first runs."""
import importlib


class _LazyModule:
    def __init__(self, name):
        self._name = name
        self._module = None

    def __getattr__(self, attr):
        if self._module is None:
            self._module = importlib.import_module(self._name)
        return getattr(self._module, attr)


def lazy_module(name):
    return _LazyModule(name)
