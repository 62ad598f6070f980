# -*- coding: utf-8 -*-
"""The 县（区）考核 demo (scripts/demo_assessment.py): the shipped GeoPackage holds what the generator
writes (every layer, row and geometry), and its runs give the shares the demo is meant to show."""
import os
import sys

import pytest

ogr = pytest.importorskip('osgeo.ogr')

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GPKG = os.path.join(REPO, 'resources', 'demo', 'assessment_demo.gpkg')
sys.path.insert(0, os.path.join(REPO, 'scripts'))
import demo_assessment  # noqa: E402


def test_the_shipped_file_is_what_the_generator_writes(tmp_path):
    out = str(tmp_path / 'a.gpkg')
    counts = demo_assessment.main(out)
    assert counts['tasks_2025'] == 12 and counts['counties'] == 4
    for name in counts:
        assert _rows(out, name) == _rows(GPKG, name), name


def _rows(path, name):
    ds = ogr.Open(path)
    lyr = ds.GetLayerByName(name)
    out = []
    for f in lyr:
        g = f.GetGeometryRef()
        out.append((tuple(f.GetField(i) for i in range(f.GetFieldCount())), g.ExportToWkt() if g else None))
    return out


def test_the_quarters_show_every_node():
    data = demo_assessment.build()
    task = {}
    for _g, t in data['tasks_2025']:
        task[t['县区']] = task.get(t['县区'], 0) + t['任务面积']

    def done(run):
        base = {a['宗地编号']: a for _g, a in data['run_2024']}
        out = {}
        for _g, a in data[run]:
            b = base[a['宗地编号']]
            for flag, area in (('unsup_flag', 'unsup_mu'), ('idle_flag', 'idle_mu'), ('ie_flag', 'ie_areamu')):
                if b[flag] == 1 and a[flag] == 0:
                    out[a['县区']] = out.get(a['县区'], 0) + b[area]
        return {c: 100 * out.get(c, 0) / task[c] for c in task}
    q3, q4 = done('run_2025q3'), done('run_2025q4')
    assert [c for c, p in q3.items() if p <= 50] == ['南川县']           # 半年节点 at Q3
    assert sorted(c for c, p in q4.items() if p < 100) == ['南川县', '西岭区']   # 年底节点 at Q4
    assert q4['北原县'] >= 100 and q4['东湖区'] > 100
