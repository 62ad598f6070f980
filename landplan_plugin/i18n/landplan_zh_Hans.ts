<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>ExportFlagged</name>
    <message>
      <location filename="../algorithms/export_flagged.py" line="165" />
      <source>Export flagged parcels (shapefile + ledger)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="168" />
      <source>Writes the parcels a LandPlan check flagged to a shapefile (GBK or UTF-8, short field names with a name map) and the 台账 ledger as an Excel workbook.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="172" />
      <source>export,shapefile,ledger,GBK,xlsx,flagged,idle,unsupplied,low-efficiency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="175" />
      <source>Low-efficiency industrial land (ie_flag)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="175" />
      <source>Idle land (idle_flag)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="176" />
      <source>Approved but unsupplied (unsup_flag)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="179" />
      <source>Chinese, for ArcGIS and most Chinese tools (GBK)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="179" />
      <source>Unicode (UTF-8)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="183" />
      <source>LandPlan output (parcels with flags)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="185" />
      <source>Flags to export (a feature is written when any chosen flag present in the input is 1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="188" />
      <source>Shapefile encoding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="189" />
      <source>Parcel id field (地块编号)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="191" />
      <source>Zone field (所在园区)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="193" />
      <source>Deadline field (完成时限; empty = leave blank to fill in)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="195" />
      <source>Responsible unit field (责任单位; empty = leave blank)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="198" />
      <source>Flagged parcels (shapefile)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="198" />
      <source>ESRI Shapefile (*.shp)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="200" />
      <source>Ledger (台账, Excel)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="200" />
      <source>Excel workbook (*.xlsx)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="202" />
      <source>Field name map (CSV)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="203" />
      <source>Number of parcels exported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="206" />
      <source>&lt;p&gt;Exports the features of a LandPlan output whose flag is 1 — low-efficiency (ie_flag), idle (idle_flag), approved but unsupplied (unsup_flag); choose which — to a shapefile other offices can open.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Shapefile&lt;/b&gt;: a .cpg naming the encoding (GBK by default, or UTF-8) and a .prj. Field names are at most 10 bytes in that encoding (a Chinese character is 2 bytes in GBK, 3 in UTF-8); longer names are cut to a stable short name and &lt;i&gt;name&lt;/i&gt;_fields.csv beside the file maps short names to the original names and their Chinese aliases. A .qml beside it styles the layer. Dates are written as Date. Added fields: lp_kind (认定类别), lp_type (类型), lp_disp (处置措施), lp_areamu (面积, 亩).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ledger (台账)&lt;/b&gt;, one row per parcel: 地块编号, 所在园区, 面积(亩), 类型, 形成原因, 处置措施, 完成时限, 责任单位. 完成时限 and 责任单位 come from the fields you name, or are left blank to fill in. Area: the scoring's land area (ie_areamu), else the unsupplied area (unsup_mu), else the ellipsoidal area of the geometry. Suggested disposal: 粗放用地类 → 提质增效 (增资扩产、二次开发); 停建停产类 → 督促复工复产, else 兼并重组、置换盘活 or 依法收回; 产业转型类 → 转型升级、调整利用; idle land → the idle check's suggestion (idle_disp), else 满2年 依法收回 / 限期开发; approved but unsupplied → 加快供地 or 清理用地批准文件; 已批未供即用 → 完善用地手续.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="238" />
      <source>The input has no {field} field; that flag is skipped.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="240" />
      <source>The input has none of the chosen LandPlan flag fields ({fields}). Run a LandPlan check (score, idle land, unsupplied) first and export its output.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="254" />
      <source>parcel id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="254" />
      <source>zone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="255" />
      <source>deadline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="255" />
      <source>responsible unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="286" />
      <source>{n} of {total} features are flagged.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="325" />
      <source>Field "{orig}" is written as "{short}" (10-byte limit).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="330" />
      <source>The input has no CRS: the shapefile gets no .prj.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="342" />
      <source>Could not create {path}: {msg}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="421" />
      <source>Writing {path} failed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/export_flagged.py" line="423" />
      <source>{n} text value(s) were longer than 254 bytes and were cut in the shapefile; the ledger keeps the full text.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FlagIdleLand</name>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="98" />
      <source>Flag idle land</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="101" />
      <source>Flags idle land (闲置土地) as of a reference date: not started one full year after the agreed start date, or development halted one full year with too little developed or invested.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="105" />
      <source>idle land,闲置土地,supplied land,start date,halt,disposal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="109" />
      <source>Supplied parcels</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="112" />
      <source>Agreed start date field (约定动工日期)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="114" />
      <source>Actual start date field (实际动工日期; empty = not started)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="116" />
      <source>Developed-area ratio field (developed ÷ area to develop, 0–1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="118" />
      <source>Invested ratio field (invested ÷ total investment, 0–1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="120" />
      <source>Halt date field (中止开发日期)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="122" />
      <source>Developed area field, when no ratio is given</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="124" />
      <source>Area to be developed field, when no ratio is given</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="126" />
      <source>Invested amount field, when no ratio is given</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="128" />
      <source>Total investment field (land price and taxes excluded), when no ratio is given</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="131" />
      <source>Idle cause field (闲置原因)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="135" />
      <source>Cause values meaning government cause or force majeure, comma separated (empty = recognise by keywords: 政府, 规划调整, 征收, 不可抗力 …)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="138" />
      <source>Land price field (万元), for the idle fee</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="141" />
      <source>Idle land check</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="144" />
      <source>&lt;p&gt;Flags idle land (闲置土地) among supplied state land (出让/划拨) as of a reference date.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rule&lt;/b&gt; (《闲置土地处置办法》, 国土资源部令第53号, 2012, 第二条; 濮阳 and 宝丰 plans, seeds 003/004). A parcel is idle when, at the reference date: (1) &lt;b&gt;not started&lt;/b&gt; (未动工) one full year or more after the agreed start date (约定动工日期) — a start recorded after the reference date counts as not started; or (2) &lt;b&gt;started&lt;/b&gt;, but the developed area is under 1/3 of the area to develop &lt;b&gt;or&lt;/b&gt; the investment is under 25% of the total (land price and taxes excluded), &lt;b&gt;and&lt;/b&gt; development has been halted (中止开发) one full year or more. 'One full year' is reached on the anniversary: agreed start 2020-03-05 is idle on 2021-03-05, not on 2021-03-04.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Stages&lt;/b&gt; (第十四条): 满1年 — 征缴土地闲置费 (20% of the land price); 满2年 — 可无偿收回. Land idle because of the government or force majeure (第八条) is still flagged but marked (idle_gov = 1): the fee and recovery without compensation do not apply; it is handled by negotiation (第十二条). The cause comes from the cause field: with a value list, a value containing one of the listed values is a government / force-majeure cause; without one, keywords decide (政府, 规划调整, 征收, 拆迁, 军事, 文物 → 政府原因; 不可抗力, 自然灾害, 地震 → 不可抗力; both sides → 政企双方原因; other text → 企业原因).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Suggested disposal&lt;/b&gt; (限期开发 / 调整利用 / 置换盘活 / 依法收回 / 临时使用, seeds 003/004): enterprise or unstated cause — 满1年 限期开发, 满2年 依法收回 (无偿收回); government cause — 满1年 限期开发 (延长动工期限), 满2年 调整利用; force majeure — 满1年 限期开发, 满2年 临时使用; faults on both sides — 满1年 限期开发, 满2年 依法收回 (协商有偿收回). Alternatives are listed in the reason.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Reference date&lt;/b&gt; (AS_OF): empty means today, taken when the run starts; the date used is logged and written to idle_asof, so a quarter's report re-run later with the same AS_OF gives the same answer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dates&lt;/b&gt; may be stored as Date, DateTime or text: 2021-03-05, 2021/3/5, 2021.3.5, 2021年3月5日, 20210305, or an Excel serial (44260). A value that cannot be read is named in the row's reason and counted in the log; an unreadable actual start date makes the row undetermined. Ratios are 0–1 (45% and 45 are read as 0.45, with a note); when a ratio is empty it is computed from the developed/total area or invested/total investment fields if given.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Output&lt;/b&gt;: every input feature and field, plus idle_flag (1 idle, 0 not, empty undetermined 待核实), idle_days (days on the idleness clock: since the agreed start date or the halt date), idle_basis (未动工 / 中止开发), idle_stage (未满1年 / 满1年 / 满2年), idle_csq (consequence), idle_cause, idle_gov, idle_disp (suggested disposal), idle_fee (土地闲置费, 万元, when a land price is given), idle_asof and idle_rsn (reason).&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="179" />
      <source>Idle land flag (1 yes, 0 no, empty undetermined)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="180" />
      <source>Idle days (since agreed start or halt)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="181" />
      <source>Idle basis (未动工 / 中止开发)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="182" />
      <source>Idle stage (满1年 / 满2年)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="183" />
      <source>Consequence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="184" />
      <source>Idle cause class</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="185" />
      <source>Government cause or force majeure (1 yes, 0 no)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="186" />
      <source>Suggested disposal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="187" />
      <source>Idle land fee (万元)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="188" />
      <source>Reference date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="189" />
      <source>Reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="200" />
      <source>agreed start date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="200" />
      <source>actual start date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="201" />
      <source>developed-area ratio</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="201" />
      <source>invested ratio</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="202" />
      <source>halt date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="202" />
      <source>developed area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="203" />
      <source>area to be developed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="203" />
      <source>invested amount</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="204" />
      <source>total investment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="204" />
      <source>idle cause</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="205" />
      <source>land price</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="210" />
      <source>No agreed start date field (AGREED_START_FIELD) was given or found.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="212" />
      <source>No actual start date field: every parcel is treated as not started.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="214" />
      <source>No halt date field: started parcels cannot be idle by halted development.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="218" />
      <source>No developed-area or investment field: halted parcels are undetermined.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="221" />
      <source>Government-cause values were given but no cause field; they are ignored.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="341" />
      <source>{n} value(s) in field "{field}" could not be used ({kind}); see the reason field.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_idle_land.py" line="343" />
      <source>Summary as of {date} (count):</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FlagUnsupplied</name>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="77" />
      <source>Flag approved but unsupplied land</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="80" />
      <source>Flags approved but unsupplied land (批而未供) as of a reference date, from dates and status or by subtracting supply polygons, with years since approval and areas in mu and ha.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="84" />
      <source>approved,unsupplied,批而未供,supply,approval,rate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="87" />
      <source>Square metres (m2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="87" />
      <source>Mu (mu)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="87" />
      <source>Hectares (ha)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="91" />
      <source>Approved land (批地)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="94" />
      <source>Approval date field (批准日期)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="96" />
      <source>Supply date field (供地日期; attribute mode)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="98" />
      <source>Supply status field (供地状态: 已供/未供/部分供应; attribute mode)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="101" />
      <source>Supplied land (供地) polygons — spatial mode when given</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="103" />
      <source>Supply date field of the supplied land layer (supplies after the reference date are left out)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="107" />
      <source>Ignore unsupplied remainders smaller than (m²)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="109" />
      <source>In-use field (是否使用), for 已批未供即用</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="112" />
      <source>Buildings / current use layer (现状), for 已批未供即用</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="114" />
      <source>Approved area field (attribute mode; empty = measure the geometry)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="116" />
      <source>Approved area field unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="120" />
      <source>Approved but unsupplied land</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="123" />
      <source>&lt;p&gt;Flags approved but unsupplied land (批而未供): land whose conversion or expropriation was approved (农用地转用、土地征收批准) on or before the reference date and not supplied (出让/划拨) by it (seeds 001, 003, 004; SPEC §3.3).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Attribute mode&lt;/b&gt; (no supplied layer): from the approval date and the supply date or supply status. Approved after the reference date → not flagged; supplied on or before it → not flagged; supplied after it → unsupplied as of the reference date; no supply date → the status decides (未供 → flagged, 已供 → not flagged, 部分供应 → flagged with the whole approved area, to be reduced by the supplied part); neither → flagged. The date wins over the status.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Spatial mode&lt;/b&gt; (a supplied land layer is given, any CRS): the output geometry is the part of each approval polygon that no supply polygon covers, as field tools compute it (approval minus the union of the supply polygons touching it). Supplies dated after the reference date are left out when the supply layer has a date field. Remainder parts smaller than the tolerance (default 1 m², ellipsoidal area) are dropped; when less than the tolerance remains the approval is not flagged. Rows that are not flagged carry no geometry. Invalid geometries are repaired (makeValid) and reported.&lt;/p&gt;&lt;p&gt;&lt;b&gt;已批未供即用&lt;/b&gt; (approved, unsupplied, already in use; seeds 003/004): unsup_use is 1 when an unsupplied row's in-use field says so (是/已使用/1 …) or a building / current-use feature overlaps its unsupplied part.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Reference date&lt;/b&gt; (AS_OF): empty means today, taken when the run starts; it is logged and written to unsup_asof, so a re-run with the same AS_OF gives the same answer. Dates may be Date, DateTime or text (2021-03-05, 2021/3/5, 2021.3.5, 2021年3月5日, 20210305, Excel serials); an unreadable value is named in the row's reason and counted in the log.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Output&lt;/b&gt;: every input feature and field, plus unsup_flag (1 / 0 / empty undetermined), unsup_yrs (full years since approval, flagged rows), appr_age (years since approval, decimal), appr_year (approval year), appr_mu (approved area, mu), unsup_mu and unsup_ha (unsupplied area), unsup_use (已批未供即用), unsup_asof and unsup_rsn (reason). The log ends with totals per approval year: count, mu and 批而未供率 (unsupplied ÷ approved area).&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="154" />
      <source>Unsupplied flag (1 yes, 0 no, empty undetermined)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="155" />
      <source>Full years since approval</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="156" />
      <source>Years since approval</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="157" />
      <source>Approval year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="158" />
      <source>Approved area (mu)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="159" />
      <source>Unsupplied area (mu)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="160" />
      <source>Unsupplied area (ha)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="161" />
      <source>Approved, unsupplied and in use (1 yes, 0 no)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="162" />
      <source>Reference date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="163" />
      <source>Reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="176" />
      <source>Layer {label} is reprojected from {src} to {dst}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="216" />
      <source>Spatial mode and the buildings layer need a polygon approval layer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="219" />
      <source>Approved land</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="225" />
      <source>approval date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="227" />
      <source>supply date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="229" />
      <source>supply status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="231" />
      <source>in use</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="233" />
      <source>approved area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="237" />
      <source>Spatial mode: the supply date and status fields of the approval layer are not used; the supply polygons decide.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="241" />
      <source>Spatial mode: areas are measured on the geometry; the area field is not used.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="244" />
      <source>No approval date field: approval years and ages are left empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="246" />
      <source>Attribute mode needs an approval date field (APPROVAL_DATE_FIELD).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="248" />
      <source>No supply date or supply status field and no supplied layer: every approved record counts as unsupplied.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="251" />
      <source>No geometry and no area field: areas are left empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="257" />
      <source>supply date (supplied layer)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="259" />
      <source>supplied land</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="262" />
      <source>{n} supply polygons indexed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="264" />
      <source>{n} supply polygons dated after the reference date are left out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="267" />
      <source>{n} supply polygons have an unreadable supply date; they count as supplied.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="270" />
      <source>{n} supply polygons have no supply date; they count as supplied.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="274" />
      <source>buildings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="489" />
      <source>{n} invalid geometries were repaired (makeValid); see the reason field.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="492" />
      <source>{n} value(s) in field "{field}" could not be used ({kind}); see the reason field.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="551" />
      <source>Totals per approval year as of {date} (approved; 批而未供 unsupplied; 批而未供率 = unsupplied ÷ approved area):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="555" />
      <source>Total</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="557" />
      <source>  {label}: approved {count}, {approved_mu} mu; unsupplied {n}, {mu} mu ({ha} ha); 批而未供率 {rate}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="562" />
      <source>; {n} undetermined (待核实)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/flag_unsupplied.py" line="564" />
      <source>; {n} in use (已批未供即用)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LandPlanAlgorithm</name>
    <message>
      <location filename="../algorithms/base.py" line="71" />
      <source>text that is not a number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/base.py" line="72" />
      <source>NaN or infinite number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/base.py" line="73" />
      <source>unreadable date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/base.py" line="74" />
      <source>zero or negative area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/base.py" line="75" />
      <source>percent stored as a fraction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/base.py" line="76" />
      <source>ratio stored as a percent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/base.py" line="77" />
      <source>value out of range</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/base.py" line="78" />
      <source>unrecognised text value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/base.py" line="79" />
      <source>empty or NULL geometry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/base.py" line="80" />
      <source>invalid geometry (repaired)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/base.py" line="88" />
      <source>{n} row value(s) with a data problem: {label}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/base.py" line="102" />
      <source>Land efficiency review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/base.py" line="154" />
      <source>Field "{field}" (parameter {param}, {label}) is not in the input layer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/base.py" line="160" />
      <source>Using field "{field}" as {label} (found by name).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/base.py" line="175" />
      <source>Layer "{label}" has no coordinate reference system. Set its CRS (e.g. EPSG:4547 or EPSG:4490) in the layer properties and run again; areas cannot be measured without it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/base.py" line="217" />
      <source>Cancelled: the unfinished output {path} was removed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/base.py" line="232" />
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
    <name>LandPlanStyling</name>
    <message>
      <location filename="../styling.py" line="276" />
      <source>Could not store the LandPlan style with {path}; load resources/styles/{qml} by hand.</source>
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
      <location filename="../algorithms/score_inefficiency.py" line="236" />
      <source>Field "{field}" holds building coverage as fractions (all values between 0 and 1); they are read as percent ×100 (0.45 → 45%).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="249" />
      <source>not low-efficiency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="250" />
      <source>undetermined (待核实)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="361" />
      <source>Summary (count, area in mu):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/score_inefficiency.py" line="363" />
      <source>mu</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ZoneIndustrialShare</name>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="69" />
      <source>Check development-zone industrial land share</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="72" />
      <source>Industrial land ÷ construction land inside each development zone, against the 60% threshold, with the deficit and an optional zone scorecard.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="76" />
      <source>development zone,industrial land share,60%,land use,zone,scorecard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="80" />
      <source>Third land survey / GB/T 21010-2017 (sandiao_2017)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="81" />
      <source>Land and sea use classification 2023 (guotu_2023)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="82" />
      <source>GB 50137-2011 urban land (gb50137_2011)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="83" />
      <source>Custom code lists file (custom)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="87" />
      <source>Industrial, mining and warehousing land (industrial)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="88" />
      <source>Industrial land only (industrial_only)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="92" />
      <source>Development zones</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="93" />
      <source>Zone name field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="96" />
      <source>Land use (current-use polygons or parcels)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="97" />
      <source>Land-use code field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="100" />
      <source>Required industrial land share (%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="103" />
      <source>Land-use classification</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="106" />
      <source>Industrial land counted (numerator)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="109" />
      <source>Custom code lists file (JSON, used when given)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="112" />
      <source>Scored parcels (output of 'Score low-efficiency industrial land'), for the scorecard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="115" />
      <source>Idle-land check output (idle_flag), for the scorecard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="118" />
      <source>Approved-but-unsupplied check output (unsup_flag), for the scorecard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="121" />
      <source>Zone industrial land share</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="124" />
      <source>&lt;p&gt;Checks that each development zone (开发区) keeps its industrial land share at or above the threshold (default 60%).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rule&lt;/b&gt;: 《郑州市工业用地布局规划（2021—2035年）》 第二章三 (以发展工业为主的开发区，其工业用地面积比例达到60%) and 第四章二 (按照产业用地不得低于60%的标准). The share is computed as the industrial land rate (工业用地率) of TD/T 1029 开发区土地集约利用评价: industrial, mining and warehousing land (工矿仓储用地) ÷ construction land (建设用地) inside the zone × 100. A share equal to the threshold passes.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Geometry&lt;/b&gt;: land-use polygons are clipped to each zone, so a polygon half outside counts half. Each zone is evaluated on its own (zones may overlap, be multipart or have holes). Land use in another CRS is reprojected to the zones' CRS. Areas are ellipsoidal (CGCS2000 unless the CRS names another ellipsoid), so EPSG:4490 and Gauss–Krüger data give the same numbers. Invalid polygons are repaired (make valid) and counted in the log.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Classification&lt;/b&gt;: 三调 / GB/T 21010-2017 (default), the 2023 land and sea use classification, GB 50137-2011, or a custom JSON file in the format of resources/landuse/*.json. Codes may be text or integers: they are normalised (601 and '601' mean 0601; full-width digits, spaces and a trailing name are removed). A code the classification does not know is counted neither as industrial nor as construction land; its area is reported in the log and in unk_ha. The numerator is either 工矿仓储 (default: industrial, mining, salt pans, warehousing) or industrial land only.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Deficit&lt;/b&gt; (deficit_ha): the industrial land still needed to reach the threshold when existing construction land inside the zone is converted to industrial use, so the base does not change: max(0, threshold × construction − industrial). def_new_ha gives the other reading, industrial land added as new construction land (the base grows too): (threshold × construction − industrial) ÷ (1 − threshold).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Scorecard&lt;/b&gt; (optional inputs): scored parcels belong to the zone that contains a point on their surface; their area is ie_areamu (else the geometry). Low-efficiency area (ie_flag = 1) and its share of the scored area; tax per mu = Σ(ie_tax × area) ÷ Σ area. Idle and unsupplied layers are clipped to the zone: idle rate = idle area (idle_flag = 1) ÷ area of all features (supplied land); unsupplied rate = unsupplied area (unsup_flag = 1) ÷ area of all features (approved land). A missing field leaves its columns empty, with a warning.&lt;/p&gt;&lt;p&gt;Output: one feature per zone with its geometry, its fields and: zone_ha, ind_ha, base_ha, the gy_ha / ck_ha / cc_ha breakdown, ind_share (%), share_ok (1 / 0 / empty when the zone has no construction land), deficit_ha, def_new_ha, unk_ha, verdict and the scorecard columns.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="166" />
      <source>The custom classification needs a code lists file (CUSTOM_CODES).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="175" />
      <source>Zone name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="176" />
      <source>Zone area (ha)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="177" />
      <source>Industrial land (ha)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="178" />
      <source>Construction land (ha)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="179" />
      <source>of which industrial 工业 (ha)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="180" />
      <source>of which mining 采矿 (ha)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="181" />
      <source>of which warehousing 仓储 (ha)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="182" />
      <source>of which industrial-mining land not subdivided (ha)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="183" />
      <source>Industrial land share (%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="184" />
      <source>Required share (%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="185" />
      <source>Share reached (1 yes, 0 no, empty no construction land)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="186" />
      <source>Industrial land still needed (ha)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="187" />
      <source>Still needed if added as new construction land (ha)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="188" />
      <source>Land with unknown codes (ha)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="189" />
      <source>Unknown codes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="190" />
      <source>Verdict</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="191" />
      <source>Classification applied</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="192" />
      <source>Scored parcels (ha)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="193" />
      <source>Low-efficiency industrial land (ha)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="194" />
      <source>Low-efficiency share of scored land (%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="195" />
      <source>Parcels undetermined (待核实)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="196" />
      <source>Tax per mu of scored parcels (万元/亩)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="197" />
      <source>Supplied land checked for idleness (ha)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="198" />
      <source>Idle land (ha)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="199" />
      <source>Idle rate (%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="200" />
      <source>Approved land (ha)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="201" />
      <source>Approved but unsupplied land (ha)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="202" />
      <source>Unsupplied rate (%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="209" />
      <source>Land use</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="216" />
      <source>zone name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="218" />
      <source>land-use code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="220" />
      <source>No land-use code field: choose one in LANDUSE_FIELD (e.g. DLBM).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="223" />
      <source>Classification: {name} ({id}); numerator: {variant}; threshold {t}%</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="232" />
      <source>Land use ({src}) is reprojected to the zones' CRS ({dst}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="259" />
      <source>Zone "{name}" has an invalid polygon; it was repaired (make valid).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="434" />
      <source>{n} invalid land-use polygon(s) repaired (make valid); feature ids: {ids}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="437" />
      <source>{n} land-use feature(s) without geometry were skipped.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="440" />
      <source>Land-use codes (field "{field}") that the classification does not know; counted neither as industrial nor as construction land (area inside zones):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="444" />
      <source>ha</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="447" />
      <source>Industrial land classes counted in {field}: {keys}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="449" />
      <source>Zone | construction land (ha) | industrial land (ha) | share (%) | reached | deficit (ha)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="473" />
      <source>Scored parcels have no field "ie_flag"; the low-efficiency columns stay empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="476" />
      <source>Scored parcels have no field "ie_tax"; tax per mu stays empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="478" />
      <source>Scored parcels have no field "ie_areamu"; their areas are measured.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_industrial_share.py" line="529" />
      <source>Layer {param} has no field "{field}"; only its total area is reported.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ZoneReport</name>
    <message>
      <location filename="../algorithms/zone_report.py" line="110" />
      <source>Zone report (PDF, one page per zone)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="113" />
      <source>A PDF with one page per zone: styled parcel map, scorecard and land-status chart; plus a PNG overview map of all zones.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="117" />
      <source>report,pdf,atlas,layout,zone,map,png</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="124" />
      <source>Zones (output of the zone industrial-share check)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="126" />
      <source>Parcels (a LandPlan output with ie_flag / idle_flag / unsup_flag)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="128" />
      <source>Zone name field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="130" />
      <source>Report title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="130" />
      <source>Land efficiency review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="132" />
      <source>Report (PDF)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="132" />
      <source>PDF files (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="134" />
      <source>Overview map (PNG)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="134" />
      <source>PNG images (*.png)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="136" />
      <source>Pages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="139" />
      <source>&lt;p&gt;Builds a print layout with an atlas over the zones: one page per zone with a map of the zone's parcels styled like the LandPlan output over the zone outline, a legend, scale bar and north arrow, the zone's scorecard from the zone check (industrial share, threshold, areas, deficit, low-efficiency / idle / unsupplied land) and a bar chart of its land status (low-efficiency, idle and unsupplied parcel area against the total parcel area, in mu; a parcel belongs to the zone its inner point falls in). Also writes a PNG overview map of all zones.&lt;/p&gt;&lt;p&gt;Chinese text needs a CJK font (e.g. Debian's fonts-noto-cjk).&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="158" />
      <source>zone name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="163" />
      <source>Zones</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="165" />
      <source>The zones layer has no features.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="171" />
      <source>Parcels</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="187" />
      <source>Zone {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="205" />
      <source>Writing {n} page(s) to {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="213" />
      <source>PDF export failed: {err}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../algorithms/zone_report.py" line="224" />
      <source>The PNG overview could not be written.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
