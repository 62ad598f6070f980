# LandPlan — build, demo, test, package.  Works on a fresh Debian 12 machine; safe to re-run.
SHELL := /bin/bash
PY_SYS := /usr/bin/python3
VENV := .venv
PY ?= $(VENV)/bin/python
# `make test DEPS=` skips the apt/venv step (the LTR chroot has its packages already)
DEPS ?= deps
PLUGIN := landplan_plugin
TS := $(PLUGIN)/i18n/landplan_zh_Hans.ts
QM := $(PLUGIN)/i18n/landplan_zh_Hans.qm
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := qgis python3-qgis qgis-providers python3-geopandas python3-fiona python3-shapely \
	python3-openpyxl python3-venv python3-pip pyqt5-dev-tools qttools5-dev-tools xvfb xauth zip unzip \
	postgresql postgis postgresql-postgis poppler-utils fonts-wqy-microhei \
	gdal-bin python3-gdal python3-docx libreoffice-calc-nogui
export QT_QPA_PLATFORM ?= offscreen
export PROJ_DATA ?= /usr/share/proj
export PYTHONPATH := /usr/share/qgis/python/plugins:/usr/share/qgis/python:$(CURDIR)
export PYTHONDONTWRITEBYTECODE := 1
export XDG_RUNTIME_DIR ?= /tmp/runtime-$(shell id -u)
ARGS ?=

.PHONY: all deps apt venv translations ts demo demo-data test test-core test-ltr test-344 package install bench clean lint help qt6-check \
	scale-deps test-scale scale-demo bench-scale

all: translations

## deps: Debian packages (QGIS: 3.22 on Debian 12, 3.40 on 13; geopandas, Qt tools, PostGIS, python-docx, LibreOffice Calc) + the test venv
deps: apt venv

apt:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages: $$missing"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

venv: $(VENV)/.done
$(VENV)/.done: requirements-test.txt
	$(PY_SYS) -m venv --system-site-packages $(VENV)
	$(PY) -m pip install -q -r requirements-test.txt
	touch $@

## translations: compile the zh-Hans .qm shipped with the plugin
translations: $(QM)
$(QM): $(TS)
	lrelease -silent $(TS) -qm $(QM)

## ts: re-extract tr() strings and the model's texts into the .ts (keeps existing translations)
ts:
	$(PY) scripts/i18n.py update

## demo: run every check on the embedded demo data; results in out/
demo: $(DEPS) translations
	$(PY) scripts/run_demo.py --out out $(ARGS)

## demo-data: rebuild every demo file from its generator (deterministic: the same bytes each time)
demo-data: deps
	$(PY) scripts/make_demo_data.py
	$(PY) scripts/demo_renewal.py
	$(PY) scripts/demo_changes.py
	$(PY) scripts/demo_siting.py

## test: ruff, the Qt6 / QGIS 4 check, the whole test suite against real QGIS (headless), the engine's tests
test: $(DEPS) translations $(if $(DEPS),scale-deps)
	$(if $(DEPS),$(PY) -m ruff check .)
	$(PY) scripts/qt6_check.py
	$(PY) -m pytest -p no:cacheprovider tests $(ARGS)
	$(if $(and $(DEPS),$(if $(ARGS),,1)),$(MAKE) --no-print-directory test-scale)

## test-ltr: the same suite and the demo on QGIS 3.40 LTR in a cached Debian 13 chroot (scripts/ltr.sh)
test-ltr:
	bash scripts/ltr.sh

## test-344: the same on QGIS 3.44 (Debian testing chroot), deprecation warnings raised as errors
test-344:
	LTR_RELEASE=forky bash scripts/ltr.sh

## test-core: the rules alone (tests/core: pure Python, no QGIS start-up; ≤ 30 s)
test-core:
	$(PY) -m pytest -p no:cacheprovider tests/core $(ARGS)

## qt6-check: Qt6 / QGIS 4 readiness of the plugin's source (scripts/qt6_check.py), zero findings; `make test` runs it
qt6-check:
	$(PY) scripts/qt6_check.py

## lint: ruff (configured in pyproject.toml), zero findings; `make test` runs it first
lint:
	$(PY) -m ruff check .

## help: this list
help:
	@grep -E '^## ' $(MAKEFILE_LIST) | sed 's/^## /  /'

## package: dist/landplan_plugin.zip, checked against the QGIS plugin repository's rules (scripts/package.py)
package: translations
	$(PY_SYS) scripts/package.py --dist dist --build build

## install: into the current user's default QGIS profile
install: package
	$(PY_SYS) scripts/package.py --install

## bench: speed against QGIS native algorithms (ARGS="--n 250000")
bench: deps translations
	$(PY) scripts/bench.py $(ARGS)

# ---- the distributed engine (landplan/, the landplan command) -----------------------------------------
# Its own venv from PyPI, WITHOUT system site packages: PyPI's GDAL/GEOS/PROJ never meet QGIS's.
# Its processes run without the QGIS PYTHONPATH / PROJ_DATA this Makefile exports for QGIS.
VENV_SCALE := .venv-scale
PY_SCALE := $(VENV_SCALE)/bin/python
SCALE_ENV := env -u PYTHONPATH -u PROJ_DATA -u PROJ_LIB

## scale-deps: .venv-scale with this checkout installed editable with its `scale` extra (pyproject.toml):
##             geopandas 1.x, shapely 2, pyogrio, pyarrow, dask.distributed, dask-geopandas and the `landplan` command
# Rebuilt when what pyproject.toml says about the engine (extras, packages, command) changes; other
# edits of pyproject.toml (e.g. the linter's settings) do not rebuild it.
SCALE_SPEC := $(shell $(PY_SYS) -c 'import tomllib, json, hashlib; d = tomllib.load(open("pyproject.toml", "rb")); \
	p = d["project"]; print(hashlib.sha1(json.dumps([p.get("optional-dependencies"), p.get("scripts"), \
	d.get("tool", {}).get("setuptools")], sort_keys=True).encode()).hexdigest()[:12])' 2>/dev/null || echo any)
scale-deps: $(VENV_SCALE)/.done-$(SCALE_SPEC)
$(VENV_SCALE)/.done-$(SCALE_SPEC):
	rm -rf $(VENV_SCALE)
	$(PY_SYS) -m venv $(VENV_SCALE)
	$(SCALE_ENV) $(PY_SCALE) -m pip install -q -e '.[scale,scale-test]'
	touch $@

## test-scale: the distributed engine's tests (real dask clusters; QGIS runs in a subprocess to compare)
test-scale: $(DEPS) scale-deps
	$(SCALE_ENV) $(PY_SCALE) -m pytest -p no:cacheprovider tests/scale $(ARGS)

## scale-demo: every landplan subcommand on the demo data; results in out/scale
scale-demo: scale-deps
	$(SCALE_ENV) $(PY_SCALE) scripts/scale_demo.py --out out/scale $(ARGS)

## bench-scale: landplan against the QGIS algorithms, and weak scaling (ARGS="--sizes 1000000")
bench-scale: $(DEPS) translations scale-deps
	$(SCALE_ENV) $(PY_SCALE) scripts/bench_scale.py $(ARGS)

## clean: remove build, dist, out and the compiled translation
clean:
	rm -rf build dist out $(QM)
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
