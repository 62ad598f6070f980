# -*- coding: utf-8 -*-
"""Demo data for 亩均效益综合评价 (landplan:permuevaluation): enterprise figures on producing parcels.

Called once from ``make_demo_data.main`` (``demo_permu.add(parcels, PARCEL_FIELDS)``). Every demo
parcel is held by one enterprise (企业名称); parcels in production (生产状态 正常生产 / 停产) get the
totals the shipped schemes (``resources/schemes/``) read. Deterministic, with its own random
generator, so the rest of the demo is unchanged.

* 增加值 (万元) ≈ 亩均税收 × 5–15 per 亩; 营业收入 = 增加值 × 3–5; 综合能耗 (吨标煤), 排放量 (吨),
  从业人员 (人), 研发经费 (万元) scale with 增加值; 用地亩数 = 用地面积 ÷ 666.67 (a parcel whose area is
  0 or missing gives a named division by zero).
* 规模: 规上 when 营业收入 ≥ 2000 万元, else 规下 (the group field of the demo run).
* 企业类型: mostly 一般; a few 公用事业 / 新建投产 (exempt in ``rank_25_70_95.json``: 不定等级).
* A few enterprises lack 综合能耗 (待核实 under the rank scheme's ``undetermined`` rule).
"""
import random

FIELDS = [('增加值', 'R'), ('营业收入', 'R'), ('综合能耗', 'R'), ('排放量', 'R'), ('从业人员', 'I'),
          ('研发经费', 'R'), ('用地亩数', 'R'), ('规模', 'S'), ('企业类型', 'S')]


def add(parcels, field_list):
    """Add the enterprise fields to producing ``parcels`` and their definitions to ``field_list``
    (appended in place). Returns the number of enterprises given figures."""
    from osgeo import ogr
    types = {'R': ogr.OFTReal, 'I': ogr.OFTInteger, 'S': ogr.OFTString}
    field_list.extend((name, types[t]) for name, t in FIELDS)
    rng = random.Random(20240811)
    producing = sorted((p for p in parcels if p.get('生产状态') in ('正常生产', '停产')), key=lambda p: p['宗地编号'])
    for n, p in enumerate(producing):
        area = p.get('用地面积')
        mu = round(area * 15 / 10000, 2) if area and area > 0 else (0.0 if area is not None else None)
        tax_mu = p.get('亩均税收') or 0.5
        basis = mu if mu else 10.0
        va = round(max(tax_mu, 0.2) * rng.uniform(5, 15) * basis * (0.3 if p['生产状态'] == '停产' else 1.0), 2)
        revenue = round(va * rng.uniform(3, 5), 2)
        p['增加值'] = va
        p['营业收入'] = revenue
        p['综合能耗'] = None if n % 37 == 5 else round(va / rng.uniform(1.0, 5.0), 2)
        p['排放量'] = round(va / rng.uniform(2000, 8000), 4)
        p['从业人员'] = int(va / rng.uniform(10, 30)) + 5
        p['研发经费'] = round(revenue * rng.uniform(0.005, 0.06), 2)
        p['用地亩数'] = mu
        p['规模'] = '规上' if revenue >= 2000 else '规下'
        r = rng.random()
        p['企业类型'] = '公用事业' if r < 0.04 else ('新建投产' if r < 0.09 else '一般')
    return len(producing)
