# -*- coding: utf-8 -*-
"""Demo data for 标准地履约核查 (landplan:checkcommitments): committed indicators and agreed dates.

Called once from ``make_demo_data.main`` (``demo_commitments.add(parcels, PARCEL_FIELDS)``) after the
parcels have their supply dates and actual indicators (投资强度, 亩均税收, 容积率 — the fields the
scoring reads serve as the actual values). Deterministic, with its own random generator, so the
rest of the demo is unchanged.

* 标准地: 濮政办〔2021〕6号 puts new industrial land under 标准地 supply from 2021 — 60 % of the 2021
  supplies, every supply from 2022 on. The others keep these fields empty (not checked).
* Committed values: the zone's control level or above; about three in four parcels meet them, the
  rest miss one or two (not-started parcels miss everything once due; a parcel below the
  zone's control level was still committed to it).
* 约定竣工日期 = supply + 18–30 months; 约定达产日期 (text, mixed formats) = completion + 12–24 months;
  reference date 2025-12-31. Boundaries: one parcel completes exactly on 2025-12-31 with actual
  == committed (达标), one on 2026-01-01 (未到期); one 约定达产日期 reads 待定 (待核实).
* An extra ("+N") indicator 亩均产值 (万元/亩): 承诺亩均产值 / 实际亩均产值, given once production is due.
* 约定可收回: 是 / 否 (the agreement allows recovery), for the ledger's disposal.
"""
import datetime as dt
import random

REF_DATE = dt.date(2025, 12, 31)
FIELDS = [('承诺投资强度', 'R'), ('承诺亩均税收', 'R'), ('承诺容积率', 'R'), ('约定竣工日期', 'D'),
          ('约定达产日期', 'S'), ('承诺亩均产值', 'R'), ('实际亩均产值', 'R'), ('约定可收回', 'S')]


def _nice(v, step):
    return max(step, round(round(v / step) * step, 2))


def _fmt_date(d, rng):
    form = rng.random()
    if form < 0.6:
        return d.isoformat()
    if form < 0.85:
        return '%d年%d月%d日' % (d.year, d.month, d.day)
    return '%d/%d/%d' % (d.year, d.month, d.day)


def _add_months(d, months):
    y, m = divmod(d.month - 1 + months, 12)
    return dt.date(d.year + y, m + 1, min(d.day, 28))


def add(parcels, field_list):
    """Add the commitment fields to ``parcels`` (dicts) and their definitions to ``field_list``
    (``[(name, ogr type)]``, appended in place). Returns the number of 标准地 parcels."""
    from osgeo import ogr
    types = {'R': ogr.OFTReal, 'D': ogr.OFTDate, 'S': ogr.OFTString}
    field_list.extend((name, types[t]) for name, t in FIELDS)
    rng = random.Random(20240711)
    standard = [p for p in parcels if p['供地日期'] >= dt.date(2022, 1, 1)
                or (p['供地日期'] >= dt.date(2021, 1, 1) and rng.random() < 0.6)]
    standard.sort(key=lambda p: p['宗地编号'])
    for p in standard:
        supply = p['供地日期']
        completion = _add_months(supply, rng.randint(18, 30))
        production = _add_months(completion, rng.randint(12, 24))
        meets = rng.random() < 0.85
        misses = set() if meets else set(rng.sample(['inv', 'tax', 'far'], rng.choice([1, 1, 2])))
        inv, tax, far = p.get('投资强度'), p.get('亩均税收'), p.get('容积率')
        p['承诺投资强度'] = _commit(inv, 'inv' in misses, 10, 120, rng)
        p['承诺亩均税收'] = _commit(tax, 'tax' in misses, 0.5, 1.5, rng)
        p['承诺容积率'] = _commit(far, 'far' in misses, 0.1, 0.6, rng)
        p['约定竣工日期'] = completion
        p['约定达产日期'] = _fmt_date(production, rng)
        p['承诺亩均产值'] = _nice(rng.uniform(250, 600), 10)
        if production <= REF_DATE and p.get('生产状态') == '正常生产':
            p['实际亩均产值'] = round(p['承诺亩均产值'] * rng.uniform(0.7, 1.6), 2)
        p['约定可收回'] = '是' if rng.random() < 0.4 else '否'
    # boundaries: completion exactly on the reference date with actual == committed, and a day after
    due_today = [p for p in standard if p.get('投资强度') and p.get('容积率') and p['约定竣工日期'] > REF_DATE]
    if len(due_today) >= 3:
        a, b, c = due_today[0], due_today[1], due_today[2]
        a['约定竣工日期'] = REF_DATE
        a['承诺投资强度'], a['承诺容积率'] = a['投资强度'], a['容积率']
        b['约定竣工日期'] = REF_DATE + dt.timedelta(days=1)
        c['约定竣工日期'] = dt.date(2024, 6, 30)
        c['约定达产日期'] = '待定'
        c['承诺投资强度'] = _nice(c['投资强度'] * 0.8, 10)
        c['承诺容积率'] = round(c['容积率'] * 0.8, 1) or 0.1
    return len(standard)


def _commit(actual, miss, step, floor, rng):
    """A committed value the actual meets (or, with ``miss``, falls short of)."""
    if actual is None or actual <= 0:
        return _nice(floor * rng.uniform(1.0, 1.5), step)
    if miss:
        return _nice(actual * rng.uniform(1.2, 1.6) + step, step)
    if actual < floor:  # below the zone's control level: committed to the level, so it falls short
        return floor
    return min(max(_nice(actual * rng.uniform(0.7, 0.95) - step, step), floor), actual)
