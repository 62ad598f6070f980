<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>LandPlanAlgorithm</name>
    <message>
      <location filename="../algorithms/base.py" line="76" />
      <source>Land efficiency review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/base.py" line="122" />
      <source>Field "{field}" (parameter {param}, {label}) is not in the input layer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/base.py" line="128" />
      <source>Using field "{field}" as {label} (found by name).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/base.py" line="143" />
      <source>Layer "{label}" has no coordinate reference system. Set its CRS (e.g. EPSG:4547 or EPSG:4490) in the layer properties and run again; areas cannot be measured without it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/base.py" line="173" />
      <source>Input field "{name}" has the name of an output field; it is replaced by this run's value.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LandPlanProvider</name>
    <message>
      <location filename="../provider.py" line="17" />
      <source>LandPlan land efficiency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../provider.py" line="20" />
      <source>LandPlan land efficiency review (low-efficiency, idle, unsupplied land, zone share)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ScoreInefficiency</name>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="58" />
      <source>Score low-efficiency industrial land</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="61" />
      <source>Scores industrial parcels by tax per mu, investment intensity, floor-area ratio and building coverage, and flags low-efficiency land.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="65" />
      <source>low-efficiency,industrial land,parcel,score,tax per mu,FAR</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="69" />
      <source>Puyang · economic-technological industrial cluster (puyang_etdz)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="70" />
      <source>Puyang · other industrial clusters (puyang_other)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="71" />
      <source>Zhengzhou · per-industry control table (zhengzhou_industry)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="72" />
      <source>Custom standards file (custom)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="76" />
      <source>Binary: full weight when the threshold is reached (binary)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="77" />
      <source>Linear: weight × min(value / threshold, 1) (linear)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="80" />
      <source>Square metres (m2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="80" />
      <source>Mu (mu)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="80" />
      <source>Hectares (ha)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="83" />
      <source>Zhengzhou city districts (郑州市区)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="83" />
      <source>Other areas (其他区域)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="87" />
      <source>Industrial parcels</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="89" />
      <source>Standard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="91" />
      <source>Custom standards file (JSON, used when given)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="94" />
      <source>Scoring mode</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="96" />
      <source>Cut-off score (empty = the standard's, 0.7)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="99" />
      <source>Tax per mu field (万元/亩)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="100" />
      <source>Investment intensity field (万元/亩)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="101" />
      <source>Floor-area ratio field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="102" />
      <source>Building coverage field (%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="103" />
      <source>Total annual tax field (万元), when tax per mu is not given</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="104" />
      <source>Fixed-asset investment field (万元), when intensity is not given</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="105" />
      <source>Total floor area field (m²), when FAR is not given</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="106" />
      <source>Building footprint field (m²), when coverage is not given</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="107" />
      <source>Land area field (empty = measure the geometry)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="109" />
      <source>Land area field unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="110" />
      <source>Industry code field (GB/T 4754)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="111" />
      <source>Region class field (Zhengzhou standard)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="114" />
      <source>Region class when no field is given (Zhengzhou standard)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="116" />
      <source>Production status field (停建停产类)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="118" />
      <source>Status values meaning construction or production stopped</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="121" />
      <source>Industry codes being phased out (产业转型类), comma separated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="124" />
      <source>Scored parcels</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="127" />
      <source>&lt;p&gt;Scores each industrial parcel (宗地) and flags low-efficiency industrial land (低效工业用地).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rule&lt;/b&gt; (濮政办〔2021〕6号, 全市产业集聚区“百园增效”行动实施方案 §二(三)1): tax per mu weighs 0.4, investment intensity 0.3, floor-area ratio 0.15 and building coverage 0.15. An indicator earns its weight when it reaches the threshold (a value equal to the threshold passes). A parcel scoring below 0.7 is extensive-use (粗放用地类) low-efficiency land. Thresholds: Puyang ETDZ 150 万元/亩, 0.6, 40%, 3 万元/亩; other clusters 120 万元/亩, 0.6, 40%, 1.5 万元/亩.&lt;/p&gt;&lt;p&gt;The Zhengzhou standard takes the minimum FAR and investment intensity per industry from 《郑州市工业用地布局规划（2021—2035年）》附表2-2 (万元/公顷 ÷ 15 = 万元/亩) and the tax, coverage, weights and cut-off from the Puyang 'other clusters' standard. A custom standard is a JSON file in the format of resources/standards/*.json.&lt;/p&gt;&lt;p&gt;Indicators come from precomputed fields or from totals divided by the land area (an area field in m², mu or ha, or the ellipsoidal area of the geometry). A parcel missing an indicator is undetermined (ie_flag NULL, 待核实) and the reason names what is missing. Construction or production stopped (停建停产类) comes from the status field; industries being phased out (产业转型类) from the industry code list.&lt;/p&gt;&lt;p&gt;Output: every input feature and field, plus each indicator's value and points, ie_score, ie_flag (1 / 0 / NULL), ie_type and ie_reason.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="154" />
      <source>The custom standard needs a standards file (STANDARD_FILE).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="161" />
      <source>Tax per mu (万元/亩)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="161" />
      <source>Tax per mu points</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="162" />
      <source>Investment intensity (万元/亩)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="162" />
      <source>Investment intensity points</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="163" />
      <source>Floor-area ratio</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="163" />
      <source>Floor-area ratio points</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="164" />
      <source>Building coverage (%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="164" />
      <source>Building coverage points</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="169" />
      <source>Land area (mu)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="170" />
      <source>Composite score</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="171" />
      <source>Low-efficiency flag (1 yes, 0 no, empty undetermined)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="172" />
      <source>Low-efficiency type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="173" />
      <source>Reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="174" />
      <source>Standard applied</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="200" />
      <source>precomputed indicator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="202" />
      <source>total for the indicator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="205" />
      <source>No field for {name}: give a precomputed field or a total field.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="211" />
      <source>land area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="213" />
      <source>industry code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="216" />
      <source>region class</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="218" />
      <source>production status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="220" />
      <source>The per-industry standard needs an industry code field; every parcel is scored with the default thresholds.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="223" />
      <source>Phase-out industry codes were given but no industry code field.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="224" />
      <source>Standard: {name} ({id}); mode {mode}; cut-off {cutoff}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="326" />
      <source>not low-efficiency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="327" />
      <source>undetermined (待核实)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="337" />
      <source>{n} value(s) with problem: {kind}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="338" />
      <source>Summary (count, area in mu):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="340" />
      <source>mu</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
