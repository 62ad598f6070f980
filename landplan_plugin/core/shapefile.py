"""Shapefile limits, in pure Python: names of at most 10 **bytes** in the file's encoding,
text cut at a character boundary (a GBK character is 2 bytes, a UTF-8 one 3)."""

NAME_LIMIT = 10


def truncate_bytes(text, encoding, limit):
    """The longest prefix of ``text`` whose encoding takes at most ``limit`` bytes (never half a character)."""
    out = []
    used = 0
    for ch in text:
        try:
            n = len(ch.encode(encoding))
        except UnicodeEncodeError:
            n = len("?".encode(encoding))
        if used + n > limit:
            break
        out.append(ch)
        used += n
    return "".join(out)


def byte_length(text, encoding):
    return len(text.encode(encoding, errors="replace"))


def short_field_names(names, encoding, limit=NAME_LIMIT):
    """Shapefile names (≤ ``limit`` bytes in ``encoding``, unique case-insensitively) for ``names``.

    Names that fit are kept and reserved first; the others are cut at a character boundary,
    with ``_1``, ``_2`` … added on a clash; a name the encoding cannot hold becomes ``field_N``.
    """
    result = [None] * len(names)
    used = set()
    for i, name in enumerate(names):
        try:
            fits = len(name.encode(encoding)) <= limit
        except UnicodeEncodeError:
            fits = False
        if fits and name and name.lower() not in used:
            result[i] = name
            used.add(name.lower())
    for i, name in enumerate(names):
        if result[i] is not None:
            continue
        try:
            name.encode(encoding)
            base = name
        except UnicodeEncodeError:
            base = "field_%d" % (i + 1)
        short = truncate_bytes(base, encoding, limit)
        n = 1
        while not short or short.lower() in used:
            suffix = "_%d" % n
            short = truncate_bytes(base, encoding, limit - len(suffix)) + suffix
            n += 1
        result[i] = short
        used.add(short.lower())
    return result
