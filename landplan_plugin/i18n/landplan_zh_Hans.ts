<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>ExportFlagged</name>
    <message>
      <location filename="../algorithms/export_flagged.py" line="87" />
      <source>Export flagged parcels (shapefile + ledger)</source>
      <translation>导出问题宗地与台账</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="90" />
      <source>Writes the parcels a LandPlan check flagged to a shapefile (GBK or UTF-8, short field names with a name map) and the 台账 ledger as an Excel workbook.</source>
      <translation>将 LandPlan 检查标记出的宗地导出为 Shapefile（GBK 或 UTF-8 编码，使用短字段名并附字段名对照表），并将台账导出为 Excel 工作簿。</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="94" />
      <source>export,shapefile,ledger,GBK,xlsx,flagged,idle,unsupplied,low-efficiency</source>
      <translation>导出,shapefile,台账,GBK,xlsx,问题宗地,闲置土地,批而未供,低效工业用地</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="97" />
      <source>Low-efficiency industrial land (ie_flag)</source>
      <translation>低效工业用地 (ie_flag)</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="97" />
      <source>Idle land (idle_flag)</source>
      <translation>闲置土地 (idle_flag)</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="98" />
      <source>Approved but unsupplied (unsup_flag)</source>
      <translation>批而未供 (unsup_flag)</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="102" />
      <source>Chinese, for ArcGIS and most Chinese tools (GBK)</source>
      <translation>中文，适用于 ArcGIS 及多数国产软件 (GBK)</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="102" />
      <source>Unicode (UTF-8)</source>
      <translation>Unicode 编码 (UTF-8)</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="106" />
      <source>LandPlan output (parcels with flags)</source>
      <translation>LandPlan 输出结果（带标记字段的宗地）</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="108" />
      <source>Flags to export (a feature is written when any chosen flag present in the input is 1)</source>
      <translation>要导出的标记（输入中存在的任一所选标记为 1 时即导出该要素）</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="111" />
      <source>Shapefile encoding</source>
      <translation>Shapefile 编码</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="112" />
      <source>Parcel id field (地块编号)</source>
      <translation>地块编号字段</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="114" />
      <source>Zone field (所在园区)</source>
      <translation>所在园区字段</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="116" />
      <source>Deadline field (完成时限; empty = leave blank to fill in)</source>
      <translation>完成时限字段（为空则留空待填）</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="118" />
      <source>Responsible unit field (责任单位; empty = leave blank)</source>
      <translation>责任单位字段（为空则留空）</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="122" />
      <source>Deadline (完成时限) for every parcel: a date; empty = the deadline rules; 留空 = leave blank</source>
      <translation>完成时限（统一填写）：日期；不填则按默认规则；填“留空”则不填写</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="125" />
      <source>Deadline rules (JSON; empty = the shipped defaults)</source>
      <translation>完成时限规则文件（JSON；不填则用内置默认规则）</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="128" />
      <source>More tables for the ledger (one sheet each, named by the layer)</source>
      <translation>附加到台账的表格（每个图层一张工作表，以图层名命名）</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="131" />
      <source>Flagged parcels (shapefile)</source>
      <translation>问题宗地（Shapefile）</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="131" />
      <source>ESRI Shapefile (*.shp)</source>
      <translation>ESRI Shapefile 文件 (*.shp)</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="133" />
      <source>Ledger (台账, Excel)</source>
      <translation>台账（Excel）</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="133" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="135" />
      <source>Field name map (CSV)</source>
      <translation>字段名对照表（CSV）</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="136" />
      <source>Number of parcels exported</source>
      <translation>导出宗地数</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="141" />
      <source>LandPlan output</source>
      <translation>LandPlan 输出</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="149" />
      <source>parcel id</source>
      <translation>地块编号</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="149" />
      <source>zone</source>
      <translation>所在园区</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="150" />
      <source>deadline</source>
      <translation>完成时限</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="150" />
      <source>responsible unit</source>
      <translation>责任单位</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="200" />
      <source>Writing {path} failed.</source>
      <translation>写入 {path} 失败。</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="223" />
      <source>The input has no {field} field; that flag is skipped.</source>
      <translation>输入中没有 {field} 字段，跳过该标记。</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="226" />
      <source>The input has none of the chosen LandPlan flag fields ({fields}). Run a LandPlan check (score, idle land, unsupplied) first and export its output.</source>
      <translation>输入中没有任何所选的 LandPlan 标记字段（{fields}）。请先运行 LandPlan 检查（低效工业用地评价、闲置土地识别、批而未供识别），再导出其输出结果。</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="242" />
      <source>Deadline (完成时限) for every parcel: {date}.</source>
      <translation>所有宗地的完成时限：{date}。</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="244" />
      <source>Deadlines (完成时限) from the rules in {path}, counted from {date}.</source>
      <translation>完成时限按规则文件 {path} 自 {date} 起算。</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="265" />
      <source>Ledger sheet "{title}": {n} row(s).</source>
      <translation>台账工作表“{title}”：{n} 行。</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="299" />
      <source>{n} of {total} features are flagged.</source>
      <translation>{total} 个要素中有 {n} 个被标记。</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="301" />
      <source>{n} value(s) of flag field "{field}" are neither 1 nor 0; those features are not exported for that flag.</source>
      <translation>标记字段“{field}”中有 {n} 个值既不是 1 也不是 0；这些要素不按该标记导出。</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="324" />
      <source>Field "{orig}" is written as "{short}" (10-byte limit).</source>
      <translation>字段“{orig}”写为“{short}”（10 字节限制）。</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="342" />
      <source>Could not create {path}: {msg}</source>
      <translation>无法创建 {path}：{msg}</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="363" />
      <source>{n} area value(s) (ie_areamu / unsup_mu) were unreadable or not positive; those areas were measured from the geometry.</source>
      <translation>{n} 个面积值（ie_areamu / unsup_mu）无法识别或不大于 0；这些面积改由几何图形量算。</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="366" />
      <source>{n} invalid geometries were repaired (make-valid) before export.</source>
      <translation>导出前修复了 {n} 个无效几何（make-valid）。</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="369" />
      <source>{n} text value(s) were longer than 254 bytes and were cut in the shapefile; the ledger keeps the full text.</source>
      <translation>{n} 个文本值超过 254 字节，在 Shapefile 中已被截断；台账中保留完整文本。</translation>
    </message>
  </context>
  <context>
    <name>FlagIdleLand</name>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="58" />
      <source>Flag idle land</source>
      <translation>闲置土地识别</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="61" />
      <source>Flags idle land (闲置土地) as of a reference date: not started one full year after the agreed start date, or development halted one full year with too little developed or invested.</source>
      <translation>按基准日期识别闲置土地：超过约定动工日期满一年未动工，或已动工但开发面积或投资额不足且中止开发满一年。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="65" />
      <source>idle land,闲置土地,supplied land,start date,halt,disposal</source>
      <translation>闲置土地,已供土地,动工日期,中止开发,处置</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="69" />
      <source>Supplied parcels</source>
      <translation>已供地宗地</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="72" />
      <source>Agreed start date field (约定动工日期)</source>
      <translation>约定动工日期字段</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="74" />
      <source>Actual start date field (实际动工日期; empty = not started)</source>
      <translation>实际动工日期字段（为空表示未动工）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="76" />
      <source>Developed-area ratio field (developed ÷ area to develop, 0–1)</source>
      <translation>已开发面积比例字段（已开发面积 ÷ 应开发面积，0–1）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="78" />
      <source>Invested ratio field (invested ÷ total investment, 0–1)</source>
      <translation>已投资比例字段（已投资额 ÷ 总投资额，0–1）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="80" />
      <source>Halt date field (中止开发日期)</source>
      <translation>中止开发日期字段</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="82" />
      <source>Developed area field, when no ratio is given</source>
      <translation>已开发面积字段，未提供比例时使用</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="84" />
      <source>Area to be developed field, when no ratio is given</source>
      <translation>应开发面积字段，未提供比例时使用</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="86" />
      <source>Invested amount field, when no ratio is given</source>
      <translation>已投资额字段，未提供比例时使用</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="88" />
      <source>Total investment field (land price and taxes excluded), when no ratio is given</source>
      <translation>总投资额字段（不含地价款和税费），未提供比例时使用</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="91" />
      <source>Idle cause field (闲置原因)</source>
      <translation>闲置原因字段</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="95" />
      <source>Cause values meaning government cause or force majeure, comma separated (empty = recognise by keywords: 政府, 规划调整, 征收, 不可抗力 …)</source>
      <translation>表示政府原因或不可抗力的原因取值，以逗号分隔（为空则按关键词识别：政府、规划调整、征收、不可抗力 …）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="98" />
      <source>Land price field (万元), for the idle fee</source>
      <translation>地价款字段（万元），用于计算土地闲置费</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="101" />
      <source>Idle land check</source>
      <translation>闲置土地识别结果</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="105" />
      <source>Idle land flag (1 yes, 0 no, empty undetermined)</source>
      <translation>闲置土地标记（1 是，0 否，空 待核实）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="106" />
      <source>Idle days (since agreed start or halt)</source>
      <translation>闲置天数（自约定动工日期或中止开发日期起算）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="107" />
      <source>Idle basis (未动工 / 中止开发)</source>
      <translation>闲置依据（未动工 / 中止开发）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="108" />
      <source>Idle stage (满1年 / 满2年)</source>
      <translation>闲置阶段（满1年 / 满2年）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="109" />
      <source>Consequence</source>
      <translation>处理后果</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="110" />
      <source>Idle cause class</source>
      <translation>闲置原因类别</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="111" />
      <source>Government cause or force majeure (1 yes, 0 no)</source>
      <translation>政府原因或不可抗力（1 是，0 否）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="112" />
      <source>Suggested disposal</source>
      <translation>建议处置措施</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="113" />
      <source>Idle land fee (万元)</source>
      <translation>土地闲置费（万元）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="114" />
      <source>Reference date</source>
      <translation>基准日期</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="115" />
      <source>Reason</source>
      <translation>判定理由</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="121" />
      <source>agreed start date</source>
      <translation>约定动工日期</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="121" />
      <source>actual start date</source>
      <translation>实际动工日期</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="122" />
      <source>developed-area ratio</source>
      <translation>已开发面积比例</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="122" />
      <source>invested ratio</source>
      <translation>已投资比例</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="123" />
      <source>halt date</source>
      <translation>中止开发日期</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="123" />
      <source>developed area</source>
      <translation>已开发面积</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="124" />
      <source>area to be developed</source>
      <translation>应开发面积</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="124" />
      <source>invested amount</source>
      <translation>已投资额</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="125" />
      <source>total investment</source>
      <translation>总投资额</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="125" />
      <source>idle cause</source>
      <translation>闲置原因</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="126" />
      <source>land price</source>
      <translation>地价款</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="131" />
      <source>No agreed start date field (AGREED_START_FIELD) was given or found.</source>
      <translation>未指定也未找到约定动工日期字段 (AGREED_START_FIELD)。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="133" />
      <source>No actual start date field: every parcel is treated as not started.</source>
      <translation>没有实际动工日期字段：所有宗地均按未动工处理。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="135" />
      <source>No halt date field: started parcels cannot be idle by halted development.</source>
      <translation>没有中止开发日期字段：已动工宗地不会因中止开发而被认定为闲置。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="139" />
      <source>No developed-area or investment field: halted parcels are undetermined.</source>
      <translation>没有已开发面积或投资字段：中止开发的宗地为待核实。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="151" />
      <source>Government-cause values were given but no cause field; they are ignored.</source>
      <translation>指定了政府原因取值，但没有闲置原因字段；这些取值将被忽略。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="201" />
      <source>Summary as of {date} (count):</source>
      <translation>截至 {date} 的汇总（宗数）：</translation>
    </message>
  </context>
  <context>
    <name>FlagUnsupplied</name>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="65" />
      <source>Flag approved but unsupplied land</source>
      <translation>批而未供识别</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="68" />
      <source>Flags approved but unsupplied land (批而未供) as of a reference date, from dates and status or by subtracting supply polygons, with years since approval and areas in mu and ha.</source>
      <translation>按基准日期识别批而未供土地：依据日期和供地状态，或扣除供地图斑，并给出批准后年数及以亩和公顷计的面积。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="72" />
      <source>approved,unsupplied,批而未供,supply,approval,rate</source>
      <translation>批地,未供,批而未供,供地,批准,批而未供率</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="75" />
      <source>Square metres (m2)</source>
      <translation>平方米 (m2)</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="75" />
      <source>Mu (mu)</source>
      <translation>亩 (mu)</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="75" />
      <source>Hectares (ha)</source>
      <translation>公顷 (ha)</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="79" />
      <source>Approved land (批地)</source>
      <translation>批地</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="82" />
      <source>Approval date field (批准日期)</source>
      <translation>批准日期字段</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="84" />
      <source>Supply date field (供地日期; attribute mode)</source>
      <translation>供地日期字段（属性模式）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="86" />
      <source>Supply status field (供地状态: 已供/未供/部分供应; attribute mode)</source>
      <translation>供地状态字段（已供/未供/部分供应；属性模式）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="89" />
      <source>Supplied land (供地) polygons — spatial mode when given</source>
      <translation>供地图斑——提供时采用空间模式</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="91" />
      <source>Supply date field of the supplied land layer (supplies after the reference date are left out)</source>
      <translation>供地图层的供地日期字段（基准日期之后的供地不计入）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="95" />
      <source>Ignore unsupplied remainders smaller than (m²)</source>
      <translation>忽略小于此面积的未供剩余部分（m²）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="97" />
      <source>In-use field (是否使用), for 已批未供即用</source>
      <translation>是否使用字段，用于识别已批未供即用</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="100" />
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
      <location filename="../algorithms/flag_unsupplied.py" line="108" />
      <source>Approved but unsupplied land</source>
      <translation>批而未供土地</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="112" />
      <source>Unsupplied flag (1 yes, 0 no, empty undetermined)</source>
      <translation>批而未供标记（1 是，0 否，空 待核实）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="113" />
      <source>Full years since approval</source>
      <translation>批准后满年数</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="114" />
      <source>Years since approval</source>
      <translation>批准后年数</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="115" />
      <source>Approval year</source>
      <translation>批准年度</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="116" />
      <source>Approved area (mu)</source>
      <translation>批准面积（亩）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="117" />
      <source>Unsupplied area (mu)</source>
      <translation>未供面积（亩）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="118" />
      <source>Unsupplied area (ha)</source>
      <translation>未供面积（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="119" />
      <source>Approved, unsupplied and in use (1 yes, 0 no)</source>
      <translation>已批未供即用（1 是，0 否）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="120" />
      <source>Reference date</source>
      <translation>基准日期</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="121" />
      <source>Reason</source>
      <translation>判定理由</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="133" />
      <source>Supplied land</source>
      <translation>供地</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="135" />
      <source>Buildings</source>
      <translation>现状建筑</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="139" />
      <source>Spatial mode and the buildings layer need a polygon approval layer.</source>
      <translation>空间模式和建筑物图层需要面状的批地图层。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="142" />
      <source>Approved land</source>
      <translation>批地</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="148" />
      <source>approval date</source>
      <translation>批准日期</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="149" />
      <source>supply date</source>
      <translation>供地日期</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="150" />
      <source>supply status</source>
      <translation>供地状态</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="151" />
      <source>in use</source>
      <translation>是否使用</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="152" />
      <source>approved area</source>
      <translation>批准面积</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="156" />
      <source>Spatial mode: the supply date and status fields of the approval layer are not used; the supply polygons decide.</source>
      <translation>空间模式：不使用批地图层的供地日期和供地状态字段，以供地图斑为准。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="160" />
      <source>Spatial mode: areas are measured on the geometry; the area field is not used.</source>
      <translation>空间模式：面积按几何图形量算，不使用面积字段。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="163" />
      <source>No approval date field: approval years and ages are left empty.</source>
      <translation>没有批准日期字段：批准年度和批准后年数留空。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="165" />
      <source>Attribute mode needs an approval date field (APPROVAL_DATE_FIELD).</source>
      <translation>属性模式需要批准日期字段 (APPROVAL_DATE_FIELD)。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="167" />
      <source>No supply date or supply status field and no supplied layer: every approved record counts as unsupplied.</source>
      <translation>既没有供地日期或供地状态字段，也没有供地图层：所有批地记录均按未供计。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="170" />
      <source>No geometry and no area field: areas are left empty.</source>
      <translation>既没有几何图形也没有面积字段：面积留空。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="181" />
      <source>supply date (supplied layer)</source>
      <translation>供地日期（供地图层）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="184" />
      <source>supplied land</source>
      <translation>供地</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="187" />
      <source>{n} supply polygons indexed.</source>
      <translation>已为 {n} 个供地图斑建立索引。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="189" />
      <source>{n} supply polygons dated after the reference date are left out.</source>
      <translation>{n} 个供地日期晚于基准日期的供地图斑不计入。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="192" />
      <source>{n} supply polygons have an unreadable supply date; they count as supplied.</source>
      <translation>{n} 个供地图斑的供地日期无法识别，按已供计。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="195" />
      <source>{n} supply polygons have no supply date; they count as supplied.</source>
      <translation>{n} 个供地图斑没有供地日期，按已供计。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="199" />
      <source>buildings</source>
      <translation>建筑物</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="213" />
      <source>Layer {label} is reprojected from {src} to {dst}.</source>
      <translation>图层 {label} 已从 {src} 重投影到 {dst}。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="295" />
      <source>{n} invalid geometries were repaired (makeValid); see the reason field.</source>
      <translation>已修复 {n} 个无效几何（makeValid）；详见判定理由字段。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="437" />
      <source>{n} approval(s) are undetermined (see unsup_rsn) and left out of the totals and of the unsupplied rate.</source>
      <translation>{n} 宗批地为待核实（见 unsup_rsn），不计入合计和批而未供率。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="440" />
      <source>Totals per approval year as of {date} (approved; 批而未供 unsupplied; 批而未供率 = unsupplied ÷ approved area):</source>
      <translation>截至 {date} 按批准年度汇总（批地；批而未供；批而未供率 = 未供面积 ÷ 批准面积）：</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="443" />
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="445" />
      <source>  {label}: approved {count}, {approved_mu} mu; unsupplied {n}, {mu} mu ({ha} ha); 批而未供率 {rate}</source>
      <translation>  {label}：批地 {count} 宗，{approved_mu} 亩；批而未供 {n} 宗，{mu} 亩（{ha} 公顷）；批而未供率 {rate}</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="450" />
      <source>; {n} undetermined (待核实)</source>
      <translation>；待核实 {n} 宗</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="452" />
      <source>; {n} in use (已批未供即用)</source>
      <translation>；已批未供即用 {n} 宗</translation>
    </message>
  </context>
  <context>
    <name>HandIn</name>
    <message>
      <location filename="../algorithms/hand_in.py" line="38" />
      <source>Hand-in package (one click: layers, shapefile, ledger, PDF)</source>
      <translation>一键生成上报材料（图层、shapefile、台账、PDF）</translation>
    </message>
    <message>
      <location filename="../algorithms/hand_in.py" line="41" />
      <source>Runs the quarterly review and writes everything to hand in to one folder.</source>
      <translation>运行季度评价模型，并把全部上报材料写入一个文件夹。</translation>
    </message>
    <message>
      <location filename="../algorithms/hand_in.py" line="44" />
      <source>hand-in,package,folder,ledger,report,quarterly,model</source>
      <translation>上报,材料,文件夹,台账,报告,季度,模型</translation>
    </message>
    <message>
      <location filename="../algorithms/hand_in.py" line="52" />
      <source>Industrial parcels (宗地)</source>
      <translation>工业宗地</translation>
    </message>
    <message>
      <location filename="../algorithms/hand_in.py" line="52" />
      <source>Zones (开发区)</source>
      <translation>开发区</translation>
    </message>
    <message>
      <location filename="../algorithms/hand_in.py" line="53" />
      <source>Land use (三调地类图斑)</source>
      <translation>三调地类图斑</translation>
    </message>
    <message>
      <location filename="../algorithms/hand_in.py" line="55" />
      <source>Land-use code field (empty = DLBM)</source>
      <translation>地类编码字段（不填为 DLBM）</translation>
    </message>
    <message>
      <location filename="../algorithms/hand_in.py" line="57" />
      <source>Approvals (批地)</source>
      <translation>批地</translation>
    </message>
    <message>
      <location filename="../algorithms/hand_in.py" line="58" />
      <source>Supplies (供地)</source>
      <translation>供地</translation>
    </message>
    <message>
      <location filename="../algorithms/hand_in.py" line="60" />
      <source>Standard</source>
      <translation>认定标准</translation>
    </message>
    <message>
      <location filename="../algorithms/hand_in.py" line="63" />
      <source>Deadline (完成时限) for every parcel: a date; empty = the deadline rules; 留空 = leave blank</source>
      <translation>完成时限（统一填写）：日期；不填则按默认规则；填“留空”则不填写</translation>
    </message>
    <message>
      <location filename="../algorithms/hand_in.py" line="65" />
      <source>Hand-in folder</source>
      <translation>上报材料文件夹</translation>
    </message>
    <message>
      <location filename="../algorithms/hand_in.py" line="66" />
      <source>List of contents</source>
      <translation>材料清单</translation>
    </message>
    <message>
      <location filename="../algorithms/hand_in.py" line="93" />
      <source>The hand-in folder lacks {files}.</source>
      <translation>上报材料文件夹缺少 {files}。</translation>
    </message>
    <message>
      <location filename="../algorithms/hand_in.py" line="97" />
      <source>Hand-in folder: {folder} ({n} files).</source>
      <translation>上报材料文件夹：{folder}（{n} 个文件）。</translation>
    </message>
  </context>
  <context>
    <name>LandPlanAlgorithm</name>
    <message>
      <location filename="../algorithms/base.py" line="119" />
      <source>text that is not a number</source>
      <translation>非数字文本</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" line="120" />
      <source>NaN or infinite number</source>
      <translation>NaN 或无穷大数值</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" line="121" />
      <source>unreadable date</source>
      <translation>无法识别的日期</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" line="122" />
      <source>zero or negative area</source>
      <translation>面积为零或负数</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" line="123" />
      <source>percent stored as a fraction</source>
      <translation>百分比以小数形式存储</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" line="124" />
      <source>ratio stored as a percent</source>
      <translation>比率以百分数形式存储</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" line="125" />
      <source>value out of range</source>
      <translation>数值超出范围</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" line="126" />
      <source>unrecognised text value</source>
      <translation>无法识别的文本值</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" line="127" />
      <source>empty or NULL geometry</source>
      <translation>空几何或 NULL 几何</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" line="128" />
      <source>invalid geometry (repaired)</source>
      <translation>无效几何（已修复）</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" line="140" />
      <source>{n} row value(s) with a data problem: {label}</source>
      <translation>{n} 个行值存在数据问题：{label}</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" line="183" />
      <source>{n} value(s) in field "{field}": {label}; see the reason field.</source>
      <translation>字段“{field}”中有 {n} 个值：{label}；详见判定理由字段。</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" line="186" />
      <source>{n} row(s): {label}; see the reason field.</source>
      <translation>{n} 行：{label}；详见判定理由字段。</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" line="195" />
      <source>Reference date (as of; empty = today, the day of the run)</source>
      <translation>基准日期（为空则取运行当天）</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" line="214" />
      <source>Reference date (AS_OF) not given: using today, {date}.</source>
      <translation>未指定基准日期（AS_OF）：使用运行当天 {date}。</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" line="226" />
      <source>Reference date (AS_OF) "{value}" is not a date (use e.g. 2024-12-31).</source>
      <translation>基准日期（AS_OF）“{value}”不是日期（示例：2024-12-31）。</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" line="227" />
      <source>Reference date (AS_OF): {date}.</source>
      <translation>基准日期（AS_OF）：{date}。</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" line="267" />
      <source>Land efficiency review</source>
      <translation>土地效率评价</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" line="390" />
      <source>Field "{field}" (parameter {param}, {label}) is not in the input layer.</source>
      <translation>输入图层中没有字段“{field}”（参数 {param}，{label}）。</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" line="396" />
      <source>Using field "{field}" as {label} (found by name).</source>
      <translation>将字段“{field}”用作{label}（按名称匹配）。</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" line="411" />
      <source>Layer "{label}" has no coordinate reference system. Set its CRS (e.g. EPSG:4547 or EPSG:4490) in the layer properties and run again; areas cannot be measured without it.</source>
      <translation>图层“{label}”没有坐标参考系。请在图层属性中设置坐标参考系（如 EPSG:4547 或 EPSG:4490）后重新运行；没有坐标参考系无法量算面积。</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" line="491" />
      <source>Cancelled: the unfinished output {path} was removed.</source>
      <translation>已取消：未完成的输出 {path} 已删除。</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" line="506" />
      <source>Input field "{name}" has the name of an output field; it is replaced by this run's value.</source>
      <translation>输入字段“{name}”与输出字段同名，其值将被本次运行的结果替换。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="176" />
      <source>Layer "{label}" ({src}) is reprojected to {dst}.</source>
      <translation>图层“{label}”（{src}）已重投影到 {dst}。</translation>
    </message>
  </context>
  <context>
    <name>LandPlanGui</name>
    <message>
      <location filename="../gui.py" line="36" />
      <source>LandPlan 土地效率评价</source>
      <translation>LandPlan 土地效率评价</translation>
    </message>
    <message>
      <location filename="../gui.py" line="49" />
      <source>Load demo data</source>
      <translation>加载示例数据</translation>
    </message>
    <message>
      <location filename="../gui.py" line="53" />
      <source>Run the quarterly review model</source>
      <translation>运行季度评价模型</translation>
    </message>
    <message>
      <location filename="../gui.py" line="57" />
      <source>Hand-in package in one click</source>
      <translation>一键生成上报材料</translation>
    </message>
    <message>
      <location filename="../gui.py" line="62" />
      <source>Help</source>
      <translation>帮助</translation>
    </message>
    <message>
      <location filename="../gui.py" line="89" />
      <source>Algorithm {id} is not available.</source>
      <translation>算法 {id} 不可用。</translation>
    </message>
    <message>
      <location filename="../gui.py" line="99" />
      <source>LandPlan demo data</source>
      <translation>LandPlan 示例数据</translation>
    </message>
  </context>
  <context>
    <name>LandPlanProvider</name>
    <message>
      <location filename="../provider.py" line="17" />
      <source>LandPlan land efficiency</source>
      <translation>LandPlan 土地效率评价</translation>
    </message>
    <message>
      <location filename="../provider.py" line="20" />
      <source>LandPlan land efficiency review (low-efficiency, idle, unsupplied land, zone share)</source>
      <translation>LandPlan 土地效率评价（低效工业用地、闲置土地、批而未供、开发区工业用地占比）</translation>
    </message>
  </context>
  <context>
    <name>LandPlanStyling</name>
    <message>
      <location filename="../styling.py" line="276" />
      <source>Could not store the LandPlan style with {path}; load resources/styles/{qml} by hand.</source>
      <translation>无法为 {path} 保存 LandPlan 样式；请手动加载 resources/styles/{qml}。</translation>
    </message>
  </context>
  <context>
    <name>ScoreInefficiency</name>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="62" />
      <source>Score low-efficiency industrial land</source>
      <translation>低效工业用地评价</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="65" />
      <source>Scores industrial parcels by tax per mu, investment intensity, floor-area ratio and building coverage, and flags low-efficiency land.</source>
      <translation>按亩均税收、投资强度、容积率和建筑系数对工业宗地评分，并标记低效工业用地。</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="69" />
      <source>low-efficiency,industrial land,parcel,score,tax per mu,FAR</source>
      <translation>低效,工业用地,宗地,评分,亩均税收,容积率</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="73" />
      <source>Puyang · economic-technological industrial cluster (puyang_etdz)</source>
      <translation>濮阳 · 经济技术产业集聚区 (puyang_etdz)</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="74" />
      <source>Puyang · other industrial clusters (puyang_other)</source>
      <translation>濮阳 · 其他产业集聚区 (puyang_other)</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="75" />
      <source>Zhengzhou · per-industry control table (zhengzhou_industry)</source>
      <translation>郑州 · 分行业控制指标表 (zhengzhou_industry)</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="76" />
      <source>Custom standards file (custom)</source>
      <translation>自定义标准文件 (custom)</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="80" />
      <source>Binary: full weight when the threshold is reached (binary)</source>
      <translation>二值：达到阈值即得该项全部权重分 (binary)</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="81" />
      <source>Linear: weight × min(value / threshold, 1) (linear)</source>
      <translation>线性：权重 × min(指标值 / 阈值, 1) (linear)</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="84" />
      <source>Square metres (m2)</source>
      <translation>平方米 (m2)</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="84" />
      <source>Mu (mu)</source>
      <translation>亩 (mu)</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="84" />
      <source>Hectares (ha)</source>
      <translation>公顷 (ha)</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="87" />
      <source>Zhengzhou city districts (郑州市区)</source>
      <translation>郑州市区</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="87" />
      <source>Other areas (其他区域)</source>
      <translation>其他区域</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="91" />
      <source>Industrial parcels</source>
      <translation>工业宗地</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="93" />
      <source>Standard</source>
      <translation>认定标准</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="95" />
      <source>Custom standards file (JSON, used when given)</source>
      <translation>自定义标准文件（JSON，提供时使用）</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="98" />
      <source>Scoring mode</source>
      <translation>计分方式</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="100" />
      <source>Cut-off score (empty = the standard's, 0.7)</source>
      <translation>分数线（为空则采用标准规定值 0.7）</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="103" />
      <source>Tax per mu field (万元/亩)</source>
      <translation>亩均税收字段（万元/亩）</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="104" />
      <source>Investment intensity field (万元/亩)</source>
      <translation>投资强度字段（万元/亩）</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="105" />
      <source>Floor-area ratio field</source>
      <translation>容积率字段</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="106" />
      <source>Building coverage field (%)</source>
      <translation>建筑系数字段（%）</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="107" />
      <source>Total annual tax field (万元), when tax per mu is not given</source>
      <translation>年度税收总额字段（万元），未提供亩均税收时使用</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="108" />
      <source>Fixed-asset investment field (万元), when intensity is not given</source>
      <translation>固定资产投资字段（万元），未提供投资强度时使用</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="109" />
      <source>Total floor area field (m²), when FAR is not given</source>
      <translation>总建筑面积字段（m²），未提供容积率时使用</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="110" />
      <source>Building footprint field (m²), when coverage is not given</source>
      <translation>建筑基底面积字段（m²），未提供建筑系数时使用</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="111" />
      <source>Land area field (empty = measure the geometry)</source>
      <translation>用地面积字段（为空则量算几何面积）</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="113" />
      <source>Land area field unit</source>
      <translation>用地面积字段单位</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="114" />
      <source>Industry code field (GB/T 4754)</source>
      <translation>行业代码字段（GB/T 4754）</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="115" />
      <source>Region class field (Zhengzhou standard)</source>
      <translation>区域类别字段（郑州标准）</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="118" />
      <source>Region class when no field is given (Zhengzhou standard)</source>
      <translation>未提供字段时的区域类别（郑州标准）</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="120" />
      <source>Production status field (停建停产类)</source>
      <translation>生产状态字段（停建停产类）</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="122" />
      <source>Status values meaning construction or production stopped</source>
      <translation>表示停建或停产的状态取值</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="125" />
      <source>Industry codes being phased out (产业转型类), comma separated</source>
      <translation>需转型淘汰的行业代码（产业转型类），以逗号分隔</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="128" />
      <source>Scored parcels</source>
      <translation>宗地评价结果</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="138" />
      <source>The custom standard needs a standards file (STANDARD_FILE).</source>
      <translation>自定义标准需要提供标准文件 (STANDARD_FILE)。</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="145" />
      <source>Tax per mu (万元/亩)</source>
      <translation>亩均税收（万元/亩）</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="145" />
      <source>Tax per mu points</source>
      <translation>亩均税收得分</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="146" />
      <source>Investment intensity (万元/亩)</source>
      <translation>投资强度（万元/亩）</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="146" />
      <source>Investment intensity points</source>
      <translation>投资强度得分</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="147" />
      <source>Floor-area ratio</source>
      <translation>容积率</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="147" />
      <source>Floor-area ratio points</source>
      <translation>容积率得分</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="148" />
      <source>Building coverage (%)</source>
      <translation>建筑系数（%）</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="148" />
      <source>Building coverage points</source>
      <translation>建筑系数得分</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="153" />
      <source>Land area (mu)</source>
      <translation>用地面积（亩）</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="154" />
      <source>Composite score</source>
      <translation>综合得分</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="155" />
      <source>Low-efficiency flag (1 yes, 0 no, empty undetermined)</source>
      <translation>低效标记（1 是，0 否，空 待核实）</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="156" />
      <source>Low-efficiency type</source>
      <translation>低效类型</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="157" />
      <source>Reason</source>
      <translation>判定理由</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="158" />
      <source>Standard applied</source>
      <translation>所用标准</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="171" />
      <source>precomputed indicator</source>
      <translation>预先计算的指标</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="172" />
      <source>total for the indicator</source>
      <translation>指标计算用总量</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="182" />
      <source>No field for {name}: give a precomputed field or a total field.</source>
      <translation>缺少{name}字段：请指定预先计算的指标字段或总量字段。</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="186" />
      <source>land area</source>
      <translation>用地面积</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="187" />
      <source>industry code</source>
      <translation>行业代码</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="188" />
      <source>region class</source>
      <translation>区域类别</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="189" />
      <source>production status</source>
      <translation>生产状态</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="204" />
      <source>The per-industry standard needs an industry code field; every parcel is scored with the default thresholds.</source>
      <translation>分行业标准需要行业代码字段；所有宗地将按默认阈值评分。</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="207" />
      <source>Phase-out industry codes were given but no industry code field.</source>
      <translation>指定了转型淘汰行业代码，但没有行业代码字段。</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="220" />
      <source>Field "{field}" holds building coverage as fractions (all values between 0 and 1); they are read as percent ×100 (0.45 → 45%).</source>
      <translation>字段“{field}”中的建筑系数以小数存储（所有值均在 0 到 1 之间）；将乘以 100 按百分数读取（0.45 → 45%）。</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="232" />
      <source>square metres</source>
      <translation>平方米</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="232" />
      <source>mu</source>
      <translation>亩</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="232" />
      <source>hectares</source>
      <translation>公顷</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="234" />
      <source>Field "{field}" holds areas in {unit} (compared with the geometry); it is read in {unit}. Pass AREA_UNIT to override.</source>
      <translation>字段「{field}」中的面积单位为{unit}（与几何面积比对得出），已按{unit}读取。如需指定，请设置 AREA_UNIT。</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="238" />
      <source>Field "{field}" looks like {detected} compared with the geometry, but AREA_UNIT says {unit}; check the unit.</source>
      <translation>与几何面积比对，字段「{field}」像是以{detected}为单位，但 AREA_UNIT 指定为{unit}，请核实单位。</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="246" />
      <source>not low-efficiency</source>
      <translation>非低效</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="247" />
      <source>undetermined (待核实)</source>
      <translation>待核实</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="248" />
      <source>Summary (count, area in mu):</source>
      <translation>汇总（宗数，面积/亩）：</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="261" />
      <source>Standard: {name} ({id}); mode {mode}; cut-off {cutoff}</source>
      <translation>标准：{name} ({id})；计分方式 {mode}；分数线 {cutoff}</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="264" />
      <source>GeoPackage written directly: the layer is copied and the new fields are filled in one SQL transaction.</source>
      <translation>直接写入 GeoPackage：复制图层后在一个 SQL 事务中填写新增字段。</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="279" />
      <source>Attributes read with SQL; only parcels whose geometry is NULL, empty, invalid or of another type are read through QGIS.</source>
      <translation>属性通过 SQL 读取；仅几何为空、NULL、无效或类型不符的宗地经 QGIS 读取。</translation>
    </message>
  </context>
  <context>
    <name>ZoneIndustrialShare</name>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="60" />
      <source>Check development-zone industrial land share</source>
      <translation>开发区工业用地占比核查</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="63" />
      <source>Industrial land ÷ construction land inside each development zone, against the 60% threshold, with the deficit and an optional zone scorecard.</source>
      <translation>计算各开发区内工业用地 ÷ 建设用地，对照 60% 的阈值核查，给出缺口面积，并可生成开发区指标卡。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="67" />
      <source>development zone,industrial land share,60%,land use,zone,scorecard</source>
      <translation>开发区,工业用地占比,工业用地率,60%,土地利用,园区,指标卡</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="71" />
      <source>Third land survey / GB/T 21010-2017 (sandiao_2017)</source>
      <translation>三调 / GB/T 21010-2017 (sandiao_2017)</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="72" />
      <source>Land and sea use classification 2023 (guotu_2023)</source>
      <translation>2023 用地用海分类 (guotu_2023)</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="73" />
      <source>GB 50137-2011 urban land (gb50137_2011)</source>
      <translation>GB 50137-2011 城市用地 (gb50137_2011)</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="74" />
      <source>Custom code lists file (custom)</source>
      <translation>自定义编码表文件 (custom)</translation>
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
      <location filename="../algorithms/zone_industrial_share.py" line="87" />
      <source>Land use (current-use polygons or parcels)</source>
      <translation>土地利用（现状图斑或宗地）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="88" />
      <source>Land-use code field</source>
      <translation>地类编码字段</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="90" />
      <source>Official area field of the land use (m², e.g. 三调 TBDLMJ; empty = measure the geometry)</source>
      <translation>土地利用图斑的正式面积字段（平方米，如三调 TBDLMJ；留空 = 按几何面积计算）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="94" />
      <source>Required industrial land share (%)</source>
      <translation>工业用地占比要求（%）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="97" />
      <source>Land-use classification</source>
      <translation>土地利用分类</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="100" />
      <source>Industrial land counted (numerator)</source>
      <translation>工业用地计算口径（分子）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="103" />
      <source>Custom code lists file (JSON, used when given)</source>
      <translation>自定义编码表文件（JSON，提供时使用）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="106" />
      <source>Scored parcels (output of 'Score low-efficiency industrial land'), for the scorecard</source>
      <translation>宗地评价结果（“低效工业用地评价”的输出），用于指标卡</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="109" />
      <source>Idle-land check output (idle_flag), for the scorecard</source>
      <translation>闲置土地识别输出 (idle_flag)，用于指标卡</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="112" />
      <source>Approved-but-unsupplied check output (unsup_flag), for the scorecard</source>
      <translation>批而未供识别输出 (unsup_flag)，用于指标卡</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="115" />
      <source>Approval polygons (批地), the denominator of the unsupplied rate; needed when the unsupplied check ran in spatial mode</source>
      <translation>批地图斑，作为批而未供率的分母；批而未供识别以空间模式运行时需要提供</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="124" />
      <source>Zone industrial land share</source>
      <translation>开发区工业用地占比</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="129" />
      <source>Zone name</source>
      <translation>开发区名称</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="130" />
      <source>Zone area (ha)</source>
      <translation>开发区面积（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="131" />
      <source>Industrial land (ha)</source>
      <translation>工业用地（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="132" />
      <source>Construction land (ha)</source>
      <translation>建设用地（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="133" />
      <source>of which industrial 工业 (ha)</source>
      <translation>其中：工业（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="134" />
      <source>of which mining 采矿 (ha)</source>
      <translation>其中：采矿（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="135" />
      <source>of which warehousing 仓储 (ha)</source>
      <translation>其中：仓储（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="136" />
      <source>of which industrial-mining land not subdivided (ha)</source>
      <translation>其中：工矿（未细分）（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="138" />
      <source>Industrial land share (%)</source>
      <translation>工业用地占比（%）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="139" />
      <source>Required share (%)</source>
      <translation>占比要求（%）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="140" />
      <source>Share reached (1 yes, 0 no, empty no construction land)</source>
      <translation>是否达标（1 是，0 否，空 无建设用地）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="141" />
      <source>Industrial land still needed (ha)</source>
      <translation>工业用地缺口（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="142" />
      <source>Still needed if added as new construction land (ha)</source>
      <translation>按新增建设用地计的缺口（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="143" />
      <source>Land with unknown codes (ha)</source>
      <translation>未识别编码用地（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="144" />
      <source>Unknown codes</source>
      <translation>未识别编码</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="145" />
      <source>Verdict</source>
      <translation>核查结论</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="146" />
      <source>Classification applied</source>
      <translation>所用分类</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="147" />
      <source>Scored parcels (ha)</source>
      <translation>已评价宗地（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="148" />
      <source>Low-efficiency industrial land (ha)</source>
      <translation>低效工业用地（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="149" />
      <source>Low-efficiency share of scored land (%)</source>
      <translation>低效用地占已评价用地比例（%）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="150" />
      <source>Parcels undetermined (待核实)</source>
      <translation>待核实宗地数</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="151" />
      <source>Tax per mu of scored parcels (万元/亩)</source>
      <translation>已评价宗地亩均税收（万元/亩）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="152" />
      <source>Supplied land checked for idleness (ha)</source>
      <translation>参与闲置识别的已供土地（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="153" />
      <source>Idle land (ha)</source>
      <translation>闲置土地（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="154" />
      <source>Idle rate (%)</source>
      <translation>闲置率（%）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="155" />
      <source>Approved land (ha)</source>
      <translation>批地（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="156" />
      <source>Approved but unsupplied land (ha)</source>
      <translation>批而未供土地（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="157" />
      <source>Unsupplied rate (%)</source>
      <translation>批而未供率（%）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="166" />
      <source>Land use</source>
      <translation>土地利用</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="171" />
      <source>zone name</source>
      <translation>开发区名称</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="173" />
      <source>Classification: {name} ({id}); numerator: {variant}; threshold {t}%</source>
      <translation>分类：{name} ({id})；分子口径：{variant}；阈值 {t}%</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="179" />
      <source>Land use ({src}) is reprojected to the zones' CRS ({dst}).</source>
      <translation>土地利用图层（{src}）已重投影到开发区图层的坐标参考系（{dst}）。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="234" />
      <source>The custom classification needs a code lists file (CUSTOM_CODES).</source>
      <translation>自定义分类需要提供编码表文件 (CUSTOM_CODES)。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="244" />
      <source>land-use code</source>
      <translation>地类编码</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="246" />
      <source>No land-use code field: choose one in LANDUSE_FIELD (e.g. DLBM).</source>
      <translation>没有地类编码字段：请在 LANDUSE_FIELD 中选择（如 DLBM）。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="249" />
      <source>official land-use area</source>
      <translation>土地利用正式面积</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="252" />
      <source>Land-use areas: field "{field}" (official area, m²); a polygon cut by a zone counts this area × (area of the piece ÷ area of the whole polygon).</source>
      <translation>土地利用面积：采用字段“{field}”（正式面积，平方米）；被开发区边界切割的图斑按该面积 × （切割部分面积 ÷ 整个图斑面积）计。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="256" />
      <source>Land-use areas: measured from the geometry.</source>
      <translation>土地利用面积：按几何面积计算。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="269" />
      <source>Zone "{name}" has an invalid polygon; it was repaired (make valid).</source>
      <translation>开发区“{name}”的多边形无效，已修复（make valid）。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="391" />
      <source>Scored parcels have no field "ie_flag"; the low-efficiency columns stay empty.</source>
      <translation>宗地评价结果中没有字段“ie_flag”；低效相关列留空。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="394" />
      <source>Scored parcels have no field "ie_tax"; tax per mu stays empty.</source>
      <translation>宗地评价结果中没有字段“ie_tax”；亩均税收留空。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="396" />
      <source>Scored parcels have no field "ie_areamu"; their areas are measured.</source>
      <translation>宗地评价结果中没有字段“ie_areamu”；面积按几何图形量算。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="426" />
      <source>Layer {param} has no field "{field}"; only its total area is reported.</source>
      <translation>图层 {param} 中没有字段“{field}”；仅报告其总面积。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="453" />
      <source>{n} feature(s) of {param} have no geometry and could not be placed in a zone; they are left out of the zone totals (and of the rate's denominator).</source>
      <translation>{param} 中有 {n} 个要素没有几何图形，无法归入开发区；不计入开发区合计（也不计入比率的分母）。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="462" />
      <source>{n} invalid land-use polygon(s) repaired (make valid); feature ids: {ids}</source>
      <translation>已修复 {n} 个无效的土地利用多边形（make valid）；要素 ID：{ids}</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="465" />
      <source>{n} land-use feature(s) without geometry were skipped.</source>
      <translation>已跳过 {n} 个无几何图形的土地利用要素。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="468" />
      <source>{n} official area value(s) in field "{field}": {label}; those polygons are measured from the geometry.</source>
      <translation>字段“{field}”中有 {n} 个正式面积值有问题：{label}；这些图斑按几何面积计算。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="472" />
      <source>Land-use codes (field "{field}") that the classification does not know; counted neither as industrial nor as construction land (area inside zones):</source>
      <translation>分类中不存在的地类编码（字段“{field}”），既不计入工业用地也不计入建设用地（开发区内面积）：</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="476" />
      <source>ha</source>
      <translation>公顷</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="478" />
      <source>Industrial land classes counted in {field}: {keys}</source>
      <translation>计入 {field} 的工业用地类别：{keys}</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="480" />
      <source>Zone | construction land (ha) | industrial land (ha) | share (%) | reached | deficit (ha)</source>
      <translation>开发区 | 建设用地（公顷） | 工业用地（公顷） | 占比（%） | 达标 | 缺口（公顷）</translation>
    </message>
  </context>
  <context>
    <name>ZoneReport</name>
    <message>
      <location filename="../algorithms/zone_report.py" line="139" />
      <source>Zone report (PDF, one page per zone)</source>
      <translation>园区报告</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="142" />
      <source>A PDF with one page per zone: styled parcel map, scorecard and land-status chart; plus a PNG overview map of all zones.</source>
      <translation>每个园区一页的 PDF 报告：含带样式的宗地地图、指标卡和用地状况图表；另附全部园区的 PNG 总览图。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="146" />
      <source>report,pdf,atlas,layout,zone,map,png</source>
      <translation>报告,pdf,图集,布局,园区,地图,png</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="153" />
      <source>Zones (output of the zone industrial-share check)</source>
      <translation>园区（开发区工业用地占比核查的输出）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="155" />
      <source>Parcels (a LandPlan output with ie_flag / idle_flag / unsup_flag)</source>
      <translation>宗地（含 ie_flag / idle_flag / unsup_flag 的 LandPlan 输出）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="157" />
      <source>Zone name field</source>
      <translation>园区名称字段</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="159" />
      <source>Report title</source>
      <translation>报告标题</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="159" />
      <source>Land efficiency review</source>
      <translation>土地效率评价</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="161" />
      <source>Report (PDF)</source>
      <translation>报告（PDF）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="161" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="163" />
      <source>Overview map (PNG)</source>
      <translation>总览图（PNG）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="163" />
      <source>PNG images (*.png)</source>
      <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="165" />
      <source>Pages</source>
      <translation>页数</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="172" />
      <source>Zones</source>
      <translation>园区</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="174" />
      <source>Parcels</source>
      <translation>宗地</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="183" />
      <source>zone name</source>
      <translation>园区名称</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="190" />
      <source>The zones layer has no features.</source>
      <translation>园区图层没有要素。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="210" />
      <source>Writing {n} page(s) to {path}</source>
      <translation>正在将 {n} 页写入 {path}</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="218" />
      <source>PDF export failed: {err}</source>
      <translation>PDF 导出失败：{err}</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="280" />
      <source>Zone {n}</source>
      <translation>园区 {n}</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="298" />
      <source>The PNG overview could not be written.</source>
      <translation>无法写出 PNG 总览图。</translation>
    </message>
  </context>
</TS>
