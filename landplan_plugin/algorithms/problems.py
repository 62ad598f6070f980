"""Data problems, once: one tally per kind and field, with the first examples, one log line each."""
from collections import OrderedDict

from ..i18n import tr_base


def problem_label(kind):
    """Readable name of a problem kind (core.values constants and the algorithms' own)."""
    labels = {
        "not_number": tr_base("text that is not a number"),
        "not_finite": tr_base("NaN or infinite number"),
        "bad_date": tr_base("unreadable date"),
        "non_positive_area": tr_base("zero or negative area"),
        "fraction_percent": tr_base("percent stored as a fraction"),
        "percent_as_ratio": tr_base("ratio stored as a percent"),
        "out_of_range": tr_base("value out of range"),
        "bad_text": tr_base("unrecognised text value"),
        "empty_geometry": tr_base("empty or NULL geometry"),
        "invalid_geometry": tr_base("invalid geometry (repaired)"),
    }
    return labels.get(kind, kind)


def log_problem_counts(feedback, counts):
    """One warning line per kind of data problem: 'N × kind' (``counts``: kind → n, or a
    :class:`ProblemTally`, whose per-field lines are then used)."""
    if isinstance(counts, ProblemTally):
        counts.log(feedback)
        return
    for kind, n in counts.items():
        feedback.pushWarning(tr_base("{n} row value(s) with a data problem: {label}").format(
            n=n, label=problem_label(kind)))


def log_report_problems(feedback, problems, notes=(), most=50):
    """A core report's data-problem texts (the first ``most``, then how many more) and notes,
    one warning line each."""
    for text in list(problems[:most]) + list(notes):
        feedback.pushWarning(text)
    if len(problems) > most:
        feedback.pushWarning(tr_base("… and {n} more data problems.").format(n=len(problems) - most))


class ProblemTally:
    """The one count of data problems in a run: per (kind, field), with the first few examples
    per kind, logged one warning line each.

    ``add(kind, field="", n=1, example=None)`` counts (``kind``: a :mod:`..core.values` kind or
    ``empty_geometry`` / ``invalid_geometry`` or an algorithm's own; ``field``: the field name,
    empty for a whole-row problem; ``example``: a text naming the row, e.g. ``LAYER #fid``);
    ``add_problem(p)`` / ``add_problems(ps)`` count core :class:`Problem` objects; ``kinds()``
    totals per kind in first-seen order; ``log(feedback)`` writes the per-field lines.
    """
    MAX_EXAMPLES = 5

    def __init__(self):
        self.counts = OrderedDict()
        self.examples = {}

    def add(self, kind, field="", n=1, example=None):
        """Count ``n`` problems of ``kind`` (None: nothing to count)."""
        if kind is None:
            return
        key = (kind, field or "")
        self.counts[key] = self.counts.get(key, 0) + n
        if example is not None:
            shown = self.examples.setdefault(kind, [])
            if len(shown) < self.MAX_EXAMPLES:
                shown.append(example)

    def add_problem(self, problem, example=None):
        self.add(problem.kind, problem.field, example=example)

    def add_problems(self, problems):
        for problem in problems:
            self.add(problem.kind, problem.field)

    def count(self, kind):
        """Total count of ``kind`` over all fields."""
        return sum(n for (k, _), n in self.counts.items() if k == kind)

    def kinds(self):
        """{kind: count over all fields}, in first-seen order."""
        out = OrderedDict()
        for (kind, _field), n in self.counts.items():
            out[kind] = out.get(kind, 0) + n
        return out

    def __len__(self):
        return len(self.counts)

    def __bool__(self):
        return bool(self.counts)

    def log(self, feedback):
        for (kind, field_name), n in self.counts.items():
            if field_name:
                feedback.pushWarning(tr_base('{n} value(s) in field "{field}": {label}; see the reason field.').format(
                    n=n, field=field_name, label=problem_label(kind)))
            else:
                feedback.pushWarning(tr_base("{n} row(s): {label}; see the reason field.").format(
                    n=n, label=problem_label(kind)))
