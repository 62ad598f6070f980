"""PNG charts for the plan and forecast algorithms, drawn with matplotlib's Agg canvas (Debian's
python3-qgis depends on python3-matplotlib; no pyplot, so it is safe off the main thread).

The numbers come from the core; this module only draws. Labels are Chinese data.
"""
import os

from .fonts import matplotlib_font


def _figure(width=8.0, height=4.8):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    fig = Figure(figsize=(width, height), dpi=120)
    FigureCanvasAgg(fig)
    return fig, matplotlib_font()


def available():
    try:
        import matplotlib  # noqa: F401
        return True
    except ImportError:
        return False


def plan_chart(path, categories, plan_ha, supp_ha, req_pct, title):
    """Bars: plan vs supplied per category (公顷), with the required-completion line (req % of
    each category's plan) drawn over each pair."""
    fig, font = _figure()
    ax = fig.add_subplot(111)
    x = list(range(len(categories)))
    w = 0.38
    ax.bar([i - w / 2 for i in x], plan_ha, w, label="计划供应", color="#9ecae1")
    ax.bar([i + w / 2 for i in x], supp_ha, w, label="已供应", color="#3182bd")
    for i, p in enumerate(plan_ha):
        need = p * req_pct / 100.0
        ax.hlines(need, i - w, i + w, colors="#d62728", linewidth=2,
                  label=("节点要求 %g%%" % req_pct) if i == 0 else None)
        pct = (supp_ha[i] / p * 100.0) if p > 0 else None
        if pct is not None:
            ax.text(i + w / 2, supp_ha[i], "%.1f%%" % pct, ha="center", va="bottom", fontsize=8, **font)
    ax.set_xticks(x)
    ax.set_xticklabels(categories, **font)
    ax.set_ylabel("公顷", **font)
    ax.set_title(title, fontsize=10, **font)
    ax.legend(prop=font or None, fontsize=8)
    fig.tight_layout()
    _save(fig, path)


def forecast_chart(path, years, areas, fits, points, title, base_year=None, left_out=(), footnote=""):
    """Annual supply series (points), each trend fit as a line over ``fits[name] = (xs, ys)`` (those
    in ``left_out``, not in the final figure, dashed and grey-ish), and ``points`` = [(label, year,
    total_ha)] of every method's forecast on a second axis; ``footnote`` under the figure."""
    fig, font = _figure(9.0, 5.4 if footnote else 5.0)
    ax = fig.add_subplot(121)
    ax.plot(years, areas, "o", color="black", label="年度供应")
    for name, (xs, ys) in fits.items():
        if name in left_out:
            ax.plot(xs, ys, "--", linewidth=1, alpha=0.6, label=name)
        else:
            ax.plot(xs, ys, "-", linewidth=2, label=name)
    if base_year is not None:
        ax.axvline(base_year, color="grey", linestyle=":", linewidth=1)
    ax.set_xlabel("年份", **font)
    ax.set_ylabel("年度供应（公顷）", **font)
    ax.set_title("趋势拟合", fontsize=10, **font)
    ax.legend(prop=font or None, fontsize=7)
    ax2 = fig.add_subplot(122)
    labels = ["%s %d" % (label, year) for label, year, _ in points]
    ax2.barh(range(len(points)), [t for _, _, t in points],
             color=["#d9d9d9" if "未计入" in label else "#74a9cf" for label, _, _ in points])
    for i, (_, _, t) in enumerate(points):
        ax2.text(t, i, " %.0f" % t, va="center", fontsize=7)
    ax2.set_yticks(range(len(points)))
    ax2.set_yticklabels(labels, fontsize=7, **font)
    ax2.set_xlabel("工业用地总规模（公顷）", **font)
    ax2.set_title(title, fontsize=10, **font)
    if footnote:
        fig.text(0.01, 0.01, footnote, fontsize=7, ha="left", va="bottom", **font)
        fig.tight_layout(rect=(0, 0.04, 1, 1))
    else:
        fig.tight_layout()
    _save(fig, path)


def _save(fig, path):
    folder = os.path.dirname(os.path.abspath(path))
    if folder and not os.path.isdir(folder):
        os.makedirs(folder, exist_ok=True)
    fig.savefig(path, format="png")


def done_chart(path, labels, values, title, node_pct=None):
    """Bars of done % per 县区 (``values`` None: no bar), the value over each bar, and a dashed line
    at ``node_pct`` (e.g. the 50 % of the half-year node) when given."""
    fig, font = _figure(8.0, 4.2)
    ax = fig.add_subplot(111)
    x = list(range(len(labels)))
    heights = [v or 0.0 for v in values]
    ax.bar(x, heights, 0.6, color=["#3182bd" if v is not None else "#d9d9d9" for v in values])
    for i, v in enumerate(values):
        ax.text(i, heights[i], "—" if v is None else "%.1f%%" % v, ha="center", va="bottom", fontsize=8, **font)
    if node_pct is not None:
        ax.axhline(node_pct, color="#d62728", linestyle="--", linewidth=1)
    ax.set_xticks(x)
    ax.set_xticklabels(labels, **font)
    ax.set_ylabel("完成率（%）", **font)
    ax.set_ylim(0, max(heights + [100.0]) * 1.12)
    ax.set_title(title, fontsize=10, **font)
    fig.tight_layout()
    _save(fig, path)
