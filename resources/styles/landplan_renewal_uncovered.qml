<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" styleCategories="Symbology|Labeling|Fields" labelsEnabled="0">
  <renderer-v2 type="categorizedSymbol" referencescale="-1" forceraster="0" attr="if(&quot;uc_park&quot; = 1, '见园未见绿', '未见绿未见园')" symbollevels="0" enableorderby="0">
    <categories>
      <category value="未见绿未见园" label="住宅用地：未达见绿、未达见园" symbol="0" render="true"/>
      <category value="见园未见绿" label="住宅用地：未达见绿（见园）" symbol="1" render="true"/>
    </categories>
    <symbols>
      <symbol type="fill" alpha="1" clip_to_extent="1" force_rhr="0" name="0">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" enabled="1" class="SimpleFill" pass="0">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" type="QString" name="border_width_map_unit_scale"/>
            <Option value="178,24,43,255" type="QString" name="color"/>
            <Option value="bevel" type="QString" name="joinstyle"/>
            <Option value="0,0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="85,85,85,255" type="QString" name="outline_color"/>
            <Option value="solid" type="QString" name="outline_style"/>
            <Option value="0.2" type="QString" name="outline_width"/>
            <Option value="MM" type="QString" name="outline_width_unit"/>
            <Option value="solid" type="QString" name="style"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="178,24,43,255"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="85,85,85,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.2"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" alpha="1" clip_to_extent="1" force_rhr="0" name="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" enabled="1" class="SimpleFill" pass="0">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" type="QString" name="border_width_map_unit_scale"/>
            <Option value="244,165,130,255" type="QString" name="color"/>
            <Option value="bevel" type="QString" name="joinstyle"/>
            <Option value="0,0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="85,85,85,255" type="QString" name="outline_color"/>
            <Option value="solid" type="QString" name="outline_style"/>
            <Option value="0.2" type="QString" name="outline_width"/>
            <Option value="MM" type="QString" name="outline_width_unit"/>
            <Option value="solid" type="QString" name="style"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="244,165,130,255"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="85,85,85,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.2"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
    <rotation/>
    <sizescale/>
  </renderer-v2>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <fieldConfiguration>
    <field configurationFlags="None" name="ie_tax"/>
    <field configurationFlags="None" name="ie_taxpt"/>
    <field configurationFlags="None" name="ie_inv"/>
    <field configurationFlags="None" name="ie_invpt"/>
    <field configurationFlags="None" name="ie_far"/>
    <field configurationFlags="None" name="ie_farpt"/>
    <field configurationFlags="None" name="ie_cov"/>
    <field configurationFlags="None" name="ie_covpt"/>
    <field configurationFlags="None" name="ie_areamu"/>
    <field configurationFlags="None" name="ie_score"/>
    <field configurationFlags="None" name="ie_flag"/>
    <field configurationFlags="None" name="ie_type"/>
    <field configurationFlags="None" name="ie_reason"/>
    <field configurationFlags="None" name="ie_std"/>
    <field configurationFlags="None" name="idle_flag"/>
    <field configurationFlags="None" name="idle_days"/>
    <field configurationFlags="None" name="idle_stage"/>
    <field configurationFlags="None" name="idle_basis"/>
    <field configurationFlags="None" name="idle_cause"/>
    <field configurationFlags="None" name="idle_disp"/>
    <field configurationFlags="None" name="idle_alt"/>
    <field configurationFlags="None" name="idle_csq"/>
    <field configurationFlags="None" name="idle_fee"/>
    <field configurationFlags="None" name="idle_conseq"/>
    <field configurationFlags="None" name="idle_gov"/>
    <field configurationFlags="None" name="idle_rsn"/>
    <field configurationFlags="None" name="idle_reason"/>
    <field configurationFlags="None" name="idle_start"/>
    <field configurationFlags="None" name="idle_asof"/>
    <field configurationFlags="None" name="unsup_flag"/>
    <field configurationFlags="None" name="unsup_yrs"/>
    <field configurationFlags="None" name="appr_year"/>
    <field configurationFlags="None" name="unsup_mu"/>
    <field configurationFlags="None" name="unsup_ha"/>
    <field configurationFlags="None" name="unsup_m2"/>
    <field configurationFlags="None" name="inuse_flag"/>
    <field configurationFlags="None" name="unsup_rsn"/>
    <field configurationFlags="None" name="unsup_reason"/>
    <field configurationFlags="None" name="unsup_age"/>
    <field configurationFlags="None" name="appr_age"/>
    <field configurationFlags="None" name="appr_mu"/>
    <field configurationFlags="None" name="unsup_use"/>
    <field configurationFlags="None" name="unsup_asof"/>
    <field configurationFlags="None" name="ind_share"/>
    <field configurationFlags="None" name="share_ok"/>
    <field configurationFlags="None" name="deficit_ha"/>
    <field configurationFlags="None" name="ind_ha"/>
    <field configurationFlags="None" name="base_ha"/>
    <field configurationFlags="None" name="ind_mu"/>
    <field configurationFlags="None" name="base_mu"/>
    <field configurationFlags="None" name="deficit_mu"/>
    <field configurationFlags="None" name="threshold"/>
    <field configurationFlags="None" name="verdict"/>
    <field configurationFlags="None" name="zone_name"/>
    <field configurationFlags="None" name="zone_ha"/>
    <field configurationFlags="None" name="gy_ha"/>
    <field configurationFlags="None" name="ck_ha"/>
    <field configurationFlags="None" name="cc_ha"/>
    <field configurationFlags="None" name="othind_ha"/>
    <field configurationFlags="None" name="thresh"/>
    <field configurationFlags="None" name="def_new_ha"/>
    <field configurationFlags="None" name="unk_ha"/>
    <field configurationFlags="None" name="unk_codes"/>
    <field configurationFlags="None" name="cls"/>
    <field configurationFlags="None" name="scored_ha"/>
    <field configurationFlags="None" name="lowe_ha"/>
    <field configurationFlags="None" name="lowe_pct"/>
    <field configurationFlags="None" name="ie_undet"/>
    <field configurationFlags="None" name="tax_mu"/>
    <field configurationFlags="None" name="supp_ha"/>
    <field configurationFlags="None" name="idle_ha"/>
    <field configurationFlags="None" name="idle_pct"/>
    <field configurationFlags="None" name="appr_ha"/>
    <field configurationFlags="None" name="unsup_pct"/>
    <field configurationFlags="None" name="cm_fail_n"/>
    <field configurationFlags="None" name="cm_fail_mu"/>
    <field configurationFlags="None" name="cm_card"/>
    <field configurationFlags="None" name="ua_n"/>
    <field configurationFlags="None" name="ua_tot_mu"/>
    <field configurationFlags="None" name="ua_card"/>
    <field configurationFlags="None" name="lp_kind"/>
    <field configurationFlags="None" name="lp_type"/>
    <field configurationFlags="None" name="lp_cause"/>
    <field configurationFlags="None" name="lp_disp"/>
    <field configurationFlags="None" name="lp_areamu"/>
    <field configurationFlags="None" name="dev_ha"/>
    <field configurationFlags="None" name="ready_ha"/>
    <field configurationFlags="None" name="built_ha"/>
    <field configurationFlags="None" name="supyr_ha"/>
    <field configurationFlags="None" name="sup_rate"/>
    <field configurationFlags="None" name="built_rate"/>
    <field configurationFlags="None" name="far_all"/>
    <field configurationFlags="None" name="bld_dens"/>
    <field configurationFlags="None" name="far_ind"/>
    <field configurationFlags="None" name="cov_ind"/>
    <field configurationFlags="None" name="inv_ha"/>
    <field configurationFlags="None" name="tax_ha"/>
    <field configurationFlags="None" name="idle_rate"/>
    <field configurationFlags="None" name="yrs_left"/>
    <field configurationFlags="None" name="score"/>
    <field configurationFlags="None" name="pot_ext"/>
    <field configurationFlags="None" name="pot_int"/>
    <field configurationFlags="None" name="pot_mgmt"/>
    <field configurationFlags="None" name="rd_sup"/>
    <field configurationFlags="None" name="rd_built"/>
    <field configurationFlags="None" name="rd_ind"/>
    <field configurationFlags="None" name="rd_far"/>
    <field configurationFlags="None" name="rd_dens"/>
    <field configurationFlags="None" name="rd_farind"/>
    <field configurationFlags="None" name="rd_covind"/>
    <field configurationFlags="None" name="rd_inv"/>
    <field configurationFlags="None" name="rd_tax"/>
    <field configurationFlags="None" name="rd_idle"/>
    <field configurationFlags="None" name="rd_yrs"/>
    <field configurationFlags="None" name="eval_note"/>
    <field configurationFlags="None" name="eval_file"/>
    <field configurationFlags="None" name="eval_asof"/>
    <field configurationFlags="None" name="ua_flag"/>
    <field configurationFlags="None" name="ua_mu"/>
    <field configurationFlags="None" name="ua_code"/>
    <field configurationFlags="None" name="ua_zone"/>
    <field configurationFlags="None" name="ua_reason"/>
    <field configurationFlags="None" name="cm_status"/>
    <field configurationFlags="None" name="cm_flag"/>
    <field configurationFlags="None" name="cm_short"/>
    <field configurationFlags="None" name="cm_penalty"/>
    <field configurationFlags="None" name="cm_disp"/>
    <field configurationFlags="None" name="cm_reason"/>
    <field configurationFlags="None" name="cm_asof"/>
    <field configurationFlags="None" name="mj_score"/>
    <field configurationFlags="None" name="mj_class"/>
    <field configurationFlags="None" name="mj_rank"/>
    <field configurationFlags="None" name="mj_n"/>
    <field configurationFlags="None" name="mj_reason"/>
    <field configurationFlags="None" name="ru_name"/>
    <field configurationFlags="None" name="ru_type"/>
    <field configurationFlags="None" name="ru_reason"/>
    <field configurationFlags="None" name="ru_area_ha"/>
    <field configurationFlags="None" name="ru_con_ha"/>
    <field configurationFlags="None" name="ru_old_pct"/>
    <field configurationFlags="None" name="ru_old_ha"/>
    <field configurationFlags="None" name="ru_vil_ha"/>
    <field configurationFlags="None" name="ru_low_ha"/>
    <field configurationFlags="None" name="ru_low_pct"/>
    <field configurationFlags="None" name="ru_vac_pct"/>
    <field configurationFlags="None" name="ru_res"/>
    <field configurationFlags="None" name="ru_resi_ha"/>
    <field configurationFlags="None" name="ru_grn_pct"/>
    <field configurationFlags="None" name="ru_prk_pct"/>
    <field configurationFlags="None" name="ru_rail_n"/>
    <field configurationFlags="None" name="ru_rail_m2"/>
    <field configurationFlags="None" name="uc_unit"/>
    <field configurationFlags="None" name="uc_code"/>
    <field configurationFlags="None" name="uc_m2"/>
    <field configurationFlags="None" name="uc_park"/>
    <field configurationFlags="None" name="uc_reason"/>
  </fieldConfiguration>
  <aliases>
    <alias field="ie_tax" index="0" name="亩均税收(万元/亩)"/>
    <alias field="ie_taxpt" index="1" name="亩均税收得分"/>
    <alias field="ie_inv" index="2" name="投资强度(万元/亩)"/>
    <alias field="ie_invpt" index="3" name="投资强度得分"/>
    <alias field="ie_far" index="4" name="容积率"/>
    <alias field="ie_farpt" index="5" name="容积率得分"/>
    <alias field="ie_cov" index="6" name="建筑系数(%)"/>
    <alias field="ie_covpt" index="7" name="建筑系数得分"/>
    <alias field="ie_areamu" index="8" name="用地面积(亩)"/>
    <alias field="ie_score" index="9" name="综合得分"/>
    <alias field="ie_flag" index="10" name="低效标记(1是/0否/空待核实)"/>
    <alias field="ie_type" index="11" name="低效类型"/>
    <alias field="ie_reason" index="12" name="低效认定理由"/>
    <alias field="ie_std" index="13" name="适用标准"/>
    <alias field="idle_flag" index="14" name="闲置标记(1是/0否/空待核实)"/>
    <alias field="idle_days" index="15" name="闲置天数"/>
    <alias field="idle_stage" index="16" name="闲置阶段"/>
    <alias field="idle_basis" index="17" name="闲置认定情形"/>
    <alias field="idle_cause" index="18" name="闲置原因分类"/>
    <alias field="idle_disp" index="19" name="建议处置措施"/>
    <alias field="idle_alt" index="20" name="备选处置措施"/>
    <alias field="idle_csq" index="21" name="法律后果"/>
    <alias field="idle_fee" index="22" name="土地闲置费(万元)"/>
    <alias field="idle_conseq" index="23" name="法律后果"/>
    <alias field="idle_gov" index="24" name="政府或不可抗力原因"/>
    <alias field="idle_rsn" index="25" name="闲置认定理由"/>
    <alias field="idle_reason" index="26" name="闲置认定理由"/>
    <alias field="idle_start" index="27" name="闲置起算日"/>
    <alias field="idle_asof" index="28" name="基准日"/>
    <alias field="unsup_flag" index="29" name="批而未供标记(1是/0否/空待核实)"/>
    <alias field="unsup_yrs" index="30" name="批准后满年数"/>
    <alias field="appr_year" index="31" name="批准年度"/>
    <alias field="unsup_mu" index="32" name="未供面积(亩)"/>
    <alias field="unsup_ha" index="33" name="未供面积(公顷)"/>
    <alias field="unsup_m2" index="34" name="未供面积(平方米)"/>
    <alias field="inuse_flag" index="35" name="已批未供即用"/>
    <alias field="unsup_rsn" index="36" name="批而未供认定理由"/>
    <alias field="unsup_reason" index="37" name="批而未供认定理由"/>
    <alias field="unsup_age" index="38" name="批准后年数"/>
    <alias field="appr_age" index="39" name="批准后年数"/>
    <alias field="appr_mu" index="40" name="批准面积(亩)"/>
    <alias field="unsup_use" index="41" name="已批未供即用(1是/0否)"/>
    <alias field="unsup_asof" index="42" name="基准日"/>
    <alias field="ind_share" index="43" name="工业用地率(%)"/>
    <alias field="share_ok" index="44" name="是否达标(1是/0否)"/>
    <alias field="deficit_ha" index="45" name="距达标缺口(公顷)"/>
    <alias field="ind_ha" index="46" name="工业用地面积(公顷)"/>
    <alias field="base_ha" index="47" name="建设用地面积(公顷)"/>
    <alias field="ind_mu" index="48" name="工业用地面积(亩)"/>
    <alias field="base_mu" index="49" name="建设用地面积(亩)"/>
    <alias field="deficit_mu" index="50" name="距达标缺口(亩)"/>
    <alias field="threshold" index="51" name="达标阈值(%)"/>
    <alias field="verdict" index="52" name="结论"/>
    <alias field="zone_name" index="53" name="园区名称"/>
    <alias field="zone_ha" index="54" name="园区面积(公顷)"/>
    <alias field="gy_ha" index="55" name="其中工业(公顷)"/>
    <alias field="ck_ha" index="56" name="其中采矿(公顷)"/>
    <alias field="cc_ha" index="57" name="其中仓储(公顷)"/>
    <alias field="othind_ha" index="58" name="其中其他工矿(公顷)"/>
    <alias field="thresh" index="59" name="达标阈值(%)"/>
    <alias field="def_new_ha" index="60" name="新增建设用地方式的缺口(公顷)"/>
    <alias field="unk_ha" index="61" name="未识别地类面积(公顷)"/>
    <alias field="unk_codes" index="62" name="未识别地类代码"/>
    <alias field="cls" index="63" name="地类分类方案"/>
    <alias field="scored_ha" index="64" name="参评宗地面积(公顷)"/>
    <alias field="lowe_ha" index="65" name="低效工业用地(公顷)"/>
    <alias field="lowe_pct" index="66" name="低效用地占比(%)"/>
    <alias field="ie_undet" index="67" name="待核实宗地数"/>
    <alias field="tax_mu" index="68" name="亩均税收(万元/亩)"/>
    <alias field="supp_ha" index="69" name="已供地面积(公顷)"/>
    <alias field="idle_ha" index="70" name="闲置土地(公顷)"/>
    <alias field="idle_pct" index="71" name="闲置率(%)"/>
    <alias field="appr_ha" index="72" name="已批面积(公顷)"/>
    <alias field="unsup_pct" index="73" name="批而未供率(%)"/>
    <alias field="cm_fail_n" index="74" name="标准地未达标(宗)"/>
    <alias field="cm_fail_mu" index="75" name="标准地未达标(亩)"/>
    <alias field="cm_card" index="76" name="标准地履约"/>
    <alias field="ua_n" index="77" name="疑似违法占地(处)"/>
    <alias field="ua_tot_mu" index="78" name="疑似违法占地(亩)"/>
    <alias field="ua_card" index="79" name="疑似违法占地"/>
    <alias field="lp_kind" index="80" name="认定类别"/>
    <alias field="lp_type" index="81" name="类型"/>
    <alias field="lp_cause" index="82" name="形成原因"/>
    <alias field="lp_disp" index="83" name="处置措施"/>
    <alias field="lp_areamu" index="84" name="面积(亩)"/>
    <alias field="dev_ha" index="85" name="可开发建设土地(公顷)"/>
    <alias field="ready_ha" index="86" name="已达到供地条件土地(公顷)"/>
    <alias field="built_ha" index="87" name="已建成城镇建设用地(公顷)"/>
    <alias field="supyr_ha" index="88" name="近年年均供地(公顷)"/>
    <alias field="sup_rate" index="89" name="土地供应率(%)"/>
    <alias field="built_rate" index="90" name="土地建成率(%)"/>
    <alias field="far_all" index="91" name="综合容积率"/>
    <alias field="bld_dens" index="92" name="建筑密度(%)"/>
    <alias field="far_ind" index="93" name="工业用地综合容积率"/>
    <alias field="cov_ind" index="94" name="工业用地建筑系数(%)"/>
    <alias field="inv_ha" index="95" name="工业用地地均固定资产投资(万元/公顷)"/>
    <alias field="tax_ha" index="96" name="工业用地地均税收(万元/公顷)"/>
    <alias field="idle_rate" index="97" name="土地闲置率(%)"/>
    <alias field="yrs_left" index="98" name="尚可供地年数"/>
    <alias field="score" index="99" name="集约度(0-100)"/>
    <alias field="pot_ext" index="100" name="扩展潜力(公顷)"/>
    <alias field="pot_int" index="101" name="强度潜力(公顷)"/>
    <alias field="pot_mgmt" index="102" name="管理潜力(公顷)"/>
    <alias field="rd_sup" index="103" name="土地供应率实现度"/>
    <alias field="rd_built" index="104" name="土地建成率实现度"/>
    <alias field="rd_ind" index="105" name="工业用地率实现度"/>
    <alias field="rd_far" index="106" name="综合容积率实现度"/>
    <alias field="rd_dens" index="107" name="建筑密度实现度"/>
    <alias field="rd_farind" index="108" name="工业用地综合容积率实现度"/>
    <alias field="rd_covind" index="109" name="工业用地建筑系数实现度"/>
    <alias field="rd_inv" index="110" name="地均固定资产投资实现度"/>
    <alias field="rd_tax" index="111" name="地均税收实现度"/>
    <alias field="rd_idle" index="112" name="土地闲置率实现度"/>
    <alias field="rd_yrs" index="113" name="尚可供地年数实现度"/>
    <alias field="eval_note" index="114" name="评价说明"/>
    <alias field="eval_file" index="115" name="评价参数"/>
    <alias field="eval_asof" index="116" name="基准日"/>
    <alias field="ua_flag" index="117" name="疑似违法占地标记(1是)"/>
    <alias field="ua_mu" index="118" name="疑似违法占地面积(亩)"/>
    <alias field="ua_code" index="119" name="地类编码"/>
    <alias field="ua_zone" index="120" name="所在园区"/>
    <alias field="ua_reason" index="121" name="疑似违法占地说明"/>
    <alias field="cm_status" index="122" name="履约状态"/>
    <alias field="cm_flag" index="123" name="未达标标记(1未达标/0达标/空其他)"/>
    <alias field="cm_short" index="124" name="最大差距(%)"/>
    <alias field="cm_penalty" index="125" name="违约金(万元)"/>
    <alias field="cm_disp" index="126" name="处置措施"/>
    <alias field="cm_reason" index="127" name="履约核查说明"/>
    <alias field="cm_asof" index="128" name="基准日"/>
    <alias field="mj_score" index="129" name="亩均效益得分"/>
    <alias field="mj_class" index="130" name="亩均效益分类"/>
    <alias field="mj_rank" index="131" name="组内名次"/>
    <alias field="mj_n" index="132" name="组内参评数"/>
    <alias field="mj_reason" index="133" name="亩均效益评价说明"/>
    <alias field="ru_name" index="134" name="更新单元"/>
    <alias field="ru_type" index="135" name="建议单元类型"/>
    <alias field="ru_reason" index="136" name="单元类型理由"/>
    <alias field="ru_area_ha" index="137" name="单元面积(公顷)"/>
    <alias field="ru_con_ha" index="138" name="建设用地(公顷)"/>
    <alias field="ru_old_pct" index="139" name="四旧一村占建设用地(%)"/>
    <alias field="ru_old_ha" index="140" name="四旧一村(公顷)"/>
    <alias field="ru_vil_ha" index="141" name="城中村(公顷)"/>
    <alias field="ru_low_ha" index="142" name="低效用地(公顷)"/>
    <alias field="ru_low_pct" index="143" name="低效用地占比(%)"/>
    <alias field="ru_vac_pct" index="144" name="建筑空置率(%)"/>
    <alias field="ru_res" index="145" name="更新资源(按类别)"/>
    <alias field="ru_resi_ha" index="146" name="住宅用地(公顷)"/>
    <alias field="ru_grn_pct" index="147" name="300米见绿覆盖率(%)"/>
    <alias field="ru_prk_pct" index="148" name="500米见园覆盖率(%)"/>
    <alias field="ru_rail_n" index="149" name="铁路防护带内建筑(栋)"/>
    <alias field="ru_rail_m2" index="150" name="铁路防护带内建筑面积(㎡)"/>
    <alias field="uc_unit" index="151" name="更新单元"/>
    <alias field="uc_code" index="152" name="地类编码"/>
    <alias field="uc_m2" index="153" name="面积(㎡)"/>
    <alias field="uc_park" index="154" name="500米内有公园(1是/0否)"/>
    <alias field="uc_reason" index="155" name="未覆盖说明"/>
  </aliases>
  <defaults>
    <default field="ie_tax" applyOnUpdate="0" expression=""/>
    <default field="ie_taxpt" applyOnUpdate="0" expression=""/>
    <default field="ie_inv" applyOnUpdate="0" expression=""/>
    <default field="ie_invpt" applyOnUpdate="0" expression=""/>
    <default field="ie_far" applyOnUpdate="0" expression=""/>
    <default field="ie_farpt" applyOnUpdate="0" expression=""/>
    <default field="ie_cov" applyOnUpdate="0" expression=""/>
    <default field="ie_covpt" applyOnUpdate="0" expression=""/>
    <default field="ie_areamu" applyOnUpdate="0" expression=""/>
    <default field="ie_score" applyOnUpdate="0" expression=""/>
    <default field="ie_flag" applyOnUpdate="0" expression=""/>
    <default field="ie_type" applyOnUpdate="0" expression=""/>
    <default field="ie_reason" applyOnUpdate="0" expression=""/>
    <default field="ie_std" applyOnUpdate="0" expression=""/>
    <default field="idle_flag" applyOnUpdate="0" expression=""/>
    <default field="idle_days" applyOnUpdate="0" expression=""/>
    <default field="idle_stage" applyOnUpdate="0" expression=""/>
    <default field="idle_basis" applyOnUpdate="0" expression=""/>
    <default field="idle_cause" applyOnUpdate="0" expression=""/>
    <default field="idle_disp" applyOnUpdate="0" expression=""/>
    <default field="idle_alt" applyOnUpdate="0" expression=""/>
    <default field="idle_csq" applyOnUpdate="0" expression=""/>
    <default field="idle_fee" applyOnUpdate="0" expression=""/>
    <default field="idle_conseq" applyOnUpdate="0" expression=""/>
    <default field="idle_gov" applyOnUpdate="0" expression=""/>
    <default field="idle_rsn" applyOnUpdate="0" expression=""/>
    <default field="idle_reason" applyOnUpdate="0" expression=""/>
    <default field="idle_start" applyOnUpdate="0" expression=""/>
    <default field="idle_asof" applyOnUpdate="0" expression=""/>
    <default field="unsup_flag" applyOnUpdate="0" expression=""/>
    <default field="unsup_yrs" applyOnUpdate="0" expression=""/>
    <default field="appr_year" applyOnUpdate="0" expression=""/>
    <default field="unsup_mu" applyOnUpdate="0" expression=""/>
    <default field="unsup_ha" applyOnUpdate="0" expression=""/>
    <default field="unsup_m2" applyOnUpdate="0" expression=""/>
    <default field="inuse_flag" applyOnUpdate="0" expression=""/>
    <default field="unsup_rsn" applyOnUpdate="0" expression=""/>
    <default field="unsup_reason" applyOnUpdate="0" expression=""/>
    <default field="unsup_age" applyOnUpdate="0" expression=""/>
    <default field="appr_age" applyOnUpdate="0" expression=""/>
    <default field="appr_mu" applyOnUpdate="0" expression=""/>
    <default field="unsup_use" applyOnUpdate="0" expression=""/>
    <default field="unsup_asof" applyOnUpdate="0" expression=""/>
    <default field="ind_share" applyOnUpdate="0" expression=""/>
    <default field="share_ok" applyOnUpdate="0" expression=""/>
    <default field="deficit_ha" applyOnUpdate="0" expression=""/>
    <default field="ind_ha" applyOnUpdate="0" expression=""/>
    <default field="base_ha" applyOnUpdate="0" expression=""/>
    <default field="ind_mu" applyOnUpdate="0" expression=""/>
    <default field="base_mu" applyOnUpdate="0" expression=""/>
    <default field="deficit_mu" applyOnUpdate="0" expression=""/>
    <default field="threshold" applyOnUpdate="0" expression=""/>
    <default field="verdict" applyOnUpdate="0" expression=""/>
    <default field="zone_name" applyOnUpdate="0" expression=""/>
    <default field="zone_ha" applyOnUpdate="0" expression=""/>
    <default field="gy_ha" applyOnUpdate="0" expression=""/>
    <default field="ck_ha" applyOnUpdate="0" expression=""/>
    <default field="cc_ha" applyOnUpdate="0" expression=""/>
    <default field="othind_ha" applyOnUpdate="0" expression=""/>
    <default field="thresh" applyOnUpdate="0" expression=""/>
    <default field="def_new_ha" applyOnUpdate="0" expression=""/>
    <default field="unk_ha" applyOnUpdate="0" expression=""/>
    <default field="unk_codes" applyOnUpdate="0" expression=""/>
    <default field="cls" applyOnUpdate="0" expression=""/>
    <default field="scored_ha" applyOnUpdate="0" expression=""/>
    <default field="lowe_ha" applyOnUpdate="0" expression=""/>
    <default field="lowe_pct" applyOnUpdate="0" expression=""/>
    <default field="ie_undet" applyOnUpdate="0" expression=""/>
    <default field="tax_mu" applyOnUpdate="0" expression=""/>
    <default field="supp_ha" applyOnUpdate="0" expression=""/>
    <default field="idle_ha" applyOnUpdate="0" expression=""/>
    <default field="idle_pct" applyOnUpdate="0" expression=""/>
    <default field="appr_ha" applyOnUpdate="0" expression=""/>
    <default field="unsup_pct" applyOnUpdate="0" expression=""/>
    <default field="cm_fail_n" applyOnUpdate="0" expression=""/>
    <default field="cm_fail_mu" applyOnUpdate="0" expression=""/>
    <default field="cm_card" applyOnUpdate="0" expression=""/>
    <default field="ua_n" applyOnUpdate="0" expression=""/>
    <default field="ua_tot_mu" applyOnUpdate="0" expression=""/>
    <default field="ua_card" applyOnUpdate="0" expression=""/>
    <default field="lp_kind" applyOnUpdate="0" expression=""/>
    <default field="lp_type" applyOnUpdate="0" expression=""/>
    <default field="lp_cause" applyOnUpdate="0" expression=""/>
    <default field="lp_disp" applyOnUpdate="0" expression=""/>
    <default field="lp_areamu" applyOnUpdate="0" expression=""/>
    <default field="dev_ha" applyOnUpdate="0" expression=""/>
    <default field="ready_ha" applyOnUpdate="0" expression=""/>
    <default field="built_ha" applyOnUpdate="0" expression=""/>
    <default field="supyr_ha" applyOnUpdate="0" expression=""/>
    <default field="sup_rate" applyOnUpdate="0" expression=""/>
    <default field="built_rate" applyOnUpdate="0" expression=""/>
    <default field="far_all" applyOnUpdate="0" expression=""/>
    <default field="bld_dens" applyOnUpdate="0" expression=""/>
    <default field="far_ind" applyOnUpdate="0" expression=""/>
    <default field="cov_ind" applyOnUpdate="0" expression=""/>
    <default field="inv_ha" applyOnUpdate="0" expression=""/>
    <default field="tax_ha" applyOnUpdate="0" expression=""/>
    <default field="idle_rate" applyOnUpdate="0" expression=""/>
    <default field="yrs_left" applyOnUpdate="0" expression=""/>
    <default field="score" applyOnUpdate="0" expression=""/>
    <default field="pot_ext" applyOnUpdate="0" expression=""/>
    <default field="pot_int" applyOnUpdate="0" expression=""/>
    <default field="pot_mgmt" applyOnUpdate="0" expression=""/>
    <default field="rd_sup" applyOnUpdate="0" expression=""/>
    <default field="rd_built" applyOnUpdate="0" expression=""/>
    <default field="rd_ind" applyOnUpdate="0" expression=""/>
    <default field="rd_far" applyOnUpdate="0" expression=""/>
    <default field="rd_dens" applyOnUpdate="0" expression=""/>
    <default field="rd_farind" applyOnUpdate="0" expression=""/>
    <default field="rd_covind" applyOnUpdate="0" expression=""/>
    <default field="rd_inv" applyOnUpdate="0" expression=""/>
    <default field="rd_tax" applyOnUpdate="0" expression=""/>
    <default field="rd_idle" applyOnUpdate="0" expression=""/>
    <default field="rd_yrs" applyOnUpdate="0" expression=""/>
    <default field="eval_note" applyOnUpdate="0" expression=""/>
    <default field="eval_file" applyOnUpdate="0" expression=""/>
    <default field="eval_asof" applyOnUpdate="0" expression=""/>
    <default field="ua_flag" applyOnUpdate="0" expression=""/>
    <default field="ua_mu" applyOnUpdate="0" expression=""/>
    <default field="ua_code" applyOnUpdate="0" expression=""/>
    <default field="ua_zone" applyOnUpdate="0" expression=""/>
    <default field="ua_reason" applyOnUpdate="0" expression=""/>
    <default field="cm_status" applyOnUpdate="0" expression=""/>
    <default field="cm_flag" applyOnUpdate="0" expression=""/>
    <default field="cm_short" applyOnUpdate="0" expression=""/>
    <default field="cm_penalty" applyOnUpdate="0" expression=""/>
    <default field="cm_disp" applyOnUpdate="0" expression=""/>
    <default field="cm_reason" applyOnUpdate="0" expression=""/>
    <default field="cm_asof" applyOnUpdate="0" expression=""/>
    <default field="mj_score" applyOnUpdate="0" expression=""/>
    <default field="mj_class" applyOnUpdate="0" expression=""/>
    <default field="mj_rank" applyOnUpdate="0" expression=""/>
    <default field="mj_n" applyOnUpdate="0" expression=""/>
    <default field="mj_reason" applyOnUpdate="0" expression=""/>
    <default field="ru_name" applyOnUpdate="0" expression=""/>
    <default field="ru_type" applyOnUpdate="0" expression=""/>
    <default field="ru_reason" applyOnUpdate="0" expression=""/>
    <default field="ru_area_ha" applyOnUpdate="0" expression=""/>
    <default field="ru_con_ha" applyOnUpdate="0" expression=""/>
    <default field="ru_old_pct" applyOnUpdate="0" expression=""/>
    <default field="ru_old_ha" applyOnUpdate="0" expression=""/>
    <default field="ru_vil_ha" applyOnUpdate="0" expression=""/>
    <default field="ru_low_ha" applyOnUpdate="0" expression=""/>
    <default field="ru_low_pct" applyOnUpdate="0" expression=""/>
    <default field="ru_vac_pct" applyOnUpdate="0" expression=""/>
    <default field="ru_res" applyOnUpdate="0" expression=""/>
    <default field="ru_resi_ha" applyOnUpdate="0" expression=""/>
    <default field="ru_grn_pct" applyOnUpdate="0" expression=""/>
    <default field="ru_prk_pct" applyOnUpdate="0" expression=""/>
    <default field="ru_rail_n" applyOnUpdate="0" expression=""/>
    <default field="ru_rail_m2" applyOnUpdate="0" expression=""/>
    <default field="uc_unit" applyOnUpdate="0" expression=""/>
    <default field="uc_code" applyOnUpdate="0" expression=""/>
    <default field="uc_m2" applyOnUpdate="0" expression=""/>
    <default field="uc_park" applyOnUpdate="0" expression=""/>
    <default field="uc_reason" applyOnUpdate="0" expression=""/>
  </defaults>
  <constraints>
    <constraint exp_strength="0" field="ie_tax" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="ie_taxpt" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="ie_inv" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="ie_invpt" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="ie_far" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="ie_farpt" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="ie_cov" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="ie_covpt" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="ie_areamu" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="ie_score" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="ie_flag" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="ie_type" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="ie_reason" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="ie_std" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="idle_flag" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="idle_days" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="idle_stage" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="idle_basis" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="idle_cause" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="idle_disp" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="idle_alt" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="idle_csq" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="idle_fee" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="idle_conseq" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="idle_gov" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="idle_rsn" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="idle_reason" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="idle_start" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="idle_asof" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="unsup_flag" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="unsup_yrs" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="appr_year" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="unsup_mu" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="unsup_ha" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="unsup_m2" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="inuse_flag" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="unsup_rsn" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="unsup_reason" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="unsup_age" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="appr_age" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="appr_mu" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="unsup_use" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="unsup_asof" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="ind_share" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="share_ok" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="deficit_ha" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="ind_ha" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="base_ha" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="ind_mu" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="base_mu" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="deficit_mu" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="threshold" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="verdict" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="zone_name" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="zone_ha" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="gy_ha" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="ck_ha" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="cc_ha" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="othind_ha" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="thresh" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="def_new_ha" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="unk_ha" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="unk_codes" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="cls" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="scored_ha" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="lowe_ha" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="lowe_pct" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="ie_undet" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="tax_mu" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="supp_ha" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="idle_ha" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="idle_pct" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="appr_ha" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="unsup_pct" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="cm_fail_n" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="cm_fail_mu" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="cm_card" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="ua_n" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="ua_tot_mu" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="ua_card" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="lp_kind" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="lp_type" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="lp_cause" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="lp_disp" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="lp_areamu" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="dev_ha" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="ready_ha" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="built_ha" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="supyr_ha" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="sup_rate" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="built_rate" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="far_all" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="bld_dens" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="far_ind" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="cov_ind" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="inv_ha" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="tax_ha" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="idle_rate" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="yrs_left" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="score" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="pot_ext" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="pot_int" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="pot_mgmt" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="rd_sup" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="rd_built" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="rd_ind" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="rd_far" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="rd_dens" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="rd_farind" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="rd_covind" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="rd_inv" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="rd_tax" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="rd_idle" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="rd_yrs" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="eval_note" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="eval_file" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="eval_asof" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="ua_flag" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="ua_mu" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="ua_code" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="ua_zone" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="ua_reason" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="cm_status" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="cm_flag" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="cm_short" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="cm_penalty" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="cm_disp" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="cm_reason" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="cm_asof" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="mj_score" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="mj_class" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="mj_rank" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="mj_n" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="mj_reason" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="ru_name" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="ru_type" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="ru_reason" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="ru_area_ha" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="ru_con_ha" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="ru_old_pct" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="ru_old_ha" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="ru_vil_ha" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="ru_low_ha" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="ru_low_pct" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="ru_vac_pct" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="ru_res" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="ru_resi_ha" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="ru_grn_pct" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="ru_prk_pct" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="ru_rail_n" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="ru_rail_m2" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="uc_unit" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="uc_code" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="uc_m2" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="uc_park" unique_strength="0" notnull_strength="0" constraints="0"/>
    <constraint exp_strength="0" field="uc_reason" unique_strength="0" notnull_strength="0" constraints="0"/>
  </constraints>
  <constraintExpressions>
    <constraint exp="" desc="" field="ie_tax"/>
    <constraint exp="" desc="" field="ie_taxpt"/>
    <constraint exp="" desc="" field="ie_inv"/>
    <constraint exp="" desc="" field="ie_invpt"/>
    <constraint exp="" desc="" field="ie_far"/>
    <constraint exp="" desc="" field="ie_farpt"/>
    <constraint exp="" desc="" field="ie_cov"/>
    <constraint exp="" desc="" field="ie_covpt"/>
    <constraint exp="" desc="" field="ie_areamu"/>
    <constraint exp="" desc="" field="ie_score"/>
    <constraint exp="" desc="" field="ie_flag"/>
    <constraint exp="" desc="" field="ie_type"/>
    <constraint exp="" desc="" field="ie_reason"/>
    <constraint exp="" desc="" field="ie_std"/>
    <constraint exp="" desc="" field="idle_flag"/>
    <constraint exp="" desc="" field="idle_days"/>
    <constraint exp="" desc="" field="idle_stage"/>
    <constraint exp="" desc="" field="idle_basis"/>
    <constraint exp="" desc="" field="idle_cause"/>
    <constraint exp="" desc="" field="idle_disp"/>
    <constraint exp="" desc="" field="idle_alt"/>
    <constraint exp="" desc="" field="idle_csq"/>
    <constraint exp="" desc="" field="idle_fee"/>
    <constraint exp="" desc="" field="idle_conseq"/>
    <constraint exp="" desc="" field="idle_gov"/>
    <constraint exp="" desc="" field="idle_rsn"/>
    <constraint exp="" desc="" field="idle_reason"/>
    <constraint exp="" desc="" field="idle_start"/>
    <constraint exp="" desc="" field="idle_asof"/>
    <constraint exp="" desc="" field="unsup_flag"/>
    <constraint exp="" desc="" field="unsup_yrs"/>
    <constraint exp="" desc="" field="appr_year"/>
    <constraint exp="" desc="" field="unsup_mu"/>
    <constraint exp="" desc="" field="unsup_ha"/>
    <constraint exp="" desc="" field="unsup_m2"/>
    <constraint exp="" desc="" field="inuse_flag"/>
    <constraint exp="" desc="" field="unsup_rsn"/>
    <constraint exp="" desc="" field="unsup_reason"/>
    <constraint exp="" desc="" field="unsup_age"/>
    <constraint exp="" desc="" field="appr_age"/>
    <constraint exp="" desc="" field="appr_mu"/>
    <constraint exp="" desc="" field="unsup_use"/>
    <constraint exp="" desc="" field="unsup_asof"/>
    <constraint exp="" desc="" field="ind_share"/>
    <constraint exp="" desc="" field="share_ok"/>
    <constraint exp="" desc="" field="deficit_ha"/>
    <constraint exp="" desc="" field="ind_ha"/>
    <constraint exp="" desc="" field="base_ha"/>
    <constraint exp="" desc="" field="ind_mu"/>
    <constraint exp="" desc="" field="base_mu"/>
    <constraint exp="" desc="" field="deficit_mu"/>
    <constraint exp="" desc="" field="threshold"/>
    <constraint exp="" desc="" field="verdict"/>
    <constraint exp="" desc="" field="zone_name"/>
    <constraint exp="" desc="" field="zone_ha"/>
    <constraint exp="" desc="" field="gy_ha"/>
    <constraint exp="" desc="" field="ck_ha"/>
    <constraint exp="" desc="" field="cc_ha"/>
    <constraint exp="" desc="" field="othind_ha"/>
    <constraint exp="" desc="" field="thresh"/>
    <constraint exp="" desc="" field="def_new_ha"/>
    <constraint exp="" desc="" field="unk_ha"/>
    <constraint exp="" desc="" field="unk_codes"/>
    <constraint exp="" desc="" field="cls"/>
    <constraint exp="" desc="" field="scored_ha"/>
    <constraint exp="" desc="" field="lowe_ha"/>
    <constraint exp="" desc="" field="lowe_pct"/>
    <constraint exp="" desc="" field="ie_undet"/>
    <constraint exp="" desc="" field="tax_mu"/>
    <constraint exp="" desc="" field="supp_ha"/>
    <constraint exp="" desc="" field="idle_ha"/>
    <constraint exp="" desc="" field="idle_pct"/>
    <constraint exp="" desc="" field="appr_ha"/>
    <constraint exp="" desc="" field="unsup_pct"/>
    <constraint exp="" desc="" field="cm_fail_n"/>
    <constraint exp="" desc="" field="cm_fail_mu"/>
    <constraint exp="" desc="" field="cm_card"/>
    <constraint exp="" desc="" field="ua_n"/>
    <constraint exp="" desc="" field="ua_tot_mu"/>
    <constraint exp="" desc="" field="ua_card"/>
    <constraint exp="" desc="" field="lp_kind"/>
    <constraint exp="" desc="" field="lp_type"/>
    <constraint exp="" desc="" field="lp_cause"/>
    <constraint exp="" desc="" field="lp_disp"/>
    <constraint exp="" desc="" field="lp_areamu"/>
    <constraint exp="" desc="" field="dev_ha"/>
    <constraint exp="" desc="" field="ready_ha"/>
    <constraint exp="" desc="" field="built_ha"/>
    <constraint exp="" desc="" field="supyr_ha"/>
    <constraint exp="" desc="" field="sup_rate"/>
    <constraint exp="" desc="" field="built_rate"/>
    <constraint exp="" desc="" field="far_all"/>
    <constraint exp="" desc="" field="bld_dens"/>
    <constraint exp="" desc="" field="far_ind"/>
    <constraint exp="" desc="" field="cov_ind"/>
    <constraint exp="" desc="" field="inv_ha"/>
    <constraint exp="" desc="" field="tax_ha"/>
    <constraint exp="" desc="" field="idle_rate"/>
    <constraint exp="" desc="" field="yrs_left"/>
    <constraint exp="" desc="" field="score"/>
    <constraint exp="" desc="" field="pot_ext"/>
    <constraint exp="" desc="" field="pot_int"/>
    <constraint exp="" desc="" field="pot_mgmt"/>
    <constraint exp="" desc="" field="rd_sup"/>
    <constraint exp="" desc="" field="rd_built"/>
    <constraint exp="" desc="" field="rd_ind"/>
    <constraint exp="" desc="" field="rd_far"/>
    <constraint exp="" desc="" field="rd_dens"/>
    <constraint exp="" desc="" field="rd_farind"/>
    <constraint exp="" desc="" field="rd_covind"/>
    <constraint exp="" desc="" field="rd_inv"/>
    <constraint exp="" desc="" field="rd_tax"/>
    <constraint exp="" desc="" field="rd_idle"/>
    <constraint exp="" desc="" field="rd_yrs"/>
    <constraint exp="" desc="" field="eval_note"/>
    <constraint exp="" desc="" field="eval_file"/>
    <constraint exp="" desc="" field="eval_asof"/>
    <constraint exp="" desc="" field="ua_flag"/>
    <constraint exp="" desc="" field="ua_mu"/>
    <constraint exp="" desc="" field="ua_code"/>
    <constraint exp="" desc="" field="ua_zone"/>
    <constraint exp="" desc="" field="ua_reason"/>
    <constraint exp="" desc="" field="cm_status"/>
    <constraint exp="" desc="" field="cm_flag"/>
    <constraint exp="" desc="" field="cm_short"/>
    <constraint exp="" desc="" field="cm_penalty"/>
    <constraint exp="" desc="" field="cm_disp"/>
    <constraint exp="" desc="" field="cm_reason"/>
    <constraint exp="" desc="" field="cm_asof"/>
    <constraint exp="" desc="" field="mj_score"/>
    <constraint exp="" desc="" field="mj_class"/>
    <constraint exp="" desc="" field="mj_rank"/>
    <constraint exp="" desc="" field="mj_n"/>
    <constraint exp="" desc="" field="mj_reason"/>
    <constraint exp="" desc="" field="ru_name"/>
    <constraint exp="" desc="" field="ru_type"/>
    <constraint exp="" desc="" field="ru_reason"/>
    <constraint exp="" desc="" field="ru_area_ha"/>
    <constraint exp="" desc="" field="ru_con_ha"/>
    <constraint exp="" desc="" field="ru_old_pct"/>
    <constraint exp="" desc="" field="ru_old_ha"/>
    <constraint exp="" desc="" field="ru_vil_ha"/>
    <constraint exp="" desc="" field="ru_low_ha"/>
    <constraint exp="" desc="" field="ru_low_pct"/>
    <constraint exp="" desc="" field="ru_vac_pct"/>
    <constraint exp="" desc="" field="ru_res"/>
    <constraint exp="" desc="" field="ru_resi_ha"/>
    <constraint exp="" desc="" field="ru_grn_pct"/>
    <constraint exp="" desc="" field="ru_prk_pct"/>
    <constraint exp="" desc="" field="ru_rail_n"/>
    <constraint exp="" desc="" field="ru_rail_m2"/>
    <constraint exp="" desc="" field="uc_unit"/>
    <constraint exp="" desc="" field="uc_code"/>
    <constraint exp="" desc="" field="uc_m2"/>
    <constraint exp="" desc="" field="uc_park"/>
    <constraint exp="" desc="" field="uc_reason"/>
  </constraintExpressions>
  <expressionfields/>
  <layerGeometryType>2</layerGeometryType>
</qgis>
