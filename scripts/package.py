#!/usr/bin/env python3
"""Assemble the installable plugin: build/landplan_plugin/ and dist/landplan_plugin.zip.

The zip holds one top folder ``landplan_plugin/`` with ``__init__.py``, ``metadata.txt``
(the top-level one), ``LICENSE``, the code, ``resources/`` and the compiled ``.qm``; no caches.
``--install [DIR]`` copies the built folder into a QGIS plugins directory (default: the current
user's default profile).
"""
import argparse
import os
import shutil
import sys
import zipfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAME = "landplan_plugin"
SKIP_DIRS = {"__pycache__", ".pytest_cache", ".hypothesis"}
SKIP_SUFFIXES = (".pyc", ".pyo", ".orig", ".rej", "~")


def _copytree(src, dst):
    for root, dirs, files in os.walk(src):
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
        rel = os.path.relpath(root, src)
        os.makedirs(os.path.join(dst, rel), exist_ok=True)
        for name in sorted(files):
            if name.endswith(SKIP_SUFFIXES) or name.startswith("."):
                continue
            shutil.copy2(os.path.join(root, name), os.path.join(dst, rel, name))


def build(build_dir):
    target = os.path.join(build_dir, NAME)
    shutil.rmtree(target, ignore_errors=True)
    _copytree(os.path.join(REPO, NAME), target)
    _copytree(os.path.join(REPO, "resources"), os.path.join(target, "resources"))
    for name in ("metadata.txt", "LICENSE", "README.md"):
        shutil.copy2(os.path.join(REPO, name), os.path.join(target, name))
    qm = os.path.join(target, "i18n", "landplan_zh_Hans.qm")
    if not os.path.exists(qm):
        sys.exit("missing %s: run `make translations` first" % qm)
    return target


def make_zip(target, dist_dir):
    os.makedirs(dist_dir, exist_ok=True)
    zpath = os.path.join(dist_dir, NAME + ".zip")
    if os.path.exists(zpath):
        os.remove(zpath)
    base = os.path.dirname(target)
    with zipfile.ZipFile(zpath, "w", zipfile.ZIP_DEFLATED) as zf:
        for root, dirs, files in os.walk(target):
            dirs.sort()
            for name in sorted(files):
                full = os.path.join(root, name)
                zf.write(full, os.path.relpath(full, base))
    return zpath


def default_plugins_dir():
    return os.path.expanduser("~/.local/share/QGIS/QGIS3/profiles/default/python/plugins")


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--build", default=os.path.join(REPO, "build"))
    ap.add_argument("--dist", default=os.path.join(REPO, "dist"))
    ap.add_argument("--install", nargs="?", const=default_plugins_dir(), default=None,
                    help="copy the built plugin into this plugins directory")
    args = ap.parse_args()
    target = build(args.build)
    if args.install:
        dest = os.path.join(args.install, NAME)
        shutil.rmtree(dest, ignore_errors=True)
        os.makedirs(args.install, exist_ok=True)
        shutil.copytree(target, dest)
        print("installed into", dest)
    else:
        print("wrote", make_zip(target, args.dist))


if __name__ == "__main__":
    main()
