<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>ExportFlagged</name>
    <message>
      <location filename="../algorithms/export_flagged.py" line="115" />
      <source>Export flagged parcels (shapefile + ledger)</source>
      <translation>导出问题宗地与台账</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="118" />
      <source>Writes the parcels a LandPlan check flagged to a shapefile (GBK or UTF-8, short field names with a name map) and the 台账 ledger as an Excel workbook.</source>
      <translation>将 LandPlan 检查标记出的宗地导出为 Shapefile（GBK 或 UTF-8 编码，使用短字段名并附字段名对照表），并将台账导出为 Excel 工作簿。</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="122" />
      <source>export,shapefile,ledger,GBK,xlsx,flagged,idle,unsupplied,low-efficiency</source>
      <translation>导出,shapefile,台账,GBK,xlsx,问题宗地,闲置土地,批而未供,低效工业用地</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="125" />
      <source>Low-efficiency industrial land (ie_flag)</source>
      <translation>低效工业用地 (ie_flag)</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="125" />
      <source>Idle land (idle_flag)</source>
      <translation>闲置土地 (idle_flag)</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="126" />
      <source>Approved but unsupplied (unsup_flag)</source>
      <translation>批而未供 (unsup_flag)</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="129" />
      <source>Chinese, for ArcGIS and most Chinese tools (GBK)</source>
      <translation>中文，适用于 ArcGIS 及多数国产软件 (GBK)</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="129" />
      <source>Unicode (UTF-8)</source>
      <translation>Unicode 编码 (UTF-8)</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="133" />
      <source>LandPlan output (parcels with flags)</source>
      <translation>LandPlan 输出结果（带标记字段的宗地）</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="135" />
      <source>Flags to export (a feature is written when any chosen flag present in the input is 1)</source>
      <translation>要导出的标记（输入中存在的任一所选标记为 1 时即导出该要素）</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="138" />
      <source>Shapefile encoding</source>
      <translation>Shapefile 编码</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="139" />
      <source>Parcel id field (地块编号)</source>
      <translation>地块编号字段</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="141" />
      <source>Zone field (所在园区)</source>
      <translation>所在园区字段</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="143" />
      <source>Deadline field (完成时限; empty = leave blank to fill in)</source>
      <translation>完成时限字段（为空则留空待填）</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="145" />
      <source>Responsible unit field (责任单位; empty = leave blank)</source>
      <translation>责任单位字段（为空则留空）</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="148" />
      <source>Flagged parcels (shapefile)</source>
      <translation>问题宗地（Shapefile）</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="148" />
      <source>ESRI Shapefile (*.shp)</source>
      <translation>ESRI Shapefile 文件 (*.shp)</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="150" />
      <source>Ledger (台账, Excel)</source>
      <translation>台账（Excel）</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="150" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="152" />
      <source>Field name map (CSV)</source>
      <translation>字段名对照表（CSV）</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="153" />
      <source>Number of parcels exported</source>
      <translation>导出宗地数</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="156" />
      <source>&lt;p&gt;Exports the features of a LandPlan output whose flag is 1 — low-efficiency (ie_flag), idle (idle_flag), approved but unsupplied (unsup_flag); choose which — to a shapefile other offices can open.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Shapefile&lt;/b&gt;: a .cpg naming the encoding (GBK by default, or UTF-8) and a .prj. Field names are at most 10 bytes in that encoding (a Chinese character is 2 bytes in GBK, 3 in UTF-8); longer names are cut to a stable short name and &lt;i&gt;name&lt;/i&gt;_fields.csv beside the file maps short names to the original names and their Chinese aliases. A .qml beside it styles the layer. Dates are written as Date. Added fields: lp_kind (认定类别), lp_type (类型), lp_disp (处置措施), lp_areamu (面积, 亩).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ledger (台账)&lt;/b&gt;, one row per parcel: 地块编号, 所在园区, 面积(亩), 类型, 形成原因, 处置措施, 完成时限, 责任单位. 完成时限 and 责任单位 come from the fields you name, or are left blank to fill in. Area: the scoring's land area (ie_areamu), else the unsupplied area (unsup_mu), else the area of the geometry (planar in a projected CRS, ellipsoidal in a geographic one). Suggested disposal: 粗放用地类 → 提质增效 (增资扩产、二次开发); 停建停产类 → 督促复工复产, else 兼并重组、置换盘活 or 依法收回; 产业转型类 → 转型升级、调整利用; idle land → the idle check's suggestion (idle_disp), else 满2年 依法收回 / 限期开发; approved but unsupplied → 加快供地 or 清理用地批准文件; 已批未供即用 → 完善用地手续.&lt;/p&gt;</source>
      <translation>&lt;p&gt;将 LandPlan 输出中标记为 1 的要素——低效工业用地 (ie_flag)、闲置土地 (idle_flag)、批而未供 (unsup_flag)，可任选——导出为其他科室也能打开的 Shapefile。&lt;/p&gt;&lt;p&gt;&lt;b&gt;Shapefile&lt;/b&gt;：附带注明编码的 .cpg 文件（默认 GBK，也可选 UTF-8）和 .prj 文件。字段名在该编码下最多 10 个字节（一个汉字在 GBK 中占 2 个字节，在 UTF-8 中占 3 个字节）；超长的字段名会被截为固定不变的短名，并在文件旁生成 &lt;i&gt;name&lt;/i&gt;_fields.csv，列出短名与原字段名及其中文别名的对照。文件旁的 .qml 用于设置图层样式。日期按 Date 类型写出。新增字段：lp_kind（认定类别）、lp_type（类型）、lp_disp（处置措施）、lp_areamu（面积，亩）。&lt;/p&gt;&lt;p&gt;&lt;b&gt;台账&lt;/b&gt;，每宗地一行：地块编号、所在园区、面积(亩)、类型、形成原因、处置措施、完成时限、责任单位。完成时限和责任单位取自所指定的字段，未指定则留空待填。面积：优先取低效评价的用地面积 (ie_areamu)，其次取批而未供面积 (unsup_mu)，否则取几何图形的面积（投影坐标系按平面面积，地理坐标系按椭球面积）。建议处置措施：粗放用地类 → 提质增效（增资扩产、二次开发）；停建停产类 → 督促复工复产，否则兼并重组、置换盘活或依法收回；产业转型类 → 转型升级、调整利用；闲置土地 → 闲置土地识别给出的建议 (idle_disp)，否则满2年 依法收回 / 限期开发；批而未供 → 加快供地或清理用地批准文件；已批未供即用 → 完善用地手续。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="177" />
      <source>LandPlan output</source>
      <translation>LandPlan 输出</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="189" />
      <source>The input has no {field} field; that flag is skipped.</source>
      <translation>输入中没有 {field} 字段，跳过该标记。</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="191" />
      <source>The input has none of the chosen LandPlan flag fields ({fields}). Run a LandPlan check (score, idle land, unsupplied) first and export its output.</source>
      <translation>输入中没有任何所选的 LandPlan 标记字段（{fields}）。请先运行 LandPlan 检查（低效工业用地评价、闲置土地识别、批而未供识别），再导出其输出结果。</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="205" />
      <source>parcel id</source>
      <translation>地块编号</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="205" />
      <source>zone</source>
      <translation>所在园区</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="206" />
      <source>deadline</source>
      <translation>完成时限</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="206" />
      <source>responsible unit</source>
      <translation>责任单位</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="243" />
      <source>{n} of {total} features are flagged.</source>
      <translation>{total} 个要素中有 {n} 个被标记。</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="245" />
      <source>{n} value(s) of flag field "{field}" are neither 1 nor 0; those features are not exported for that flag.</source>
      <translation>标记字段“{field}”中有 {n} 个值既不是 1 也不是 0；这些要素不按该标记导出。</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="285" />
      <source>Field "{orig}" is written as "{short}" (10-byte limit).</source>
      <translation>字段“{orig}”写为“{short}”（10 字节限制）。</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="300" />
      <source>Could not create {path}: {msg}</source>
      <translation>无法创建 {path}：{msg}</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="389" />
      <source>Writing {path} failed.</source>
      <translation>写入 {path} 失败。</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="391" />
      <source>{n} area value(s) (ie_areamu / unsup_mu) were unreadable or not positive; those areas were measured from the geometry.</source>
      <translation>{n} 个面积值（ie_areamu / unsup_mu）无法识别或不大于 0；这些面积改由几何图形量算。</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="394" />
      <source>{n} invalid geometries were repaired (make-valid) before export.</source>
      <translation>导出前修复了 {n} 个无效几何（make-valid）。</translation>
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="397" />
      <source>{n} text value(s) were longer than 254 bytes and were cut in the shapefile; the ledger keeps the full text.</source>
      <translation>{n} 个文本值超过 254 字节，在 Shapefile 中已被截断；台账中保留完整文本。</translation>
    </message>
  </context>
  <context>
    <name>FlagIdleLand</name>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="66" />
      <source>Flag idle land</source>
      <translation>闲置土地识别</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="69" />
      <source>Flags idle land (闲置土地) as of a reference date: not started one full year after the agreed start date, or development halted one full year with too little developed or invested.</source>
      <translation>按基准日期识别闲置土地：超过约定动工日期满一年未动工，或已动工但开发面积或投资额不足且中止开发满一年。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="73" />
      <source>idle land,闲置土地,supplied land,start date,halt,disposal</source>
      <translation>闲置土地,已供土地,动工日期,中止开发,处置</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="77" />
      <source>Supplied parcels</source>
      <translation>已供地宗地</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="80" />
      <source>Agreed start date field (约定动工日期)</source>
      <translation>约定动工日期字段</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="82" />
      <source>Actual start date field (实际动工日期; empty = not started)</source>
      <translation>实际动工日期字段（为空表示未动工）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="84" />
      <source>Developed-area ratio field (developed ÷ area to develop, 0–1)</source>
      <translation>已开发面积比例字段（已开发面积 ÷ 应开发面积，0–1）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="86" />
      <source>Invested ratio field (invested ÷ total investment, 0–1)</source>
      <translation>已投资比例字段（已投资额 ÷ 总投资额，0–1）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="88" />
      <source>Halt date field (中止开发日期)</source>
      <translation>中止开发日期字段</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="90" />
      <source>Developed area field, when no ratio is given</source>
      <translation>已开发面积字段，未提供比例时使用</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="92" />
      <source>Area to be developed field, when no ratio is given</source>
      <translation>应开发面积字段，未提供比例时使用</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="94" />
      <source>Invested amount field, when no ratio is given</source>
      <translation>已投资额字段，未提供比例时使用</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="96" />
      <source>Total investment field (land price and taxes excluded), when no ratio is given</source>
      <translation>总投资额字段（不含地价款和税费），未提供比例时使用</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="99" />
      <source>Idle cause field (闲置原因)</source>
      <translation>闲置原因字段</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="103" />
      <source>Cause values meaning government cause or force majeure, comma separated (empty = recognise by keywords: 政府, 规划调整, 征收, 不可抗力 …)</source>
      <translation>表示政府原因或不可抗力的原因取值，以逗号分隔（为空则按关键词识别：政府、规划调整、征收、不可抗力 …）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="106" />
      <source>Land price field (万元), for the idle fee</source>
      <translation>地价款字段（万元），用于计算土地闲置费</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="109" />
      <source>Idle land check</source>
      <translation>闲置土地识别结果</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="113" />
      <source>Idle land flag (1 yes, 0 no, empty undetermined)</source>
      <translation>闲置土地标记（1 是，0 否，空 待核实）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="114" />
      <source>Idle days (since agreed start or halt)</source>
      <translation>闲置天数（自约定动工日期或中止开发日期起算）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="115" />
      <source>Idle basis (未动工 / 中止开发)</source>
      <translation>闲置依据（未动工 / 中止开发）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="116" />
      <source>Idle stage (满1年 / 满2年)</source>
      <translation>闲置阶段（满1年 / 满2年）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="117" />
      <source>Consequence</source>
      <translation>处理后果</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="118" />
      <source>Idle cause class</source>
      <translation>闲置原因类别</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="119" />
      <source>Government cause or force majeure (1 yes, 0 no)</source>
      <translation>政府原因或不可抗力（1 是，0 否）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="120" />
      <source>Suggested disposal</source>
      <translation>建议处置措施</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="121" />
      <source>Idle land fee (万元)</source>
      <translation>土地闲置费（万元）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="122" />
      <source>Reference date</source>
      <translation>基准日期</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="123" />
      <source>Reason</source>
      <translation>判定理由</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="136" />
      <source>agreed start date</source>
      <translation>约定动工日期</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="136" />
      <source>actual start date</source>
      <translation>实际动工日期</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="137" />
      <source>developed-area ratio</source>
      <translation>已开发面积比例</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="137" />
      <source>invested ratio</source>
      <translation>已投资比例</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="138" />
      <source>halt date</source>
      <translation>中止开发日期</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="138" />
      <source>developed area</source>
      <translation>已开发面积</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="139" />
      <source>area to be developed</source>
      <translation>应开发面积</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="139" />
      <source>invested amount</source>
      <translation>已投资额</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="140" />
      <source>total investment</source>
      <translation>总投资额</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="140" />
      <source>idle cause</source>
      <translation>闲置原因</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="141" />
      <source>land price</source>
      <translation>地价款</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="146" />
      <source>No agreed start date field (AGREED_START_FIELD) was given or found.</source>
      <translation>未指定也未找到约定动工日期字段 (AGREED_START_FIELD)。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="148" />
      <source>No actual start date field: every parcel is treated as not started.</source>
      <translation>没有实际动工日期字段：所有宗地均按未动工处理。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="150" />
      <source>No halt date field: started parcels cannot be idle by halted development.</source>
      <translation>没有中止开发日期字段：已动工宗地不会因中止开发而被认定为闲置。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="154" />
      <source>No developed-area or investment field: halted parcels are undetermined.</source>
      <translation>没有已开发面积或投资字段：中止开发的宗地为待核实。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="157" />
      <source>Government-cause values were given but no cause field; they are ignored.</source>
      <translation>指定了政府原因取值，但没有闲置原因字段；这些取值将被忽略。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="299" />
      <source>Summary as of {date} (count):</source>
      <translation>截至 {date} 的汇总（宗数）：</translation>
    </message>
  </context>
  <context>
    <name>FlagUnsupplied</name>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="77" />
      <source>Flag approved but unsupplied land</source>
      <translation>批而未供识别</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="80" />
      <source>Flags approved but unsupplied land (批而未供) as of a reference date, from dates and status or by subtracting supply polygons, with years since approval and areas in mu and ha.</source>
      <translation>按基准日期识别批而未供土地：依据日期和供地状态，或扣除供地图斑，并给出批准后年数及以亩和公顷计的面积。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="84" />
      <source>approved,unsupplied,批而未供,supply,approval,rate</source>
      <translation>批地,未供,批而未供,供地,批准,批而未供率</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="87" />
      <source>Square metres (m2)</source>
      <translation>平方米 (m2)</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="87" />
      <source>Mu (mu)</source>
      <translation>亩 (mu)</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="87" />
      <source>Hectares (ha)</source>
      <translation>公顷 (ha)</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="91" />
      <source>Approved land (批地)</source>
      <translation>批地</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="94" />
      <source>Approval date field (批准日期)</source>
      <translation>批准日期字段</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="96" />
      <source>Supply date field (供地日期; attribute mode)</source>
      <translation>供地日期字段（属性模式）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="98" />
      <source>Supply status field (供地状态: 已供/未供/部分供应; attribute mode)</source>
      <translation>供地状态字段（已供/未供/部分供应；属性模式）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="101" />
      <source>Supplied land (供地) polygons — spatial mode when given</source>
      <translation>供地图斑——提供时采用空间模式</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="103" />
      <source>Supply date field of the supplied land layer (supplies after the reference date are left out)</source>
      <translation>供地图层的供地日期字段（基准日期之后的供地不计入）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="107" />
      <source>Ignore unsupplied remainders smaller than (m²)</source>
      <translation>忽略小于此面积的未供剩余部分（m²）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="109" />
      <source>In-use field (是否使用), for 已批未供即用</source>
      <translation>是否使用字段，用于识别已批未供即用</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="112" />
      <source>Buildings / current use layer (现状), for 已批未供即用</source>
      <translation>建筑物/现状图层，用于识别已批未供即用</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="114" />
      <source>Approved area field (attribute mode; empty = measure the geometry)</source>
      <translation>批准面积字段（属性模式；为空则量算几何面积）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="116" />
      <source>Approved area field unit</source>
      <translation>批准面积字段单位</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="120" />
      <source>Approved but unsupplied land</source>
      <translation>批而未供土地</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="124" />
      <source>Unsupplied flag (1 yes, 0 no, empty undetermined)</source>
      <translation>批而未供标记（1 是，0 否，空 待核实）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="125" />
      <source>Full years since approval</source>
      <translation>批准后满年数</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="126" />
      <source>Years since approval</source>
      <translation>批准后年数</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="127" />
      <source>Approval year</source>
      <translation>批准年度</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="128" />
      <source>Approved area (mu)</source>
      <translation>批准面积（亩）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="129" />
      <source>Unsupplied area (mu)</source>
      <translation>未供面积（亩）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="130" />
      <source>Unsupplied area (ha)</source>
      <translation>未供面积（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="131" />
      <source>Approved, unsupplied and in use (1 yes, 0 no)</source>
      <translation>已批未供即用（1 是，0 否）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="132" />
      <source>Reference date</source>
      <translation>基准日期</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="133" />
      <source>Reason</source>
      <translation>判定理由</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="146" />
      <source>Layer {label} is reprojected from {src} to {dst}.</source>
      <translation>图层 {label} 已从 {src} 重投影到 {dst}。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="184" />
      <source>Supplied land</source>
      <translation>供地</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="186" />
      <source>Buildings</source>
      <translation>现状建筑</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="190" />
      <source>Spatial mode and the buildings layer need a polygon approval layer.</source>
      <translation>空间模式和建筑物图层需要面状的批地图层。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="193" />
      <source>Approved land</source>
      <translation>批地</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="199" />
      <source>approval date</source>
      <translation>批准日期</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="201" />
      <source>supply date</source>
      <translation>供地日期</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="203" />
      <source>supply status</source>
      <translation>供地状态</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="205" />
      <source>in use</source>
      <translation>是否使用</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="207" />
      <source>approved area</source>
      <translation>批准面积</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="211" />
      <source>Spatial mode: the supply date and status fields of the approval layer are not used; the supply polygons decide.</source>
      <translation>空间模式：不使用批地图层的供地日期和供地状态字段，以供地图斑为准。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="215" />
      <source>Spatial mode: areas are measured on the geometry; the area field is not used.</source>
      <translation>空间模式：面积按几何图形量算，不使用面积字段。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="218" />
      <source>No approval date field: approval years and ages are left empty.</source>
      <translation>没有批准日期字段：批准年度和批准后年数留空。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="220" />
      <source>Attribute mode needs an approval date field (APPROVAL_DATE_FIELD).</source>
      <translation>属性模式需要批准日期字段 (APPROVAL_DATE_FIELD)。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="222" />
      <source>No supply date or supply status field and no supplied layer: every approved record counts as unsupplied.</source>
      <translation>既没有供地日期或供地状态字段，也没有供地图层：所有批地记录均按未供计。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="225" />
      <source>No geometry and no area field: areas are left empty.</source>
      <translation>既没有几何图形也没有面积字段：面积留空。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="231" />
      <source>supply date (supplied layer)</source>
      <translation>供地日期（供地图层）</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="233" />
      <source>supplied land</source>
      <translation>供地</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="236" />
      <source>{n} supply polygons indexed.</source>
      <translation>已为 {n} 个供地图斑建立索引。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="238" />
      <source>{n} supply polygons dated after the reference date are left out.</source>
      <translation>{n} 个供地日期晚于基准日期的供地图斑不计入。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="241" />
      <source>{n} supply polygons have an unreadable supply date; they count as supplied.</source>
      <translation>{n} 个供地图斑的供地日期无法识别，按已供计。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="244" />
      <source>{n} supply polygons have no supply date; they count as supplied.</source>
      <translation>{n} 个供地图斑没有供地日期，按已供计。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="248" />
      <source>buildings</source>
      <translation>建筑物</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="477" />
      <source>{n} invalid geometries were repaired (makeValid); see the reason field.</source>
      <translation>已修复 {n} 个无效几何（makeValid）；详见判定理由字段。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="487" />
      <source>{n} approval(s) are undetermined (see unsup_rsn) and left out of the totals and of the unsupplied rate.</source>
      <translation>{n} 宗批地为待核实（见 unsup_rsn），不计入合计和批而未供率。</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="546" />
      <source>Totals per approval year as of {date} (approved; 批而未供 unsupplied; 批而未供率 = unsupplied ÷ approved area):</source>
      <translation>截至 {date} 按批准年度汇总（批地；批而未供；批而未供率 = 未供面积 ÷ 批准面积）：</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="550" />
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="552" />
      <source>  {label}: approved {count}, {approved_mu} mu; unsupplied {n}, {mu} mu ({ha} ha); 批而未供率 {rate}</source>
      <translation>  {label}：批地 {count} 宗，{approved_mu} 亩；批而未供 {n} 宗，{mu} 亩（{ha} 公顷）；批而未供率 {rate}</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="557" />
      <source>; {n} undetermined (待核实)</source>
      <translation>；待核实 {n} 宗</translation>
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="559" />
      <source>; {n} in use (已批未供即用)</source>
      <translation>；已批未供即用 {n} 宗</translation>
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
      <location filename="../algorithms/base.py" line="180" />
      <source>{n} value(s) in field "{field}": {label}; see the reason field.</source>
      <translation>字段“{field}”中有 {n} 个值：{label}；详见判定理由字段。</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" line="183" />
      <source>{n} row(s): {label}; see the reason field.</source>
      <translation>{n} 行：{label}；详见判定理由字段。</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" line="192" />
      <source>Reference date (as of; empty = today, the day of the run)</source>
      <translation>基准日期（为空则取运行当天）</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" line="211" />
      <source>Reference date (AS_OF) not given: using today, {date}.</source>
      <translation>未指定基准日期（AS_OF）：使用运行当天 {date}。</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" line="223" />
      <source>Reference date (AS_OF) "{value}" is not a date (use e.g. 2024-12-31).</source>
      <translation>基准日期（AS_OF）“{value}”不是日期（示例：2024-12-31）。</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" line="224" />
      <source>Reference date (AS_OF): {date}.</source>
      <translation>基准日期（AS_OF）：{date}。</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" line="264" />
      <source>Land efficiency review</source>
      <translation>土地效率评价</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" line="387" />
      <source>Field "{field}" (parameter {param}, {label}) is not in the input layer.</source>
      <translation>输入图层中没有字段“{field}”（参数 {param}，{label}）。</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" line="393" />
      <source>Using field "{field}" as {label} (found by name).</source>
      <translation>将字段“{field}”用作{label}（按名称匹配）。</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" line="408" />
      <source>Layer "{label}" has no coordinate reference system. Set its CRS (e.g. EPSG:4547 or EPSG:4490) in the layer properties and run again; areas cannot be measured without it.</source>
      <translation>图层“{label}”没有坐标参考系。请在图层属性中设置坐标参考系（如 EPSG:4547 或 EPSG:4490）后重新运行；没有坐标参考系无法量算面积。</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" line="488" />
      <source>Cancelled: the unfinished output {path} was removed.</source>
      <translation>已取消：未完成的输出 {path} 已删除。</translation>
    </message>
    <message>
      <location filename="../algorithms/base.py" line="503" />
      <source>Input field "{name}" has the name of an output field; it is replaced by this run's value.</source>
      <translation>输入字段“{name}”与输出字段同名，其值将被本次运行的结果替换。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="159" />
      <source>Layer "{label}" ({src}) is reprojected to {dst}.</source>
      <translation>图层“{label}”（{src}）已重投影到 {dst}。</translation>
    </message>
  </context>
  <context>
    <name>LandPlanGui</name>
    <message>
      <location filename="../gui.py" line="34" />
      <source>LandPlan 土地效率评价</source>
      <translation>LandPlan 土地效率评价</translation>
    </message>
    <message>
      <location filename="../gui.py" line="47" />
      <source>Load demo data</source>
      <translation>加载示例数据</translation>
    </message>
    <message>
      <location filename="../gui.py" line="51" />
      <source>Run the quarterly review model</source>
      <translation>运行季度评价模型</translation>
    </message>
    <message>
      <location filename="../gui.py" line="55" />
      <source>Help</source>
      <translation>帮助</translation>
    </message>
    <message>
      <location filename="../gui.py" line="82" />
      <source>Algorithm {id} is not available.</source>
      <translation>算法 {id} 不可用。</translation>
    </message>
    <message>
      <location filename="../gui.py" line="92" />
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
      <location filename="../algorithms/score_inefficiency.py" line="59" />
      <source>Score low-efficiency industrial land</source>
      <translation>低效工业用地评价</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="62" />
      <source>Scores industrial parcels by tax per mu, investment intensity, floor-area ratio and building coverage, and flags low-efficiency land.</source>
      <translation>按亩均税收、投资强度、容积率和建筑系数对工业宗地评分，并标记低效工业用地。</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="66" />
      <source>low-efficiency,industrial land,parcel,score,tax per mu,FAR</source>
      <translation>低效,工业用地,宗地,评分,亩均税收,容积率</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="70" />
      <source>Puyang · economic-technological industrial cluster (puyang_etdz)</source>
      <translation>濮阳 · 经济技术产业集聚区 (puyang_etdz)</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="71" />
      <source>Puyang · other industrial clusters (puyang_other)</source>
      <translation>濮阳 · 其他产业集聚区 (puyang_other)</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="72" />
      <source>Zhengzhou · per-industry control table (zhengzhou_industry)</source>
      <translation>郑州 · 分行业控制指标表 (zhengzhou_industry)</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="73" />
      <source>Custom standards file (custom)</source>
      <translation>自定义标准文件 (custom)</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="77" />
      <source>Binary: full weight when the threshold is reached (binary)</source>
      <translation>二值：达到阈值即得该项全部权重分 (binary)</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="78" />
      <source>Linear: weight × min(value / threshold, 1) (linear)</source>
      <translation>线性：权重 × min(指标值 / 阈值, 1) (linear)</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="81" />
      <source>Square metres (m2)</source>
      <translation>平方米 (m2)</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="81" />
      <source>Mu (mu)</source>
      <translation>亩 (mu)</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="81" />
      <source>Hectares (ha)</source>
      <translation>公顷 (ha)</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="84" />
      <source>Zhengzhou city districts (郑州市区)</source>
      <translation>郑州市区</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="84" />
      <source>Other areas (其他区域)</source>
      <translation>其他区域</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="88" />
      <source>Industrial parcels</source>
      <translation>工业宗地</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="90" />
      <source>Standard</source>
      <translation>认定标准</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="92" />
      <source>Custom standards file (JSON, used when given)</source>
      <translation>自定义标准文件（JSON，提供时使用）</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="95" />
      <source>Scoring mode</source>
      <translation>计分方式</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="97" />
      <source>Cut-off score (empty = the standard's, 0.7)</source>
      <translation>分数线（为空则采用标准规定值 0.7）</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="100" />
      <source>Tax per mu field (万元/亩)</source>
      <translation>亩均税收字段（万元/亩）</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="101" />
      <source>Investment intensity field (万元/亩)</source>
      <translation>投资强度字段（万元/亩）</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="102" />
      <source>Floor-area ratio field</source>
      <translation>容积率字段</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="103" />
      <source>Building coverage field (%)</source>
      <translation>建筑系数字段（%）</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="104" />
      <source>Total annual tax field (万元), when tax per mu is not given</source>
      <translation>年度税收总额字段（万元），未提供亩均税收时使用</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="105" />
      <source>Fixed-asset investment field (万元), when intensity is not given</source>
      <translation>固定资产投资字段（万元），未提供投资强度时使用</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="106" />
      <source>Total floor area field (m²), when FAR is not given</source>
      <translation>总建筑面积字段（m²），未提供容积率时使用</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="107" />
      <source>Building footprint field (m²), when coverage is not given</source>
      <translation>建筑基底面积字段（m²），未提供建筑系数时使用</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="108" />
      <source>Land area field (empty = measure the geometry)</source>
      <translation>用地面积字段（为空则量算几何面积）</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="110" />
      <source>Land area field unit</source>
      <translation>用地面积字段单位</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="111" />
      <source>Industry code field (GB/T 4754)</source>
      <translation>行业代码字段（GB/T 4754）</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="112" />
      <source>Region class field (Zhengzhou standard)</source>
      <translation>区域类别字段（郑州标准）</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="115" />
      <source>Region class when no field is given (Zhengzhou standard)</source>
      <translation>未提供字段时的区域类别（郑州标准）</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="117" />
      <source>Production status field (停建停产类)</source>
      <translation>生产状态字段（停建停产类）</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="119" />
      <source>Status values meaning construction or production stopped</source>
      <translation>表示停建或停产的状态取值</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="122" />
      <source>Industry codes being phased out (产业转型类), comma separated</source>
      <translation>需转型淘汰的行业代码（产业转型类），以逗号分隔</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="125" />
      <source>Scored parcels</source>
      <translation>宗地评价结果</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="128" />
      <source>&lt;p&gt;Scores each industrial parcel (宗地) and flags low-efficiency industrial land (低效工业用地).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rule&lt;/b&gt; (濮政办〔2021〕6号, 全市产业集聚区“百园增效”行动实施方案 §二(三)1): tax per mu weighs 0.4, investment intensity 0.3, floor-area ratio 0.15 and building coverage 0.15. An indicator earns its weight when it reaches the threshold (a value equal to the threshold passes). A parcel scoring below 0.7 is extensive-use (粗放用地类) low-efficiency land. Thresholds: Puyang ETDZ 150 万元/亩, 0.6, 40%, 3 万元/亩; other clusters 120 万元/亩, 0.6, 40%, 1.5 万元/亩.&lt;/p&gt;&lt;p&gt;The Zhengzhou standard takes the minimum FAR and investment intensity per industry from 《郑州市工业用地布局规划（2021—2035年）》附表2-2 (万元/公顷 ÷ 15 = 万元/亩) and the tax, coverage, weights and cut-off from the Puyang 'other clusters' standard. A custom standard is a JSON file in the format of resources/standards/*.json.&lt;/p&gt;&lt;p&gt;Indicators come from precomputed fields or from totals divided by the land area (an area field in m², mu or ha, or the geometry's area: planar in a projected CRS, ellipsoidal in a geographic one). A parcel missing an indicator is undetermined (ie_flag NULL, 待核实) and the reason names what is missing. Construction or production stopped (停建停产类) comes from the status field; industries being phased out (产业转型类) from the industry code list.&lt;/p&gt;&lt;p&gt;Output: every input feature and field, plus each indicator's value and points, ie_score, ie_flag (1 / 0 / NULL), ie_type and ie_reason.&lt;/p&gt;</source>
      <translation>&lt;p&gt;对每宗工业用地（宗地）评分，并标记低效工业用地。&lt;/p&gt;&lt;p&gt;&lt;b&gt;认定规则&lt;/b&gt;（濮政办〔2021〕6号，全市产业集聚区“百园增效”行动实施方案 §二(三)1）：亩均税收权重 0.4，投资强度 0.3，容积率 0.15，建筑系数 0.15。指标达到阈值即得该项权重分（等于阈值视为达到）。综合得分低于 0.7 的宗地认定为粗放用地类低效工业用地。阈值：濮阳经济技术产业集聚区 150 万元/亩、0.6、40%、3 万元/亩；其他产业集聚区 120 万元/亩、0.6、40%、1.5 万元/亩。&lt;/p&gt;&lt;p&gt;郑州标准按行业取《郑州市工业用地布局规划（2021—2035年）》附表2-2 中的容积率和投资强度下限（万元/公顷 ÷ 15 = 万元/亩），亩均税收、建筑系数的阈值以及权重和分数线取自濮阳“其他产业集聚区”标准。自定义标准为 JSON 文件，格式同 resources/standards/*.json。&lt;/p&gt;&lt;p&gt;指标取自预先计算的字段，或由总量除以用地面积得到（用地面积取自以 m²、亩或公顷为单位的面积字段，或几何图形的面积：投影坐标系按平面面积，地理坐标系按椭球面积）。缺少某项指标的宗地为待核实（ie_flag 为 NULL），并在判定理由中注明缺少的内容。停建停产类依据生产状态字段判定；产业转型类依据行业代码列表判定。&lt;/p&gt;&lt;p&gt;输出：所有输入要素和字段，另加各项指标的数值和得分、ie_score、ie_flag（1 / 0 / NULL）、ie_type 和 ie_reason。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="155" />
      <source>The custom standard needs a standards file (STANDARD_FILE).</source>
      <translation>自定义标准需要提供标准文件 (STANDARD_FILE)。</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="162" />
      <source>Tax per mu (万元/亩)</source>
      <translation>亩均税收（万元/亩）</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="162" />
      <source>Tax per mu points</source>
      <translation>亩均税收得分</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="163" />
      <source>Investment intensity (万元/亩)</source>
      <translation>投资强度（万元/亩）</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="163" />
      <source>Investment intensity points</source>
      <translation>投资强度得分</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="164" />
      <source>Floor-area ratio</source>
      <translation>容积率</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="164" />
      <source>Floor-area ratio points</source>
      <translation>容积率得分</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="165" />
      <source>Building coverage (%)</source>
      <translation>建筑系数（%）</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="165" />
      <source>Building coverage points</source>
      <translation>建筑系数得分</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="170" />
      <source>Land area (mu)</source>
      <translation>用地面积（亩）</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="171" />
      <source>Composite score</source>
      <translation>综合得分</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="172" />
      <source>Low-efficiency flag (1 yes, 0 no, empty undetermined)</source>
      <translation>低效标记（1 是，0 否，空 待核实）</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="173" />
      <source>Low-efficiency type</source>
      <translation>低效类型</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="174" />
      <source>Reason</source>
      <translation>判定理由</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="175" />
      <source>Standard applied</source>
      <translation>所用标准</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="222" />
      <source>precomputed indicator</source>
      <translation>预先计算的指标</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="224" />
      <source>total for the indicator</source>
      <translation>指标计算用总量</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="227" />
      <source>No field for {name}: give a precomputed field or a total field.</source>
      <translation>缺少{name}字段：请指定预先计算的指标字段或总量字段。</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="233" />
      <source>land area</source>
      <translation>用地面积</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="235" />
      <source>industry code</source>
      <translation>行业代码</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="238" />
      <source>region class</source>
      <translation>区域类别</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="240" />
      <source>production status</source>
      <translation>生产状态</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="242" />
      <source>The per-industry standard needs an industry code field; every parcel is scored with the default thresholds.</source>
      <translation>分行业标准需要行业代码字段；所有宗地将按默认阈值评分。</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="245" />
      <source>Phase-out industry codes were given but no industry code field.</source>
      <translation>指定了转型淘汰行业代码，但没有行业代码字段。</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="246" />
      <source>Standard: {name} ({id}); mode {mode}; cut-off {cutoff}</source>
      <translation>标准：{name} ({id})；计分方式 {mode}；分数线 {cutoff}</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="256" />
      <source>Field "{field}" holds building coverage as fractions (all values between 0 and 1); they are read as percent ×100 (0.45 → 45%).</source>
      <translation>字段“{field}”中的建筑系数以小数存储（所有值均在 0 到 1 之间）；将乘以 100 按百分数读取（0.45 → 45%）。</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="271" />
      <source>square metres</source>
      <translation>平方米</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="271" />
      <source>mu</source>
      <translation>亩</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="271" />
      <source>hectares</source>
      <translation>公顷</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="273" />
      <source>Field "{field}" holds areas in {unit} (compared with the geometry); it is read in {unit}. Pass AREA_UNIT to override.</source>
      <translation>字段「{field}」中的面积单位为{unit}（与几何面积比对得出），已按{unit}读取。如需指定，请设置 AREA_UNIT。</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="278" />
      <source>Field "{field}" looks like {detected} compared with the geometry, but AREA_UNIT says {unit}; check the unit.</source>
      <translation>与几何面积比对，字段「{field}」像是以{detected}为单位，但 AREA_UNIT 指定为{unit}，请核实单位。</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="283" />
      <source>not low-efficiency</source>
      <translation>非低效</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="284" />
      <source>undetermined (待核实)</source>
      <translation>待核实</translation>
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="425" />
      <source>Summary (count, area in mu):</source>
      <translation>汇总（宗数，面积/亩）：</translation>
    </message>
  </context>
  <context>
    <name>ZoneIndustrialShare</name>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="70" />
      <source>Check development-zone industrial land share</source>
      <translation>开发区工业用地占比核查</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="73" />
      <source>Industrial land ÷ construction land inside each development zone, against the 60% threshold, with the deficit and an optional zone scorecard.</source>
      <translation>计算各开发区内工业用地 ÷ 建设用地，对照 60% 的阈值核查，给出缺口面积，并可生成开发区指标卡。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="77" />
      <source>development zone,industrial land share,60%,land use,zone,scorecard</source>
      <translation>开发区,工业用地占比,工业用地率,60%,土地利用,园区,指标卡</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="81" />
      <source>Third land survey / GB/T 21010-2017 (sandiao_2017)</source>
      <translation>三调 / GB/T 21010-2017 (sandiao_2017)</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="82" />
      <source>Land and sea use classification 2023 (guotu_2023)</source>
      <translation>2023 用地用海分类 (guotu_2023)</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="83" />
      <source>GB 50137-2011 urban land (gb50137_2011)</source>
      <translation>GB 50137-2011 城市用地 (gb50137_2011)</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="84" />
      <source>Custom code lists file (custom)</source>
      <translation>自定义编码表文件 (custom)</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="88" />
      <source>Industrial, mining and warehousing land (industrial)</source>
      <translation>工矿仓储用地 (industrial)</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="89" />
      <source>Industrial land only (industrial_only)</source>
      <translation>仅工业用地 (industrial_only)</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="93" />
      <source>Development zones</source>
      <translation>开发区</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="94" />
      <source>Zone name field</source>
      <translation>开发区名称字段</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="97" />
      <source>Land use (current-use polygons or parcels)</source>
      <translation>土地利用（现状图斑或宗地）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="98" />
      <source>Land-use code field</source>
      <translation>地类编码字段</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="101" />
      <source>Required industrial land share (%)</source>
      <translation>工业用地占比要求（%）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="104" />
      <source>Land-use classification</source>
      <translation>土地利用分类</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="107" />
      <source>Industrial land counted (numerator)</source>
      <translation>工业用地计算口径（分子）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="110" />
      <source>Custom code lists file (JSON, used when given)</source>
      <translation>自定义编码表文件（JSON，提供时使用）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="113" />
      <source>Scored parcels (output of 'Score low-efficiency industrial land'), for the scorecard</source>
      <translation>宗地评价结果（“低效工业用地评价”的输出），用于指标卡</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="116" />
      <source>Idle-land check output (idle_flag), for the scorecard</source>
      <translation>闲置土地识别输出 (idle_flag)，用于指标卡</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="119" />
      <source>Approved-but-unsupplied check output (unsup_flag), for the scorecard</source>
      <translation>批而未供识别输出 (unsup_flag)，用于指标卡</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="122" />
      <source>Approval polygons (批地), the denominator of the unsupplied rate; needed when the unsupplied check ran in spatial mode</source>
      <translation>批地图斑，作为批而未供率的分母；批而未供识别以空间模式运行时需要提供</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="126" />
      <source>Zone industrial land share</source>
      <translation>开发区工业用地占比</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="129" />
      <source>&lt;p&gt;Checks that each development zone (开发区) keeps its industrial land share at or above the threshold (default 60%).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rule&lt;/b&gt;: 《郑州市工业用地布局规划（2021—2035年）》 第二章三 (以发展工业为主的开发区，其工业用地面积比例达到60%) and 第四章二 (按照产业用地不得低于60%的标准). The share is computed as the industrial land rate (工业用地率) of TD/T 1029 开发区土地集约利用评价: industrial, mining and warehousing land (工矿仓储用地) ÷ construction land (建设用地) inside the zone × 100. A share equal to the threshold passes.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Geometry&lt;/b&gt;: land-use polygons are clipped to each zone, so a polygon half outside counts half. Each zone is evaluated on its own (zones may overlap, be multipart or have holes). Land use in another CRS is reprojected to the zones' CRS. Areas are planar in a projected CRS and ellipsoidal in a geographic one (CGCS2000 unless the CRS names another ellipsoid), so EPSG:4490 and Gauss–Krüger data agree within 0.1%. Invalid polygons are repaired (make valid) and counted in the log.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Classification&lt;/b&gt;: 三调 / GB/T 21010-2017 (default), the 2023 land and sea use classification, GB 50137-2011, or a custom JSON file in the format of resources/landuse/*.json. Codes may be text or integers: they are normalised (601 and '601' mean 0601; full-width digits, spaces and a trailing name are removed). A code the classification does not know is counted neither as industrial nor as construction land; its area is reported in the log and in unk_ha. The numerator is either 工矿仓储 (default: industrial, mining, salt pans, warehousing) or industrial land only.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Deficit&lt;/b&gt; (deficit_ha): the industrial land still needed to reach the threshold when existing construction land inside the zone is converted to industrial use, so the base does not change: max(0, threshold × construction − industrial). def_new_ha gives the other reading, industrial land added as new construction land (the base grows too): (threshold × construction − industrial) ÷ (1 − threshold).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Scorecard&lt;/b&gt; (optional inputs): scored parcels belong to the zone that contains a point on their surface; their area is ie_areamu (else the geometry). Low-efficiency area (ie_flag = 1) and its share of the scored area; tax per mu = Σ(ie_tax × area) ÷ Σ area. Idle and unsupplied layers are clipped to the zone: idle rate = idle area (idle_flag = 1) ÷ area of all features (supplied land); unsupplied rate = unsupplied area (unsup_flag = 1) ÷ area of all features (approved land); when a feature's geometry is only its unsupplied remainder (spatial mode), its approved area is appr_mu × the share of the remainder inside the zone. Features without geometry cannot be placed in a zone and are left out, with a warning. A missing field leaves its columns empty, with a warning.&lt;/p&gt;&lt;p&gt;Output: one feature per zone with its geometry, its fields and: zone_ha, ind_ha, base_ha, the gy_ha / ck_ha / cc_ha breakdown, ind_share (%), share_ok (1 / 0 / empty when the zone has no construction land), deficit_ha, def_new_ha, unk_ha, verdict and the scorecard columns.&lt;/p&gt;</source>
      <translation>&lt;p&gt;核查各开发区的工业用地占比是否达到阈值（默认 60%）。&lt;/p&gt;&lt;p&gt;&lt;b&gt;依据&lt;/b&gt;：《郑州市工业用地布局规划（2021—2035年）》 第二章三（以发展工业为主的开发区，其工业用地面积比例达到60%）和第四章二（按照产业用地不得低于60%的标准）。占比按 TD/T 1029 开发区土地集约利用评价中的工业用地率计算：开发区内工矿仓储用地 ÷ 建设用地 × 100。占比等于阈值视为达标。&lt;/p&gt;&lt;p&gt;&lt;b&gt;几何&lt;/b&gt;：土地利用图斑按开发区范围裁剪，一半位于开发区外的图斑只计一半。各开发区分别评价（开发区可以相互重叠、由多个部分组成或带有洞）。坐标参考系不同的土地利用图层会重投影到开发区图层的坐标参考系。投影坐标系按平面面积计算，地理坐标系按椭球面积计算（除非坐标参考系指定了其他椭球，否则采用 CGCS2000），因此 EPSG:4490 与高斯–克吕格投影数据的结果相差不超过 0.1%。无效多边形会被修复（make valid）并在日志中计数。&lt;/p&gt;&lt;p&gt;&lt;b&gt;分类&lt;/b&gt;：三调 / GB/T 21010-2017（默认）、2023 年用地用海分类、GB 50137-2011，或格式同 resources/landuse/*.json 的自定义 JSON 文件。编码可以是文本或整数，会被规范化（601 和 '601' 均表示 0601；全角数字、空格及末尾的地类名称会被去除）。分类中不存在的编码既不计入工业用地也不计入建设用地，其面积在日志和 unk_ha 中报告。分子可选工矿仓储（默认：工业、采矿、盐田、仓储）或仅工业用地。&lt;/p&gt;&lt;p&gt;&lt;b&gt;缺口&lt;/b&gt;（deficit_ha）：将开发区内现有建设用地转为工业用途、分母不变时，达到阈值仍需的工业用地面积：max(0, 阈值 × 建设用地 − 工业用地)。def_new_ha 为另一种口径，即以新增建设用地的方式增加工业用地（分母同时增大）：(阈值 × 建设用地 − 工业用地) ÷ (1 − 阈值)。&lt;/p&gt;&lt;p&gt;&lt;b&gt;指标卡&lt;/b&gt;（可选输入）：已评价宗地归属于其面上一点所在的开发区；其面积取 ie_areamu（否则取几何面积）。统计低效面积（ie_flag = 1）及其占已评价面积的比例；亩均税收 = Σ(ie_tax × 面积) ÷ Σ 面积。闲置土地和批而未供图层按开发区裁剪：闲置率 = 闲置面积（idle_flag = 1）÷ 全部要素面积（已供土地）；批而未供率 = 未供面积（unsup_flag = 1）÷ 全部要素面积（批地）；若要素的几何仅为其未供剩余部分（空间模式），其批准面积按 appr_mu × 剩余部分位于开发区内的比例计算。无几何图形的要素无法归入开发区，将被剔除，并给出警告。缺少字段时相应列留空，并给出警告。&lt;/p&gt;&lt;p&gt;输出：每个开发区一个要素，含其几何、原有字段以及：zone_ha、ind_ha、base_ha、gy_ha / ck_ha / cc_ha 分项、ind_share（%）、share_ok（1 / 0 / 开发区无建设用地时为空）、deficit_ha、def_new_ha、unk_ha、verdict 和指标卡各列。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="173" />
      <source>The custom classification needs a code lists file (CUSTOM_CODES).</source>
      <translation>自定义分类需要提供编码表文件 (CUSTOM_CODES)。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="182" />
      <source>Zone name</source>
      <translation>开发区名称</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="183" />
      <source>Zone area (ha)</source>
      <translation>开发区面积（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="184" />
      <source>Industrial land (ha)</source>
      <translation>工业用地（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="185" />
      <source>Construction land (ha)</source>
      <translation>建设用地（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="186" />
      <source>of which industrial 工业 (ha)</source>
      <translation>其中：工业（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="187" />
      <source>of which mining 采矿 (ha)</source>
      <translation>其中：采矿（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="188" />
      <source>of which warehousing 仓储 (ha)</source>
      <translation>其中：仓储（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="189" />
      <source>of which industrial-mining land not subdivided (ha)</source>
      <translation>其中：工矿（未细分）（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="190" />
      <source>Industrial land share (%)</source>
      <translation>工业用地占比（%）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="191" />
      <source>Required share (%)</source>
      <translation>占比要求（%）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="192" />
      <source>Share reached (1 yes, 0 no, empty no construction land)</source>
      <translation>是否达标（1 是，0 否，空 无建设用地）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="193" />
      <source>Industrial land still needed (ha)</source>
      <translation>工业用地缺口（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="194" />
      <source>Still needed if added as new construction land (ha)</source>
      <translation>按新增建设用地计的缺口（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="195" />
      <source>Land with unknown codes (ha)</source>
      <translation>未识别编码用地（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="196" />
      <source>Unknown codes</source>
      <translation>未识别编码</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="197" />
      <source>Verdict</source>
      <translation>核查结论</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="198" />
      <source>Classification applied</source>
      <translation>所用分类</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="199" />
      <source>Scored parcels (ha)</source>
      <translation>已评价宗地（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="200" />
      <source>Low-efficiency industrial land (ha)</source>
      <translation>低效工业用地（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="201" />
      <source>Low-efficiency share of scored land (%)</source>
      <translation>低效用地占已评价用地比例（%）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="202" />
      <source>Parcels undetermined (待核实)</source>
      <translation>待核实宗地数</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="203" />
      <source>Tax per mu of scored parcels (万元/亩)</source>
      <translation>已评价宗地亩均税收（万元/亩）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="204" />
      <source>Supplied land checked for idleness (ha)</source>
      <translation>参与闲置识别的已供土地（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="205" />
      <source>Idle land (ha)</source>
      <translation>闲置土地（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="206" />
      <source>Idle rate (%)</source>
      <translation>闲置率（%）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="207" />
      <source>Approved land (ha)</source>
      <translation>批地（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="208" />
      <source>Approved but unsupplied land (ha)</source>
      <translation>批而未供土地（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="209" />
      <source>Unsupplied rate (%)</source>
      <translation>批而未供率（%）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="216" />
      <source>Land use</source>
      <translation>土地利用</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="223" />
      <source>zone name</source>
      <translation>开发区名称</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="225" />
      <source>land-use code</source>
      <translation>地类编码</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="227" />
      <source>No land-use code field: choose one in LANDUSE_FIELD (e.g. DLBM).</source>
      <translation>没有地类编码字段：请在 LANDUSE_FIELD 中选择（如 DLBM）。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="230" />
      <source>Classification: {name} ({id}); numerator: {variant}; threshold {t}%</source>
      <translation>分类：{name} ({id})；分子口径：{variant}；阈值 {t}%</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="239" />
      <source>Land use ({src}) is reprojected to the zones' CRS ({dst}).</source>
      <translation>土地利用图层（{src}）已重投影到开发区图层的坐标参考系（{dst}）。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="266" />
      <source>Zone "{name}" has an invalid polygon; it was repaired (make valid).</source>
      <translation>开发区“{name}”的多边形无效，已修复（make valid）。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="456" />
      <source>{n} invalid land-use polygon(s) repaired (make valid); feature ids: {ids}</source>
      <translation>已修复 {n} 个无效的土地利用多边形（make valid）；要素 ID：{ids}</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="459" />
      <source>{n} land-use feature(s) without geometry were skipped.</source>
      <translation>已跳过 {n} 个无几何图形的土地利用要素。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="462" />
      <source>Land-use codes (field "{field}") that the classification does not know; counted neither as industrial nor as construction land (area inside zones):</source>
      <translation>分类中不存在的地类编码（字段“{field}”），既不计入工业用地也不计入建设用地（开发区内面积）：</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="466" />
      <source>ha</source>
      <translation>公顷</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="469" />
      <source>Industrial land classes counted in {field}: {keys}</source>
      <translation>计入 {field} 的工业用地类别：{keys}</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="471" />
      <source>Zone | construction land (ha) | industrial land (ha) | share (%) | reached | deficit (ha)</source>
      <translation>开发区 | 建设用地（公顷） | 工业用地（公顷） | 占比（%） | 达标 | 缺口（公顷）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="495" />
      <source>Scored parcels have no field "ie_flag"; the low-efficiency columns stay empty.</source>
      <translation>宗地评价结果中没有字段“ie_flag”；低效相关列留空。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="498" />
      <source>Scored parcels have no field "ie_tax"; tax per mu stays empty.</source>
      <translation>宗地评价结果中没有字段“ie_tax”；亩均税收留空。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="500" />
      <source>Scored parcels have no field "ie_areamu"; their areas are measured.</source>
      <translation>宗地评价结果中没有字段“ie_areamu”；面积按几何图形量算。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="557" />
      <source>Layer {param} has no field "{field}"; only its total area is reported.</source>
      <translation>图层 {param} 中没有字段“{field}”；仅报告其总面积。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="603" />
      <source>{n} feature(s) of {param} have no geometry and could not be placed in a zone; they are left out of the zone totals (and of the rate's denominator).</source>
      <translation>{param} 中有 {n} 个要素没有几何图形，无法归入开发区；不计入开发区合计（也不计入比率的分母）。</translation>
    </message>
  </context>
  <context>
    <name>ZoneReport</name>
    <message>
      <location filename="../algorithms/zone_report.py" line="112" />
      <source>Zone report (PDF, one page per zone)</source>
      <translation>园区报告</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="115" />
      <source>A PDF with one page per zone: styled parcel map, scorecard and land-status chart; plus a PNG overview map of all zones.</source>
      <translation>每个园区一页的 PDF 报告：含带样式的宗地地图、指标卡和用地状况图表；另附全部园区的 PNG 总览图。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="119" />
      <source>report,pdf,atlas,layout,zone,map,png</source>
      <translation>报告,pdf,图集,布局,园区,地图,png</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="126" />
      <source>Zones (output of the zone industrial-share check)</source>
      <translation>园区（开发区工业用地占比核查的输出）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="128" />
      <source>Parcels (a LandPlan output with ie_flag / idle_flag / unsup_flag)</source>
      <translation>宗地（含 ie_flag / idle_flag / unsup_flag 的 LandPlan 输出）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="130" />
      <source>Zone name field</source>
      <translation>园区名称字段</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="132" />
      <source>Report title</source>
      <translation>报告标题</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="132" />
      <source>Land efficiency review</source>
      <translation>土地效率评价</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="134" />
      <source>Report (PDF)</source>
      <translation>报告（PDF）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="134" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="136" />
      <source>Overview map (PNG)</source>
      <translation>总览图（PNG）</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="136" />
      <source>PNG images (*.png)</source>
      <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="138" />
      <source>Pages</source>
      <translation>页数</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="141" />
      <source>&lt;p&gt;Builds a print layout with an atlas over the zones: one page per zone with a map of the zone's parcels styled like the LandPlan output over the zone outline, a legend, scale bar and north arrow, the zone's scorecard from the zone check (industrial share, threshold, areas, deficit, low-efficiency / idle / unsupplied land) and a bar chart of its land status (low-efficiency, idle and unsupplied parcel area against the total parcel area, in mu; a parcel belongs to the zone its inner point falls in). Also writes a PNG overview map of all zones.&lt;/p&gt;&lt;p&gt;Chinese text needs a CJK font (e.g. Debian's fonts-noto-cjk).&lt;/p&gt;</source>
      <translation>&lt;p&gt;生成按园区逐页输出的图集打印布局：每个园区一页，包括以 LandPlan 输出样式显示在园区边界之上的该园区宗地地图、图例、比例尺和指北针，来自开发区工业用地占比核查的该园区指标卡（工业用地占比、阈值、各项面积、缺口、低效/闲置/批而未供土地），以及用地状况柱状图（低效、闲置和批而未供宗地面积与宗地总面积对比，单位为亩；宗地归属于其内部点所在的园区）。同时输出全部园区的 PNG 总览图。&lt;/p&gt;&lt;p&gt;中文文字需要 CJK 字体（如 Debian 的 fonts-noto-cjk）。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="155" />
      <source>Zones</source>
      <translation>园区</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="157" />
      <source>Parcels</source>
      <translation>宗地</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="167" />
      <source>zone name</source>
      <translation>园区名称</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="174" />
      <source>The zones layer has no features.</source>
      <translation>园区图层没有要素。</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="199" />
      <source>Zone {n}</source>
      <translation>园区 {n}</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="217" />
      <source>Writing {n} page(s) to {path}</source>
      <translation>正在将 {n} 页写入 {path}</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="227" />
      <source>PDF export failed: {err}</source>
      <translation>PDF 导出失败：{err}</translation>
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="238" />
      <source>The PNG overview could not be written.</source>
      <translation>无法写出 PNG 总览图。</translation>
    </message>
  </context>
</TS>
