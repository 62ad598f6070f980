#!/usr/bin/env python3
"""Translation catalogue tool for LandPlan (zh-Hans).

Extraction walks the plugin's Python sources with :mod:`ast` (pylupdate5 does not know our
``tr(context, text)`` and ``tr_base(text)`` helpers) and finds:

* ``self.tr("text")`` inside ``class C`` → context ``C``
* ``tr_base("text")`` → context ``LandPlanAlgorithm``
* ``tr("Ctx", "text")`` and ``QCoreApplication.translate("Ctx", "text")`` → context ``Ctx``
* the parameter and output descriptions and the help text of the shipped models
  (resources/models/*.model3) → context
  ``LandPlanModel`` (the provider translates them when it loads a model)

Commands:
  update            merge extracted strings into the .ts (existing translations kept)
  check             exit 1 if a string lacks a translation or the .ts has strings no code uses
  set FILE.tsv      set translations from a TSV: context<TAB>source<TAB>translation (\\n escaped)
  missing           print untranslated strings as TSV (context, source, empty)
"""
import ast
import os
import sys
import xml.etree.ElementTree as ET

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLUGIN = os.path.join(REPO, "landplan_plugin")
TS = os.path.join(PLUGIN, "i18n", "landplan_zh_Hans.ts")
MODELS = os.path.join(REPO, "resources", "models")
MODEL_CONTEXT = "LandPlanModel"
#: the entries of a model's help (its help panel) that are translated
MODEL_HELP_KEYS = ("ALG_DESC", "ALG_CREATOR")


def _const_str(node):
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        raise ValueError("f-string passed to tr() at line %d" % node.lineno)
    return None


def extract(plugin_dir=PLUGIN):
    """Ordered list of (context, source, filename, line)."""
    found = []
    seen = set()
    for root, dirs, files in os.walk(plugin_dir):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            if not name.endswith(".py"):
                continue
            path = os.path.join(root, name)
            with open(path, encoding="utf-8") as fh:
                tree = ast.parse(fh.read(), path)
            _walk(tree, None, path, found, seen)
    if plugin_dir == PLUGIN:
        _model_strings(found, seen)
    return found


def _model_strings(found, seen):
    """The descriptions of a shipped model's parameters and outputs (its dialog's labels)."""
    if not os.path.isdir(MODELS):
        return
    for name in sorted(os.listdir(MODELS)):
        if not name.endswith(".model3"):
            continue
        path = os.path.join(MODELS, name)
        root = ET.parse(path).getroot()
        texts = [desc.get("value") for definition in root.findall("Option[@name='parameterDefinitions']/Option")
                 for desc in definition.findall("Option[@name='description']")]
        texts += [item.get("value") for item in root.findall("Option[@name='help']/Option")
                  if item.get("name") in MODEL_HELP_KEYS]
        for text in texts:
            if text and (MODEL_CONTEXT, text) not in seen:
                seen.add((MODEL_CONTEXT, text))
                found.append((MODEL_CONTEXT, text, os.path.relpath(path, os.path.dirname(TS)), 0))


def _walk(node, klass, path, found, seen):
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.ClassDef):
            _walk(child, child.name, path, found, seen)
            continue
        if isinstance(child, ast.Call):
            ctx, text = _match(child, klass)
            if text is not None:
                key = (ctx, text)
                if key not in seen:
                    seen.add(key)
                    found.append((ctx, text, os.path.relpath(path, os.path.dirname(TS)), child.lineno))
        _walk(child, klass, path, found, seen)


def _match(call, klass):
    func = call.func
    args = call.args
    if isinstance(func, ast.Attribute) and func.attr == "tr" and isinstance(func.value, ast.Name) \
            and func.value.id == "self" and len(args) == 1 and klass:
        return klass, _const_str(args[0])
    if isinstance(func, ast.Name) and func.id == "tr_base" and len(args) == 1:
        return "LandPlanAlgorithm", _const_str(args[0])
    if ((isinstance(func, ast.Name) and func.id == "tr") or
            (isinstance(func, ast.Attribute) and func.attr == "translate")) and len(args) == 2:
        ctx, text = _const_str(args[0]), _const_str(args[1])
        if ctx is not None and text is not None:
            return ctx, text
    return None, None


def load_ts(path=TS):
    """{(context, source): translation or None}"""
    result = {}
    if not os.path.exists(path):
        return result
    root = ET.parse(path).getroot()
    for ctx in root.findall("context"):
        cname = ctx.findtext("name")
        for msg in ctx.findall("message"):
            src = msg.findtext("source")
            tr_el = msg.find("translation")
            text = tr_el.text if tr_el is not None else None
            if tr_el is not None and tr_el.get("type") in ("unfinished", "obsolete", "vanished"):
                text = text or None
            result[(cname, src)] = text or None
    return result


def write_ts(entries, translations, path=TS):
    root = ET.Element("TS", version="2.1", language="zh_CN", sourcelanguage="en")
    by_ctx = {}
    for ctx, src, fname, line in entries:
        by_ctx.setdefault(ctx, []).append((src, fname, line))
    for ctx in sorted(by_ctx):
        c = ET.SubElement(root, "context")
        ET.SubElement(c, "name").text = ctx
        for src, fname, line in by_ctx[ctx]:
            m = ET.SubElement(c, "message")
            ET.SubElement(m, "location", filename=fname, line=str(line))
            ET.SubElement(m, "source").text = src
            t = ET.SubElement(m, "translation")
            text = translations.get((ctx, src))
            if text:
                t.text = text
            else:
                t.set("type", "unfinished")
    ET.indent(root)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as fh:
        fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        fh.write(ET.tostring(root, encoding="utf-8"))
        fh.write(b"\n")


def problems():
    entries = extract()
    translations = load_ts()
    used = {(c, s) for c, s, _, _ in entries}
    missing = [(c, s) for c, s, _, _ in entries if not translations.get((c, s))]
    stale = sorted(k for k in translations if k not in used)
    return missing, stale


def main(argv):
    cmd = argv[1] if len(argv) > 1 else "check"
    if cmd == "update":
        write_ts(extract(), load_ts())
        missing, _ = problems()
        print("%d strings, %d untranslated" % (len(extract()), len(missing)))
    elif cmd == "missing":
        for c, s in problems()[0]:
            print("%s\t%s\t" % (c, s.replace("\n", "\\n")))
    elif cmd == "set":
        translations = load_ts()
        with open(argv[2], encoding="utf-8") as fh:
            for line in fh:
                line = line.rstrip("\n")
                if not line.strip():
                    continue
                ctx, src, text = line.split("\t")
                translations[(ctx, src.replace("\\n", "\n"))] = text.replace("\\n", "\n")
        write_ts(extract(), translations)
        print("%d untranslated" % len(problems()[0]))
    elif cmd == "check":
        missing, stale = problems()
        for c, s in missing:
            print("untranslated: [%s] %s" % (c, s))
        for c, s in stale:
            print("stale: [%s] %s" % (c, s))
        return 1 if missing or stale else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
