"""The common part of LandPlan's JSON data files (evaluation parameters, land-use presets …):
reading the file and checking its header. Each loader names its own file kind in the messages
through ``err(path, text)``, which returns the loader's exception."""

import json


def read_json(path, err):
    """The parsed JSON of ``path`` (UTF-8, BOM allowed); raises ``err(path, …)`` when it cannot be
    read or is not valid JSON."""
    try:
        with open(path, encoding="utf-8-sig") as fh:
            return json.load(fh)
    except (OSError, UnicodeDecodeError) as exc:
        raise err(path, "无法读取：%s" % exc) from None
    except json.JSONDecodeError as exc:
        raise err(path, "不是有效的 JSON（第%d行第%d列：%s）" % (exc.lineno, exc.colno, exc.msg)) from None


def check_header(data, path, fmt, err):
    """Raise ``err(path, …)`` unless ``data`` is a JSON object whose ``format`` (when given) is
    ``fmt`` and whose ``id`` and ``name`` are non-empty texts."""
    if not isinstance(data, dict):
        raise err(path, "不是 JSON 对象")
    given = data.get("format", fmt)
    if given != fmt:
        raise err(path, "的 format 为「%s」，应为「%s」" % (given, fmt))
    for key in ("id", "name"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise err(path, "缺少「%s」" % key)
