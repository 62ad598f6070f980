<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>ChangeMonitoring</name>
    <message>
      <location filename="../algorithms/change_monitoring.py" line="49" />
      <source>Change-polygon patrol</source>
      <translation>变化图斑动态巡查</translation>
    </message>
    <message>
      <location filename="../algorithms/change_monitoring.py" line="52" />
      <source>The quarter's change polygons over idle, unsupplied and low-efficiency land: leads to check.</source>
      <translation>本季度变化图斑与闲置、批而未供、低效用地叠加：给出待核查的线索。</translation>
    </message>
    <message>
      <location filename="../algorithms/change_monitoring.py" line="55" />
      <source>change,remote sensing,patrol,inspection,idle,unsupplied,unauthorised</source>
      <translation>变化图斑,遥感监测,卫片,动态巡查,核查,闲置,批而未供,违法占地</translation>
    </message>
    <message>
      <location filename="../algorithms/change_monitoring.py" line="58" />
      <source>Change polygons (变化图斑)</source>
      <translation>变化图斑</translation>
    </message>
    <message>
      <location filename="../algorithms/change_monitoring.py" line="59" />
      <source>Change polygon id field</source>
      <translation>图斑编号字段</translation>
    </message>
    <message>
      <location filename="../algorithms/change_monitoring.py" line="60" />
      <source>Change type field (empty = every polygon is construction)</source>
      <translation>变化类型字段（为空则全部按建设处理）</translation>
    </message>
    <message>
      <location filename="../algorithms/change_monitoring.py" line="61" />
      <source>Before date field (前时相)</source>
      <translation>前时相日期字段</translation>
    </message>
    <message>
      <location filename="../algorithms/change_monitoring.py" line="62" />
      <source>After date field (后时相)</source>
      <translation>后时相日期字段</translation>
    </message>
    <message>
      <location filename="../algorithms/change_monitoring.py" line="64" />
      <source>Idle land (output of the idle land check)</source>
      <translation>闲置土地（闲置土地识别结果）</translation>
    </message>
    <message>
      <location filename="../algorithms/change_monitoring.py" line="65" />
      <source>Approved but unsupplied land (output of the unsupplied check)</source>
      <translation>批而未供土地（批而未供识别结果）</translation>
    </message>
    <message>
      <location filename="../algorithms/change_monitoring.py" line="66" />
      <source>Low-efficiency scoring (output of the scoring)</source>
      <translation>低效工业用地评价结果</translation>
    </message>
    <message>
      <location filename="../algorithms/change_monitoring.py" line="67" />
      <source>Approvals (批地)</source>
      <translation>批地</translation>
    </message>
    <message>
      <location filename="../algorithms/change_monitoring.py" line="67" />
      <source>Supplies (供地)</source>
      <translation>供地</translation>
    </message>
    <message>
      <location filename="../algorithms/change_monitoring.py" line="68" />
      <source>Registered parcels (登记宗地)</source>
      <translation>登记宗地</translation>
    </message>
    <message>
      <location filename="../algorithms/change_monitoring.py" line="69" />
      <source>Development zones</source>
      <translation>开发区（园区）</translation>
    </message>
    <message>
      <location filename="../algorithms/change_monitoring.py" line="71" />
      <source>Zone name field</source>
      <translation>园区名称字段</translation>
    </message>
    <message>
      <location filename="../algorithms/change_monitoring.py" line="73" />
      <source>Minimum area (m²); smaller polygons and pieces are slivers</source>
      <translation>最小面积（平方米）；更小的图斑和切分块视为碎片</translation>
    </message>
    <message>
      <location filename="../algorithms/change_monitoring.py" line="76" />
      <source>Change type table (JSON; empty = the bundled one)</source>
      <translation>变化类型对照表（JSON；为空则用内置表）</translation>
    </message>
    <message>
      <location filename="../algorithms/change_monitoring.py" line="79" />
      <source>Change pieces with leads</source>
      <translation>变化图斑巡查线索</translation>
    </message>
    <message>
      <location filename="../algorithms/change_monitoring.py" line="82" />
      <source>Early-warning table per zone (预警)</source>
      <translation>分园区预警表</translation>
    </message>
    <message>
      <location filename="../algorithms/change_monitoring.py" line="86" />
      <source>Map of the leads (PNG)</source>
      <translation>线索分布图（PNG）</translation>
    </message>
    <message>
      <location filename="../algorithms/change_monitoring.py" line="86" />
      <source>PNG images (*.png)</source>
      <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
      <location filename="../algorithms/change_monitoring.py" line="91" />
      <source>Change polygons</source>
      <translation>变化图斑</translation>
    </message>
    <message>
      <location filename="../algorithms/change_monitoring.py" line="146" />
      <source>change polygon id</source>
      <translation>图斑编号</translation>
    </message>
    <message>
      <location filename="../algorithms/change_monitoring.py" line="146" />
      <source>change type</source>
      <translation>变化类型</translation>
    </message>
    <message>
      <location filename="../algorithms/change_monitoring.py" line="147" />
      <source>before date</source>
      <translation>前时相</translation>
    </message>
    <message>
      <location filename="../algorithms/change_monitoring.py" line="147" />
      <source>after date</source>
      <translation>后时相</translation>
    </message>
    <message>
      <location filename="../algorithms/change_monitoring.py" line="190" />
      <source>zone name</source>
      <translation>园区名称</translation>
    </message>
    <message>
      <location filename="../algorithms/change_monitoring.py" line="205" />
      <source>Layer {param} has no field "{field}": give the output of the LandPlan check.</source>
      <translation>图层 {param} 没有字段“{field}”：请使用 LandPlan 相应识别的输出结果。</translation>
    </message>
    <message>
      <location filename="../algorithms/change_monitoring.py" line="337" />
      <source>Change-polygon patrol: leads ({period})</source>
      <translation>变化图斑动态巡查线索分布（{period}）</translation>
    </message>
    <message>
      <location filename="../algorithms/change_monitoring.py" line="338" />
      <source>Zones</source>
      <translation>园区</translation>
    </message>
    <message>
      <location filename="../algorithms/change_monitoring.py" line="340" />
      <source>The map could not be written.</source>
      <translation>线索分布图未能写出。</translation>
    </message>
    <message>
      <location filename="../algorithms/change_monitoring.py" line="345" />
      <source>{used} of {n} change polygon(s) used; {unused} not used:</source>
      <translation>{n} 个变化图斑中使用 {used} 个，未使用 {unused} 个：</translation>
    </message>
    <message>
      <location filename="../algorithms/change_monitoring.py" line="350" />
      <source>Change types not in the type table (no lead judged): {values}</source>
      <translation>变化类型不在对照表中（未判断线索）：{values}</translation>
    </message>
    <message>
      <location filename="../algorithms/change_monitoring.py" line="353" />
      <source>No approvals, supplies or registered parcels given: suspected unauthorised land use is not judged.</source>
      <translation>未给出批地、供地或登记宗地图层：不判断疑似违法占地。</translation>
    </message>
    <message>
      <location filename="../algorithms/change_monitoring.py" line="357" />
      <source>Not given (no leads of their kind): {layers}.</source>
      <translation>未给出（相应线索不判断）：{layers}。</translation>
    </message>
    <message>
      <location filename="../algorithms/change_monitoring.py" line="370" />
      <source>{lead}: {n} piece(s), {mu} mu</source>
      <translation>{lead}：{n} 处，{mu} 亩</translation>
    </message>
  </context>
  <context>
    <name>CheckCommitments</name>
    <message>
      <location filename="../algorithms/check_commitments.py" line="43" />
      <source>Check 标准地 commitments</source>
      <translation>标准地履约核查</translation>
    </message>
    <message>
      <location filename="../algorithms/check_commitments.py" line="46" />
      <source>Checks each 标准地 parcel's committed indicators against actual values once they fall due.</source>
      <translation>逐宗核查标准地承诺指标到期后的实际完成情况。</translation>
    </message>
    <message>
      <location filename="../algorithms/check_commitments.py" line="49" />
      <source>标准地,commitment,履约,compliance,investment intensity,FAR,penalty</source>
      <translation>标准地,承诺,履约,核查,投资强度,容积率,违约金</translation>
    </message>
    <message>
      <location filename="../algorithms/check_commitments.py" line="52" />
      <source>Parcels</source>
      <translation>宗地</translation>
    </message>
    <message>
      <location filename="../algorithms/check_commitments.py" line="56" />
      <source>Committed investment intensity field (万元/亩)</source>
      <translation>承诺投资强度字段（万元/亩）</translation>
    </message>
    <message>
      <location filename="../algorithms/check_commitments.py" line="57" />
      <source>Actual investment intensity field (万元/亩)</source>
      <translation>实际投资强度字段（万元/亩）</translation>
    </message>
    <message>
      <location filename="../algorithms/check_commitments.py" line="58" />
      <source>Committed tax per mu field (万元/亩)</source>
      <translation>承诺亩均税收字段（万元/亩）</translation>
    </message>
    <message>
      <location filename="../algorithms/check_commitments.py" line="59" />
      <source>Actual tax per mu field (万元/亩)</source>
      <translation>实际亩均税收字段（万元/亩）</translation>
    </message>
    <message>
      <location filename="../algorithms/check_commitments.py" line="60" />
      <source>Committed floor-area ratio field</source>
      <translation>承诺容积率字段</translation>
    </message>
    <message>
      <location filename="../algorithms/check_commitments.py" line="61" />
      <source>Actual floor-area ratio field</source>
      <translation>实际容积率字段</translation>
    </message>
    <message>
      <location filename="../algorithms/check_commitments.py" line="62" />
      <source>Agreed completion date field (约定竣工日期)</source>
      <translation>约定竣工日期字段</translation>
    </message>
    <message>
      <location filename="../algorithms/check_commitments.py" line="63" />
      <source>Agreed full-production date field (约定达产日期)</source>
      <translation>约定达产日期字段</translation>
    </message>
    <message>
      <location filename="../algorithms/check_commitments.py" line="68" />
      <source>Extra indicators</source>
      <translation>其他承诺指标（“+N”）</translation>
    </message>
    <message>
      <location filename="../algorithms/check_commitments.py" line="69" />
      <source>Name</source>
      <translation>指标名称</translation>
    </message>
    <message>
      <location filename="../algorithms/check_commitments.py" line="69" />
      <source>Committed field</source>
      <translation>承诺值字段</translation>
    </message>
    <message>
      <location filename="../algorithms/check_commitments.py" line="69" />
      <source>Actual field</source>
      <translation>实际值字段</translation>
    </message>
    <message>
      <location filename="../algorithms/check_commitments.py" line="70" />
      <source>Direction (&gt;= or &lt;=)</source>
      <translation>方向（&gt;= 或 &lt;=）</translation>
    </message>
    <message>
      <location filename="../algorithms/check_commitments.py" line="70" />
      <source>Check point (completion or production)</source>
      <translation>核查时点（completion 竣工 或 production 达产）</translation>
    </message>
    <message>
      <location filename="../algorithms/check_commitments.py" line="72" />
      <source>Land price field (万元), for the penalty</source>
      <translation>土地价款字段（万元，用于计算违约金）</translation>
    </message>
    <message>
      <location filename="../algorithms/check_commitments.py" line="75" />
      <source>Fixed-asset investment total field (万元), when no actual intensity</source>
      <translation>固定资产投资总额字段（万元，无实际投资强度时使用）</translation>
    </message>
    <message>
      <location filename="../algorithms/check_commitments.py" line="76" />
      <source>Annual tax total field (万元), when no actual tax per mu</source>
      <translation>年税收总额字段（万元，无实际亩均税收时使用）</translation>
    </message>
    <message>
      <location filename="../algorithms/check_commitments.py" line="77" />
      <source>Total floor area field (m²), when no actual FAR</source>
      <translation>总建筑面积字段（平方米，无实际容积率时使用）</translation>
    </message>
    <message>
      <location filename="../algorithms/check_commitments.py" line="78" />
      <source>Land area field (empty = measure the geometry)</source>
      <translation>用地面积字段（留空则量算几何面积）</translation>
    </message>
    <message>
      <location filename="../algorithms/check_commitments.py" line="79" />
      <source>Agreement allows recovery field (是/否), for the disposal</source>
      <translation>协议约定可收回字段（是/否，用于处置措施）</translation>
    </message>
    <message>
      <location filename="../algorithms/check_commitments.py" line="81" />
      <source>Land area field unit</source>
      <translation>用地面积字段单位</translation>
    </message>
    <message>
      <location filename="../algorithms/check_commitments.py" line="83" />
      <source>A layer without commitment fields: write its parcels unchecked (cm_* empty) instead of stopping (for models)</source>
      <translation>图层没有履约承诺字段时：不中止，宗地原样写出、不核查（cm_* 为空；供模型使用）</translation>
    </message>
    <message>
      <location filename="../algorithms/check_commitments.py" line="86" />
      <source>整改期 after a failed check (months, at most 24); re-check at its end, 回购 when still failing</source>
      <translation>未达标后的整改期（月，最多 24）；期满复核，仍未达标的建议回购</translation>
    </message>
    <message>
      <location filename="../algorithms/check_commitments.py" line="91" />
      <source>Commitment check</source>
      <translation>标准地履约核查结果</translation>
    </message>
    <message>
      <location filename="../algorithms/check_commitments.py" line="94" />
      <source>Commitment status</source>
      <translation>履约状态</translation>
    </message>
    <message>
      <location filename="../algorithms/check_commitments.py" line="95" />
      <source>Commitment flag (1 failed, 0 met, empty otherwise)</source>
      <translation>未达标标记（1未达标，0达标，空为其他）</translation>
    </message>
    <message>
      <location filename="../algorithms/check_commitments.py" line="96" />
      <source>Largest shortfall (%)</source>
      <translation>最大差距（%）</translation>
    </message>
    <message>
      <location filename="../algorithms/check_commitments.py" line="97" />
      <source>Penalty (万元)</source>
      <translation>违约金（万元）</translation>
    </message>
    <message>
      <location filename="../algorithms/check_commitments.py" line="98" />
      <source>Suggested disposal</source>
      <translation>处置措施</translation>
    </message>
    <message>
      <location filename="../algorithms/check_commitments.py" line="99" />
      <source>Reason</source>
      <translation>履约核查说明</translation>
    </message>
    <message>
      <location filename="../algorithms/check_commitments.py" line="100" />
      <source>Re-check date (end of the 整改期)</source>
      <translation>整改期满复核日</translation>
    </message>
    <message>
      <location filename="../algorithms/check_commitments.py" line="101" />
      <source>Reference date</source>
      <translation>基准日</translation>
    </message>
    <message>
      <location filename="../algorithms/check_commitments.py" line="105" />
      <source>agreed completion date</source>
      <translation>约定竣工日期</translation>
    </message>
    <message>
      <location filename="../algorithms/check_commitments.py" line="106" />
      <source>agreed full-production date</source>
      <translation>约定达产日期</translation>
    </message>
    <message>
      <location filename="../algorithms/check_commitments.py" line="107" />
      <source>land price</source>
      <translation>土地价款</translation>
    </message>
    <message>
      <location filename="../algorithms/check_commitments.py" line="107" />
      <source>land area</source>
      <translation>用地面积</translation>
    </message>
    <message>
      <location filename="../algorithms/check_commitments.py" line="108" />
      <source>recovery allowed</source>
      <translation>协议约定可收回</translation>
    </message>
    <message>
      <location filename="../algorithms/check_commitments.py" line="111" />
      <source>committed {name}</source>
      <translation>承诺{name}</translation>
    </message>
    <message>
      <location filename="../algorithms/check_commitments.py" line="112" />
      <source>actual {name}</source>
      <translation>实际{name}</translation>
    </message>
    <message>
      <location filename="../algorithms/check_commitments.py" line="113" />
      <source>total for actual {name}</source>
      <translation>用于计算实际{name}的总量</translation>
    </message>
    <message>
      <location filename="../algorithms/check_commitments.py" line="135" />
      <source>No date field for {name}: it is not checked.</source>
      <translation>未提供{name}的核查日期字段：不核查该指标。</translation>
    </message>
    <message>
      <location filename="../algorithms/check_commitments.py" line="138" />
      <source>No committed field or no date field for {name}: it is not checked.</source>
      <translation>未提供{name}的承诺值字段或其核查日期字段：不核查该指标。</translation>
    </message>
    <message>
      <location filename="../algorithms/check_commitments.py" line="141" />
      <source>No agreed completion or full-production date field was given or found.</source>
      <translation>未指定也未找到约定竣工日期或约定达产日期字段。</translation>
    </message>
    <message>
      <location filename="../algorithms/check_commitments.py" line="143" />
      <source>No indicator to check: give a committed field with its date field, or an extra indicator.</source>
      <translation>没有可核查的指标：请指定承诺值字段及其日期字段，或添加其他指标。</translation>
    </message>
    <message>
      <location filename="../algorithms/check_commitments.py" line="146" />
      <source>The parcels are written unchecked (PASS_UNCHECKED).</source>
      <translation>宗地原样写出，未核查（PASS_UNCHECKED）。</translation>
    </message>
    <message>
      <location filename="../algorithms/check_commitments.py" line="185" />
      <source>Summary as of {date} (count, area in mu, penalty in 万元):</source>
      <translation>汇总（基准日 {date}；宗数，面积（亩），违约金（万元））：</translation>
    </message>
    <message>
      <location filename="../algorithms/check_commitments.py" line="188" />
      <source>not 标准地 (not checked)</source>
      <translation>非标准地（未核查）</translation>
    </message>
    <message>
      <location filename="../algorithms/check_commitments.py" line="189" />
      <source>mu</source>
      <translation>亩</translation>
    </message>
    <message>
      <location filename="../algorithms/check_commitments.py" line="189" />
      <source>万元</source>
      <translation>万元</translation>
    </message>
  </context>
  <context>
    <name>CountyAssessment</name>
    <message>
      <location filename="../algorithms/county_assessment.py" line="42" />
      <source>County assessment (县区考核)</source>
      <translation>县（区）考核</translation>
    </message>
    <message>
      <location filename="../algorithms/county_assessment.py" line="45" />
      <source>Tasks: county field (县区)</source>
      <translation>任务表：县（区）字段</translation>
    </message>
    <message>
      <location filename="../algorithms/county_assessment.py" line="46" />
      <source>County field of the parcels (县区)</source>
      <translation>宗地的县（区）字段</translation>
    </message>
    <message>
      <location filename="../algorithms/county_assessment.py" line="48" />
      <source>Supply-plan progress table (the supplyplanprogress output; optional)</source>
      <translation>供地计划执行监测结果表（供地计划执行监测的输出；可选）</translation>
    </message>
    <message>
      <location filename="../algorithms/county_assessment.py" line="51" />
      <source>Next year's new construction-land quota per county (table, ha; optional)</source>
      <translation>各县（区）下年度新增建设用地计划指标（表，公顷；可选）</translation>
    </message>
    <message>
      <location filename="../algorithms/county_assessment.py" line="53" />
      <source>Quota: county field</source>
      <translation>指标表：县（区）字段</translation>
    </message>
    <message>
      <location filename="../algorithms/county_assessment.py" line="54" />
      <source>Quota: indicator field (ha)</source>
      <translation>指标表：计划指标字段（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/county_assessment.py" line="57" />
      <source>Last quarter's assessment (this algorithm's output; optional)</source>
      <translation>上季度考核结果（本算法的输出；可选）</translation>
    </message>
    <message>
      <location filename="../algorithms/county_assessment.py" line="60" />
      <source>Scoring scheme (JSON; empty = the example scheme, 示例)</source>
      <translation>评分方案（JSON；留空用示例方案）</translation>
    </message>
    <message>
      <location filename="../algorithms/county_assessment.py" line="63" />
      <source>Node rules (JSON; empty = 濮政办〔2021〕6号 四(四) and the supply plan's 六(五))</source>
      <translation>节点规则（JSON；留空用濮政办〔2021〕6号 四(四) 和供应计划 六(五) 的规则）</translation>
    </message>
    <message>
      <location filename="../algorithms/county_assessment.py" line="67" />
      <source>Talk list: the bottom N counties by score</source>
      <translation>约谈名单：得分末 N 位的县（区）</translation>
    </message>
    <message>
      <location filename="../algorithms/county_assessment.py" line="70" />
      <source>Talk list: every county scoring below (empty = no threshold)</source>
      <translation>约谈名单：得分低于此值的县（区）（留空为不设阈值）</translation>
    </message>
    <message>
      <location filename="../algorithms/county_assessment.py" line="73" />
      <source>County assessment</source>
      <translation>县（区）考核</translation>
    </message>
    <message>
      <location filename="../algorithms/county_assessment.py" line="80" />
      <source>task county</source>
      <translation>任务县（区）</translation>
    </message>
    <message>
      <location filename="../algorithms/county_assessment.py" line="84" />
      <source>current</source>
      <translation>本期</translation>
    </message>
    <message>
      <location filename="../algorithms/county_assessment.py" line="86" />
      <source>baseline</source>
      <translation>基期</translation>
    </message>
    <message>
      <location filename="../algorithms/county_assessment.py" line="92" />
      <source>supply-plan progress</source>
      <translation>供地计划执行监测</translation>
    </message>
    <message>
      <location filename="../algorithms/county_assessment.py" line="95" />
      <source>last quarter's assessment</source>
      <translation>上季度考核</translation>
    </message>
    <message>
      <location filename="../algorithms/county_assessment.py" line="125" />
      <source>Ledger sheet written to {path}.</source>
      <translation>台账工作表已写入 {path}。</translation>
    </message>
    <message>
      <location filename="../algorithms/county_assessment.py" line="137" />
      <source>Node rules: {rules}.</source>
      <translation>考核节点：{rules}。</translation>
    </message>
    <message>
      <location filename="../algorithms/county_assessment.py" line="139" />
      <source>Scoring scheme: {name}.</source>
      <translation>评分方案：{name}。</translation>
    </message>
    <message>
      <location filename="../algorithms/county_assessment.py" line="141" />
      <source>The scoring scheme is an example (示例): its weights are not a document's; give the local scheme as SCHEME_FILE.</source>
      <translation>评分方案为示例：其权重并非文件规定；请以 SCHEME_FILE 传入本地确定的方案。</translation>
    </message>
    <message>
      <location filename="../algorithms/county_assessment.py" line="153" />
      <source>The {table} table ({param}) lacks the fields {names}.</source>
      <translation>{table}表（{param}）缺少字段 {names}。</translation>
    </message>
    <message>
      <location filename="../algorithms/county_assessment.py" line="163" />
      <source>quota county</source>
      <translation>指标表县（区）</translation>
    </message>
    <message>
      <location filename="../algorithms/county_assessment.py" line="163" />
      <source>quota (ha)</source>
      <translation>计划指标（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/county_assessment.py" line="165" />
      <source>The quota table needs a county field and an indicator field in ha (QUOTA_COUNTY_FIELD, QUOTA_AREA_FIELD).</source>
      <translation>指标表需要县（区）字段和以公顷计的计划指标字段（QUOTA_COUNTY_FIELD、QUOTA_AREA_FIELD）。</translation>
    </message>
    <message>
      <location filename="../algorithms/county_assessment.py" line="173" />
      <source>{county}: done {pct} % of {task} mu; score {score}, rank {rank}{talk}{conseq}</source>
      <translation>{county}：任务 {task} 亩，完成率 {pct}%；得分 {score}，排名 {rank}{talk}{conseq}</translation>
    </message>
    <message>
      <location filename="../algorithms/county_assessment.py" line="178" />
      <source>; talk: {reason}</source>
      <translation>；约谈：{reason}</translation>
    </message>
  </context>
  <context>
    <name>ExportCoordinates</name>
    <message>
      <location filename="../algorithms/export_coordinates.py" line="54" />
      <source>Export survey coordinate file (报盘坐标导出)</source>
      <translation>报盘坐标导出</translation>
    </message>
    <message>
      <location filename="../algorithms/export_coordinates.py" line="57" />
      <source>Writes polygons as a 报盘坐标 TXT file (GBK, J-point numbering).</source>
      <translation>将多边形写为报盘坐标 TXT 文件（GBK 编码，J 点号编号）。</translation>
    </message>
    <message>
      <location filename="../algorithms/export_coordinates.py" line="60" />
      <source>coordinates,TXT,approval,survey,export,报盘,勘测定界</source>
      <translation>坐标,TXT,报批,勘测定界,导出,报盘,界址点</translation>
    </message>
    <message>
      <location filename="../algorithms/export_coordinates.py" line="64" />
      <source>Parcels</source>
      <translation>地块</translation>
    </message>
    <message>
      <location filename="../algorithms/export_coordinates.py" line="65" />
      <source>Parcel id field (empty = 1, 2, 3 …)</source>
      <translation>地块编号字段（为空则编为 1、2、3 …）</translation>
    </message>
    <message>
      <location filename="../algorithms/export_coordinates.py" line="66" />
      <source>Parcel name field</source>
      <translation>地块名称字段</translation>
    </message>
    <message>
      <location filename="../algorithms/export_coordinates.py" line="67" />
      <source>Use field (地块用途)</source>
      <translation>地块用途字段</translation>
    </message>
    <message>
      <location filename="../algorithms/export_coordinates.py" line="68" />
      <source>Land-use code field (地类编码)</source>
      <translation>地类编码字段</translation>
    </message>
    <message>
      <location filename="../algorithms/export_coordinates.py" line="69" />
      <source>Stated area field (empty = the geometry's area)</source>
      <translation>申报面积字段（为空则用图形面积）</translation>
    </message>
    <message>
      <location filename="../algorithms/export_coordinates.py" line="70" />
      <source>Stated area field unit</source>
      <translation>申报面积字段单位</translation>
    </message>
    <message>
      <location filename="../algorithms/export_coordinates.py" line="71" />
      <source>Map sheet field (图幅号)</source>
      <translation>图幅号字段</translation>
    </message>
    <message>
      <location filename="../algorithms/export_coordinates.py" line="72" />
      <source>Shape field (图形属性; empty = 面)</source>
      <translation>图形属性字段（为空则写“面”）</translation>
    </message>
    <message>
      <location filename="../algorithms/export_coordinates.py" line="73" />
      <source>Region code field (行政区代码, 10-field layout)</source>
      <translation>行政区代码字段（10 项格式）</translation>
    </message>
    <message>
      <location filename="../algorithms/export_coordinates.py" line="74" />
      <source>Town / village field (乡镇/村, 10-field layout)</source>
      <translation>乡镇/村字段（10 项格式）</translation>
    </message>
    <message>
      <location filename="../algorithms/export_coordinates.py" line="75" />
      <source>Description field (描述, 9-field layout)</source>
      <translation>描述字段（9 项格式）</translation>
    </message>
    <message>
      <location filename="../algorithms/export_coordinates.py" line="77" />
      <source>Parcel-line layout</source>
      <translation>地块行格式</translation>
    </message>
    <message>
      <location filename="../algorithms/export_coordinates.py" line="78" />
      <source>From the fields given (auto)</source>
      <translation>按给定的字段 (auto)</translation>
    </message>
    <message>
      <location filename="../algorithms/export_coordinates.py" line="78" />
      <source>8 fields, national (standard)</source>
      <translation>8 项，部标格式 (standard)</translation>
    </message>
    <message>
      <location filename="../algorithms/export_coordinates.py" line="79" />
      <source>9 fields, with 描述 (remark)</source>
      <translation>9 项，带描述 (remark)</translation>
    </message>
    <message>
      <location filename="../algorithms/export_coordinates.py" line="79" />
      <source>10 fields, 报省部标 (provincial)</source>
      <translation>10 项，报省部标 (provincial)</translation>
    </message>
    <message>
      <location filename="../algorithms/export_coordinates.py" line="82" />
      <source>Gauss–Krüger CRS of the file (empty = the zone of the data's longitude)</source>
      <translation>文件的高斯-克吕格坐标系（为空则用数据经度所在的带）</translation>
    </message>
    <message>
      <location filename="../algorithms/export_coordinates.py" line="85" />
      <source>File encoding</source>
      <translation>文件编码</translation>
    </message>
    <message>
      <location filename="../algorithms/export_coordinates.py" line="85" />
      <source>GBK (GBK)</source>
      <translation>GBK (GBK)</translation>
    </message>
    <message>
      <location filename="../algorithms/export_coordinates.py" line="85" />
      <source>UTF-8 (UTF-8)</source>
      <translation>UTF-8 (UTF-8)</translation>
    </message>
    <message>
      <location filename="../algorithms/export_coordinates.py" line="88" />
      <source>Coordinate file (报盘坐标 TXT)</source>
      <translation>坐标文件（报盘坐标 TXT）</translation>
    </message>
    <message>
      <location filename="../algorithms/export_coordinates.py" line="89" />
      <source>Number of parcels written</source>
      <translation>写出的地块数</translation>
    </message>
    <message>
      <location filename="../algorithms/export_coordinates.py" line="96" />
      <source>parcel id</source>
      <translation>地块编号</translation>
    </message>
    <message>
      <location filename="../algorithms/export_coordinates.py" line="96" />
      <source>parcel name</source>
      <translation>地块名称</translation>
    </message>
    <message>
      <location filename="../algorithms/export_coordinates.py" line="96" />
      <source>use</source>
      <translation>地块用途</translation>
    </message>
    <message>
      <location filename="../algorithms/export_coordinates.py" line="97" />
      <source>land-use code</source>
      <translation>地类编码</translation>
    </message>
    <message>
      <location filename="../algorithms/export_coordinates.py" line="97" />
      <source>stated area</source>
      <translation>申报面积</translation>
    </message>
    <message>
      <location filename="../algorithms/export_coordinates.py" line="98" />
      <source>map sheet</source>
      <translation>图幅号</translation>
    </message>
    <message>
      <location filename="../algorithms/export_coordinates.py" line="98" />
      <source>shape</source>
      <translation>图形属性</translation>
    </message>
    <message>
      <location filename="../algorithms/export_coordinates.py" line="99" />
      <source>region code</source>
      <translation>行政区代码</translation>
    </message>
    <message>
      <location filename="../algorithms/export_coordinates.py" line="99" />
      <source>town / village</source>
      <translation>乡镇/村</translation>
    </message>
    <message>
      <location filename="../algorithms/export_coordinates.py" line="100" />
      <source>description</source>
      <translation>描述</translation>
    </message>
    <message>
      <location filename="../algorithms/export_coordinates.py" line="113" />
      <source>Cannot tell the Gauss–Krüger zone: give the CRS parameter.</source>
      <translation>无法确定高斯-克吕格分带，请给出坐标系参数。</translation>
    </message>
    <message>
      <location filename="../algorithms/export_coordinates.py" line="117" />
      <source>{crs} is not a Gauss–Krüger zone of CGCS2000, Xian 80 or Beijing 54.</source>
      <translation>{crs} 不是 CGCS2000、西安80 或北京54 的高斯-克吕格分带坐标系。</translation>
    </message>
    <message>
      <location filename="../algorithms/export_coordinates.py" line="124" />
      <source>File CRS: {crs}</source>
      <translation>文件坐标系：{crs}</translation>
    </message>
    <message>
      <location filename="../algorithms/export_coordinates.py" line="130" />
      <source>{n} feature(s) without geometry not written: {ids}</source>
      <translation>{n} 个要素没有图形，未写出：{ids}</translation>
    </message>
    <message>
      <location filename="../algorithms/export_coordinates.py" line="142" />
      <source>{n} parcel(s) written to {path}</source>
      <translation>已将 {n} 个地块写入 {path}</translation>
    </message>
  </context>
  <context>
    <name>ExportFlagged</name>
    <message>
      <location filename="../algorithms/export_flagged.py" line="77" />
      <source>Export flagged parcels (shapefile + ledger)</source>
      <translation>导出问题宗地与台账</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="80" />
      <source>Writes the parcels a LandPlan check flagged to a shapefile (GBK or UTF-8, short field names with a name map) and the 台账 ledger as an Excel workbook.</source>
      <translation>将 LandPlan 检查标记出的宗地导出为 Shapefile（GBK 或 UTF-8 编码，使用短字段名并附字段名对照表），并将台账导出为 Excel 工作簿。</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="84" />
      <source>export,shapefile,ledger,GBK,xlsx,flagged,idle,unsupplied,low-efficiency</source>
      <translation>导出,shapefile,台账,GBK,xlsx,问题宗地,闲置土地,批而未供,低效工业用地</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="87" />
      <source>Low-efficiency industrial land (ie_flag)</source>
      <translation>低效工业用地 (ie_flag)</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="87" />
      <source>Idle land (idle_flag)</source>
      <translation>闲置土地 (idle_flag)</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="88" />
      <source>Approved but unsupplied (unsup_flag)</source>
      <translation>批而未供 (unsup_flag)</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="89" />
      <source>标准地 commitments not met (cm_flag)</source>
      <translation>标准地未达标（cm_flag）</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="90" />
      <source>Suspected unauthorised land use (ua_flag)</source>
      <translation>疑似违法占地（ua_flag）</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="91" />
      <source>Per-mu class D (mj_class)</source>
      <translation>亩均效益D类（mj_class）</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="95" />
      <source>Chinese, for ArcGIS and most Chinese tools (GBK)</source>
      <translation>中文，适用于 ArcGIS 及多数国产软件 (GBK)</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="95" />
      <source>Unicode (UTF-8)</source>
      <translation>Unicode 编码 (UTF-8)</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="99" />
      <source>LandPlan output (parcels with flags)</source>
      <translation>LandPlan 输出结果（带标记字段的宗地）</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="101" />
      <source>Flags to export (a feature is written when any chosen flag present in the input is 1)</source>
      <translation>要导出的标记（输入中存在的任一所选标记为 1 时即导出该要素）</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="104" />
      <source>Shapefile encoding</source>
      <translation>Shapefile 编码</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="105" />
      <source>Parcel id field (地块编号)</source>
      <translation>地块编号字段</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="107" />
      <source>Zone field (所在园区)</source>
      <translation>所在园区字段</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="109" />
      <source>Deadline field (完成时限; empty = leave blank to fill in)</source>
      <translation>完成时限字段（为空则留空待填）</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="111" />
      <source>Responsible unit field (责任单位; empty = leave blank)</source>
      <translation>责任单位字段（为空则留空）</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="115" />
      <source>Deadline (完成时限) for every parcel: a date; empty = the deadline rules; 留空 = leave blank</source>
      <translation>完成时限（统一填写）：日期；不填则按默认规则；填“留空”则不填写</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="118" />
      <source>Deadline rules (JSON; empty = the shipped defaults)</source>
      <translation>完成时限规则文件（JSON；不填则用内置默认规则）</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="121" />
      <source>More tables for the ledger (one sheet each, named by the layer)</source>
      <translation>附加到台账的表格（每个图层一张工作表，以图层名命名）</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="124" />
      <source>Flagged parcels (shapefile)</source>
      <translation>问题宗地（Shapefile）</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="124" />
      <source>ESRI Shapefile (*.shp)</source>
      <translation>ESRI Shapefile 文件 (*.shp)</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="126" />
      <source>Ledger (台账, Excel)</source>
      <translation>台账（Excel）</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="126" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="128" />
      <source>Field name map (CSV)</source>
      <translation>字段名对照表（CSV）</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="129" />
      <source>Number of parcels exported</source>
      <translation>导出宗地数</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="134" />
      <source>LandPlan output</source>
      <translation>LandPlan 输出</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="141" />
      <source>parcel id</source>
      <translation>地块编号</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="141" />
      <source>zone</source>
      <translation>所在园区</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="142" />
      <source>deadline</source>
      <translation>完成时限</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="142" />
      <source>responsible unit</source>
      <translation>责任单位</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="180" />
      <source>Writing {path} failed.</source>
      <translation>写入 {path} 失败。</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="203" />
      <source>The input has no {field} field; that flag is skipped.</source>
      <translation>输入中没有 {field} 字段，跳过该标记。</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="206" />
      <source>The input has none of the chosen LandPlan flag fields ({fields}). Run a LandPlan check (score, idle land, unsupplied) first and export its output.</source>
      <translation>输入中没有任何所选的 LandPlan 标记字段（{fields}）。请先运行 LandPlan 检查（低效工业用地评价、闲置土地识别、批而未供识别），再导出其输出结果。</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="220" />
      <source>Deadline (完成时限) for every parcel: {date}.</source>
      <translation>所有宗地的完成时限：{date}。</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="223" />
      <source>Deadlines (完成时限) from the rules in {path}, counted from {date}.</source>
      <translation>完成时限按规则文件 {path} 自 {date} 起算。</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="249" />
      <source>Ledger sheet "{title}": {n} row(s).</source>
      <translation>台账工作表“{title}”：{n} 行。</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="271" />
      <source>{n} of {total} features are flagged.</source>
      <translation>{total} 个要素中有 {n} 个被标记。</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="273" />
      <source>{n} value(s) of flag field "{field}" are neither 1 nor 0; those features are not exported for that flag.</source>
      <translation>标记字段“{field}”中有 {n} 个值既不是 1 也不是 0；这些要素不按该标记导出。</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="319" />
      <source>Field "{orig}" is written as "{short}" (10-byte limit).</source>
      <translation>字段“{orig}”写为“{short}”（10 字节限制）。</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="337" />
      <source>Could not create {path}: {msg}</source>
      <translation>无法创建 {path}：{msg}</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="358" />
      <source>{n} area value(s) (ie_areamu / unsup_mu / ua_mu) were unreadable or not positive; those areas were measured from the geometry.</source>
      <translation>{n} 个面积值（ie_areamu / unsup_mu / ua_mu）无法读取或不为正数，已改按几何计算面积。</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="362" />
      <source>{n} invalid geometries were repaired (make-valid) before export.</source>
      <translation>导出前修复了 {n} 个无效几何（make-valid）。</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="365" />
      <source>{n} text value(s) were longer than 254 bytes and were cut in the shapefile; the ledger keeps the full text.</source>
      <translation>{n} 个文本值超过 254 字节，在 Shapefile 中已被截断；台账中保留完整文本。</translation>
    </message>
  </context>
  <context>
    <name>FlagIdleLand</name>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="46" />
      <source>Flag idle land</source>
      <translation>闲置土地识别</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="49" />
      <source>Flags idle land (闲置土地) as of a reference date: not started one full year after the agreed start date, or development halted one full year with too little developed or invested.</source>
      <translation>按基准日期识别闲置土地：超过约定动工日期满一年未动工，或已动工但开发面积或投资额不足且中止开发满一年。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="53" />
      <source>idle land,闲置土地,supplied land,start date,halt,disposal</source>
      <translation>闲置土地,已供土地,动工日期,中止开发,处置</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="57" />
      <source>Supplied parcels</source>
      <translation>已供地宗地</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="60" />
      <source>Agreed start date field (约定动工日期)</source>
      <translation>约定动工日期字段</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="63" />
      <source>Actual start date field (实际动工日期; empty = not started)</source>
      <translation>实际动工日期字段（为空表示未动工）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="66" />
      <source>Developed-area ratio field (developed ÷ area to develop, 0–1)</source>
      <translation>已开发面积比例字段（已开发面积 ÷ 应开发面积，0–1）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="68" />
      <source>Invested ratio field (invested ÷ total investment, 0–1)</source>
      <translation>已投资比例字段（已投资额 ÷ 总投资额，0–1）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="70" />
      <source>Halt date field (中止开发日期)</source>
      <translation>中止开发日期字段</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="72" />
      <source>Developed area field, when no ratio is given</source>
      <translation>已开发面积字段，未提供比例时使用</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="74" />
      <source>Area to be developed field, when no ratio is given</source>
      <translation>应开发面积字段，未提供比例时使用</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="76" />
      <source>Invested amount field, when no ratio is given</source>
      <translation>已投资额字段，未提供比例时使用</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="78" />
      <source>Total investment field (land price and taxes excluded), when no ratio is given</source>
      <translation>总投资额字段（不含地价款和税费），未提供比例时使用</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="81" />
      <source>Idle cause field (闲置原因)</source>
      <translation>闲置原因字段</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="85" />
      <source>Cause values meaning government cause or force majeure, comma separated (empty = recognise by keywords: 政府, 规划调整, 征收, 不可抗力 …)</source>
      <translation>表示政府原因或不可抗力的原因取值，以逗号分隔（为空则按关键词识别：政府、规划调整、征收、不可抗力 …）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="88" />
      <source>Land price field (万元), for the idle fee</source>
      <translation>地价款字段（万元），用于计算土地闲置费</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="91" />
      <source>Idle land check</source>
      <translation>闲置土地识别结果</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="95" />
      <source>Idle land flag (1 yes, 0 no, empty undetermined)</source>
      <translation>闲置土地标记（1 是，0 否，空 待核实）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="96" />
      <source>Idle days (since agreed start or halt)</source>
      <translation>闲置天数（自约定动工日期或中止开发日期起算）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="97" />
      <source>Idle basis (未动工 / 中止开发)</source>
      <translation>闲置依据（未动工 / 中止开发）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="98" />
      <source>Idle stage (满1年 / 满2年)</source>
      <translation>闲置阶段（满1年 / 满2年）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="99" />
      <source>Consequence</source>
      <translation>处理后果</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="100" />
      <source>Idle cause class</source>
      <translation>闲置原因类别</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="101" />
      <source>Government cause or force majeure (1 yes, 0 no)</source>
      <translation>政府原因或不可抗力（1 是，0 否）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="102" />
      <source>Suggested disposal</source>
      <translation>建议处置措施</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="103" />
      <source>Idle land fee (万元)</source>
      <translation>土地闲置费（万元）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="104" />
      <source>Reference date</source>
      <translation>基准日期</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="105" />
      <source>Reason</source>
      <translation>判定理由</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="112" />
      <source>agreed start date</source>
      <translation>约定动工日期</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="112" />
      <source>actual start date</source>
      <translation>实际动工日期</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="113" />
      <source>developed-area ratio</source>
      <translation>已开发面积比例</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="113" />
      <source>invested ratio</source>
      <translation>已投资比例</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="114" />
      <source>halt date</source>
      <translation>中止开发日期</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="114" />
      <source>developed area</source>
      <translation>已开发面积</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="115" />
      <source>area to be developed</source>
      <translation>应开发面积</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="115" />
      <source>invested amount</source>
      <translation>已投资额</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="116" />
      <source>total investment</source>
      <translation>总投资额</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="116" />
      <source>idle cause</source>
      <translation>闲置原因</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="117" />
      <source>land price</source>
      <translation>地价款</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="128" />
      <source>No agreed start date field (AGREED_START_FIELD) was given or found.</source>
      <translation>未指定也未找到约定动工日期字段 (AGREED_START_FIELD)。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="130" />
      <source>No actual start date field: every parcel is treated as not started.</source>
      <translation>没有实际动工日期字段：所有宗地均按未动工处理。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="131" />
      <source>No halt date field: started parcels cannot be idle by halted development.</source>
      <translation>没有中止开发日期字段：已动工宗地不会因中止开发而被认定为闲置。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="132" />
      <source>No developed-area or investment field: halted parcels are undetermined.</source>
      <translation>没有已开发面积或投资字段：中止开发的宗地为待核实。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="134" />
      <source>Government-cause values were given but no cause field; they are ignored.</source>
      <translation>指定了政府原因取值，但没有闲置原因字段；这些取值将被忽略。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="174" />
      <source>Summary as of {date} (count):</source>
      <translation>截至 {date} 的汇总（宗数）：</translation>
    </message>
  </context>
  <context>
    <name>FlagUnauthorized</name>
    <message>
      <location filename="../algorithms/flag_unauthorized.py" line="41" />
      <source>Flag suspected unauthorised land use</source>
      <translation>疑似违法占地识别</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unauthorized.py" line="44" />
      <source>Built-up land that no approval, supply or registered parcel covers: leads for inspection.</source>
      <translation>未被批地、供地或登记宗地覆盖的建设用地：供核查的线索。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unauthorized.py" line="47" />
      <source>unauthorised,illegal land use,built-up,approval,supply,inspection</source>
      <translation>疑似违法占地,违法用地,建设用地,批地,供地,核查</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unauthorized.py" line="52" />
      <source>Built-up land (land-use polygons or building footprints)</source>
      <translation>现状建设用地（地类图斑或建筑物基底）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unauthorized.py" line="53" />
      <source>Land-use code field (empty = every feature is built-up)</source>
      <translation>地类编码字段（留空 = 所有要素均为建设用地）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unauthorized.py" line="56" />
      <source>Approvals (批地)</source>
      <translation>批地（农用地转用、土地征收批准）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unauthorized.py" line="57" />
      <source>Supplies (供地)</source>
      <translation>供地</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unauthorized.py" line="59" />
      <source>Registered parcels (登记宗地)</source>
      <translation>登记宗地</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unauthorized.py" line="61" />
      <source>Development zones (restrict to them)</source>
      <translation>开发区（限定范围）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unauthorized.py" line="62" />
      <source>Zone name field</source>
      <translation>园区名称字段</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unauthorized.py" line="64" />
      <source>Minimum area (mu); smaller pieces are slivers</source>
      <translation>最小面积（亩）；更小的图斑视为碎片</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unauthorized.py" line="67" />
      <source>No built-up layer: write an empty result instead of stopping (for models)</source>
      <translation>未提供建设用地图层时：不中止，输出空结果（供模型使用）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unauthorized.py" line="70" />
      <source>Suspected unauthorised land use</source>
      <translation>疑似违法占地</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unauthorized.py" line="76" />
      <source>Built-up land</source>
      <translation>现状建设用地</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unauthorized.py" line="78" />
      <source>land-use code</source>
      <translation>地类编码</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unauthorized.py" line="81" />
      <source>No land-use code field: every feature of the built-up layer counts (building footprints).</source>
      <translation>未指定地类编码字段：建设用地图层的所有要素均计入（按建筑物基底处理）。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unauthorized.py" line="129" />
      <source>No built-up layer was given (BUILTUP).</source>
      <translation>未提供建设用地图层（BUILTUP）。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unauthorized.py" line="130" />
      <source>No built-up layer was given (BUILTUP): nothing is checked, the result is empty (PASS_EMPTY).</source>
      <translation>未提供建设用地图层（BUILTUP）：未作核查，结果为空（PASS_EMPTY）。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unauthorized.py" line="158" />
      <source>Development zones</source>
      <translation>开发区</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unauthorized.py" line="160" />
      <source>zone name</source>
      <translation>园区名称</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unauthorized.py" line="189" />
      <source>Suspected unauthorised (1)</source>
      <translation>疑似违法占地标记(1是)</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unauthorized.py" line="190" />
      <source>Area (mu)</source>
      <translation>面积（亩）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unauthorized.py" line="191" />
      <source>Land-use code</source>
      <translation>地类编码</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unauthorized.py" line="192" />
      <source>Zone</source>
      <translation>所在园区</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unauthorized.py" line="193" />
      <source>Reason</source>
      <translation>说明</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unauthorized.py" line="198" />
      <source>Checked against: {layers}.</source>
      <translation>已核对图层：{layers}。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unauthorized.py" line="206" />
      <source>{n} sliver(s) below {min} mu dropped ({m2} m² in all).</source>
      <translation>已剔除 {n} 个小于 {min} 亩的碎片（共 {m2} 平方米）。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unauthorized.py" line="209" />
      <source>{n} piece(s) of suspected unauthorised land use, {mu} mu.</source>
      <translation>疑似违法占地 {n} 处，共 {mu} 亩。</translation>
    </message>
  </context>
  <context>
    <name>FlagUnsupplied</name>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="66" />
      <source>Flag approved but unsupplied land</source>
      <translation>批而未供识别</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="69" />
      <source>Flags approved but unsupplied land (批而未供) as of a reference date, from dates and status or by subtracting supply polygons, with years since approval and areas in mu and ha.</source>
      <translation>按基准日期识别批而未供土地：依据日期和供地状态，或扣除供地图斑，并给出批准后年数及以亩和公顷计的面积。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="73" />
      <source>approved,unsupplied,批而未供,supply,approval,rate</source>
      <translation>批地,未供,批而未供,供地,批准,批而未供率</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="77" />
      <source>Approved land (批地)</source>
      <translation>批地</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="80" />
      <source>Approval date field (批准日期)</source>
      <translation>批准日期字段</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="82" />
      <source>Supply date field (供地日期; attribute mode)</source>
      <translation>供地日期字段（属性模式）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="85" />
      <source>Supply status field (供地状态: 已供/未供/部分供应; attribute mode)</source>
      <translation>供地状态字段（已供/未供/部分供应；属性模式）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="88" />
      <source>Supplied land (供地) polygons — spatial mode when given</source>
      <translation>供地图斑——提供时采用空间模式</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="90" />
      <source>Supply date field of the supplied land layer (supplies after the reference date are left out)</source>
      <translation>供地图层的供地日期字段（基准日期之后的供地不计入）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="94" />
      <source>Ignore unsupplied remainders smaller than (m²)</source>
      <translation>忽略小于此面积的未供剩余部分（m²）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="96" />
      <source>In-use field (是否使用), for 已批未供即用</source>
      <translation>是否使用字段，用于识别已批未供即用</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="99" />
      <source>Buildings / current use layer (现状), for 已批未供即用</source>
      <translation>建筑物/现状图层，用于识别已批未供即用</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="102" />
      <source>Approved area field (attribute mode; empty = measure the geometry)</source>
      <translation>批准面积字段（属性模式；为空则量算几何面积）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="104" />
      <source>Approved area field unit</source>
      <translation>批准面积字段单位</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="106" />
      <source>Complies with the spatial plan and industry access field (符合国土空间规划和产业准入: 是/否), for 已批未供即用</source>
      <translation>是否符合国土空间规划和产业准入字段（是/否），用于已批未供即用</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="109" />
      <source>In use since field (开工日期; empty = the approval date), for 已批未供即用</source>
      <translation>开工（使用）日期字段（为空取批准日期），用于已批未供即用</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="112" />
      <source>Low-efficiency scoring output (ie_flag, ie_type), for 已批未供即用</source>
      <translation>低效用地评价结果（ie_flag、ie_type），用于已批未供即用</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="113" />
      <source>Per-mu evaluation output (mj_class, mj_score), for 已批未供即用</source>
      <translation>亩均效益评价结果（mj_class、mj_score），用于已批未供即用</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="114" />
      <source>Commitment check output (cm_status), for 已批未供即用</source>
      <translation>标准地履约核查结果（cm_status），用于已批未供即用</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="117" />
      <source>Parcel id field to match those outputs (the same name in each; empty = by location)</source>
      <translation>与上述结果匹配的地块编号字段（各图层同名；为空则按位置匹配）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="120" />
      <source>已批未供即用 before (date) may 完善用地手续</source>
      <translation>在此日期（含）前已批未供即用的可完善用地手续</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="123" />
      <source>Per-mu score counting as high when the class is not A–D (empty = class only)</source>
      <translation>无 A–D 等级时视为亩均效益较高的得分（为空则只看等级）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="126" />
      <source>Approved but unsupplied land</source>
      <translation>批而未供土地</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="130" />
      <source>Unsupplied flag (1 yes, 0 no, empty undetermined)</source>
      <translation>批而未供标记（1 是，0 否，空 待核实）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="131" />
      <source>Full years since approval</source>
      <translation>批准后满年数</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="132" />
      <source>Years since approval</source>
      <translation>批准后年数</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="133" />
      <source>Approval year</source>
      <translation>批准年度</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="134" />
      <source>Approved area (mu)</source>
      <translation>批准面积（亩）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="135" />
      <source>Unsupplied area (mu)</source>
      <translation>未供面积（亩）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="136" />
      <source>Unsupplied area (ha)</source>
      <translation>未供面积（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="137" />
      <source>Approved, unsupplied and in use (1 yes, 0 no)</source>
      <translation>已批未供即用（1 是，0 否）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="138" />
      <source>Reference date</source>
      <translation>基准日期</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="139" />
      <source>Reason</source>
      <translation>判定理由</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="140" />
      <source>已批未供即用 decision</source>
      <translation>已批未供即用处置决定</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="141" />
      <source>已批未供即用 decision reason</source>
      <translation>已批未供即用决定依据</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="154" />
      <source>Supplied land</source>
      <translation>供地</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="156" />
      <source>Buildings</source>
      <translation>现状建筑</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="160" />
      <source>Spatial mode and the buildings layer need a polygon approval layer.</source>
      <translation>空间模式和建筑物图层需要面状的批地图层。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="164" />
      <source>Approved land</source>
      <translation>批地</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="167" />
      <source>approval date</source>
      <translation>批准日期</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="168" />
      <source>supply date</source>
      <translation>供地日期</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="169" />
      <source>supply status</source>
      <translation>供地状态</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="170" />
      <source>in use</source>
      <translation>是否使用</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="170" />
      <source>approved area</source>
      <translation>批准面积</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="171" />
      <source>complies with plan and access</source>
      <translation>符合规划和产业准入</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="172" />
      <source>in use since</source>
      <translation>使用日期</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="173" />
      <source>parcel id</source>
      <translation>地块编号</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="184" />
      <source>Spatial mode: the supply date and status fields of the approval layer are not used; the supply polygons decide.</source>
      <translation>空间模式：不使用批地图层的供地日期和供地状态字段，以供地图斑为准。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="187" />
      <source>Spatial mode: areas are measured on the geometry; the area field is not used.</source>
      <translation>空间模式：面积按几何图形量算，不使用面积字段。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="189" />
      <source>No approval date field: approval years and ages are left empty.</source>
      <translation>没有批准日期字段：批准年度和批准后年数留空。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="190" />
      <source>No supply date or supply status field and no supplied layer: every approved record counts as unsupplied.</source>
      <translation>既没有供地日期或供地状态字段，也没有供地图层：所有批地记录均按未供计。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="192" />
      <source>No geometry and no area field: areas are left empty.</source>
      <translation>既没有几何图形也没有面积字段：面积留空。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="195" />
      <source>Attribute mode needs an approval date field (APPROVAL_DATE_FIELD).</source>
      <translation>属性模式需要批准日期字段 (APPROVAL_DATE_FIELD)。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="209" />
      <source>JU_CUTOFF "{value}" is not a date (use e.g. 2018-12-31).</source>
      <translation>JU_CUTOFF「{value}」不是日期（例如 2018-12-31）。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="217" />
      <source>Low-efficiency scoring output</source>
      <translation>低效用地评价结果</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="218" />
      <source>Per-mu evaluation output</source>
      <translation>亩均效益评价结果</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="219" />
      <source>Commitment check output</source>
      <translation>标准地履约核查结果</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="227" />
      <source>{label}: fields {fields} matched {how}.</source>
      <translation>{label}：字段 {fields} {how}匹配。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="229" />
      <source>by {field}</source>
      <translation>按 {field} </translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="229" />
      <source>by location</source>
      <translation>按位置</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="238" />
      <source>supply date (supplied layer)</source>
      <translation>供地日期（供地图层）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="241" />
      <source>supplied land</source>
      <translation>供地</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="244" />
      <source>{n} supply polygons indexed.</source>
      <translation>已为 {n} 个供地图斑建立索引。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="246" />
      <source>{n} supply polygons dated after the reference date are left out.</source>
      <translation>{n} 个供地日期晚于基准日期的供地图斑不计入。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="249" />
      <source>{n} supply polygons have an unreadable supply date; they count as supplied.</source>
      <translation>{n} 个供地图斑的供地日期无法识别，按已供计。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="252" />
      <source>{n} supply polygons have no supply date; they count as supplied.</source>
      <translation>{n} 个供地图斑没有供地日期，按已供计。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="256" />
      <source>buildings</source>
      <translation>建筑物</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="270" />
      <source>Layer {label} is reprojected from {src} to {dst}.</source>
      <translation>图层 {label} 已从 {src} 重投影到 {dst}。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="339" />
      <source>{n} invalid geometries were repaired (makeValid); see the reason field.</source>
      <translation>已修复 {n} 个无效几何（makeValid）；详见判定理由字段。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="505" />
      <source>{n} approval(s) are undetermined (see unsup_rsn) and left out of the totals and of the unsupplied rate.</source>
      <translation>{n} 宗批地为待核实（见 unsup_rsn），不计入合计和批而未供率。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="508" />
      <source>Totals per approval year as of {date} (approved; 批而未供 unsupplied; 批而未供率 = unsupplied ÷ approved area):</source>
      <translation>截至 {date} 按批准年度汇总（批地；批而未供；批而未供率 = 未供面积 ÷ 批准面积）：</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="511" />
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="513" />
      <source>  {label}: approved {count}, {approved_mu} mu; unsupplied {n}, {mu} mu ({ha} ha); 批而未供率 {rate}</source>
      <translation>  {label}：批地 {count} 宗，{approved_mu} 亩；批而未供 {n} 宗，{mu} 亩（{ha} 公顷）；批而未供率 {rate}</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="518" />
      <source>; {n} undetermined (待核实)</source>
      <translation>；待核实 {n} 宗</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="520" />
      <source>; {n} in use (已批未供即用)</source>
      <translation>；已批未供即用 {n} 宗</translation>
    </message>
  </context>
  <context>
    <name>ForecastIndustrialLand</name>
    <message>
      <location filename="../algorithms/forecast_industrial_land.py" line="36" />
      <source>Industrial-land demand forecast</source>
      <translation>工业用地规模预测</translation>
    </message>
    <message>
      <location filename="../algorithms/forecast_industrial_land.py" line="40" />
      <source>Industrial-land supply: yearly table, or supply records (year or date; ha or geometry)</source>
      <translation>工业用地供应：年度汇总表，或逐宗供地记录（年份或日期；公顷或按几何计算）</translation>
    </message>
    <message>
      <location filename="../algorithms/forecast_industrial_land.py" line="42" />
      <source>Supply: year field</source>
      <translation>供应序列：年份字段</translation>
    </message>
    <message>
      <location filename="../algorithms/forecast_industrial_land.py" line="43" />
      <source>Supply: area field (ha)</source>
      <translation>供应序列：供应面积字段（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/forecast_industrial_land.py" line="44" />
      <source>Industrial land at the end of the base year (ha)</source>
      <translation>基期末工业用地面积（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/forecast_industrial_land.py" line="45" />
      <source>Base year (empty = last year of the supply series)</source>
      <translation>基期年（留空 = 供应序列的最后一年）</translation>
    </message>
    <message>
      <location filename="../algorithms/forecast_industrial_land.py" line="47" />
      <source>Target year(s), e.g. 2025,2035</source>
      <translation>预测年份（可多个，如 2025,2035）</translation>
    </message>
    <message>
      <location filename="../algorithms/forecast_industrial_land.py" line="49" />
      <source>Output method: industrial output Q in the target year(s) (亿元)</source>
      <translation>产值法：预测年份工业总产值 Q（亿元）</translation>
    </message>
    <message>
      <location filename="../algorithms/forecast_industrial_land.py" line="51" />
      <source>Output method: output per ha T in the target year(s) (亿元/ha)</source>
      <translation>产值法：预测年份地均产值 T（亿元/公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/forecast_industrial_land.py" line="53" />
      <source>Output method: correction a</source>
      <translation>产值法：修正系数 a</translation>
    </message>
    <message>
      <location filename="../algorithms/forecast_industrial_land.py" line="55" />
      <source>Quota method: yearly industrial fixed-asset investment (table)</source>
      <translation>定额法：逐年工业固定资产投资（表）</translation>
    </message>
    <message>
      <location filename="../algorithms/forecast_industrial_land.py" line="57" />
      <source>Investment: year field</source>
      <translation>投资表：年份字段</translation>
    </message>
    <message>
      <location filename="../algorithms/forecast_industrial_land.py" line="59" />
      <source>Investment: amount field (亿元)</source>
      <translation>投资表：投资额字段（亿元）</translation>
    </message>
    <message>
      <location filename="../algorithms/forecast_industrial_land.py" line="61" />
      <source>Quota method: investment in the base year (亿元)</source>
      <translation>定额法：基期年工业固定资产投资（亿元）</translation>
    </message>
    <message>
      <location filename="../algorithms/forecast_industrial_land.py" line="62" />
      <source>Quota method: yearly investment growth (%)</source>
      <translation>定额法：投资年增长率（%）</translation>
    </message>
    <message>
      <location filename="../algorithms/forecast_industrial_land.py" line="64" />
      <source>Quota method: investment intensity D (万元/ha; e.g. 2021:5000,2023:6000)</source>
      <translation>定额法：新增工业用地投资强度 D（万元/公顷；如 2021:5000,2023:6000）</translation>
    </message>
    <message>
      <location filename="../algorithms/forecast_industrial_land.py" line="66" />
      <source>Quota method: correction a</source>
      <translation>定额法：模型修正系数 a</translation>
    </message>
    <message>
      <location filename="../algorithms/forecast_industrial_land.py" line="67" />
      <source>Quota method: floor-area-ratio correction b</source>
      <translation>定额法：容积率修正系数 b</translation>
    </message>
    <message>
      <location filename="../algorithms/forecast_industrial_land.py" line="69" />
      <source>Trend fits</source>
      <translation>趋势方程</translation>
    </message>
    <message>
      <location filename="../algorithms/forecast_industrial_land.py" line="72" />
      <source>Weights of the final figure (e.g. output:1,quota:1,trend:1; empty = equal)</source>
      <translation>综合预测权重（如 output:1,quota:1,trend:1；留空 = 等权）</translation>
    </message>
    <message>
      <location filename="../algorithms/forecast_industrial_land.py" line="74" />
      <source>A trend enters the final figure when its last target year's yearly supply is at most this many times the largest yearly supply (and not below 0)</source>
      <translation>趋势方程计入综合的条件：末预测年拟合年供应量不小于 0，且不超过历史最大年供应量的倍数</translation>
    </message>
    <message>
      <location filename="../algorithms/forecast_industrial_land.py" line="78" />
      <source>Note on the inputs, printed on the table and the chart (e.g. 演示参数)</source>
      <translation>输入参数说明，印在结果表和图上（例如 演示参数）</translation>
    </message>
    <message>
      <location filename="../algorithms/forecast_industrial_land.py" line="80" />
      <source>Forecast</source>
      <translation>工业用地规模预测结果</translation>
    </message>
    <message>
      <location filename="../algorithms/forecast_industrial_land.py" line="132" />
      <source>supply year</source>
      <translation>供应年份</translation>
    </message>
    <message>
      <location filename="../algorithms/forecast_industrial_land.py" line="132" />
      <source>supply area (ha)</source>
      <translation>供应面积（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/forecast_industrial_land.py" line="133" />
      <source>investment year</source>
      <translation>投资年份</translation>
    </message>
    <message>
      <location filename="../algorithms/forecast_industrial_land.py" line="133" />
      <source>investment (亿元)</source>
      <translation>投资额（亿元）</translation>
    </message>
    <message>
      <location filename="../algorithms/forecast_industrial_land.py" line="141" />
      <source>No area field: the supply areas are measured on the geometry.</source>
      <translation>未指定面积字段：供应面积按几何计算。</translation>
    </message>
    <message>
      <location filename="../algorithms/forecast_industrial_land.py" line="143" />
      <source>Table {label} needs a year field and an amount field.</source>
      <translation>表 {label} 需要年份字段和数值字段。</translation>
    </message>
    <message>
      <location filename="../algorithms/forecast_industrial_land.py" line="159" />
      <source>Give at least one target year (TARGET_YEAR).</source>
      <translation>请至少给出一个预测年份（TARGET_YEAR）。</translation>
    </message>
  </context>
  <context>
    <name>HandIn</name>
    <message>
      <location filename="../algorithms/hand_in.py" line="43" />
      <source>Hand-in package (one click: layers, shapefile, ledger, PDF)</source>
      <translation>一键生成上报材料（图层、shapefile、台账、PDF）</translation>
    </message>
    <message>
      <location filename="../algorithms/hand_in.py" line="46" />
      <source>Runs the quarterly review and writes everything to hand in to one folder.</source>
      <translation>运行季度评价模型，并把全部上报材料写入一个文件夹。</translation>
    </message>
    <message>
      <location filename="../algorithms/hand_in.py" line="49" />
      <source>hand-in,package,folder,ledger,report,quarterly,model</source>
      <translation>上报,材料,文件夹,台账,报告,季度,模型</translation>
    </message>
    <message>
      <location filename="../algorithms/hand_in.py" line="57" />
      <source>Industrial parcels (宗地)</source>
      <translation>工业宗地</translation>
    </message>
    <message>
      <location filename="../algorithms/hand_in.py" line="57" />
      <source>Zones (开发区)</source>
      <translation>开发区</translation>
    </message>
    <message>
      <location filename="../algorithms/hand_in.py" line="58" />
      <source>Land use (三调地类图斑)</source>
      <translation>三调地类图斑</translation>
    </message>
    <message>
      <location filename="../algorithms/hand_in.py" line="60" />
      <source>Land-use code field (empty = DLBM)</source>
      <translation>地类编码字段（不填为 DLBM）</translation>
    </message>
    <message>
      <location filename="../algorithms/hand_in.py" line="62" />
      <source>Approvals (批地)</source>
      <translation>批地</translation>
    </message>
    <message>
      <location filename="../algorithms/hand_in.py" line="63" />
      <source>Supplies (供地)</source>
      <translation>供地</translation>
    </message>
    <message>
      <location filename="../algorithms/hand_in.py" line="65" />
      <source>Standard</source>
      <translation>认定标准</translation>
    </message>
    <message>
      <location filename="../algorithms/hand_in.py" line="68" />
      <source>Deadline (完成时限) for every parcel: a date; empty = the deadline rules; 留空 = leave blank</source>
      <translation>完成时限（统一填写）：日期；不填则按默认规则；填“留空”则不填写</translation>
    </message>
    <message>
      <location filename="../algorithms/hand_in.py" line="71" />
      <source>More tables for the ledger (one sheet each, named by the layer)</source>
      <translation>附加到台账的表格（每个图层一张工作表，以图层名命名）</translation>
    </message>
    <message>
      <location filename="../algorithms/hand_in.py" line="74" />
      <source>County assessment, for the quarterly bulletin (optional)</source>
      <translation>县（区）考核结果，用于生成季度通报（可选）</translation>
    </message>
    <message>
      <location filename="../algorithms/hand_in.py" line="77" />
      <source>Parcel changes, for the bulletin's map (optional)</source>
      <translation>宗地变化，用于通报的地块分布图（可选）</translation>
    </message>
    <message>
      <location filename="../algorithms/hand_in.py" line="80" />
      <source>Issuing office of the bulletin (发文单位; optional)</source>
      <translation>通报的发文单位（可选）</translation>
    </message>
    <message>
      <location filename="../algorithms/hand_in.py" line="81" />
      <source>Hand-in folder</source>
      <translation>上报材料文件夹</translation>
    </message>
    <message>
      <location filename="../algorithms/hand_in.py" line="82" />
      <source>List of contents</source>
      <translation>材料清单</translation>
    </message>
    <message>
      <location filename="../algorithms/hand_in.py" line="111" />
      <source>The hand-in folder lacks {files}.</source>
      <translation>上报材料文件夹缺少 {files}。</translation>
    </message>
    <message>
      <location filename="../algorithms/hand_in.py" line="115" />
      <source>Hand-in folder: {folder} ({n} files).</source>
      <translation>上报材料文件夹：{folder}（{n} 个文件）。</translation>
    </message>
    <message>
      <location filename="../algorithms/hand_in.py" line="131" />
      <source>Quarterly bulletin in Word skipped (the PDF is written): python-docx is not installed ({error}). On Windows open the OSGeo4W Shell and run: python -m pip install python-docx, then restart QGIS.</source>
      <translation>未生成 Word 版季度通报（PDF 版已生成）：未安装 python-docx 组件（{error}）。Windows 下打开 OSGeo4W Shell，运行 python -m pip install python-docx，然后重启 QGIS。</translation>
    </message>
  </context>
  <context>
    <name>ImportCoordinates</name>
    <message>
      <location filename="../algorithms/import_coordinates.py" line="49" />
      <source>Import survey coordinate file (报盘坐标导入)</source>
      <translation>报盘坐标导入</translation>
    </message>
    <message>
      <location filename="../algorithms/import_coordinates.py" line="52" />
      <source>Reads a 报盘坐标 TXT file into polygons in the file's CRS and checks every parcel.</source>
      <translation>将报盘坐标 TXT 文件读为该文件坐标系下的多边形，并逐地块检查。</translation>
    </message>
    <message>
      <location filename="../algorithms/import_coordinates.py" line="55" />
      <source>coordinates,TXT,approval,survey,import,报盘,勘测定界</source>
      <translation>坐标,TXT,报批,勘测定界,导入,报盘,界址点</translation>
    </message>
    <message>
      <location filename="../algorithms/import_coordinates.py" line="58" />
      <source>Detect: GBK, UTF-8 or UTF-8 with BOM (auto)</source>
      <translation>自动识别：GBK、UTF-8 或带 BOM 的 UTF-8 (auto)</translation>
    </message>
    <message>
      <location filename="../algorithms/import_coordinates.py" line="58" />
      <source>GBK (GBK)</source>
      <translation>GBK (GBK)</translation>
    </message>
    <message>
      <location filename="../algorithms/import_coordinates.py" line="58" />
      <source>UTF-8 (UTF-8)</source>
      <translation>UTF-8 (UTF-8)</translation>
    </message>
    <message>
      <location filename="../algorithms/import_coordinates.py" line="62" />
      <source>Coordinate file (报盘坐标 TXT)</source>
      <translation>坐标文件（报盘坐标 TXT）</translation>
    </message>
    <message>
      <location filename="../algorithms/import_coordinates.py" line="64" />
      <source>File encoding</source>
      <translation>文件编码</translation>
    </message>
    <message>
      <location filename="../algorithms/import_coordinates.py" line="66" />
      <source>CRS when the file states no zone (empty = stop with a message)</source>
      <translation>文件未注明带号时使用的坐标系（为空则提示后停止）</translation>
    </message>
    <message>
      <location filename="../algorithms/import_coordinates.py" line="68" />
      <source>Parcels from the coordinate file</source>
      <translation>坐标文件中的地块</translation>
    </message>
    <message>
      <location filename="../algorithms/import_coordinates.py" line="69" />
      <source>Number of parcels</source>
      <translation>地块数</translation>
    </message>
    <message>
      <location filename="../algorithms/import_coordinates.py" line="70" />
      <source>Number of parcels with a problem</source>
      <translation>有问题的地块数</translation>
    </message>
    <message>
      <location filename="../algorithms/import_coordinates.py" line="78" />
      <source>Parcel id (地块编号)</source>
      <translation>地块编号</translation>
    </message>
    <message>
      <location filename="../algorithms/import_coordinates.py" line="79" />
      <source>Parcel name (地块名称)</source>
      <translation>地块名称</translation>
    </message>
    <message>
      <location filename="../algorithms/import_coordinates.py" line="80" />
      <source>Use (地块用途)</source>
      <translation>地块用途</translation>
    </message>
    <message>
      <location filename="../algorithms/import_coordinates.py" line="81" />
      <source>Land-use code (地类编码)</source>
      <translation>地类编码</translation>
    </message>
    <message>
      <location filename="../algorithms/import_coordinates.py" line="82" />
      <source>Stated area (ha)</source>
      <translation>申报面积（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/import_coordinates.py" line="83" />
      <source>Geometry area (ha)</source>
      <translation>图形面积（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/import_coordinates.py" line="84" />
      <source>Area difference (%)</source>
      <translation>面积差（%）</translation>
    </message>
    <message>
      <location filename="../algorithms/import_coordinates.py" line="85" />
      <source>Point lines</source>
      <translation>坐标行数</translation>
    </message>
    <message>
      <location filename="../algorithms/import_coordinates.py" line="86" />
      <source>Source file</source>
      <translation>来源文件</translation>
    </message>
    <message>
      <location filename="../algorithms/import_coordinates.py" line="87" />
      <source>Problems</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../algorithms/import_coordinates.py" line="89" />
      <source>Map sheet (图幅号)</source>
      <translation>图幅号</translation>
    </message>
    <message>
      <location filename="../algorithms/import_coordinates.py" line="89" />
      <source>Shape (图形属性)</source>
      <translation>图形属性</translation>
    </message>
    <message>
      <location filename="../algorithms/import_coordinates.py" line="90" />
      <source>Region code (行政区代码)</source>
      <translation>行政区代码</translation>
    </message>
    <message>
      <location filename="../algorithms/import_coordinates.py" line="90" />
      <source>Town / village (乡镇/村)</source>
      <translation>乡镇/村</translation>
    </message>
    <message>
      <location filename="../algorithms/import_coordinates.py" line="91" />
      <source>Description (描述)</source>
      <translation>描述</translation>
    </message>
    <message>
      <location filename="../algorithms/import_coordinates.py" line="95" />
      <source>Note</source>
      <translation>说明</translation>
    </message>
    <message>
      <location filename="../algorithms/import_coordinates.py" line="98" />
      <source>Parcel-line field {alias}</source>
      <translation>地块行字段 {alias}</translation>
    </message>
    <message>
      <location filename="../algorithms/import_coordinates.py" line="107" />
      <source>Coordinate file not found: {path}</source>
      <translation>找不到坐标文件：{path}</translation>
    </message>
    <message>
      <location filename="../algorithms/import_coordinates.py" line="111" />
      <source>Encoding: {enc}; {n} parcel(s).</source>
      <translation>编码：{enc}；共 {n} 个地块。</translation>
    </message>
    <message>
      <location filename="../algorithms/import_coordinates.py" line="119" />
      <source>CRS from the file header: {crs}</source>
      <translation>文件头给出的坐标系：{crs}</translation>
    </message>
    <message>
      <location filename="../algorithms/import_coordinates.py" line="124" />
      <source>The file does not say which CRS it is in ({why}). Give the CRS parameter.</source>
      <translation>文件未说明坐标系（{why}）。请给出坐标系参数。</translation>
    </message>
    <message>
      <location filename="../algorithms/import_coordinates.py" line="127" />
      <source>CRS not stated in the file; using {crs}.</source>
      <translation>文件未注明坐标系，使用 {crs}。</translation>
    </message>
    <message>
      <location filename="../algorithms/import_coordinates.py" line="153" />
      <source>{n} parcel(s) imported, {bad} with a problem.</source>
      <translation>已导入 {n} 个地块，其中 {bad} 个有问题。</translation>
    </message>
  </context>
  <context>
    <name>IndustrialQuota</name>
    <message>
      <location filename="../algorithms/industrial_quota.py" line="56" />
      <source>New industrial land against the 14th Five-Year quotas (十四五新增工业用地)</source>
      <translation>十四五新增工业用地配额核查</translation>
    </message>
    <message>
      <location filename="../algorithms/industrial_quota.py" line="60" />
      <source>Land supplies (供地), polygons</source>
      <translation>供地图斑（面）</translation>
    </message>
    <message>
      <location filename="../algorithms/industrial_quota.py" line="61" />
      <source>Supply date field</source>
      <translation>供地日期字段</translation>
    </message>
    <message>
      <location filename="../algorithms/industrial_quota.py" line="62" />
      <source>Use category field (工业用地 / land-use code; empty = every supply is industrial)</source>
      <translation>用途类别字段（工业用地 / 地类编码；为空则全部按工业用地计）</translation>
    </message>
    <message>
      <location filename="../algorithms/industrial_quota.py" line="64" />
      <source>Industry field (GB/T 4754 code or industry name)</source>
      <translation>行业字段（GB/T 4754 行业代码或产业名称）</translation>
    </message>
    <message>
      <location filename="../algorithms/industrial_quota.py" line="65" />
      <source>Supplied area field (ha; empty = the geometry)</source>
      <translation>供地面积字段（公顷；为空则按几何面积）</translation>
    </message>
    <message>
      <location filename="../algorithms/industrial_quota.py" line="66" />
      <source>Exemption field: siting has special requirements (选址有特殊要求)</source>
      <translation>豁免字段：选址有特殊要求</translation>
    </message>
    <message>
      <location filename="../algorithms/industrial_quota.py" line="70" />
      <source>Development zones</source>
      <translation>开发区</translation>
    </message>
    <message>
      <location filename="../algorithms/industrial_quota.py" line="71" />
      <source>Zone name field</source>
      <translation>开发区名称字段</translation>
    </message>
    <message>
      <location filename="../algorithms/industrial_quota.py" line="73" />
      <source>Quota file (JSON; empty = 郑州 2021–2025)</source>
      <translation>配额文件（JSON；为空则用郑州 2021—2025）</translation>
    </message>
    <message>
      <location filename="../algorithms/industrial_quota.py" line="76" />
      <source>Quota table (cumulative and per year)</source>
      <translation>配额表（累计及分年度）</translation>
    </message>
    <message>
      <location filename="../algorithms/industrial_quota.py" line="79" />
      <source>Industrial supplies outside every development zone (入园 leads)</source>
      <translation>开发区以外的工业供地（入园线索）</translation>
    </message>
    <message>
      <location filename="../algorithms/industrial_quota.py" line="86" />
      <source>Land supplies</source>
      <translation>供地图斑</translation>
    </message>
    <message>
      <location filename="../algorithms/industrial_quota.py" line="91" />
      <source>Quotas: {name} ({source}), {start} to {end}.</source>
      <translation>配额：{name}（{source}），{start} 至 {end}。</translation>
    </message>
    <message>
      <location filename="../algorithms/industrial_quota.py" line="98" />
      <source>zone name</source>
      <translation>开发区名称</translation>
    </message>
    <message>
      <location filename="../algorithms/industrial_quota.py" line="138" />
      <source>supply date</source>
      <translation>供地日期</translation>
    </message>
    <message>
      <location filename="../algorithms/industrial_quota.py" line="138" />
      <source>use category</source>
      <translation>用途类别</translation>
    </message>
    <message>
      <location filename="../algorithms/industrial_quota.py" line="139" />
      <source>industry</source>
      <translation>行业</translation>
    </message>
    <message>
      <location filename="../algorithms/industrial_quota.py" line="139" />
      <source>supplied area (ha)</source>
      <translation>供地面积（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/industrial_quota.py" line="140" />
      <source>siting exemption</source>
      <translation>选址特殊要求</translation>
    </message>
    <message>
      <location filename="../algorithms/industrial_quota.py" line="146" />
      <source>No supply date field: choose one in DATE_FIELD (e.g. 供地日期).</source>
      <translation>没有供地日期字段：请在 DATE_FIELD 中指定（如 供地日期）。</translation>
    </message>
    <message>
      <location filename="../algorithms/industrial_quota.py" line="148" />
      <source>No use category field: every supply is counted as industrial land.</source>
      <translation>没有用途类别字段：全部供地按工业用地计。</translation>
    </message>
    <message>
      <location filename="../algorithms/industrial_quota.py" line="150" />
      <source>No industry field: every supply counts in the quota row of other industries.</source>
      <translation>没有行业字段：全部供地计入其他产业配额行。</translation>
    </message>
    <message>
      <location filename="../algorithms/industrial_quota.py" line="181" />
      <source>Feature {fid}: {problem}</source>
      <translation>要素 {fid}：{problem}</translation>
    </message>
    <message>
      <location filename="../algorithms/industrial_quota.py" line="183" />
      <source>not industrial land</source>
      <translation>非工业用地</translation>
    </message>
    <message>
      <location filename="../algorithms/industrial_quota.py" line="183" />
      <source>without a supply date</source>
      <translation>无供地日期</translation>
    </message>
    <message>
      <location filename="../algorithms/industrial_quota.py" line="184" />
      <source>with an unreadable supply date</source>
      <translation>供地日期无法识别</translation>
    </message>
    <message>
      <location filename="../algorithms/industrial_quota.py" line="185" />
      <source>dated before the quota period</source>
      <translation>早于配额期</translation>
    </message>
    <message>
      <location filename="../algorithms/industrial_quota.py" line="186" />
      <source>dated after the period's end or the reference date</source>
      <translation>晚于配额期末或基准日</translation>
    </message>
    <message>
      <location filename="../algorithms/industrial_quota.py" line="188" />
      <source>Not counted: {n} supply(ies), {ha} ha, {what}.</source>
      <translation>未计入：{n} 宗，{ha} 公顷，{what}。</translation>
    </message>
    <message>
      <location filename="../algorithms/industrial_quota.py" line="192" />
      <source>Zones no quota entry matches (their supplies count in the total only): {names}</source>
      <translation>没有对应配额项的开发区（其供地只计入合计）：{names}</translation>
    </message>
    <message>
      <location filename="../algorithms/industrial_quota.py" line="195" />
      <source>{n} counted supply(ies) without an industry, counted as other industries.</source>
      <translation>{n} 宗计入的供地没有行业，按其他产业计。</translation>
    </message>
    <message>
      <location filename="../algorithms/industrial_quota.py" line="200" />
      <source>入园: {n} counted industrial supply(ies) outside every zone, {leads} lead(s), {exempt} exempt.</source>
      <translation>入园：开发区以外计入的工业供地 {n} 宗，其中线索 {leads} 宗，选址有特殊要求 {exempt} 宗。</translation>
    </message>
  </context>
  <context>
    <name>JoinEnterprises</name>
    <message>
      <location filename="../algorithms/join_enterprises.py" line="37" />
      <source>Join enterprise table (企业数据挂接)</source>
      <translation>企业数据挂接</translation>
    </message>
    <message>
      <location filename="../algorithms/join_enterprises.py" line="40" />
      <source>Joins an enterprise table (XLSX/CSV) onto parcels by credit code or name and shares each enterprise's totals among its parcels by area.</source>
      <translation>按统一社会信用代码或企业名称将企业数据表（XLSX/CSV）挂接到宗地，并将企业总量按面积分摊到其各宗地。</translation>
    </message>
    <message>
      <location filename="../algorithms/join_enterprises.py" line="44" />
      <source>enterprise,credit code,join,tax,investment,Excel,挂接</source>
      <translation>企业,统一社会信用代码,挂接,税收,投资,Excel,连接</translation>
    </message>
    <message>
      <location filename="../algorithms/join_enterprises.py" line="48" />
      <source>Parcels</source>
      <translation>宗地</translation>
    </message>
    <message>
      <location filename="../algorithms/join_enterprises.py" line="49" />
      <source>Parcels: credit code field (统一社会信用代码)</source>
      <translation>宗地：统一社会信用代码字段</translation>
    </message>
    <message>
      <location filename="../algorithms/join_enterprises.py" line="51" />
      <source>Parcels: company name field</source>
      <translation>宗地：企业名称字段</translation>
    </message>
    <message>
      <location filename="../algorithms/join_enterprises.py" line="53" />
      <source>Enterprise table (XLSX, or CSV in GBK/UTF-8)</source>
      <translation>企业数据表（XLSX，或 GBK/UTF-8 编码的 CSV）</translation>
    </message>
    <message>
      <location filename="../algorithms/join_enterprises.py" line="54" />
      <source>Tables (*.xlsx *.xlsm *.csv);;All files (*.*)</source>
      <translation>表格 (*.xlsx *.xlsm *.csv);;所有文件 (*.*)</translation>
    </message>
    <message>
      <location filename="../algorithms/join_enterprises.py" line="56" />
      <source>Sheet (empty = the first)</source>
      <translation>工作表（为空则用第一个）</translation>
    </message>
    <message>
      <location filename="../algorithms/join_enterprises.py" line="58" />
      <source>Table: credit code column (empty = found by name)</source>
      <translation>数据表：统一社会信用代码列（为空则按列名查找）</translation>
    </message>
    <message>
      <location filename="../algorithms/join_enterprises.py" line="60" />
      <source>Table: company name column (empty = found by name)</source>
      <translation>数据表：企业名称列（为空则按列名查找）</translation>
    </message>
    <message>
      <location filename="../algorithms/join_enterprises.py" line="62" />
      <source>Table columns to join, comma separated (empty = all others)</source>
      <translation>要挂接的数据表列，逗号分隔（为空则挂接其余所有列）</translation>
    </message>
    <message>
      <location filename="../algorithms/join_enterprises.py" line="63" />
      <source>Parcels: land area field for the shares (empty = the geometry)</source>
      <translation>宗地：用于分摊的用地面积字段（为空则用图形面积）</translation>
    </message>
    <message>
      <location filename="../algorithms/join_enterprises.py" line="65" />
      <source>Land area field unit</source>
      <translation>用地面积字段单位</translation>
    </message>
    <message>
      <location filename="../algorithms/join_enterprises.py" line="67" />
      <source>Parcels with enterprise data</source>
      <translation>挂接企业数据的宗地</translation>
    </message>
    <message>
      <location filename="../algorithms/join_enterprises.py" line="68" />
      <source>Parcels matched</source>
      <translation>已挂接宗地数</translation>
    </message>
    <message>
      <location filename="../algorithms/join_enterprises.py" line="69" />
      <source>Parcels not matched</source>
      <translation>未挂接宗地数</translation>
    </message>
    <message>
      <location filename="../algorithms/join_enterprises.py" line="70" />
      <source>Table rows not matched</source>
      <translation>未挂接的数据表行数</translation>
    </message>
    <message>
      <location filename="../algorithms/join_enterprises.py" line="76" />
      <source>credit code</source>
      <translation>统一社会信用代码</translation>
    </message>
    <message>
      <location filename="../algorithms/join_enterprises.py" line="78" />
      <source>company name</source>
      <translation>企业名称</translation>
    </message>
    <message>
      <location filename="../algorithms/join_enterprises.py" line="80" />
      <source>The parcels need a credit code field or a company name field.</source>
      <translation>宗地图层需要统一社会信用代码字段或企业名称字段。</translation>
    </message>
    <message>
      <location filename="../algorithms/join_enterprises.py" line="82" />
      <source>land area</source>
      <translation>用地面积</translation>
    </message>
    <message>
      <location filename="../algorithms/join_enterprises.py" line="125" />
      <source>Matched by (代码 / 名称 / 未匹配)</source>
      <translation>挂接方式（代码 / 名称 / 未匹配）</translation>
    </message>
    <message>
      <location filename="../algorithms/join_enterprises.py" line="126" />
      <source>Enterprise's land (mu)</source>
      <translation>企业用地（亩）</translation>
    </message>
    <message>
      <location filename="../algorithms/join_enterprises.py" line="127" />
      <source>Parcel's share of the enterprise's land</source>
      <translation>本宗地占企业用地的份额</translation>
    </message>
    <message>
      <location filename="../algorithms/join_enterprises.py" line="128" />
      <source>Join note</source>
      <translation>挂接说明</translation>
    </message>
    <message>
      <location filename="../algorithms/join_enterprises.py" line="155" />
      <source>Cannot read the table: {error}</source>
      <translation>无法读取数据表：{error}</translation>
    </message>
    <message>
      <location filename="../algorithms/join_enterprises.py" line="160" />
      <source>Column "{name}" is not in the table (columns: {cols}).</source>
      <translation>数据表中没有列“{name}”（现有列：{cols}）。</translation>
    </message>
    <message>
      <location filename="../algorithms/join_enterprises.py" line="163" />
      <source>The table needs a credit code column or a company name column (columns: {cols}).</source>
      <translation>数据表需要统一社会信用代码列或企业名称列（现有列：{cols}）。</translation>
    </message>
    <message>
      <location filename="../algorithms/join_enterprises.py" line="169" />
      <source>Table: {what}; {n} row(s); code column {code}, name column {name}; joined: {cols}.</source>
      <translation>数据表：{what}；{n} 行；代码列 {code}，名称列 {name}；挂接：{cols}。</translation>
    </message>
    <message>
      <location filename="../algorithms/join_enterprises.py" line="172" />
      <source>total</source>
      <translation>总量</translation>
    </message>
    <message>
      <location filename="../algorithms/join_enterprises.py" line="172" />
      <source>text</source>
      <translation>文本</translation>
    </message>
    <message>
      <location filename="../algorithms/join_enterprises.py" line="181" />
      <source>… {n} more problem(s), see ej_note.</source>
      <translation>… 另有 {n} 条问题，见 ej_note 字段。</translation>
    </message>
    <message>
      <location filename="../algorithms/join_enterprises.py" line="185" />
      <source>Matched by code: {c}; by name: {n}; not matched: {u}; table rows not matched: {r}; duplicate codes: {d}; code/name disagreements: {x}; enterprises not split: {s}.</source>
      <translation>按代码挂接：{c}；按名称挂接：{n}；未挂接：{u}；未挂接的表行：{r}；重复代码：{d}；代码与名称不符：{x}；未能分摊的企业：{s}。</translation>
    </message>
  </context>
  <context>
    <name>LandPlanAlgorithm</name>
    <message>
      <location filename="../algorithms/base.py" line="47" />
      <source>Land efficiency review</source>
      <translation>土地效率评价</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" line="170" />
      <source>Field "{field}" (parameter {param}, {label}) is not in the input layer.</source>
      <translation>输入图层中没有字段“{field}”（参数 {param}，{label}）。</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" line="172" />
      <source>The preselected field "{field}" (parameter {param}, {label}) is not in the input layer.</source>
      <translation>预选字段“{field}”（参数 {param}，{label}）不在输入图层中。</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" line="178" />
      <source>Using field "{field}" as {label} (found by name).</source>
      <translation>将字段“{field}”用作{label}（按名称匹配）。</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" line="193" />
      <source>Layer "{label}" has no coordinate reference system. Set its CRS (e.g. EPSG:4547 or EPSG:4490) in the layer properties and run again; areas cannot be measured without it.</source>
      <translation>图层“{label}”没有坐标参考系。请在图层属性中设置坐标参考系（如 EPSG:4547 或 EPSG:4490）后重新运行；没有坐标参考系无法量算面积。</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" line="274" />
      <source>Cancelled: the unfinished output {path} was removed.</source>
      <translation>已取消：未完成的输出 {path} 已删除。</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" line="289" />
      <source>Input field "{name}" has the name of an output field; it is replaced by this run's value.</source>
      <translation>输入字段“{name}”与输出字段同名，其值将被本次运行的结果替换。</translation>
    </message>
    <message>
      <location filename="../algorithms/change_monitoring.py" line="134" />
      <source>Layer "{label}" ({src}) is reprojected to {dst}.</source>
      <translation>图层“{label}”（{src}）已重投影到 {dst}。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unauthorized.py" line="199" />
      <source>invalid geometry (repaired)</source>
      <translation>无效几何（已修复）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unauthorized.py" line="200" />
      <source>empty or NULL geometry</source>
      <translation>空几何或 NULL 几何</translation>
    </message>
    <message>
      <location filename="../algorithms/params.py" line="15" />
      <source>Reference date (as of; empty = today, the day of the run)</source>
      <translation>基准日期（为空则取运行当天）</translation>
    </message>
    <message>
      <location filename="../algorithms/params.py" line="38" />
      <source>Reference date (AS_OF) "{value}" is not a date (use e.g. 2024-12-31).</source>
      <translation>基准日期（AS_OF）“{value}”不是日期（示例：2024-12-31）。</translation>
    </message>
    <message>
      <location filename="../algorithms/params.py" line="41" />
      <source>Reference date (AS_OF) not given: using today, {date}.</source>
      <translation>未指定基准日期（AS_OF）：使用运行当天 {date}。</translation>
    </message>
    <message>
      <location filename="../algorithms/params.py" line="44" />
      <source>Reference date (AS_OF): {date}.</source>
      <translation>基准日期（AS_OF）：{date}。</translation>
    </message>
    <message>
      <location filename="../algorithms/params.py" line="54" />
      <source>Square metres (m2)</source>
      <translation>平方米 (m2)</translation>
    </message>
    <message>
      <location filename="../algorithms/params.py" line="54" />
      <source>Mu (mu)</source>
      <translation>亩 (mu)</translation>
    </message>
    <message>
      <location filename="../algorithms/params.py" line="54" />
      <source>Hectares (ha)</source>
      <translation>公顷 (ha)</translation>
    </message>
    <message>
      <location filename="../algorithms/params.py" line="64" />
      <source>Third land survey / GB/T 21010-2017 (sandiao_2017)</source>
      <translation>三调 / GB/T 21010-2017 (sandiao_2017)</translation>
    </message>
    <message>
      <location filename="../algorithms/params.py" line="65" />
      <source>Land and sea use classification 2023 (guotu_2023)</source>
      <translation>国土空间用地用海分类 2023 (guotu_2023)</translation>
    </message>
    <message>
      <location filename="../algorithms/params.py" line="66" />
      <source>GB 50137-2011 urban land (gb50137_2011)</source>
      <translation>GB 50137-2011 城市用地 (gb50137_2011)</translation>
    </message>
    <message>
      <location filename="../algorithms/params.py" line="68" />
      <source>Custom code lists file (custom)</source>
      <translation>自定义编码表文件 (custom)</translation>
    </message>
    <message>
      <location filename="../algorithms/params.py" line="74" />
      <source>Land-use classification</source>
      <translation>用地分类</translation>
    </message>
    <message>
      <location filename="../algorithms/params.py" line="81" />
      <source>Ledger workbook (XLSX; the sheet is added)</source>
      <translation>台账工作簿（XLSX；添加一个工作表）</translation>
    </message>
    <message>
      <location filename="../algorithms/params.py" line="81" />
      <source>Excel files (*.xlsx)</source>
      <translation>Excel 文件 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../algorithms/params.py" line="90" />
      <source>Chart (PNG)</source>
      <translation>统计图（PNG）</translation>
    </message>
    <message>
      <location filename="../algorithms/params.py" line="90" />
      <source>PNG files (*.png)</source>
      <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
      <location filename="../algorithms/params.py" line="99" />
      <source>Plans and tasks</source>
      <translation>计划与任务</translation>
    </message>
    <message>
      <location filename="../algorithms/problems.py" line="10" />
      <source>text that is not a number</source>
      <translation>非数字文本</translation>
    </message>
    <message>
      <location filename="../algorithms/problems.py" line="11" />
      <source>NaN or infinite number</source>
      <translation>NaN 或无穷大数值</translation>
    </message>
    <message>
      <location filename="../algorithms/problems.py" line="12" />
      <source>unreadable date</source>
      <translation>无法识别的日期</translation>
    </message>
    <message>
      <location filename="../algorithms/problems.py" line="13" />
      <source>zero or negative area</source>
      <translation>面积为零或负数</translation>
    </message>
    <message>
      <location filename="../algorithms/problems.py" line="14" />
      <source>percent stored as a fraction</source>
      <translation>百分比以小数形式存储</translation>
    </message>
    <message>
      <location filename="../algorithms/problems.py" line="15" />
      <source>ratio stored as a percent</source>
      <translation>比率以百分数形式存储</translation>
    </message>
    <message>
      <location filename="../algorithms/problems.py" line="16" />
      <source>value out of range</source>
      <translation>数值超出范围</translation>
    </message>
    <message>
      <location filename="../algorithms/problems.py" line="17" />
      <source>unrecognised text value</source>
      <translation>无法识别的文本值</translation>
    </message>
    <message>
      <location filename="../algorithms/problems.py" line="31" />
      <source>{n} row value(s) with a data problem: {label}</source>
      <translation>{n} 个行值存在数据问题：{label}</translation>
    </message>
    <message>
      <location filename="../algorithms/problems.py" line="41" />
      <source>… and {n} more data problems.</source>
      <translation>……另有 {n} 条数据问题。</translation>
    </message>
    <message>
      <location filename="../algorithms/problems.py" line="98" />
      <source>{n} value(s) in field "{field}": {label}; see the reason field.</source>
      <translation>字段“{field}”中有 {n} 个值：{label}；详见判定理由字段。</translation>
    </message>
    <message>
      <location filename="../algorithms/problems.py" line="101" />
      <source>{n} row(s): {label}; see the reason field.</source>
      <translation>{n} 行：{label}；详见判定理由字段。</translation>
    </message>
    <message>
      <location filename="../algorithms/table_io.py" line="162" />
      <source>Could not store the field aliases with {path}.</source>
      <translation>无法在 {path} 中保存字段别名。</translation>
    </message>
    <message>
      <location filename="../algorithms/table_io.py" line="208" />
      <source>{path} is not UTF-8: read as GBK.</source>
      <translation>{path} 不是 UTF-8 编码：按 GBK 读取。</translation>
    </message>
    <message>
      <location filename="../algorithms/task_inputs.py" line="26" />
      <source>Task table (CSV, XLSX or layer)</source>
      <translation>任务表（CSV、XLSX 或图层）</translation>
    </message>
    <message>
      <location filename="../algorithms/task_inputs.py" line="27" />
      <source>Tasks: zone field</source>
      <translation>任务表：园区/区域字段</translation>
    </message>
    <message>
      <location filename="../algorithms/task_inputs.py" line="27" />
      <source>Tasks: kind field (批而未供 / 闲置 / 低效)</source>
      <translation>任务表：任务类别字段（批而未供 / 闲置 / 低效）</translation>
    </message>
    <message>
      <location filename="../algorithms/task_inputs.py" line="28" />
      <source>Tasks: task area field (mu)</source>
      <translation>任务表：任务面积字段（亩）</translation>
    </message>
    <message>
      <location filename="../algorithms/task_inputs.py" line="28" />
      <source>Tasks: deadline field</source>
      <translation>任务表：完成时限字段</translation>
    </message>
    <message>
      <location filename="../algorithms/task_inputs.py" line="32" />
      <source>Baseline run of the checks</source>
      <translation>基期认定成果</translation>
    </message>
    <message>
      <location filename="../algorithms/task_inputs.py" line="34" />
      <source>Current run of the checks</source>
      <translation>本期认定成果</translation>
    </message>
    <message>
      <location filename="../algorithms/task_inputs.py" line="35" />
      <source>Parcel id field (in both runs)</source>
      <translation>宗地编号字段（两期成果共有）</translation>
    </message>
    <message>
      <location filename="../algorithms/task_inputs.py" line="37" />
      <source>Zone field of the parcels</source>
      <translation>宗地的园区/区域字段</translation>
    </message>
    <message>
      <location filename="../algorithms/task_inputs.py" line="44" />
      <source>task zone</source>
      <translation>任务园区/区域</translation>
    </message>
    <message>
      <location filename="../algorithms/task_inputs.py" line="44" />
      <source>task kind</source>
      <translation>任务类别</translation>
    </message>
    <message>
      <location filename="../algorithms/task_inputs.py" line="44" />
      <source>task area (mu)</source>
      <translation>任务面积（亩）</translation>
    </message>
    <message>
      <location filename="../algorithms/task_inputs.py" line="45" />
      <source>task deadline</source>
      <translation>完成时限</translation>
    </message>
    <message>
      <location filename="../algorithms/task_inputs.py" line="50" />
      <source>The task table needs the fields {names}.</source>
      <translation>任务表需要字段 {names}。</translation>
    </message>
    <message>
      <location filename="../algorithms/task_inputs.py" line="61" />
      <source>parcel id</source>
      <translation>宗地编号</translation>
    </message>
    <message>
      <location filename="../algorithms/task_inputs.py" line="63" />
      <source>Name the parcel id field (PARCEL_ID_FIELD).</source>
      <translation>请指定宗地编号字段（PARCEL_ID_FIELD）。</translation>
    </message>
    <message>
      <location filename="../algorithms/task_inputs.py" line="65" />
      <source>zone</source>
      <translation>园区/区域</translation>
    </message>
    <message>
      <location filename="../algorithms/task_inputs.py" line="77" />
      <source>The {run} run has no field "{field}" (PARCEL_ID_FIELD).</source>
      <translation>{run}成果中没有字段「{field}」（PARCEL_ID_FIELD）。</translation>
    </message>
    <message>
      <location filename="../algorithms/task_inputs.py" line="79" />
      <source>The {run} run carries: {kinds}.</source>
      <translation>{run}成果包含的认定：{kinds}。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="265" />
      <source>Reference date</source>
      <translation>基准日</translation>
    </message>
    <message>
      <location filename="../output/evaluation_xlsx.py" line="15" />
      <source>openpyxl is not installed; the Excel table was not written.</source>
      <translation>未安装 openpyxl，未写出 Excel 指标表。</translation>
    </message>
    <message>
      <location filename="../output/fonts.py" line="31" />
      <source>No Chinese font found (looked for {fonts}): Chinese text may show as empty boxes. Install one of them (Windows has Microsoft YaHei; Debian / Ubuntu: fonts-noto-cjk or fonts-wqy-microhei).</source>
      <translation>未找到中文字体（已查找 {fonts}）：中文可能显示为空方框。请安装其中一种（Windows 自带微软雅黑 Microsoft YaHei；Debian / Ubuntu：fonts-noto-cjk 或 fonts-wqy-microhei）。</translation>
    </message>
  </context>
  <context>
    <name>LandPlanGui</name>
    <message>
      <location filename="../gui.py" line="37" />
      <source>LandPlan 土地效率评价</source>
      <translation>LandPlan 土地效率评价</translation>
    </message>
    <message>
      <location filename="../gui.py" line="51" />
      <source>Load demo data</source>
      <translation>加载示例数据</translation>
    </message>
    <message>
      <location filename="../gui.py" line="55" />
      <source>Run the quarterly review model</source>
      <translation>运行季度评价模型</translation>
    </message>
    <message>
      <location filename="../gui.py" line="59" />
      <source>Hand-in package in one click</source>
      <translation>一键生成上报材料</translation>
    </message>
    <message>
      <location filename="../gui.py" line="64" />
      <source>Help</source>
      <translation>帮助</translation>
    </message>
    <message>
      <location filename="../gui.py" line="92" />
      <source>Algorithm {id} is not available.</source>
      <translation>算法 {id} 不可用。</translation>
    </message>
    <message>
      <location filename="../gui.py" line="103" />
      <source>LandPlan demo data</source>
      <translation>LandPlan 示例数据</translation>
    </message>
  </context>
  <context>
    <name>LandPlanModel</name>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>批地 approvals</source>
      <translation>批地</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>基准日期 reference date (empty = today)</source>
      <translation>基准日期（为空则取运行当天）</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>县区考核 county assessment</source>
      <translation>县（区）考核</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>县（区）考核结果 county assessment, for the 季度通报 (optional)</source>
      <translation>县（区）考核结果，用于季度通报</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>县区考核评分方案 scoring scheme (JSON; empty = 示例)</source>
      <translation>县（区）考核评分方案（JSON；留空用示例方案）</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>基期认定成果 baseline run of the checks (optional)</source>
      <translation>基期认定成果</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>建筑物 buildings, for the zone evaluation (optional)</source>
      <translation>建筑物，用于开发区土地集约利用评价</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>现状建设用地/变化图斑 built-up land for 疑似违法占地 (optional; empty = not checked)</source>
      <translation>现状建设用地/变化图斑，用于疑似违法占地识别（留空则不核查）</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>地类编码字段 its land-use code field (optional)</source>
      <translation>现状建设用地的地类编码字段</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>季度通报 Word</source>
      <translation>季度通报（Word）</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>季度通报 PDF</source>
      <translation>季度通报（PDF）</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>季度通报（县区考核） Word</source>
      <translation>季度通报（县区考核，Word）</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>季度通报（县区考核） PDF</source>
      <translation>季度通报（县区考核，PDF）</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>季度通报（县区考核含供地计划） Word</source>
      <translation>季度通报（县区考核含供地计划，Word）</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>季度通报（县区考核含供地计划） PDF</source>
      <translation>季度通报（县区考核含供地计划，PDF）</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>变化图斑 change polygons of the quarter (optional)</source>
      <translation>本季度变化图斑</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>变化图斑巡查线索 change leads</source>
      <translation>变化图斑巡查线索</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>分园区预警表 early-warning table</source>
      <translation>分园区预警表</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>完成时限 deadline (a date; empty = the deadline rules; 留空 = blank)</source>
      <translation>完成时限：日期；不填则按默认规则；填“留空”则不填写</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>城镇开发边界 development boundary (optional)</source>
      <translation>城镇开发边界</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>生态环境管控区 environmental control zones (optional)</source>
      <translation>生态环境管控区</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>生态保护红线 ecological red line (optional)</source>
      <translation>生态保护红线</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>问题宗地 shapefile</source>
      <translation>问题宗地（Shapefile）</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>台账 ledger (.xlsx)</source>
      <translation>台账（Excel）</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>台账附表 more ledger sheets (one per table)</source>
      <translation>台账附表（每个图层一张工作表）</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>永久基本农田 permanent basic farmland (optional)</source>
      <translation>永久基本农田</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>绿地与公园 green spaces and parks (optional)</source>
      <translation>绿地与公园</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>高度管控分区 height zones (optional; field 限高 found by name)</source>
      <translation>高度管控分区（按名称查找限高字段）</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>历史文化保护线 heritage protection (optional)</source>
      <translation>历史文化保护线</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>宗地评价结果（低效+闲置） parcels checked</source>
      <translation>宗地评价结果（低效+闲置）</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>工业主导的类型取值 zone types that mean 工业主导 (comma-separated; optional)</source>
      <translation>表示工业主导的开发区类型取值，以逗号分隔</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>发文单位 issuing office of the 季度通报 (optional)</source>
      <translation>季度通报的发文单位</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>重点功能区 key areas (optional)</source>
      <translation>重点功能区</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>三调地类图斑 land use</source>
      <translation>三调地类图斑</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>地类编码字段 land-use code field</source>
      <translation>地类编码字段</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>城市新区/新建园区 new areas (optional)</source>
      <translation>城市新区/新建园区</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>下年度新增建设用地计划指标 next year's quota per county (optional)</source>
      <translation>各县（区）下年度新增建设用地计划指标</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>承载力超限区域 over-capacity areas (optional)</source>
      <translation>承载力超限区域</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>工业宗地 parcels</source>
      <translation>工业宗地</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>亩均效益分组字段 per-mu group field (e.g. 规模; optional)</source>
      <translation>亩均效益分组字段（如 规模）</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>亩均效益评价方案 per-mu scheme (JSON; empty = not classed)</source>
      <translation>亩均效益评价方案（JSON；留空则不分类）</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>供地计划表 supply plan (optional)</source>
      <translation>供地计划表</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>供地计划执行 plan progress</source>
      <translation>供地计划执行情况</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>本年度供地 supplies of the plan year (optional)</source>
      <translation>计划年度的供地记录</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>上季度县区考核 last quarter's assessment (optional)</source>
      <translation>上季度县（区）考核结果</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>未入园线索 入园 leads</source>
      <translation>未入园线索</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>配额执行 quota table</source>
      <translation>配额执行情况</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>新增工业用地配额文件 quota file (JSON; empty = 郑州 2021–2025)</source>
      <translation>新增工业用地配额文件（JSON；留空用郑州 2021–2025 年配额）</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>十四五工业供地 industrial supplies since 2021, for the quota table (optional)</source>
      <translation>十四五工业供地（2021 年以来），用于配额执行表</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>铁路 railways (optional)</source>
      <translation>铁路</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>城市更新资源 renewal resources</source>
      <translation>城市更新资源</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>工业区块线 industrial block lines, for 城市更新 (optional)</source>
      <translation>工业区块线，用于城市更新</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>建筑（建成年份、用途、空置率） buildings for 城市更新 (optional)</source>
      <translation>建筑（建成年份、用途、空置率），用于城市更新</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>城市更新项目 renewal projects (optional)</source>
      <translation>城市更新项目</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>城市更新单元 renewal units (optional)</source>
      <translation>城市更新单元</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>总览图 PNG</source>
      <translation>总览图（PNG）</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>园区报告 PDF</source>
      <translation>园区报告（PDF）</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>三环以内 area inside the ring road, for 城市更新 (optional)</source>
      <translation>三环以内范围，用于城市更新</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>更新项目负面清单 renewal screening</source>
      <translation>更新项目负面清单核查结果</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>存量用地选址 candidate sites for the project</source>
      <translation>存量用地选址候选地块</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>选址项目行业代码 project industry code for stock siting (GB/T 4754; optional: empty = no siting)</source>
      <translation>选址项目行业代码（GB/T 4754；为空则不选址）</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>选址项目总投资（万元） project investment (optional)</source>
      <translation>选址项目总投资（万元）</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>选址项目用地需求（亩） land the project needs (mu; optional)</source>
      <translation>选址项目用地需求（亩）</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>选址项目预计年税收（万元） expected tax per year (optional)</source>
      <translation>选址项目预计年税收（万元）</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>选址优先园区 preferred zone (optional)</source>
      <translation>选址优先园区</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>认定标准 standard</source>
      <translation>认定标准</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>轨道站点 rail stations (optional)</source>
      <translation>轨道交通站点</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>供地 supplies</source>
      <translation>供地</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>宗地变化 parcel changes, for the 季度通报 map (optional)</source>
      <translation>宗地变化，用于季度通报的地块分布图</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>存量盘活任务表 disposal tasks (optional)</source>
      <translation>存量盘活任务表</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>宗地变化 parcel changes</source>
      <translation>宗地变化</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>任务完成情况 task progress</source>
      <translation>任务完成情况</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>城市更新单元评估 renewal units assessed</source>
      <translation>城市更新单元评估结果</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>未达见绿的住宅用地 residential land beyond the green distance</source>
      <translation>未达见绿距离的住宅用地</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>批而未供 unsupplied land</source>
      <translation>批而未供土地</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>园区工业用地占比 zone share</source>
      <translation>园区工业用地占比</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>开发区类型字段 zone type field (optional; empty = every zone judged)</source>
      <translation>开发区类型字段（为空则评判全部开发区）</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>开发区 zones</source>
      <translation>开发区</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>LandPlan contributors</source>
      <translation>LandPlan 贡献者</translation>
    </message>
    <message>
      <location filename="../../resources/models/landplan_quarterly.model3" line="0" />
      <source>季度土地效率评价：低效工业用地评价 → 闲置土地识别 → 批而未供识别 → 开发区工业用地占比核查 → 导出问题宗地与台账 → 园区报告。Quarterly land-efficiency review: scoring, idle land, approved-but-unsupplied land, zone industrial share, export with ledger, PDF report.</source>
      <translation>季度土地效率评价：低效工业用地评价 → 闲置土地识别 → 批而未供识别 → 开发区工业用地占比核查 → 导出问题宗地与台账 → 园区报告。</translation>
    </message>
  </context>
  <context>
    <name>LandPlanProvider</name>
    <message>
      <location filename="../provider.py" line="24" />
      <source>Quarterly review model</source>
      <translation>季度评价模型</translation>
    </message>
    <message>
      <location filename="../provider.py" line="27" />
      <source>Quarterly review</source>
      <translation>季度评价</translation>
    </message>
    <message>
      <location filename="../provider.py" line="62" />
      <source>LandPlan land efficiency</source>
      <translation>LandPlan 土地效率评价</translation>
    </message>
    <message>
      <location filename="../provider.py" line="65" />
      <source>LandPlan land efficiency review (low-efficiency, idle, unsupplied land, zone share)</source>
      <translation>LandPlan 土地效率评价（低效工业用地、闲置土地、批而未供、开发区工业用地占比）</translation>
    </message>
  </context>
  <context>
    <name>LandPlanStyling</name>
    <message>
      <location filename="../output/styling.py" line="415" />
      <source>Could not store the LandPlan style with {path}; load resources/styles/{qml} by hand.</source>
      <translation>无法为 {path} 保存 LandPlan 样式；请手动加载 resources/styles/{qml}。</translation>
    </message>
  </context>
  <context>
    <name>PerMuEvaluation</name>
    <message>
      <location filename="../algorithms/per_mu_evaluation.py" line="39" />
      <source>Per-mu performance classes (亩均论英雄)</source>
      <translation>亩均效益综合评价（亩均论英雄）</translation>
    </message>
    <message>
      <location filename="../algorithms/per_mu_evaluation.py" line="42" />
      <source>Scores enterprises or parcels by a county's per-mu scheme and sorts them into classes A/B/C/D.</source>
      <translation>按县（市、区）亩均效益评价方案对企业或宗地计分，并分为 A/B/C/D 四类。</translation>
    </message>
    <message>
      <location filename="../algorithms/per_mu_evaluation.py" line="45" />
      <source>亩均论英雄,亩均效益,per mu,evaluation,class,enterprise,scheme</source>
      <translation>亩均论英雄,亩均效益,亩均,综合评价,分类,企业,评价方案</translation>
    </message>
    <message>
      <location filename="../algorithms/per_mu_evaluation.py" line="49" />
      <source>Enterprises or parcels</source>
      <translation>企业或宗地</translation>
    </message>
    <message>
      <location filename="../algorithms/per_mu_evaluation.py" line="51" />
      <source>Scheme file (JSON; examples in resources/schemes)</source>
      <translation>评价方案文件（JSON；示例见 resources/schemes）</translation>
    </message>
    <message>
      <location filename="../algorithms/per_mu_evaluation.py" line="53" />
      <source>Group field (rank within each group, e.g. 规上/规下 or zone)</source>
      <translation>分组字段（组内排名，如 规上/规下 或园区）</translation>
    </message>
    <message>
      <location filename="../algorithms/per_mu_evaluation.py" line="55" />
      <source>Land area field, for the log (empty = measure the geometry)</source>
      <translation>用地面积字段，用于日志汇总（留空则量算几何面积）</translation>
    </message>
    <message>
      <location filename="../algorithms/per_mu_evaluation.py" line="57" />
      <source>Land area field unit</source>
      <translation>用地面积字段单位</translation>
    </message>
    <message>
      <location filename="../algorithms/per_mu_evaluation.py" line="59" />
      <source>No scheme file, or a layer without the scheme's fields: write the features unclassed (mj_* empty) instead of stopping (for models)</source>
      <translation>未提供评价方案或图层缺少方案所需字段时：不中止，要素原样写出、不分类（mj_* 为空；供模型使用）</translation>
    </message>
    <message>
      <location filename="../algorithms/per_mu_evaluation.py" line="62" />
      <source>Per-mu evaluation</source>
      <translation>亩均效益综合评价结果</translation>
    </message>
    <message>
      <location filename="../algorithms/per_mu_evaluation.py" line="71" />
      <source>The features are written unclassed (PASS_UNCLASSED).</source>
      <translation>要素原样写出，未分类（PASS_UNCLASSED）。</translation>
    </message>
    <message>
      <location filename="../algorithms/per_mu_evaluation.py" line="77" />
      <source>No scheme file was given (SCHEME_FILE).</source>
      <translation>未提供评价方案文件（SCHEME_FILE）。</translation>
    </message>
    <message>
      <location filename="../algorithms/per_mu_evaluation.py" line="84" />
      <source>Scheme indicator "{name}" needs field "{field}", which is not in the input layer.</source>
      <translation>方案指标「{name}」需要字段「{field}」，输入图层中没有该字段。</translation>
    </message>
    <message>
      <location filename="../algorithms/per_mu_evaluation.py" line="89" />
      <source>The scheme's exempt field "{field}" is not in the input layer.</source>
      <translation>方案的豁免字段「{field}」不在输入图层中。</translation>
    </message>
    <message>
      <location filename="../algorithms/per_mu_evaluation.py" line="96" />
      <source>group</source>
      <translation>分组</translation>
    </message>
    <message>
      <location filename="../algorithms/per_mu_evaluation.py" line="97" />
      <source>land area</source>
      <translation>用地面积</translation>
    </message>
    <message>
      <location filename="../algorithms/per_mu_evaluation.py" line="120" />
      <source>Scheme: {name}</source>
      <translation>评价方案：{name}</translation>
    </message>
    <message>
      <location filename="../algorithms/per_mu_evaluation.py" line="147" />
      <source>Summary (count, area in mu):</source>
      <translation>汇总（宗数，面积（亩））：</translation>
    </message>
    <message>
      <location filename="../algorithms/per_mu_evaluation.py" line="149" />
      <source>mu</source>
      <translation>亩</translation>
    </message>
    <message>
      <location filename="../algorithms/per_mu_evaluation.py" line="153" />
      <source>Per-mu score</source>
      <translation>亩均效益得分</translation>
    </message>
    <message>
      <location filename="../algorithms/per_mu_evaluation.py" line="154" />
      <source>Class (A/B/C/D/不定等级/待核实)</source>
      <translation>分类（A/B/C/D/不定等级/待核实）</translation>
    </message>
    <message>
      <location filename="../algorithms/per_mu_evaluation.py" line="155" />
      <source>Rank in group</source>
      <translation>组内名次</translation>
    </message>
    <message>
      <location filename="../algorithms/per_mu_evaluation.py" line="156" />
      <source>Classed enterprises in group</source>
      <translation>组内参评数</translation>
    </message>
    <message>
      <location filename="../algorithms/per_mu_evaluation.py" line="157" />
      <source>Reason</source>
      <translation>亩均效益评价说明</translation>
    </message>
  </context>
  <context>
    <name>QuarterlyBulletin</name>
    <message>
      <location filename="../algorithms/quarterly_bulletin.py" line="35" />
      <source>Quarterly bulletin (Word and PDF)</source>
      <translation>季度通报（Word 和 PDF）</translation>
    </message>
    <message>
      <location filename="../algorithms/quarterly_bulletin.py" line="38" />
      <source>Writes the quarterly 通报 from the county assessment: Word to edit, PDF to read.</source>
      <translation>根据县（区）考核结果生成季度通报：Word 供修改，PDF 供阅读。</translation>
    </message>
    <message>
      <location filename="../algorithms/quarterly_bulletin.py" line="41" />
      <source>bulletin,quarterly,assessment,county,word,docx,pdf,report</source>
      <translation>通报,季度,考核,县区,word,docx,pdf,报告</translation>
    </message>
    <message>
      <location filename="../algorithms/quarterly_bulletin.py" line="49" />
      <source>County assessment (the table of the county assessment)</source>
      <translation>县（区）考核结果（县区考核输出的表）</translation>
    </message>
    <message>
      <location filename="../algorithms/quarterly_bulletin.py" line="52" />
      <source>Parcel changes of the task progress (optional: per-kind table and map)</source>
      <translation>存量盘活任务进度的宗地变化（可选：分类任务表和地块分布图）</translation>
    </message>
    <message>
      <location filename="../algorithms/quarterly_bulletin.py" line="55" />
      <source>Title (empty = the wording file's, with the quarter; {quarter} is replaced)</source>
      <translation>标题（留空 = 措辞文件中的标题，含季度；{quarter} 替换为季度）</translation>
    </message>
    <message>
      <location filename="../algorithms/quarterly_bulletin.py" line="58" />
      <source>Issuing office (发文单位; empty = the wording file's)</source>
      <translation>发文单位（留空 = 措辞文件中的发文单位）</translation>
    </message>
    <message>
      <location filename="../algorithms/quarterly_bulletin.py" line="61" />
      <source>Wording file (JSON; empty = the shipped one)</source>
      <translation>通报措辞文件（JSON；留空 = 随插件提供的示例）</translation>
    </message>
    <message>
      <location filename="../algorithms/quarterly_bulletin.py" line="66" />
      <source>Bulletin (Word)</source>
      <translation>季度通报（Word）</translation>
    </message>
    <message>
      <location filename="../algorithms/quarterly_bulletin.py" line="66" />
      <source>Word documents (*.docx)</source>
      <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
      <location filename="../algorithms/quarterly_bulletin.py" line="69" />
      <source>Bulletin (PDF, for reading)</source>
      <translation>季度通报（PDF，供阅读）</translation>
    </message>
    <message>
      <location filename="../algorithms/quarterly_bulletin.py" line="69" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <location filename="../algorithms/quarterly_bulletin.py" line="78" />
      <source>Neither the Word file (OUTPUT_DOCX) nor the PDF (OUTPUT_PDF) is named: nothing written.</source>
      <translation>未指定 Word 文件（OUTPUT_DOCX）和 PDF 文件（OUTPUT_PDF）：未生成任何文件。</translation>
    </message>
    <message>
      <location filename="../algorithms/quarterly_bulletin.py" line="83" />
      <source>The Word writer python-docx is not installed ({error}). Install it: on Windows open the OSGeo4W Shell and run: python -m pip install python-docx — on Debian/Ubuntu: apt install python3-docx. Then restart QGIS.</source>
      <translation>未安装生成 Word 文档所需的 python-docx 组件（{error}）。安装方法：Windows 下打开 OSGeo4W Shell，运行 python -m pip install python-docx；Debian/Ubuntu 下运行 apt install python3-docx。安装后重启 QGIS。</translation>
    </message>
    <message>
      <location filename="../algorithms/quarterly_bulletin.py" line="111" />
      <source>Bulletin written: {path}</source>
      <translation>已生成通报：{path}</translation>
    </message>
    <message>
      <location filename="../algorithms/quarterly_bulletin.py" line="118" />
      <source>{path} could not be written ({error}). Does its folder exist, and is the file open in another program (Word, WPS, a PDF reader)? Close it and run again.</source>
      <translation>无法写入 {path}（{error}）。请确认其所在文件夹存在，且该文件未被其他程序（Word、WPS、PDF 阅读器）打开；关闭后重新运行。</translation>
    </message>
    <message>
      <location filename="../algorithms/quarterly_bulletin.py" line="122" />
      <source>Title: {title}</source>
      <translation>标题：{title}</translation>
    </message>
    <message>
      <location filename="../algorithms/quarterly_bulletin.py" line="139" />
      <source>The assessment table lacks the fields {names} (run the county assessment first).</source>
      <translation>考核结果表缺少字段 {names}（请先运行县区考核）。</translation>
    </message>
    <message>
      <location filename="../algorithms/quarterly_bulletin.py" line="146" />
      <source>The assessment table has no {names}: those parts are left out.</source>
      <translation>考核结果表没有 {names}：通报略去相应内容。</translation>
    </message>
    <message>
      <location filename="../algorithms/quarterly_bulletin.py" line="158" />
      <source>The parcel changes lack the fields {names}: the per-kind table and the map are left out.</source>
      <translation>宗地变化图层缺少字段 {names}：通报略去分类任务表和地块分布图。</translation>
    </message>
    <message>
      <location filename="../algorithms/quarterly_bulletin.py" line="180" />
      <source>The map of the parcel changes could not be drawn.</source>
      <translation>无法绘制宗地变化分布图。</translation>
    </message>
  </context>
  <context>
    <name>RenewalResources</name>
    <message>
      <location filename="../algorithms/renewal_resources.py" line="70" />
      <source>Identify urban renewal resources</source>
      <translation>城市更新资源识别</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_resources.py" line="73" />
      <source>Old estates, urban villages, low-efficiency industrial land, buildings and factories, idle and unsupplied land: one feature per piece, with class, area and reason.</source>
      <translation>老旧小区、城中村、低效工业用地、低效楼宇、老旧厂房、闲置土地和批而未供：每个图斑片段一条记录，含类别、面积和认定理由。</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_resources.py" line="77" />
      <source>Urban renewal</source>
      <translation>城市更新</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_resources.py" line="83" />
      <source>urban renewal,old estate,urban village,vacancy,industrial block</source>
      <translation>城市更新,老旧小区,城中村,空置率,工业区块线</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_resources.py" line="86" />
      <source>Land use (三调 or 现状)</source>
      <translation>用地现状（三调或现状）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_resources.py" line="87" />
      <source>Land-use code field</source>
      <translation>地类编码字段</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_resources.py" line="89" />
      <source>Official area field of the land use (m², e.g. 三调 TBDLMJ; empty = the geometry)</source>
      <translation>图斑地类面积字段（平方米，如三调 TBDLMJ；留空按几何面积）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_resources.py" line="92" />
      <source>城镇村属性码 field (CZCSXM)</source>
      <translation>城镇村属性码字段（CZCSXM）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_resources.py" line="96" />
      <source>Buildings</source>
      <translation>建筑</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_resources.py" line="97" />
      <source>Buildings: completion year or date field</source>
      <translation>建筑：建成年份或日期字段</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_resources.py" line="98" />
      <source>Buildings: use field (住宅/商业/办公/工业)</source>
      <translation>建筑：用途字段（住宅/商业/办公/工业）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_resources.py" line="99" />
      <source>Buildings: vacancy rate field (%)</source>
      <translation>建筑：空置率字段（%）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_resources.py" line="100" />
      <source>Buildings: production stopped field (停产 1/0)</source>
      <translation>建筑：停产字段（1/0）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_resources.py" line="102" />
      <source>Low-efficiency scoring output (ie_flag, ie_type)</source>
      <translation>低效工业用地评价结果（ie_flag、ie_type）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_resources.py" line="103" />
      <source>Idle-land output (idle_flag)</source>
      <translation>闲置土地识别结果（idle_flag）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_resources.py" line="104" />
      <source>Approved-but-unsupplied output (unsup_flag)</source>
      <translation>批而未供识别结果（unsup_flag）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_resources.py" line="105" />
      <source>Industrial block lines (工业区块线)</source>
      <translation>工业区块线</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_resources.py" line="106" />
      <source>Area inside the ring road (三环以内)</source>
      <translation>三环以内范围</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_resources.py" line="109" />
      <source>Old estates: completed on or before</source>
      <translation>老旧小区：建成日期不晚于</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_resources.py" line="112" />
      <source>Low-efficiency buildings: vacancy at or above (%)</source>
      <translation>低效楼宇：空置率不低于（%）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_resources.py" line="116" />
      <source>Code list file (JSON; empty = the shipped one)</source>
      <translation>代码表文件（JSON；留空用随插件提供的）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_resources.py" line="118" />
      <source>Urban renewal resources</source>
      <translation>城市更新资源</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_resources.py" line="122" />
      <source>Map page (PDF)</source>
      <translation>分布图（PDF）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_resources.py" line="122" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_resources.py" line="126" />
      <source>Land use</source>
      <translation>用地现状</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_resources.py" line="182" />
      <source>OLD_BEFORE "{value}" is not a date (use e.g. 2000-12-31).</source>
      <translation>OLD_BEFORE「{value}」不是日期（请写成 2000-12-31 这样的格式）。</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_resources.py" line="194" />
      <source>{layer} is in {crs} and is reprojected to {target}.</source>
      <translation>{layer} 的坐标系为 {crs}，已投影到 {target}。</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_resources.py" line="201" />
      <source>No {layer} layer: the matching attribute stays empty.</source>
      <translation>未提供 {layer} 图层：相应属性留空。</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_resources.py" line="220" />
      <source>{layer} has no field "{field}": give the output of the LandPlan check.</source>
      <translation>{layer} 没有字段「{field}」：请使用 LandPlan 相应核查的输出。</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_resources.py" line="241" />
      <source>No buildings: 老旧小区, 低效楼宇 and 老旧厂房 are not identified.</source>
      <translation>未提供建筑：不识别老旧小区、低效楼宇和老旧厂房。</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_resources.py" line="243" />
      <source>completion year</source>
      <translation>建成年份</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_resources.py" line="243" />
      <source>use</source>
      <translation>用途</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_resources.py" line="244" />
      <source>vacancy</source>
      <translation>空置率</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_resources.py" line="244" />
      <source>stopped</source>
      <translation>停产</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_resources.py" line="248" />
      <source>Buildings: no completion year field: 老旧小区 and 老旧厂房 are not identified.</source>
      <translation>建筑没有建成年份字段：不识别老旧小区和老旧厂房。</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_resources.py" line="286" />
      <source>land-use code</source>
      <translation>地类编码</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_resources.py" line="288" />
      <source>Name the land-use code field (LANDUSE_CODE_FIELD).</source>
      <translation>请指定地类编码字段（LANDUSE_CODE_FIELD）。</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_resources.py" line="290" />
      <source>official land-use area</source>
      <translation>图斑地类面积</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_resources.py" line="293" />
      <source>settlement code</source>
      <translation>城镇村属性码</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_resources.py" line="295" />
      <source>No 城镇村属性码 field: every village polygon counts as 城中村.</source>
      <translation>没有城镇村属性码字段：所有村庄宅基地都按城中村计。</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_resources.py" line="336" />
      <source>Renewal class</source>
      <translation>更新对象类别</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_resources.py" line="337" />
      <source>Route (industrial land)</source>
      <translation>更新方式（工业用地）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_resources.py" line="338" />
      <source>Ring road (urban village)</source>
      <translation>三环内外（城中村）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_resources.py" line="339" />
      <source>Area (ha)</source>
      <translation>面积（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_resources.py" line="340" />
      <source>Area (mu)</source>
      <translation>面积（亩）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_resources.py" line="341" />
      <source>Source layer and feature</source>
      <translation>来源图层及要素</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_resources.py" line="342" />
      <source>Reason</source>
      <translation>认定理由</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_resources.py" line="380" />
      <source>The map page could not be written: the output layer cannot be read.</source>
      <translation>无法生成分布图：读不到输出图层。</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_resources.py" line="434" />
      <source>The map page could not be written to {path}.</source>
      <translation>无法将分布图写入 {path}。</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_resources.py" line="446" />
      <source>{n} renewal resource piece(s), {ha} ha (old estates completed on or before {date}, vacancy at or above {vac} %).</source>
      <translation>城市更新资源 {n} 处，共 {ha} 公顷（老旧小区为 {date} 及以前建成，低效楼宇空置率不低于 {vac}%）。</translation>
    </message>
  </context>
  <context>
    <name>RenewalScreening</name>
    <message>
      <location filename="../algorithms/renewal_screening.py" line="64" />
      <source>Screen renewal projects against the negative list</source>
      <translation>更新项目负面清单核查</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_screening.py" line="67" />
      <source>Per renewal project: the negative-list conditions it meets (三区三线, heritage, ecology, capacity, height, other), overlap areas, and whether a city check-up is referenced.</source>
      <translation>逐个城市更新项目核查负面清单情形（三区三线、历史文化、生态环境、承载能力、高度、其他）、重叠面积以及是否有城市体检。</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_screening.py" line="71" />
      <source>Urban renewal</source>
      <translation>城市更新</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_screening.py" line="77" />
      <source>urban renewal,negative list,project,height,heritage,check-up</source>
      <translation>城市更新,负面清单,项目,限高,历史文化,城市体检</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_screening.py" line="80" />
      <source>Renewal projects</source>
      <translation>城市更新项目</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_screening.py" line="81" />
      <source>Project id field</source>
      <translation>项目编号字段</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_screening.py" line="82" />
      <source>Urban development boundary (城镇开发边界)</source>
      <translation>城镇开发边界</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_screening.py" line="83" />
      <source>Permanent basic farmland (永久基本农田)</source>
      <translation>永久基本农田</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_screening.py" line="84" />
      <source>Ecological protection red line (生态保护红线)</source>
      <translation>生态保护红线</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_screening.py" line="85" />
      <source>Historic and cultural protection lines and ranges</source>
      <translation>历史文化保护线及保护范围</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_screening.py" line="86" />
      <source>Ecological and environmental control zones</source>
      <translation>生态环境管控区</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_screening.py" line="87" />
      <source>Areas over traffic, utility or public-service capacity</source>
      <translation>交通、市政、公共服务承载力超限区域</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_screening.py" line="88" />
      <source>Height control zones</source>
      <translation>高度管控分区</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_screening.py" line="90" />
      <source>Height zones: height limit field (m)</source>
      <translation>高度管控分区：限高字段（米）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_screening.py" line="92" />
      <source>Projects: planned height field (m)</source>
      <translation>项目：规划高度字段（米）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_screening.py" line="94" />
      <source>Projects: other conditions field (recorded by hand)</source>
      <translation>项目：其他情形字段（人工填写）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_screening.py" line="96" />
      <source>Projects: city check-up reference field (城市体检)</source>
      <translation>项目：城市体检编号字段</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_screening.py" line="99" />
      <source>Minimum overlap (m²); smaller overlaps are digitising slivers</source>
      <translation>最小重叠面积（平方米）；更小的视为数字化边界误差</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_screening.py" line="102" />
      <source>Screened renewal projects</source>
      <translation>负面清单核查结果</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_screening.py" line="111" />
      <source>project id</source>
      <translation>项目编号</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_screening.py" line="112" />
      <source>planned height</source>
      <translation>规划高度</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_screening.py" line="113" />
      <source>other conditions</source>
      <translation>其他情形</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_screening.py" line="114" />
      <source>city check-up reference</source>
      <translation>城市体检编号</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_screening.py" line="120" />
      <source>Height zones given but no planned height field (PROJECT_HEIGHT_FIELD): heights are not checked.</source>
      <translation>提供了高度管控分区但没有规划高度字段（PROJECT_HEIGHT_FIELD）：不核查高度。</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_screening.py" line="123" />
      <source>No city check-up reference field (CHECKUP_FIELD): every project is named as without one (rs_checkup 0).</source>
      <translation>没有城市体检编号字段（CHECKUP_FIELD）：所有项目都按无城市体检列出（rs_checkup 为 0）。</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_screening.py" line="173" />
      <source>{layer} is in {crs} and is reprojected to {target}.</source>
      <translation>{layer} 的坐标系为 {crs}，已投影到 {target}。</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_screening.py" line="188" />
      <source>height limit</source>
      <translation>限高</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_screening.py" line="190" />
      <source>Name the height limit field of the height zones (HEIGHT_LIMIT_FIELD).</source>
      <translation>请指定高度管控分区的限高字段（HEIGHT_LIMIT_FIELD）。</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_screening.py" line="214" />
      <source>On the negative list (1/0)</source>
      <translation>列入负面清单（1/0）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_screening.py" line="215" />
      <source>Conditions met (1–6)</source>
      <translation>涉及情形（1–6）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_screening.py" line="216" />
      <source>Reason</source>
      <translation>核查说明</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_screening.py" line="217" />
      <source>Overlap area (m²)</source>
      <translation>重叠面积（平方米）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_screening.py" line="218" />
      <source>City check-up referenced (1/0)</source>
      <translation>有城市体检（1/0）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_screening.py" line="240" />
      <source>Checked against: {layers}.</source>
      <translation>核查图层：{layers}。</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_screening.py" line="244" />
      <source>{n} project(s), {listed} on the negative list: {ids}.</source>
      <translation>共 {n} 个项目，列入负面清单 {listed} 个：{ids}。</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_screening.py" line="247" />
      <source>{n} project(s) without a city check-up reference (无体检不更新): {ids}.</source>
      <translation>{n} 个项目没有城市体检编号（无体检不更新）：{ids}。</translation>
    </message>
  </context>
  <context>
    <name>RenewalUnits</name>
    <message>
      <location filename="../algorithms/renewal_units.py" line="74" />
      <source>Assess urban renewal units</source>
      <translation>城市更新单元评估</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="77" />
      <source>Per renewal unit: the old-area share, the suggested unit type with its reason, green and park coverage of residential land, buildings in the railway belt.</source>
      <translation>按更新单元评估：四旧一村占比、建议的单元类型及理由、住宅用地见绿见园覆盖率、铁路防护带内建筑。</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="81" />
      <source>urban renewal,renewal unit,TOD,green space,park,railway</source>
      <translation>城市更新,更新单元,TOD,绿地,公园,铁路</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="85" />
      <source>Renewal units (更新单元)</source>
      <translation>城市更新单元（更新单元）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="86" />
      <source>Unit name field</source>
      <translation>单元名称字段</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="88" />
      <source>Renewal resources (output of the renewal resources algorithm)</source>
      <translation>城市更新资源（城市更新资源识别的输出）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="89" />
      <source>Land use (三调 or 现状)</source>
      <translation>土地利用（三调或现状）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="90" />
      <source>Land-use code field</source>
      <translation>地类编码字段</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="91" />
      <source>Official land-use area field (m², e.g. TBDLMJ)</source>
      <translation>图斑地类面积字段（平方米，如 TBDLMJ）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="95" />
      <source>Key areas (重要中心区, 产业集聚区, 商业集中区, 历史文化资源富集区 …)</source>
      <translation>重点功能区（重要中心区、产业集聚区、商业集中区、历史文化资源富集区等）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="97" />
      <source>Key area type field</source>
      <translation>重点功能区类型字段</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="99" />
      <source>Rail transit stations (TOD)</source>
      <translation>轨道交通站点（TOD）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="102" />
      <source>New urban areas and new parks (城市新区 / 新建园区)</source>
      <translation>城市新区 / 新建园区</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="104" />
      <source>Green spaces and parks</source>
      <translation>绿地与公园</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="106" />
      <source>Railways (lines or railway land)</source>
      <translation>铁路（线或铁路用地面）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="108" />
      <source>Buildings</source>
      <translation>建筑</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="109" />
      <source>Floor area field (m²)</source>
      <translation>建筑面积字段（平方米）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="110" />
      <source>Vacancy rate field (%)</source>
      <translation>空置率字段（%）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="111" />
      <source>TOD radius around a station (m)</source>
      <translation>站点 TOD 范围半径（米）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="112" />
      <source>Smallest green space that counts (m²)</source>
      <translation>计入见绿的绿地最小面积（平方米）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="113" />
      <source>Smallest park that counts (m²)</source>
      <translation>计入见园的公园最小面积（平方米）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="114" />
      <source>Distance to a green space (m)</source>
      <translation>见绿距离（米）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="115" />
      <source>Distance to a park (m)</source>
      <translation>见园距离（米）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="116" />
      <source>Railway protection belt (m)</source>
      <translation>铁路防护带宽度（米）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="117" />
      <source>Old-area share for a general renewal unit (%, local choice)</source>
      <translation>一般更新单元的四旧一村占比下限（%，地方自定）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="118" />
      <source>Efficiency gap of an optimisation unit (%, local choice)</source>
      <translation>优化提升单元的效率缺口（%，地方自定）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="125" />
      <source>Renewal units assessed</source>
      <translation>城市更新单元评估结果</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="128" />
      <source>Residential land beyond the green-space distance</source>
      <translation>未达见绿距离的住宅用地</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="133" />
      <source>Renewal units</source>
      <translation>城市更新单元</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="173" />
      <source>The renewal units are in a geographic CRS outside China's Gauss–Krüger zones: reproject them to a projected CRS.</source>
      <translation>更新单元为地理坐标系且不在我国高斯-克吕格投影带范围内：请先投影到投影坐标系。</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="176" />
      <source>The renewal units are in a geographic CRS ({crs}): every layer is reprojected to {work} for distances in metres; the outputs are in {work}.</source>
      <translation>更新单元为地理坐标系（{crs}）：为按米计算距离，全部图层投影到 {work} 计算，输出也为 {work}。</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="183" />
      <source>Layer {label} is in {crs}: reprojected to {work}.</source>
      <translation>图层 {label} 的坐标系为 {crs}：已投影到 {work}。</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="188" />
      <source>unit name</source>
      <translation>单元名称</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="223" />
      <source>The renewal resources have no class field (ur_class).</source>
      <translation>城市更新资源图层没有类别字段（ur_class）。</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="227" />
      <source>key area type</source>
      <translation>重点功能区类型</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="251" />
      <source>land-use code</source>
      <translation>地类编码</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="253" />
      <source>The land use has no land-use code field (LANDUSE_CODE_FIELD).</source>
      <translation>土地利用图层没有地类编码字段（LANDUSE_CODE_FIELD）。</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="255" />
      <source>official land-use area</source>
      <translation>图斑地类面积</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="347" />
      <source>floor area</source>
      <translation>建筑面积</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="349" />
      <source>vacancy rate</source>
      <translation>空置率</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="402" />
      <source>Unit</source>
      <translation>更新单元</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="402" />
      <source>Suggested unit type</source>
      <translation>建议单元类型</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="403" />
      <source>Reason</source>
      <translation>理由</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="403" />
      <source>Unit area (ha)</source>
      <translation>单元面积（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="404" />
      <source>Construction land (ha)</source>
      <translation>建设用地（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="405" />
      <source>Old-area share of construction land (%)</source>
      <translation>四旧一村占建设用地（%）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="406" />
      <source>Old areas (ha)</source>
      <translation>四旧一村（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="407" />
      <source>Urban villages (ha)</source>
      <translation>城中村（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="408" />
      <source>Low-efficiency land (ha)</source>
      <translation>低效用地（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="409" />
      <source>Low-efficiency share (%)</source>
      <translation>低效用地占比（%）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="410" />
      <source>Building vacancy (%)</source>
      <translation>建筑空置率（%）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="411" />
      <source>Renewal resources by class</source>
      <translation>更新资源（按类别）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="412" />
      <source>Residential land (ha)</source>
      <translation>住宅用地（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="413" />
      <source>Residential land near green space (%)</source>
      <translation>住宅用地见绿覆盖率（%）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="414" />
      <source>Residential land near a park (%)</source>
      <translation>住宅用地见园覆盖率（%）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="415" />
      <source>Buildings in the railway belt</source>
      <translation>铁路防护带内建筑（栋）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="416" />
      <source>Floor area in the railway belt (m²)</source>
      <translation>铁路防护带内建筑面积（平方米）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="439" />
      <source>Land-use code</source>
      <translation>地类编码</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="440" />
      <source>Area (m²)</source>
      <translation>面积（平方米）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="441" />
      <source>Within the park distance (1/0)</source>
      <translation>见园距离内（1是/0否）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="469" />
      <source>renewal unit without a name (named #fid)</source>
      <translation>更新单元无名称（以 #fid 称）</translation>
    </message>
    <message>
      <location filename="../algorithms/renewal_units.py" line="475" />
      <source>{n} renewal unit(s): {counts}.</source>
      <translation>更新单元 {n} 个：{counts}。</translation>
    </message>
  </context>
  <context>
    <name>ScoreInefficiency</name>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="58" />
      <source>Score low-efficiency industrial land</source>
      <translation>低效工业用地评价</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="61" />
      <source>Scores industrial parcels by tax per mu, investment intensity, floor-area ratio and building coverage, and flags low-efficiency land.</source>
      <translation>按亩均税收、投资强度、容积率和建筑系数对工业宗地评分，并标记低效工业用地。</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="65" />
      <source>low-efficiency,industrial land,parcel,score,tax per mu,FAR</source>
      <translation>低效,工业用地,宗地,评分,亩均税收,容积率</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="69" />
      <source>Puyang · economic-technological industrial cluster (puyang_etdz)</source>
      <translation>濮阳 · 经济技术产业集聚区 (puyang_etdz)</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="70" />
      <source>Puyang · other industrial clusters (puyang_other)</source>
      <translation>濮阳 · 其他产业集聚区 (puyang_other)</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="71" />
      <source>Zhengzhou · per-industry control table (zhengzhou_industry)</source>
      <translation>郑州 · 分行业控制指标表 (zhengzhou_industry)</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="72" />
      <source>Custom standards file (custom)</source>
      <translation>自定义标准文件 (custom)</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="76" />
      <source>Binary: full weight when the threshold is reached (binary)</source>
      <translation>二值：达到阈值即得该项全部权重分 (binary)</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="77" />
      <source>Linear: weight × min(value / threshold, 1) (linear)</source>
      <translation>线性：权重 × min(指标值 / 阈值, 1) (linear)</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="80" />
      <source>Square metres (m2)</source>
      <translation>平方米 (m2)</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="80" />
      <source>Mu (mu)</source>
      <translation>亩 (mu)</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="80" />
      <source>Hectares (ha)</source>
      <translation>公顷 (ha)</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="83" />
      <source>Zhengzhou city districts (郑州市区)</source>
      <translation>郑州市区</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="83" />
      <source>Other areas (其他区域)</source>
      <translation>其他区域</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="87" />
      <source>Industrial parcels</source>
      <translation>工业宗地</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="89" />
      <source>Standard</source>
      <translation>认定标准</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="91" />
      <source>Custom standards file (JSON, used when given)</source>
      <translation>自定义标准文件（JSON，提供时使用）</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="94" />
      <source>Scoring mode</source>
      <translation>计分方式</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="96" />
      <source>Cut-off score (empty = the standard's, 0.7)</source>
      <translation>分数线（为空则采用标准规定值 0.7）</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="100" />
      <source>Tax per mu field (万元/亩)</source>
      <translation>亩均税收字段（万元/亩）</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="103" />
      <source>Investment intensity field (万元/亩)</source>
      <translation>投资强度字段（万元/亩）</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="106" />
      <source>Floor-area ratio field</source>
      <translation>容积率字段</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="109" />
      <source>Building coverage field (%)</source>
      <translation>建筑系数字段（%）</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="112" />
      <source>Total annual tax field (万元), when tax per mu is not given</source>
      <translation>年度税收总额字段（万元），未提供亩均税收时使用</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="115" />
      <source>Fixed-asset investment field (万元), when intensity is not given</source>
      <translation>固定资产投资字段（万元），未提供投资强度时使用</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="118" />
      <source>Total floor area field (m²), when FAR is not given</source>
      <translation>总建筑面积字段（m²），未提供容积率时使用</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="121" />
      <source>Building footprint field (m²), when coverage is not given</source>
      <translation>建筑基底面积字段（m²），未提供建筑系数时使用</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="124" />
      <source>Land area field (empty = measure the geometry)</source>
      <translation>用地面积字段（为空则量算几何面积）</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="127" />
      <source>Land area field unit</source>
      <translation>用地面积字段单位</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="129" />
      <source>Industry code field (GB/T 4754)</source>
      <translation>行业代码字段（GB/T 4754）</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="132" />
      <source>Region class field (Zhengzhou standard)</source>
      <translation>区域类别字段（郑州标准）</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="136" />
      <source>Region class when no field is given (Zhengzhou standard)</source>
      <translation>未提供字段时的区域类别（郑州标准）</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="139" />
      <source>Production status field (停建停产类)</source>
      <translation>生产状态字段（停建停产类）</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="142" />
      <source>Status values meaning construction or production stopped</source>
      <translation>表示停建或停产的状态取值</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="145" />
      <source>Status values meaning the parcel is under construction (在建未达产)</source>
      <translation>表示在建的生产状态取值（在建未达产）</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="148" />
      <source>Construction period after the supply date when the parcel has no completion date (years)</source>
      <translation>无约定竣工/达产日期时，自供地日期起的建设期（年）</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="153" />
      <source>Supply date field (start of the construction period)</source>
      <translation>供地日期字段（建设期起算）</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="156" />
      <source>Agreed completion / full-production date field (标准地 竣工/达产)</source>
      <translation>约定竣工/达产日期字段（标准地）</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="160" />
      <source>Industry codes being phased out (产业转型类), comma separated</source>
      <translation>需转型淘汰的行业代码（产业转型类），以逗号分隔</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="163" />
      <source>Scored parcels</source>
      <translation>宗地评价结果</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="173" />
      <source>The custom standard needs a standards file (STANDARD_FILE).</source>
      <translation>自定义标准需要提供标准文件 (STANDARD_FILE)。</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="180" />
      <source>Tax per mu (万元/亩)</source>
      <translation>亩均税收（万元/亩）</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="180" />
      <source>Tax per mu points</source>
      <translation>亩均税收得分</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="181" />
      <source>Investment intensity (万元/亩)</source>
      <translation>投资强度（万元/亩）</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="181" />
      <source>Investment intensity points</source>
      <translation>投资强度得分</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="182" />
      <source>Floor-area ratio</source>
      <translation>容积率</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="182" />
      <source>Floor-area ratio points</source>
      <translation>容积率得分</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="183" />
      <source>Building coverage (%)</source>
      <translation>建筑系数（%）</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="183" />
      <source>Building coverage points</source>
      <translation>建筑系数得分</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="188" />
      <source>Land area (mu)</source>
      <translation>用地面积（亩）</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="189" />
      <source>Composite score</source>
      <translation>综合得分</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="190" />
      <source>Low-efficiency flag (1 yes, 0 no, empty undetermined)</source>
      <translation>低效标记（1 是，0 否，空 待核实）</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="191" />
      <source>Low-efficiency type</source>
      <translation>低效类型</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="192" />
      <source>Reason</source>
      <translation>判定理由</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="193" />
      <source>Standard applied</source>
      <translation>所用标准</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="206" />
      <source>precomputed indicator</source>
      <translation>预先计算的指标</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="207" />
      <source>total for the indicator</source>
      <translation>指标计算用总量</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="217" />
      <source>No field for {name}: give a precomputed field or a total field.</source>
      <translation>缺少{name}字段：请指定预先计算的指标字段或总量字段。</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="221" />
      <source>land area</source>
      <translation>用地面积</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="222" />
      <source>industry code</source>
      <translation>行业代码</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="223" />
      <source>region class</source>
      <translation>区域类别</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="224" />
      <source>production status</source>
      <translation>生产状态</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="230" />
      <source>supply date</source>
      <translation>供地日期</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="230" />
      <source>completion date</source>
      <translation>约定竣工/达产日期</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="248" />
      <source>The per-industry standard needs an industry code field; every parcel is scored with the default thresholds.</source>
      <translation>分行业标准需要行业代码字段；所有宗地将按默认阈值评分。</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="251" />
      <source>Phase-out industry codes were given but no industry code field.</source>
      <translation>指定了转型淘汰行业代码，但没有行业代码字段。</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="264" />
      <source>Field "{field}" holds building coverage as fractions (all values between 0 and 1); they are read as percent ×100 (0.45 → 45%).</source>
      <translation>字段“{field}”中的建筑系数以小数存储（所有值均在 0 到 1 之间）；将乘以 100 按百分数读取（0.45 → 45%）。</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="276" />
      <source>square metres</source>
      <translation>平方米</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="276" />
      <source>mu</source>
      <translation>亩</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="276" />
      <source>hectares</source>
      <translation>公顷</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="278" />
      <source>Field "{field}" holds areas in {unit} (compared with the geometry); it is read in {unit}. Pass AREA_UNIT to override.</source>
      <translation>字段「{field}」中的面积单位为{unit}（与几何面积比对得出），已按{unit}读取。如需指定，请设置 AREA_UNIT。</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="282" />
      <source>Field "{field}" looks like {detected} compared with the geometry, but AREA_UNIT says {unit}; check the unit.</source>
      <translation>与几何面积比对，字段「{field}」像是以{detected}为单位，但 AREA_UNIT 指定为{unit}，请核实单位。</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="290" />
      <source>not low-efficiency</source>
      <translation>非低效</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="291" />
      <source>under construction, within its period (在建未达产, not scored)</source>
      <translation>在建未达产（建设期内，未评分）</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="292" />
      <source>undetermined (待核实)</source>
      <translation>待核实</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="293" />
      <source>Summary (count, area in mu):</source>
      <translation>汇总（宗数，面积/亩）：</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="302" />
      <source>GeoPackage written directly: the layer is copied and the new fields are filled in one SQL transaction.</source>
      <translation>直接写入 GeoPackage：复制图层后在一个 SQL 事务中填写新增字段。</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="308" />
      <source>Attributes read with SQL; only parcels whose geometry is NULL, empty, invalid or of another type are read through QGIS.</source>
      <translation>属性通过 SQL 读取；仅几何为空、NULL、无效或类型不符的宗地经 QGIS 读取。</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="330" />
      <source>Standard: {name} ({id}); mode {mode}; cut-off {cutoff}</source>
      <translation>标准：{name} ({id})；计分方式 {mode}；分数线 {cutoff}</translation>
    </message>
  </context>
  <context>
    <name>StandardSheet</name>
    <message>
      <location filename="../algorithms/standard_sheet.py" line="39" />
      <source>标准地 3+N+1 indicator sheet</source>
      <translation>标准地“3+N+1”指标表</translation>
    </message>
    <message>
      <location filename="../algorithms/standard_sheet.py" line="42" />
      <source>For parcels about to be supplied: 投资强度, 容积率 and 亩均税收 by industry and region, the county's +N indicators, the +1 commitment terms, the lease term (at most 20 years) and the renewal evaluation date, as a layer and a printable sheet.</source>
      <translation>为拟出让地块生成：按行业和区域取投资强度、容积率、亩均税收，本县 +N 指标，+1 承诺事项，出让年限（不超过 20 年）和续期评估日期，输出图层和可打印指标表。</translation>
    </message>
    <message>
      <location filename="../algorithms/standard_sheet.py" line="47" />
      <source>标准地,3+N+1,按标做地,明标供地,出让年限,续期,standard land</source>
      <translation>标准地,3+N+1,按标做地,明标供地,出让年限,续期,弹性出让</translation>
    </message>
    <message>
      <location filename="../algorithms/standard_sheet.py" line="51" />
      <source>Planned parcels (拟出让工业用地)</source>
      <translation>拟出让工业用地</translation>
    </message>
    <message>
      <location filename="../algorithms/standard_sheet.py" line="52" />
      <source>Industry code field (GB/T 4754)</source>
      <translation>行业代码字段（GB/T 4754）</translation>
    </message>
    <message>
      <location filename="../algorithms/standard_sheet.py" line="54" />
      <source>Parcel id field (for the sheet)</source>
      <translation>地块编号字段（用于指标表）</translation>
    </message>
    <message>
      <location filename="../algorithms/standard_sheet.py" line="56" />
      <source>Planned supply date field (the lease starts; empty = the reference date)</source>
      <translation>拟供地日期字段（出让起始日；为空取基准日期）</translation>
    </message>
    <message>
      <location filename="../algorithms/standard_sheet.py" line="60" />
      <source>Region class (附表2-2)</source>
      <translation>区域类别（附表2-2）</translation>
    </message>
    <message>
      <location filename="../algorithms/standard_sheet.py" line="61" />
      <source>Zhengzhou city districts (郑州市区)</source>
      <translation>郑州市区</translation>
    </message>
    <message>
      <location filename="../algorithms/standard_sheet.py" line="61" />
      <source>Other areas (其他区域)</source>
      <translation>其他区域</translation>
    </message>
    <message>
      <location filename="../algorithms/standard_sheet.py" line="64" />
      <source>County indicator table (行业代码, 投资强度 万元/亩, 容积率, 亩均税收 万元/亩), wins over 附表2-2</source>
      <translation>县级指标表（行业代码、投资强度 万元/亩、容积率、亩均税收 万元/亩），优先于附表2-2</translation>
    </message>
    <message>
      <location filename="../algorithms/standard_sheet.py" line="67" />
      <source>+N indicators and +1 commitment terms (JSON; example: resources/standards/standard_land_n_example.json)</source>
      <translation>+N 指标和 +1 承诺事项（JSON；示例：resources/standards/standard_land_n_example.json）</translation>
    </message>
    <message>
      <location filename="../algorithms/standard_sheet.py" line="71" />
      <source>Lease term (出让年限, years, at most 20)</source>
      <translation>出让年限（年，最多 20）</translation>
    </message>
    <message>
      <location filename="../algorithms/standard_sheet.py" line="76" />
      <source>Parcels with their 3+N+1 indicators</source>
      <translation>带“3+N+1”指标的宗地</translation>
    </message>
    <message>
      <location filename="../algorithms/standard_sheet.py" line="78" />
      <source>Printable sheet (XLSX)</source>
      <translation>可打印指标表（XLSX）</translation>
    </message>
    <message>
      <location filename="../algorithms/standard_sheet.py" line="78" />
      <source>Excel files (*.xlsx)</source>
      <translation>Excel 文件 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../algorithms/standard_sheet.py" line="85" />
      <source>industry code</source>
      <translation>行业代码</translation>
    </message>
    <message>
      <location filename="../algorithms/standard_sheet.py" line="86" />
      <source>parcel id</source>
      <translation>地块编号</translation>
    </message>
    <message>
      <location filename="../algorithms/standard_sheet.py" line="87" />
      <source>planned supply date</source>
      <translation>拟供地日期</translation>
    </message>
    <message>
      <location filename="../algorithms/standard_sheet.py" line="91" />
      <source>The parcels need an industry code field (INDUSTRY_FIELD).</source>
      <translation>宗地需要行业代码字段（INDUSTRY_FIELD）。</translation>
    </message>
    <message>
      <location filename="../algorithms/standard_sheet.py" line="130" />
      <source>Printable sheet written to {path}.</source>
      <translation>可打印指标表已写入 {path}。</translation>
    </message>
    <message>
      <location filename="../algorithms/standard_sheet.py" line="150" />
      <source>The county table needs an industry code column (行业代码).</source>
      <translation>县级指标表需要行业代码列（行业代码）。</translation>
    </message>
  </context>
  <context>
    <name>StockSiting</name>
    <message>
      <location filename="../algorithms/stock_siting.py" line="50" />
      <source>Site a project on stock land</source>
      <translation>存量用地选址</translation>
    </message>
    <message>
      <location filename="../algorithms/stock_siting.py" line="53" />
      <source>Rank unsupplied, idle and low-efficiency sites (alone or adjacent groups) for a new project.</source>
      <translation>为新项目在批而未供、闲置、低效土地中（单宗或相邻组合）推荐选址并排名。</translation>
    </message>
    <message>
      <location filename="../algorithms/stock_siting.py" line="56" />
      <source>siting,stock land,unsupplied,idle,low-efficiency,standard land,project</source>
      <translation>选址,存量用地,以存定增,批而未供,闲置,低效,标准地,招商项目</translation>
    </message>
    <message>
      <location filename="../algorithms/stock_siting.py" line="60" />
      <source>Candidate sites (outputs of the unsupplied, idle and scoring checks)</source>
      <translation>候选地块（批而未供、闲置、低效识别结果）</translation>
    </message>
    <message>
      <location filename="../algorithms/stock_siting.py" line="62" />
      <source>Project industry code (GB/T 4754)</source>
      <translation>项目行业代码（GB/T 4754）</translation>
    </message>
    <message>
      <location filename="../algorithms/stock_siting.py" line="64" />
      <source>Land the project needs (mu)</source>
      <translation>项目用地需求（亩）</translation>
    </message>
    <message>
      <location filename="../algorithms/stock_siting.py" line="66" />
      <source>Project investment (10,000 yuan; optional)</source>
      <translation>项目总投资（万元，可选）</translation>
    </message>
    <message>
      <location filename="../algorithms/stock_siting.py" line="67" />
      <source>Expected tax per year (10,000 yuan; optional)</source>
      <translation>预计年税收（万元，可选）</translation>
    </message>
    <message>
      <location filename="../algorithms/stock_siting.py" line="70" />
      <source>Development zones</source>
      <translation>开发区（园区）</translation>
    </message>
    <message>
      <location filename="../algorithms/stock_siting.py" line="72" />
      <source>Zone name field</source>
      <translation>园区名称字段</translation>
    </message>
    <message>
      <location filename="../algorithms/stock_siting.py" line="73" />
      <source>Preferred zone (name)</source>
      <translation>意向园区（名称）</translation>
    </message>
    <message>
      <location filename="../algorithms/stock_siting.py" line="76" />
      <source>Area tolerance (%)</source>
      <translation>面积容差（%）</translation>
    </message>
    <message>
      <location filename="../algorithms/stock_siting.py" line="78" />
      <source>Allow groups of adjacent sites</source>
      <translation>允许相邻地块组合</translation>
    </message>
    <message>
      <location filename="../algorithms/stock_siting.py" line="81" />
      <source>Constraint areas (负面清单, 三区三线; optional)</source>
      <translation>限制区域（负面清单、三区三线，可选）</translation>
    </message>
    <message>
      <location filename="../algorithms/stock_siting.py" line="83" />
      <source>Planned use (规划用途) polygons (optional)</source>
      <translation>规划用途图斑（可选）</translation>
    </message>
    <message>
      <location filename="../algorithms/stock_siting.py" line="84" />
      <source>Planned use field</source>
      <translation>规划用途字段</translation>
    </message>
    <message>
      <location filename="../algorithms/stock_siting.py" line="87" />
      <source>Project kinds and allowed planned uses (JSON; empty = the shipped table)</source>
      <translation>项目类别与允许的规划用途对照表（JSON；为空则用随插件提供的表）</translation>
    </message>
    <message>
      <location filename="../algorithms/stock_siting.py" line="90" />
      <source>Region class of the standard (e.g. 郑州市区)</source>
      <translation>标准的区域类别（如 郑州市区）</translation>
    </message>
    <message>
      <location filename="../algorithms/stock_siting.py" line="92" />
      <source>Standard file (JSON; empty = 郑州 附表2-2)</source>
      <translation>指标标准文件（JSON；为空则用郑州附表2-2）</translation>
    </message>
    <message>
      <location filename="../algorithms/stock_siting.py" line="94" />
      <source>Candidate sites</source>
      <translation>候选地块</translation>
    </message>
    <message>
      <location filename="../algorithms/stock_siting.py" line="97" />
      <source>Top sites with a PDF page</source>
      <translation>出 PDF 页的前几名</translation>
    </message>
    <message>
      <location filename="../algorithms/stock_siting.py" line="100" />
      <source>One page per top site (PDF)</source>
      <translation>前几名地块选址单（PDF，每宗一页）</translation>
    </message>
    <message>
      <location filename="../algorithms/stock_siting.py" line="100" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <location filename="../algorithms/stock_siting.py" line="106" />
      <source>Give at least one candidate layer (CANDIDATES).</source>
      <translation>请至少给出一个候选地块图层（CANDIDATES）。</translation>
    </message>
    <message>
      <location filename="../algorithms/stock_siting.py" line="160" />
      <source>{n} stock site(s) read, {groups} group(s) of adjacent sites; {ranked} ranked.</source>
      <translation>读入存量地块 {n} 宗，相邻组合 {groups} 个；参与排名 {ranked} 个。</translation>
    </message>
    <message>
      <location filename="../algorithms/stock_siting.py" line="187" />
      <source>zone name</source>
      <translation>园区名称</translation>
    </message>
    <message>
      <location filename="../algorithms/stock_siting.py" line="201" />
      <source>{layer} has no field "{field}": give the output of the LandPlan check.</source>
      <translation>{layer} 没有字段「{field}」：请使用 LandPlan 相应核查的输出。</translation>
    </message>
    <message>
      <location filename="../algorithms/stock_siting.py" line="211" />
      <source>{layer}: {what} from field {field}.</source>
      <translation>{layer}：{what}取自字段 {field}。</translation>
    </message>
    <message>
      <location filename="../algorithms/stock_siting.py" line="213" />
      <source>land-use code</source>
      <translation>地类代码</translation>
    </message>
    <message>
      <location filename="../algorithms/stock_siting.py" line="213" />
      <source>planned use</source>
      <translation>规划用途</translation>
    </message>
    <message>
      <location filename="../algorithms/stock_siting.py" line="242" />
      <source>Constraint areas</source>
      <translation>限制区域</translation>
    </message>
    <message>
      <location filename="../algorithms/stock_siting.py" line="267" />
      <source>No land-use code field on the candidate layers: land-use codes not judged.</source>
      <translation>候选图层都没有地类代码字段：不判断地类。</translation>
    </message>
    <message>
      <location filename="../algorithms/stock_siting.py" line="269" />
      <source>No PLANNED_USE layer and no planned-use field on the candidate layers: planned uses not judged.</source>
      <translation>未给出规划用途图层（PLANNED_USE），候选图层也没有规划用途字段：不判断规划用途。</translation>
    </message>
    <message>
      <location filename="../algorithms/stock_siting.py" line="279" />
      <source>Planned use</source>
      <translation>规划用途</translation>
    </message>
    <message>
      <location filename="../algorithms/stock_siting.py" line="283" />
      <source>The planned-use layer has no planned use field (PLANNED_USE_FIELD).</source>
      <translation>规划用途图层没有规划用途字段（PLANNED_USE_FIELD）。</translation>
    </message>
    <message>
      <location filename="../algorithms/stock_siting.py" line="367" />
      <source>The PDF could not be written (no ranked site, or the export failed).</source>
      <translation>PDF 未能写出（没有参与排名的地块，或导出失败）。</translation>
    </message>
  </context>
  <context>
    <name>SupplyPlanProgress</name>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="48" />
      <source>Land-supply plan progress</source>
      <translation>供地计划执行监测</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="52" />
      <source>Supply plan table (CSV, XLSX or layer; e.g. resources/plans/zhengzhou_2024.csv)</source>
      <translation>供地计划表（CSV、XLSX 或图层；如 resources/plans/zhengzhou_2024.csv）</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="54" />
      <source>Plan: category field</source>
      <translation>计划表：用途类别字段</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="55" />
      <source>Plan: planned area field (ha)</source>
      <translation>计划表：计划供应面积字段（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="56" />
      <source>Plan: district field (optional)</source>
      <translation>计划表：区县字段（可选）</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="59" />
      <source>Supplies (layer or table)</source>
      <translation>供地记录（图层或表）</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="60" />
      <source>Supplies: supply date field</source>
      <translation>供地记录：供地日期字段</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="62" />
      <source>Supplies: land-use code field</source>
      <translation>供地记录：地类编码字段</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="64" />
      <source>Supplies: category field (instead of a code)</source>
      <translation>供地记录：用途类别字段（代替地类编码）</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="66" />
      <source>Supplies: area field (ha; empty = geometry)</source>
      <translation>供地记录：面积字段（公顷；留空 = 按几何计算）</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="68" />
      <source>Supplies: district field</source>
      <translation>供地记录：区县字段</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="72" />
      <source>Milestones (month-day:percent)</source>
      <translation>节点要求（月-日:完成率%）</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="74" />
      <source>Plan progress</source>
      <translation>供地计划执行情况</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="79" />
      <source>Planned parcels (拟供地块; layer or table), optional</source>
      <translation>拟供地块（图层或表），可选</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="81" />
      <source>Planned parcels: parcel id field (matched with SUPPLY_ID_FIELD; empty = by location)</source>
      <translation>拟供地块：地块编号字段（与 SUPPLY_ID_FIELD 匹配；为空则按位置）</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="83" />
      <source>Planned parcels: area field (ha; empty = geometry)</source>
      <translation>拟供地块：面积字段（公顷；为空则按几何计算）</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="84" />
      <source>Planned parcels: planned quarter field (1–4)</source>
      <translation>拟供地块：计划季度字段（1–4）</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="85" />
      <source>Planned parcels: planned month field (1–12)</source>
      <translation>拟供地块：计划月份字段（1–12）</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="86" />
      <source>Planned parcels: obstacle field (征收/拆迁/文物/环保/其他)</source>
      <translation>拟供地块：制约因素字段（征收/拆迁/文物/环保/其他）</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="87" />
      <source>Planned parcels: responsible unit field</source>
      <translation>拟供地块：责任单位字段</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="89" />
      <source>Supplies: parcel id field (for the planned parcels)</source>
      <translation>供地记录：地块编号字段（用于拟供地块）</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="92" />
      <source>Planned parcels' supply status</source>
      <translation>拟供地块供应状态</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="127" />
      <source>Ledger sheet written to {path}.</source>
      <translation>台账工作表已写入 {path}。</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="137" />
      <source>plan category</source>
      <translation>计划用途类别</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="137" />
      <source>planned area</source>
      <translation>计划供应面积</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="138" />
      <source>plan district</source>
      <translation>计划区县</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="141" />
      <source>The plan needs a category field and an area field (PLAN_CATEGORY_FIELD, PLAN_AREA_FIELD).</source>
      <translation>计划表需要用途类别字段和面积字段（PLAN_CATEGORY_FIELD、PLAN_AREA_FIELD）。</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="155" />
      <source>supply date</source>
      <translation>供地日期</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="155" />
      <source>land-use code</source>
      <translation>地类编码</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="155" />
      <source>supply category</source>
      <translation>供地用途类别</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="156" />
      <source>supply area (ha)</source>
      <translation>供地面积（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="156" />
      <source>supply district</source>
      <translation>供地区县</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="163" />
      <source>The supplies need a supply date field (SUPPLY_DATE_FIELD).</source>
      <translation>供地记录需要供地日期字段（SUPPLY_DATE_FIELD）。</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="164" />
      <source>The supplies need a land-use code field (SUPPLY_CODE_FIELD) or a category field (SUPPLY_CATEGORY_FIELD).</source>
      <translation>供地记录需要地类编码字段（SUPPLY_CODE_FIELD）或用途类别字段（SUPPLY_CATEGORY_FIELD）。</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="166" />
      <source>Supplies without polygons need an area field in ha (SUPPLY_AREA_FIELD).</source>
      <translation>没有面状几何的供地记录需要以公顷计的面积字段（SUPPLY_AREA_FIELD）。</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="169" />
      <source>Supplies</source>
      <translation>供地记录</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="173" />
      <source>feature {fid}</source>
      <translation>要素 {fid}</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="187" />
      <source>planned parcel id</source>
      <translation>拟供地块编号</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="187" />
      <source>planned area (ha)</source>
      <translation>计划面积（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="188" />
      <source>planned quarter</source>
      <translation>计划季度</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="188" />
      <source>planned month</source>
      <translation>计划月份</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="189" />
      <source>obstacle</source>
      <translation>制约因素</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="189" />
      <source>responsible unit</source>
      <translation>责任单位</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="192" />
      <source>supply parcel id</source>
      <translation>供地地块编号</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="196" />
      <source>Planned parcels are matched with the supplies by parcel id (PLANNED_ID_FIELD and SUPPLY_ID_FIELD) or, both being polygons, by location.</source>
      <translation>拟供地块与供地记录按地块编号（PLANNED_ID_FIELD 和 SUPPLY_ID_FIELD）匹配，或在两者都是面图层时按位置匹配。</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="199" />
      <source>Planned parcels</source>
      <translation>拟供地块</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="202" />
      <source>Planned parcels matched with the supplies {how}.</source>
      <translation>拟供地块与供地记录{how}匹配。</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="203" />
      <source>by parcel id</source>
      <translation>按地块编号</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="203" />
      <source>by location</source>
      <translation>按位置</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="241" />
      <source>Counting supplies dated {start} … {end}; milestone requirement {req} %; {n} supplies counted.</source>
      <translation>统计 {start} 至 {end} 的供地；节点要求 {req}%；计入 {n} 宗。</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="245" />
      <source>Not counted ({why}): {n} supplies, {ha} ha.</source>
      <translation>未计入（{why}）：{n} 宗，{ha} 公顷。</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="248" />
      <source>Unknown land-use code or category "{code}": {n} supplies, {ha} ha, not counted.</source>
      <translation>无法识别的地类编码或用途「{code}」：{n} 宗，{ha} 公顷，未计入。</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="251" />
      <source>{district} {category}: supplied {supplied} of {plan} ha, {pct} %</source>
      <translation>{district} {category}：计划 {plan} 公顷，已供应 {supplied} 公顷，完成 {pct}%</translation>
    </message>
    <message>
      <location filename="../algorithms/supply_plan_progress.py" line="262" />
      <source>Chart written to {path}.</source>
      <translation>统计图已写入 {path}。</translation>
    </message>
  </context>
  <context>
    <name>TaskProgress</name>
    <message>
      <location filename="../algorithms/task_progress.py" line="41" />
      <source>Stock-disposal task progress</source>
      <translation>存量盘活任务进度</translation>
    </message>
    <message>
      <location filename="../algorithms/task_progress.py" line="47" />
      <source>Task progress</source>
      <translation>任务完成情况</translation>
    </message>
    <message>
      <location filename="../algorithms/task_progress.py" line="49" />
      <source>Parcel changes</source>
      <translation>宗地变化</translation>
    </message>
    <message>
      <location filename="../algorithms/task_progress.py" line="60" />
      <source>current</source>
      <translation>本期</translation>
    </message>
    <message>
      <location filename="../algorithms/task_progress.py" line="62" />
      <source>baseline</source>
      <translation>基期</translation>
    </message>
    <message>
      <location filename="../algorithms/task_progress.py" line="113" />
      <source>Parcel changes: {counts}.</source>
      <translation>宗地变化：{counts}。</translation>
    </message>
    <message>
      <location filename="../algorithms/task_progress.py" line="116" />
      <source>{zone} {kind}: disposed {done} of {task} mu ({pct} %), open {open} mu, new {new} mu</source>
      <translation>{zone} {kind}：任务 {task} 亩，已处置 {done} 亩（{pct}%），未处置 {open} 亩，新增 {new} 亩</translation>
    </message>
  </context>
  <context>
    <name>ZoneEvaluation</name>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="55" />
      <source>Evaluate development-zone land use (intensity)</source>
      <translation>开发区土地集约利用评价</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="58" />
      <source>TD/T 1029-style indicators per zone, the intensity score, potentials and years of supply left.</source>
      <translation>按 TD/T 1029 指标结构逐园区计算评价指标、集约度、潜力和尚可供地年数。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="62" />
      <source>development zone,evaluation,intensity,TD/T 1029,potential,floor area ratio</source>
      <translation>开发区,评价,集约利用,TD/T 1029,潜力,容积率</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="66" />
      <source>Development zones</source>
      <translation>开发区</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="67" />
      <source>Zone name field</source>
      <translation>园区名称字段</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="68" />
      <source>Land use (三调 polygons)</source>
      <translation>土地利用现状（三调图斑）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="69" />
      <source>Land-use code field</source>
      <translation>地类编码字段</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="71" />
      <source>Industrial land counted</source>
      <translation>工业用地口径</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="72" />
      <source>Industrial, mining and warehousing land (industrial)</source>
      <translation>工矿仓储用地 (industrial)</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="73" />
      <source>Industrial land only (industrial_only)</source>
      <translation>仅工业用地 (industrial_only)</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="75" />
      <source>Supplied state construction land (供地)</source>
      <translation>已供应国有建设用地（供地）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="76" />
      <source>Supply date field</source>
      <translation>供地日期字段</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="78" />
      <source>Land ready for supply (已达到供地条件)</source>
      <translation>已达到供地条件土地</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="80" />
      <source>Buildings (footprints)</source>
      <translation>建筑物（基底）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="81" />
      <source>Floor area field (m², whole building)</source>
      <translation>建筑面积字段（平方米，整栋）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="83" />
      <source>Floors field</source>
      <translation>层数字段</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="85" />
      <source>Industrial parcels (investment and tax)</source>
      <translation>工业宗地（投资和税收）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="86" />
      <source>Fixed-asset investment field (total, 万元)</source>
      <translation>固定资产投资字段（总额，万元）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="88" />
      <source>Tax field (total, 万元)</source>
      <translation>税收字段（总额，万元）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="89" />
      <source>Investment per mu field (used when no total)</source>
      <translation>投资强度字段（无总额时使用，万元/亩）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="91" />
      <source>Tax per mu field (used when no total)</source>
      <translation>亩均税收字段（无总额时使用，万元/亩）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="93" />
      <source>Parcel floor-area ratio field (for the intensity potential)</source>
      <translation>宗地容积率字段（用于强度潜力）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="96" />
      <source>Idle-land check output (idle_flag)</source>
      <translation>闲置土地识别结果（idle_flag）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="98" />
      <source>Evaluation file (ideal values and weights, JSON; empty = the example)</source>
      <translation>评价参数文件（理想值和权重，JSON；留空 = 示例参数）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="102" />
      <source>Years of supply averaged for the years left</source>
      <translation>计算尚可供地年数所取的供地年数</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="105" />
      <source>Zone evaluation</source>
      <translation>开发区土地集约利用评价</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="107" />
      <source>Indicator table (Excel)</source>
      <translation>评价指标表（Excel）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="107" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="115" />
      <source>Zone "{name}" has an invalid polygon; it was repaired (make valid).</source>
      <translation>园区「{name}」的多边形无效，已修复（make valid）。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="158" />
      <source>Land use</source>
      <translation>土地利用现状</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="164" />
      <source>zone name</source>
      <translation>园区名称</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="166" />
      <source>land-use code</source>
      <translation>地类编码</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="168" />
      <source>No land-use code field: choose one in LANDUSE_FIELD (e.g. DLBM).</source>
      <translation>没有地类编码字段：请在 LANDUSE_FIELD 中选择（如 DLBM）。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="190" />
      <source>Evaluation file: {name} ({id}).</source>
      <translation>评价参数：{name}（{id}）。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="192" />
      <source>This evaluation file is an EXAMPLE, not an official standard: use the ideal values and weights your province publishes (EVALUATION_FILE).</source>
      <translation>当前评价参数是示例，不是官方标准：请使用本省发布的理想值和权重（EVALUATION_FILE）。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="195" />
      <source>Mean yearly supply over {first}–{last}.</source>
      <translation>年均供地按 {first}—{last} 年计算。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="212" />
      <source>No supply date field: every supply counts as supplied and the years of supply left cannot be computed.</source>
      <translation>没有供地日期字段：所有供地均按已供应计，无法计算尚可供地年数。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="224" />
      <source>The idle-land layer has no field "idle_flag"; the idle rate stays empty.</source>
      <translation>闲置土地图层没有字段「idle_flag」，土地闲置率为空。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="247" />
      <source>Zone name</source>
      <translation>园区名称</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="248" />
      <source>Zone area (ha)</source>
      <translation>园区面积（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="248" />
      <source>Buildable land 可开发建设土地 (ha)</source>
      <translation>可开发建设土地（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="249" />
      <source>Land ready for supply (ha)</source>
      <translation>已达到供地条件土地（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="249" />
      <source>Supplied land (ha)</source>
      <translation>已供应国有建设用地（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="250" />
      <source>Built-up construction land (ha)</source>
      <translation>已建成城镇建设用地（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="251" />
      <source>Industrial, mining and warehousing land (ha)</source>
      <translation>工矿仓储用地（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="252" />
      <source>Idle land (ha)</source>
      <translation>闲置土地（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="253" />
      <source>Mean yearly supply (ha)</source>
      <translation>近年年均供地（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="257" />
      <source>Intensity score 集约度 (0–100)</source>
      <translation>集约度（0–100）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="258" />
      <source>Extension potential 扩展潜力 (ha)</source>
      <translation>扩展潜力（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="259" />
      <source>Intensity potential 强度潜力 (ha)</source>
      <translation>强度潜力（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="260" />
      <source>Management potential 管理潜力 (ha)</source>
      <translation>管理潜力（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="263" />
      <source>Evaluation note</source>
      <translation>评价说明</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="264" />
      <source>Evaluation file</source>
      <translation>评价参数</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="278" />
      <source>Indicators that could not be computed for some zones (layer not given or denominator 0): {names}. Their weight is redistributed proportionally to the other indicators (see eval_note).</source>
      <translation>部分园区无法计算的指标（图层未提供或分母为0）：{names}。其权重已按比例分配给其余指标（见 eval_note）。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="282" />
      <source>supplies without a readable date (counted as supplied)</source>
      <translation>无可识别供地日期的供地（按已供应计）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="283" />
      <source>supplies dated after AS_OF (not yet supplied)</source>
      <translation>供地日期晚于基准日的供地（尚未供应）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="284" />
      <source>buildings without floor area or floors (footprint only)</source>
      <translation>无建筑面积或层数的建筑（只计基底面积）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="295" />
      <source>Unknown land-use code {code}: {ha} ha, counted neither as built nor as industrial land.</source>
      <translation>未识别的地类编码 {code}：{ha} 公顷，既不计入建设用地也不计入工业用地。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_evaluation.py" line="297" />
      <source>Zone | score | supply rate % | industrial share % | FAR | years left</source>
      <translation>园区 | 集约度 | 土地供应率% | 工业用地率% | 综合容积率 | 尚可供地年数</translation>
    </message>
  </context>
  <context>
    <name>ZoneIndustrialShare</name>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="68" />
      <source>Check development-zone industrial land share</source>
      <translation>开发区工业用地占比核查</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="71" />
      <source>Industrial land ÷ construction land inside each development zone, against the 60% threshold, with the deficit and an optional zone scorecard.</source>
      <translation>计算各开发区内工业用地 ÷ 建设用地，对照 60% 的阈值核查，给出缺口面积，并可生成开发区指标卡。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="75" />
      <source>development zone,industrial land share,60%,land use,zone,scorecard</source>
      <translation>开发区,工业用地占比,工业用地率,60%,土地利用,园区,指标卡</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="78" />
      <source>Industrial, mining and warehousing land (industrial)</source>
      <translation>工矿仓储用地 (industrial)</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="79" />
      <source>Industrial land only (industrial_only)</source>
      <translation>仅工业用地 (industrial_only)</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="83" />
      <source>Development zones</source>
      <translation>开发区</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="84" />
      <source>Zone name field</source>
      <translation>开发区名称字段</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="86" />
      <source>Zone type field (e.g. 工业主导 / 现代服务业; empty = judge every zone)</source>
      <translation>开发区类型字段（如 工业主导 / 现代服务业；为空则评判全部开发区）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="89" />
      <source>Zone types that mean industry-led (工业主导), separated by commas; zones of other types are reported but not judged</source>
      <translation>表示工业主导的开发区类型，以逗号分隔；其他类型的开发区只报告、不评判</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="92" />
      <source>Land use (current-use polygons or parcels)</source>
      <translation>土地利用（现状图斑或宗地）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="93" />
      <source>Land-use code field</source>
      <translation>地类编码字段</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="95" />
      <source>Official area field of the land use (m², e.g. 三调 TBDLMJ; empty = measure the geometry)</source>
      <translation>土地利用图斑的正式面积字段（平方米，如三调 TBDLMJ；留空 = 按几何面积计算）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="98" />
      <source>城镇村属性码 field of the land use (三调 CZCSXM), for the city-wide share</source>
      <translation>土地利用图层的城镇村属性码字段（三调 CZCSXM），用于全市口径</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="102" />
      <source>Required industrial land share (%)</source>
      <translation>工业用地占比要求（%）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="106" />
      <source>Industrial land counted (numerator)</source>
      <translation>工业用地计算口径（分子）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="109" />
      <source>Custom code lists file (JSON, used when given)</source>
      <translation>自定义编码表文件（JSON，提供时使用）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="112" />
      <source>Scored parcels (output of 'Score low-efficiency industrial land'), for the scorecard</source>
      <translation>宗地评价结果（“低效工业用地评价”的输出），用于指标卡</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="115" />
      <source>Idle-land check output (idle_flag), for the scorecard</source>
      <translation>闲置土地识别输出 (idle_flag)，用于指标卡</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="118" />
      <source>Approved-but-unsupplied check output (unsup_flag), for the scorecard</source>
      <translation>批而未供识别输出 (unsup_flag)，用于指标卡</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="121" />
      <source>Approval polygons (批地), the denominator of the unsupplied rate; needed when the unsupplied check ran in spatial mode</source>
      <translation>批地图斑，作为批而未供率的分母；批而未供识别以空间模式运行时需要提供</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="129" />
      <source>标准地 commitment check output (cm_status), for the scorecard</source>
      <translation>标准地履约核查结果（cm_status），用于评价指标卡</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="130" />
      <source>Suspected unauthorised land use (ua_flag), for the scorecard</source>
      <translation>疑似违法占地结果（ua_flag），用于评价指标卡</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="136" />
      <source>Zone industrial land share</source>
      <translation>开发区工业用地占比</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="137" />
      <source>City-wide target: industrial land share of urban construction land by 2025 (%)</source>
      <translation>全市目标：2025 年工业用地占城镇建设用地比例（%）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="139" />
      <source>City-wide target by 2035 (%)</source>
      <translation>全市目标：2035 年（%）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="144" />
      <source>City-wide industrial land share of urban construction land (table)</source>
      <translation>全市工业用地占城镇建设用地比例（表格）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="150" />
      <source>Zone name</source>
      <translation>开发区名称</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="151" />
      <source>Zone area (ha)</source>
      <translation>开发区面积（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="152" />
      <source>Industrial land (ha)</source>
      <translation>工业用地（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="153" />
      <source>Construction land (ha)</source>
      <translation>建设用地（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="154" />
      <source>of which industrial 工业 (ha)</source>
      <translation>其中：工业（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="155" />
      <source>of which mining 采矿 (ha)</source>
      <translation>其中：采矿（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="156" />
      <source>of which warehousing 仓储 (ha)</source>
      <translation>其中：仓储（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="157" />
      <source>of which industrial-mining land not subdivided (ha)</source>
      <translation>其中：工矿（未细分）（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="159" />
      <source>Industrial land share (%)</source>
      <translation>工业用地占比（%）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="160" />
      <source>Required share (%)</source>
      <translation>占比要求（%）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="161" />
      <source>Share reached (1 yes, 0 no, empty no construction land)</source>
      <translation>是否达标（1 是，0 否，空 无建设用地）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="162" />
      <source>Judged against the threshold (1 industry-led, 0 reported only)</source>
      <translation>是否参与评判（1 工业主导，0 仅报告）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="163" />
      <source>Industrial land still needed (ha)</source>
      <translation>工业用地缺口（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="164" />
      <source>Still needed if added as new construction land (ha)</source>
      <translation>按新增建设用地计的缺口（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="165" />
      <source>Land with unknown codes (ha)</source>
      <translation>未识别编码用地（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="166" />
      <source>Unknown codes</source>
      <translation>未识别编码</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="167" />
      <source>Verdict</source>
      <translation>核查结论</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="168" />
      <source>Classification applied</source>
      <translation>所用分类</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="169" />
      <source>Scored parcels (ha)</source>
      <translation>已评价宗地（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="170" />
      <source>Low-efficiency industrial land (ha)</source>
      <translation>低效工业用地（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="171" />
      <source>Low-efficiency share of scored land (%)</source>
      <translation>低效用地占已评价用地比例（%）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="172" />
      <source>Parcels undetermined (待核实)</source>
      <translation>待核实宗地数</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="173" />
      <source>Tax per mu of scored parcels (万元/亩)</source>
      <translation>已评价宗地亩均税收（万元/亩）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="174" />
      <source>Supplied land checked for idleness (ha)</source>
      <translation>参与闲置识别的已供土地（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="175" />
      <source>Idle land (ha)</source>
      <translation>闲置土地（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="176" />
      <source>Idle rate (%)</source>
      <translation>闲置率（%）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="177" />
      <source>Approved land (ha)</source>
      <translation>批地（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="178" />
      <source>Approved but unsupplied land (ha)</source>
      <translation>批而未供土地（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="179" />
      <source>Unsupplied rate (%)</source>
      <translation>批而未供率（%）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="190" />
      <source>Land use</source>
      <translation>土地利用</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="195" />
      <source>zone name</source>
      <translation>开发区名称</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="197" />
      <source>Classification: {name} ({id}); numerator: {variant}; threshold {t}%</source>
      <translation>分类：{name} ({id})；分子口径：{variant}；阈值 {t}%</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="203" />
      <source>Land use ({src}) is reprojected to the zones' CRS ({dst}).</source>
      <translation>土地利用图层（{src}）已重投影到开发区图层的坐标参考系（{dst}）。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="209" />
      <source>Zone "{name}" has an invalid polygon; it was repaired (make valid).</source>
      <translation>开发区“{name}”的多边形无效，已修复（make valid）。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="261" />
      <source>zone type</source>
      <translation>开发区类型</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="264" />
      <source>No zone type field (ZONE_TYPE_FIELD): every zone is judged against the threshold, as for 以发展工业为主的开发区.</source>
      <translation>未指定开发区类型字段（ZONE_TYPE_FIELD）：全部开发区按“以发展工业为主的开发区”评判。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="266" />
      <source>No industry-led zone types given (INDUSTRIAL_TYPES): every zone is judged against the threshold.</source>
      <translation>未指定工业主导的类型取值（INDUSTRIAL_TYPES）：全部开发区参与评判。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="268" />
      <source>Zones without a type, judged as industry-led: {names}</source>
      <translation>类型为空、按工业主导评判的开发区：{names}</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="273" />
      <source>Zones reported but not judged (not industry-led): {names}</source>
      <translation>只报告、不评判的开发区（非工业主导）：{names}</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="284" />
      <source>城镇村属性码</source>
      <translation>城镇村属性码</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="286" />
      <source>The land use has no 城镇村属性码 field (CZCSXM): the city-wide share cannot be computed.</source>
      <translation>土地利用图层没有城镇村属性码字段（CZCSXM），无法计算全市城镇建设用地口径的工业用地占比。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="329" />
      <source>The custom classification needs a code lists file (CUSTOM_CODES).</source>
      <translation>自定义分类需要提供编码表文件 (CUSTOM_CODES)。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="339" />
      <source>land-use code</source>
      <translation>地类编码</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="341" />
      <source>No land-use code field: choose one in LANDUSE_FIELD (e.g. DLBM).</source>
      <translation>没有地类编码字段：请在 LANDUSE_FIELD 中选择（如 DLBM）。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="344" />
      <source>official land-use area</source>
      <translation>土地利用正式面积</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="347" />
      <source>Land-use areas: field "{field}" (official area, m²); a polygon cut by a zone counts this area × (area of the piece ÷ area of the whole polygon).</source>
      <translation>土地利用面积：采用字段“{field}”（正式面积，平方米）；被开发区边界切割的图斑按该面积 × （切割部分面积 ÷ 整个图斑面积）计。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="351" />
      <source>Land-use areas: measured from the geometry.</source>
      <translation>土地利用面积：按几何面积计算。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="436" />
      <source>Scored parcels have no field "ie_flag"; the low-efficiency columns stay empty.</source>
      <translation>宗地评价结果中没有字段“ie_flag”；低效相关列留空。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="438" />
      <source>Scored parcels have no field "ie_tax"; tax per mu stays empty.</source>
      <translation>宗地评价结果中没有字段“ie_tax”；亩均税收留空。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="439" />
      <source>Scored parcels have no field "ie_areamu"; their areas are measured.</source>
      <translation>宗地评价结果中没有字段“ie_areamu”；面积按几何图形量算。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="441" />
      <source>Layer {param} has no field "{field}"; only its total area is reported.</source>
      <translation>图层 {param} 中没有字段“{field}”；仅报告其总面积。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="443" />
      <source>Layer {param} has no field "{field}"; its scorecard line counts nothing.</source>
      <translation>图层 {param} 没有字段“{field}”，该项指标不计数。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="529" />
      <source>{n} feature(s) of {param} have no geometry and could not be placed in a zone; they are left out of the zone totals (and of the rate's denominator).</source>
      <translation>{param} 中有 {n} 个要素没有几何图形，无法归入开发区；不计入开发区合计（也不计入比率的分母）。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="542" />
      <source>{n} invalid land-use polygon(s) repaired (make valid); feature ids: {ids}</source>
      <translation>已修复 {n} 个无效的土地利用多边形（make valid）；要素 ID：{ids}</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="545" />
      <source>{n} land-use feature(s) without geometry were skipped.</source>
      <translation>已跳过 {n} 个无几何图形的土地利用要素。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="548" />
      <source>{n} official area value(s) in field "{field}": {label}; those polygons are measured from the geometry.</source>
      <translation>字段“{field}”中有 {n} 个正式面积值有问题：{label}；这些图斑按几何面积计算。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="553" />
      <source>Land-use codes (field "{field}") that the classification does not know; counted neither as industrial nor as construction land (area inside zones):</source>
      <translation>分类中不存在的地类编码（字段“{field}”），既不计入工业用地也不计入建设用地（开发区内面积）：</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="557" />
      <source>ha</source>
      <translation>公顷</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="559" />
      <source>Industrial land classes counted in {field}: {keys}</source>
      <translation>计入 {field} 的工业用地类别：{keys}</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="561" />
      <source>Zone | construction land (ha) | industrial land (ha) | share (%) | reached | deficit (ha)</source>
      <translation>开发区 | 建设用地（公顷） | 工业用地（公顷） | 占比（%） | 达标 | 缺口（公顷）</translation>
    </message>
  </context>
  <context>
    <name>ZoneReport</name>
    <message>
      <location filename="../algorithms/zone_report.py" line="194" />
      <source>Zone report (PDF, one page per zone)</source>
      <translation>园区报告</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="197" />
      <source>A PDF with one page per zone: styled parcel map, scorecard and land-status chart; plus a PNG overview map of all zones.</source>
      <translation>每个园区一页的 PDF 报告：含带样式的宗地地图、指标卡和用地状况图表；另附全部园区的 PNG 总览图。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="201" />
      <source>report,pdf,atlas,layout,zone,map,png</source>
      <translation>报告,pdf,图集,布局,园区,地图,png</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="208" />
      <source>Zones (output of the zone industrial-share check)</source>
      <translation>园区（开发区工业用地占比核查的输出）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="211" />
      <source>Parcels (a LandPlan output with ie_flag / idle_flag / unsup_flag)</source>
      <translation>宗地（含 ie_flag / idle_flag / unsup_flag 的 LandPlan 输出）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="213" />
      <source>Zone name field</source>
      <translation>园区名称字段</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="215" />
      <source>Task progress table (output of 'Task progress'), for a page of task lines per zone</source>
      <translation>存量盘活任务进度表（“存量盘活任务进度”的输出），每个园区一页任务进度</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="219" />
      <source>Report title</source>
      <translation>报告标题</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="219" />
      <source>Land efficiency review</source>
      <translation>土地效率评价</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="221" />
      <source>Report (PDF)</source>
      <translation>报告（PDF）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="221" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="223" />
      <source>Overview map (PNG)</source>
      <translation>总览图（PNG）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="223" />
      <source>PNG images (*.png)</source>
      <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="225" />
      <source>Pages</source>
      <translation>页数</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="232" />
      <source>Zones</source>
      <translation>园区</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="234" />
      <source>Parcels</source>
      <translation>宗地</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="244" />
      <source>zone name</source>
      <translation>园区名称</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="251" />
      <source>The zones layer has no features.</source>
      <translation>园区图层没有要素。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="275" />
      <source>Writing {n} page(s) to {path}</source>
      <translation>正在将 {n} 页写入 {path}</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="283" />
      <source>PDF export failed: {err}</source>
      <translation>PDF 导出失败：{err}</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="391" />
      <source>Zone {n}</source>
      <translation>园区 {n}</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="416" />
      <source>the AS_OF parameter</source>
      <translation>参数「基准日」</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="417" />
      <source>the reference date of the evaluated zones or the task table</source>
      <translation>园区评价结果或任务进度表所载的基准日</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="418" />
      <source>Reference date of the report: {date} ({source}).</source>
      <translation>报告基准日：{date}（取自{source}）。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="419" />
      <source>today</source>
      <translation>当天</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="496" />
      <source>The PNG overview could not be written.</source>
      <translation>无法写出 PNG 总览图。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="657" />
      <source>Land-use intensity evaluation</source>
      <translation>开发区土地集约利用评价</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="658" />
      <source>Task progress</source>
      <translation>存量盘活任务进度</translation>
    </message>
  </context>
</TS>
