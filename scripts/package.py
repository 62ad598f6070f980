#!/usr/bin/env python3
"""Assemble the installable plugin: build/landplan_plugin/ and dist/landplan_plugin.zip.

The zip holds one top folder ``landplan_plugin/`` with ``__init__.py``, ``metadata.txt``
(the top-level one), ``LICENSE``, the code, ``resources/`` and the compiled ``.qm``; no caches.
``--install [DIR]`` copies the built folder into a QGIS plugins directory (default: the current
user's default profile).

Every zip it writes is checked against the rules of the official plugin repository
(plugins.qgis.org: what its upload validator refuses, and its policy of no binaries) by
:func:`check_zip`; ``--check ZIP`` checks any zip. ``make package`` fails on a problem and prints
the zip's size against the repository's limit.
"""
import argparse
import configparser
import io
import os
import re
import shutil
import sys
import zipfile
from urllib.parse import urlparse

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


# ---- the plugin repository's rules ---------------------------------------------------------------
#: the upload limit of plugins.qgis.org (bytes)
MAX_ZIP_BYTES = 25_000_000
#: metadata.txt keys the repository refuses a zip without
REQUIRED_METADATA = ("name", "description", "version", "qgisMinimumVersion", "author", "email", "about",
                     "tracker", "repository")
BOOLEAN_METADATA = ("experimental", "deprecated", "server", "supportsQt6")
URL_METADATA = ("tracker", "repository", "homepage")
FORBIDDEN_DIRS = {"__MACOSX", ".git", "__pycache__"}
#: binaries (the repository takes source only): compiled Python, native libraries and programs,
#: archives of them, compiled Qt resources
BINARY_SUFFIXES = (".pyc", ".pyo", ".pyd", ".so", ".dll", ".dylib", ".exe", ".msi", ".bat", ".cmd", ".bin",
                   ".o", ".a", ".lib", ".class", ".jar", ".whl", ".egg", ".rcc")
BINARY_MAGIC = (b"\x7fELF", b"MZ", b"\xfe\xed\xfa\xce", b"\xfe\xed\xfa\xcf", b"\xcf\xfa\xed\xfe",
                b"\xce\xfa\xed\xfe", b"\xca\xfe\xba\xbe")
VERSION_RE = re.compile(r"^\d+(\.\d+){1,3}([-.+~]?[A-Za-z0-9]+)*$")
QGIS_VERSION_RE = re.compile(r"^\d+\.\d+(\.\d+)?$")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PACKAGE_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_-]+$")
#: what the repository requires of the top folder of a NEW plugin (PEP 8 package name)
NEW_PACKAGE_RE = re.compile(r"^[a-z_][a-z0-9_]*$")
#: the Plugin Builder template's addresses, which the repository refuses by name
TEMPLATE_URLS = {"tracker": "http://bugs", "repository": "http://repo", "homepage": "http://homepage"}
#: host names that never answer (RFC 2606 / 6761): the repository asks every address and refuses the upload
PLACEHOLDER_HOSTS = re.compile(r"(^|\.)(invalid|test|example|localhost|example\.(com|net|org))$", re.I)


def _qgis_version(text):
    return tuple(int(p) for p in text.split("."))


def check_metadata(text, names, top):
    """Problems of a metadata.txt ``text`` (in a zip whose file names are ``names``)."""
    problems = []
    # parsed as the repository parses it: configparser's default interpolation, so a lone % fails
    parser = configparser.ConfigParser()
    parser.optionxform = str
    try:
        parser.read_string(text)
        if not parser.has_section("general"):
            return ["metadata.txt has no [general] section"]
        meta = {k: v.strip() for k, v in parser.items("general")}
    except configparser.Error as exc:
        return ["metadata.txt does not parse as the repository reads it (a lone %% must be %%%%): %s"
                % str(exc).splitlines()[0]]
    problems += ["metadata.txt lacks %s" % k for k in REQUIRED_METADATA if not meta.get(k)]
    if meta.get("version") and not VERSION_RE.match(meta["version"]):
        problems.append("version %r is not a version number" % meta["version"])
    for key in ("qgisMinimumVersion", "qgisMaximumVersion"):
        if meta.get(key) and not QGIS_VERSION_RE.match(meta[key]):
            problems.append("%s %r is not a QGIS version (3.22, 4.99 …)" % (key, meta[key]))
    low, high = meta.get("qgisMinimumVersion", ""), meta.get("qgisMaximumVersion", "")
    if QGIS_VERSION_RE.match(low) and QGIS_VERSION_RE.match(high) and _qgis_version(low) > _qgis_version(high):
        problems.append("qgisMinimumVersion %s is above qgisMaximumVersion %s" % (low, high))
    if meta.get("email") and not EMAIL_RE.match(meta["email"]):
        problems.append("email %r is not an e-mail address" % meta["email"])
    if "/" in meta.get("author", ""):
        problems.append("author must not contain a slash")
    for key in URL_METADATA:
        url = meta.get(key)
        if url:
            parsed = urlparse(url)
            if parsed.scheme not in ("http", "https") or not parsed.netloc or re.search(r"\s", url):
                problems.append("%s %r is not a web address" % (key, url))
            elif url == TEMPLATE_URLS.get(key):
                problems.append("%s %r is the plugin template's address, which the repository refuses" % (key, url))
    for key in BOOLEAN_METADATA:
        if key in meta and meta[key].lower() not in ("true", "false", "1", "0", "yes", "no"):
            problems.append("%s %r is not a boolean" % (key, meta[key]))
    icon = meta.get("icon")
    if icon and "%s/%s" % (top, icon[2:] if icon.startswith("./") else icon) not in names:
        problems.append("icon %s is not in the zip" % icon)
    return problems


def check_zip(path):
    """(problems, size in bytes) of a plugin zip, by the repository's rules: at most
    :data:`MAX_ZIP_BYTES`; one top folder named like a Python package with ``__init__.py``,
    ``metadata.txt`` and ``LICENSE``; no paths leaving it, no ``__pycache__`` / ``.git`` /
    ``__MACOSX``, no binaries (compiled Python, native code, compiled Qt resources); complete,
    well-formed metadata."""
    size = os.path.getsize(path)
    problems = []
    if size > MAX_ZIP_BYTES:
        problems.append("the zip is %d bytes, above the repository's %d" % (size, MAX_ZIP_BYTES))
    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        return ["not a zip file"], size
    with zf:
        bad = zf.testzip()
        if bad:
            problems.append("corrupt member %s" % bad)
        names = zf.namelist()
        tops = sorted({n.split("/")[0] for n in names})
        if len(tops) != 1:
            return problems + ["the zip must hold one top folder, not %s" % ", ".join(tops)], size
        top = tops[0]
        if not PACKAGE_RE.match(top):
            problems.append("top folder %r: an ASCII letter, then letters, digits, - and _" % top)
        elif not NEW_PACKAGE_RE.match(top):
            problems.append("top folder %r: a new plugin's must be a PEP 8 package name (lowercase letters, "
                            "digits and _)" % top)
        for required in ("__init__.py", "metadata.txt", "LICENSE"):
            if "%s/%s" % (top, required) not in names:
                problems.append("%s/%s is missing" % (top, required))
        for name in names:
            parts = name.split("/")
            if ".." in parts or name.startswith("/") or "\\" in name:
                problems.append("path leaves the folder: %s" % name)
            if FORBIDDEN_DIRS & set(parts[:-1]) or parts[-1] in FORBIDDEN_DIRS:
                problems.append("forbidden folder in %s" % name)
            if name.endswith("/"):
                continue
            if name.lower().endswith(BINARY_SUFFIXES) or parts[-1] == "resources_rc.py" or ".pyc" in name:
                problems.append("binary or compiled file: %s" % name)
                continue
            head = zf.open(name).read(4096)
            if head.startswith(BINARY_MAGIC):
                problems.append("binary (executable or library) file: %s" % name)
            elif name.endswith(".py") and b"qt_resource_data" in head + zf.read(name)[-4096:]:
                problems.append("compiled Qt resources: %s" % name)
        if "%s/metadata.txt" % top in names:
            text = io.TextIOWrapper(zf.open("%s/metadata.txt" % top), encoding="utf-8").read()
            problems += check_metadata(text, set(names), top)
    return problems, size


def placeholder_addresses(path):
    """The metadata keys (tracker, repository, homepage) of the zip at ``path`` whose address is a
    placeholder host (``example.invalid`` …). The zip is well-formed, but the repository requests
    each address on upload and refuses the zip while one does not answer."""
    with zipfile.ZipFile(path) as zf:
        names = [n for n in zf.namelist() if n.count("/") == 1 and n.endswith("/metadata.txt")]
        if not names:
            return []
        parser = configparser.ConfigParser(interpolation=None)
        parser.optionxform = str
        try:
            parser.read_string(zf.read(names[0]).decode("utf-8"))
            meta = dict(parser.items("general"))
        except (configparser.Error, UnicodeDecodeError):
            return []
    return [key for key in URL_METADATA
            if meta.get(key) and PLACEHOLDER_HOSTS.search(urlparse(meta[key].strip()).hostname or "")]


def report(path):
    """Check ``path``, print the verdict and the size against the limit; True when it passes."""
    problems, size = check_zip(path)
    print("%s: %.2f MB (%d bytes) of the plugin repository's %.0f MB limit" % (
        path, size / 1e6, size, MAX_ZIP_BYTES / 1e6))
    for problem in problems:
        print("  problem: " + problem)
    placeholders = [] if problems else placeholder_addresses(path)
    if placeholders:
        print("  note: %s in metadata.txt are placeholders: the repository requests each address on upload and "
              "refuses the zip until they answer (fine for 从ZIP安装)" % ", ".join(placeholders))
    print("  plugin repository check: %s" % ("passed" if not problems else "%d problem(s)" % len(problems)))
    return not problems


def default_plugins_dir(platform=sys.platform, environ=os.environ):
    """The plugins folder of the default QGIS 3 profile (the QGIS3 settings folder) on this platform."""
    tail = os.path.join("QGIS", "QGIS3", "profiles", "default", "python", "plugins")
    if platform == "win32" and environ.get("APPDATA"):
        return os.path.join(environ["APPDATA"], tail)
    if platform == "darwin":
        return os.path.join(os.path.expanduser("~/Library/Application Support"), tail)
    return os.path.join(os.path.expanduser("~/.local/share"), tail)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--build", default=os.path.join(REPO, "build"))
    ap.add_argument("--dist", default=os.path.join(REPO, "dist"))
    ap.add_argument("--install", nargs="?", const=default_plugins_dir(), default=None,
                    help="copy the built plugin into this plugins directory")
    ap.add_argument("--check", metavar="ZIP", help="only check this zip against the plugin repository's rules")
    args = ap.parse_args()
    if args.check:
        sys.exit(0 if report(args.check) else 1)
    target = build(args.build)
    if args.install:
        dest = os.path.join(args.install, NAME)
        shutil.rmtree(dest, ignore_errors=True)
        os.makedirs(args.install, exist_ok=True)
        shutil.copytree(target, dest)
        print("installed into", dest)
    else:
        zpath = make_zip(target, args.dist)
        print("wrote", zpath)
        if not report(zpath):
            sys.exit(1)


if __name__ == "__main__":
    main()
