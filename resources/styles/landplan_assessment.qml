<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis labelsEnabled="0" version="3.22.16-Białowieża" styleCategories="Symbology|Labeling|Fields">
  <renderer-v2 symbollevels="0" enableorderby="0" type="categorizedSymbol" referencescale="-1" forceraster="0" attr="CASE WHEN &quot;ca_talk&quot; = 1 THEN '约谈' WHEN &quot;ca_yearend&quot; = 1 THEN '年底未完成' WHEN &quot;ca_halfway&quot; = 1 THEN '半年未过半' WHEN &quot;ca_planlag&quot; = 1 THEN '供地计划滞后' WHEN &quot;ca_donepct&quot; IS NULL THEN '待核实' ELSE '正常' END">
    <categories>
      <category symbol="0" label="列入约谈名单" value="约谈" render="true"/>
      <category symbol="1" label="年底节点：未完成全年任务" value="年底未完成" render="true"/>
      <category symbol="2" label="半年节点：未完成过半" value="半年未过半" render="true"/>
      <category symbol="3" label="供地计划执行不力" value="供地计划滞后" render="true"/>
      <category symbol="4" label="未触发节点" value="正常" render="true"/>
      <category symbol="5" label="待核实（无任务）" value="待核实" render="true"/>
    </categories>
    <symbols>
      <symbol type="fill" clip_to_extent="1" name="0" alpha="1" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="165,0,38,255"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="85,85,85,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.2"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="165,0,38,255" k="color"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="85,85,85,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.2" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="solid" k="style"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" clip_to_extent="1" name="1" alpha="1" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="244,109,67,255"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="85,85,85,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.2"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="244,109,67,255" k="color"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="85,85,85,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.2" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="solid" k="style"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" clip_to_extent="1" name="2" alpha="1" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="253,174,97,255"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="85,85,85,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.2"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="253,174,97,255" k="color"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="85,85,85,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.2" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="solid" k="style"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" clip_to_extent="1" name="3" alpha="1" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="254,224,139,255"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="85,85,85,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.2"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="254,224,139,255" k="color"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="85,85,85,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.2" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="solid" k="style"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" clip_to_extent="1" name="4" alpha="1" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="26,152,80,255"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="85,85,85,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.2"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="26,152,80,255" k="color"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="85,85,85,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.2" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="solid" k="style"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" clip_to_extent="1" name="5" alpha="1" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="0,0,255,255"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="128,128,128,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.2"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="no"/>
          </Option>
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="0,0,255,255" k="color"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="128,128,128,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.2" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="no" k="style"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
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
    <field name="ie_tax" configurationFlags="None"/>
    <field name="ie_taxpt" configurationFlags="None"/>
    <field name="ie_inv" configurationFlags="None"/>
    <field name="ie_invpt" configurationFlags="None"/>
    <field name="ie_far" configurationFlags="None"/>
    <field name="ie_farpt" configurationFlags="None"/>
    <field name="ie_cov" configurationFlags="None"/>
    <field name="ie_covpt" configurationFlags="None"/>
    <field name="ie_areamu" configurationFlags="None"/>
    <field name="ie_score" configurationFlags="None"/>
    <field name="ie_flag" configurationFlags="None"/>
    <field name="ie_type" configurationFlags="None"/>
    <field name="ie_reason" configurationFlags="None"/>
    <field name="ie_std" configurationFlags="None"/>
    <field name="idle_flag" configurationFlags="None"/>
    <field name="idle_days" configurationFlags="None"/>
    <field name="idle_stage" configurationFlags="None"/>
    <field name="idle_basis" configurationFlags="None"/>
    <field name="idle_cause" configurationFlags="None"/>
    <field name="idle_disp" configurationFlags="None"/>
    <field name="idle_alt" configurationFlags="None"/>
    <field name="idle_csq" configurationFlags="None"/>
    <field name="idle_fee" configurationFlags="None"/>
    <field name="idle_conseq" configurationFlags="None"/>
    <field name="idle_gov" configurationFlags="None"/>
    <field name="idle_rsn" configurationFlags="None"/>
    <field name="idle_reason" configurationFlags="None"/>
    <field name="idle_start" configurationFlags="None"/>
    <field name="idle_asof" configurationFlags="None"/>
    <field name="unsup_flag" configurationFlags="None"/>
    <field name="unsup_yrs" configurationFlags="None"/>
    <field name="appr_year" configurationFlags="None"/>
    <field name="unsup_mu" configurationFlags="None"/>
    <field name="unsup_ha" configurationFlags="None"/>
    <field name="unsup_m2" configurationFlags="None"/>
    <field name="inuse_flag" configurationFlags="None"/>
    <field name="unsup_rsn" configurationFlags="None"/>
    <field name="unsup_reason" configurationFlags="None"/>
    <field name="unsup_age" configurationFlags="None"/>
    <field name="appr_age" configurationFlags="None"/>
    <field name="appr_mu" configurationFlags="None"/>
    <field name="unsup_use" configurationFlags="None"/>
    <field name="unsup_asof" configurationFlags="None"/>
    <field name="ind_share" configurationFlags="None"/>
    <field name="share_ok" configurationFlags="None"/>
    <field name="deficit_ha" configurationFlags="None"/>
    <field name="ind_ha" configurationFlags="None"/>
    <field name="base_ha" configurationFlags="None"/>
    <field name="ind_mu" configurationFlags="None"/>
    <field name="base_mu" configurationFlags="None"/>
    <field name="deficit_mu" configurationFlags="None"/>
    <field name="threshold" configurationFlags="None"/>
    <field name="verdict" configurationFlags="None"/>
    <field name="zone_name" configurationFlags="None"/>
    <field name="zone_ha" configurationFlags="None"/>
    <field name="gy_ha" configurationFlags="None"/>
    <field name="ck_ha" configurationFlags="None"/>
    <field name="cc_ha" configurationFlags="None"/>
    <field name="othind_ha" configurationFlags="None"/>
    <field name="thresh" configurationFlags="None"/>
    <field name="def_new_ha" configurationFlags="None"/>
    <field name="unk_ha" configurationFlags="None"/>
    <field name="unk_codes" configurationFlags="None"/>
    <field name="cls" configurationFlags="None"/>
    <field name="scored_ha" configurationFlags="None"/>
    <field name="lowe_ha" configurationFlags="None"/>
    <field name="lowe_pct" configurationFlags="None"/>
    <field name="ie_undet" configurationFlags="None"/>
    <field name="tax_mu" configurationFlags="None"/>
    <field name="supp_ha" configurationFlags="None"/>
    <field name="idle_ha" configurationFlags="None"/>
    <field name="idle_pct" configurationFlags="None"/>
    <field name="appr_ha" configurationFlags="None"/>
    <field name="unsup_pct" configurationFlags="None"/>
    <field name="cm_fail_n" configurationFlags="None"/>
    <field name="cm_fail_mu" configurationFlags="None"/>
    <field name="cm_card" configurationFlags="None"/>
    <field name="ua_n" configurationFlags="None"/>
    <field name="ua_tot_mu" configurationFlags="None"/>
    <field name="ua_card" configurationFlags="None"/>
    <field name="lp_kind" configurationFlags="None"/>
    <field name="lp_type" configurationFlags="None"/>
    <field name="lp_cause" configurationFlags="None"/>
    <field name="lp_disp" configurationFlags="None"/>
    <field name="lp_areamu" configurationFlags="None"/>
    <field name="dev_ha" configurationFlags="None"/>
    <field name="ready_ha" configurationFlags="None"/>
    <field name="built_ha" configurationFlags="None"/>
    <field name="supyr_ha" configurationFlags="None"/>
    <field name="sup_rate" configurationFlags="None"/>
    <field name="built_rate" configurationFlags="None"/>
    <field name="far_all" configurationFlags="None"/>
    <field name="bld_dens" configurationFlags="None"/>
    <field name="far_ind" configurationFlags="None"/>
    <field name="cov_ind" configurationFlags="None"/>
    <field name="inv_ha" configurationFlags="None"/>
    <field name="tax_ha" configurationFlags="None"/>
    <field name="idle_rate" configurationFlags="None"/>
    <field name="yrs_left" configurationFlags="None"/>
    <field name="score" configurationFlags="None"/>
    <field name="pot_ext" configurationFlags="None"/>
    <field name="pot_int" configurationFlags="None"/>
    <field name="pot_mgmt" configurationFlags="None"/>
    <field name="rd_sup" configurationFlags="None"/>
    <field name="rd_built" configurationFlags="None"/>
    <field name="rd_ind" configurationFlags="None"/>
    <field name="rd_far" configurationFlags="None"/>
    <field name="rd_dens" configurationFlags="None"/>
    <field name="rd_farind" configurationFlags="None"/>
    <field name="rd_covind" configurationFlags="None"/>
    <field name="rd_inv" configurationFlags="None"/>
    <field name="rd_tax" configurationFlags="None"/>
    <field name="rd_idle" configurationFlags="None"/>
    <field name="rd_yrs" configurationFlags="None"/>
    <field name="eval_note" configurationFlags="None"/>
    <field name="eval_file" configurationFlags="None"/>
    <field name="eval_asof" configurationFlags="None"/>
    <field name="ua_flag" configurationFlags="None"/>
    <field name="ua_mu" configurationFlags="None"/>
    <field name="ua_code" configurationFlags="None"/>
    <field name="ua_zone" configurationFlags="None"/>
    <field name="ua_reason" configurationFlags="None"/>
    <field name="cm_status" configurationFlags="None"/>
    <field name="cm_flag" configurationFlags="None"/>
    <field name="cm_short" configurationFlags="None"/>
    <field name="cm_penalty" configurationFlags="None"/>
    <field name="cm_disp" configurationFlags="None"/>
    <field name="cm_reason" configurationFlags="None"/>
    <field name="cm_asof" configurationFlags="None"/>
    <field name="mj_score" configurationFlags="None"/>
    <field name="mj_class" configurationFlags="None"/>
    <field name="mj_rank" configurationFlags="None"/>
    <field name="mj_n" configurationFlags="None"/>
    <field name="mj_reason" configurationFlags="None"/>
    <field name="ca_county" configurationFlags="None"/>
    <field name="ca_task_mu" configurationFlags="None"/>
    <field name="ca_done_mu" configurationFlags="None"/>
    <field name="ca_donepct" configurationFlags="None"/>
    <field name="ca_planpct" configurationFlags="None"/>
    <field name="ca_halfway" configurationFlags="None"/>
    <field name="ca_yearend" configurationFlags="None"/>
    <field name="ca_cut_ha" configurationFlags="None"/>
    <field name="ca_score" configurationFlags="None"/>
    <field name="ca_rank" configurationFlags="None"/>
    <field name="ca_rankchg" configurationFlags="None"/>
    <field name="ca_talk" configurationFlags="None"/>
    <field name="ca_reason" configurationFlags="None"/>
    <field name="ca_open_mu" configurationFlags="None"/>
    <field name="ca_new_mu" configurationFlags="None"/>
    <field name="ca_planreq" configurationFlags="None"/>
    <field name="ca_planlag" configurationFlags="None"/>
    <field name="ca_quota" configurationFlags="None"/>
    <field name="ca_conseq" configurationFlags="None"/>
    <field name="ca_parts" configurationFlags="None"/>
    <field name="ca_prevrk" configurationFlags="None"/>
    <field name="ca_us_task" configurationFlags="None"/>
    <field name="ca_us_done" configurationFlags="None"/>
    <field name="ca_us_pct" configurationFlags="None"/>
    <field name="ca_id_task" configurationFlags="None"/>
    <field name="ca_id_done" configurationFlags="None"/>
    <field name="ca_id_pct" configurationFlags="None"/>
    <field name="ca_ie_task" configurationFlags="None"/>
    <field name="ca_ie_done" configurationFlags="None"/>
    <field name="ca_ie_pct" configurationFlags="None"/>
    <field name="ca_as_of" configurationFlags="None"/>
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
    <alias field="ca_county" index="134" name="县（区）"/>
    <alias field="ca_task_mu" index="135" name="年度任务(亩)"/>
    <alias field="ca_done_mu" index="136" name="已处置(亩)"/>
    <alias field="ca_donepct" index="137" name="任务完成率(%)"/>
    <alias field="ca_planpct" index="138" name="供地计划完成率(%)"/>
    <alias field="ca_halfway" index="139" name="半年节点(1触发)"/>
    <alias field="ca_yearend" index="140" name="年底节点(1触发)"/>
    <alias field="ca_cut_ha" index="141" name="核减下年指标(公顷)"/>
    <alias field="ca_score" index="142" name="量化指标得分"/>
    <alias field="ca_rank" index="143" name="排名"/>
    <alias field="ca_rankchg" index="144" name="排名变化(上升为正)"/>
    <alias field="ca_talk" index="145" name="约谈(1是)"/>
    <alias field="ca_reason" index="146" name="约谈原因"/>
    <alias field="ca_open_mu" index="147" name="未处置(亩)"/>
    <alias field="ca_new_mu" index="148" name="新增(亩)"/>
    <alias field="ca_planreq" index="149" name="供地节点要求(%)"/>
    <alias field="ca_planlag" index="150" name="供地计划滞后(1触发)"/>
    <alias field="ca_quota" index="151" name="下年新增建设用地计划指标(公顷)"/>
    <alias field="ca_conseq" index="152" name="触发的处理措施"/>
    <alias field="ca_parts" index="153" name="得分构成"/>
    <alias field="ca_prevrk" index="154" name="上期排名"/>
    <alias field="ca_us_task" index="155" name="批而未供任务(亩)"/>
    <alias field="ca_us_done" index="156" name="批而未供已处置(亩)"/>
    <alias field="ca_us_pct" index="157" name="批而未供完成率(%)"/>
    <alias field="ca_id_task" index="158" name="闲置任务(亩)"/>
    <alias field="ca_id_done" index="159" name="闲置已处置(亩)"/>
    <alias field="ca_id_pct" index="160" name="闲置完成率(%)"/>
    <alias field="ca_ie_task" index="161" name="低效任务(亩)"/>
    <alias field="ca_ie_done" index="162" name="低效已处置(亩)"/>
    <alias field="ca_ie_pct" index="163" name="低效完成率(%)"/>
    <alias field="ca_as_of" index="164" name="基准日"/>
  </aliases>
  <defaults>
    <default expression="" field="ie_tax" applyOnUpdate="0"/>
    <default expression="" field="ie_taxpt" applyOnUpdate="0"/>
    <default expression="" field="ie_inv" applyOnUpdate="0"/>
    <default expression="" field="ie_invpt" applyOnUpdate="0"/>
    <default expression="" field="ie_far" applyOnUpdate="0"/>
    <default expression="" field="ie_farpt" applyOnUpdate="0"/>
    <default expression="" field="ie_cov" applyOnUpdate="0"/>
    <default expression="" field="ie_covpt" applyOnUpdate="0"/>
    <default expression="" field="ie_areamu" applyOnUpdate="0"/>
    <default expression="" field="ie_score" applyOnUpdate="0"/>
    <default expression="" field="ie_flag" applyOnUpdate="0"/>
    <default expression="" field="ie_type" applyOnUpdate="0"/>
    <default expression="" field="ie_reason" applyOnUpdate="0"/>
    <default expression="" field="ie_std" applyOnUpdate="0"/>
    <default expression="" field="idle_flag" applyOnUpdate="0"/>
    <default expression="" field="idle_days" applyOnUpdate="0"/>
    <default expression="" field="idle_stage" applyOnUpdate="0"/>
    <default expression="" field="idle_basis" applyOnUpdate="0"/>
    <default expression="" field="idle_cause" applyOnUpdate="0"/>
    <default expression="" field="idle_disp" applyOnUpdate="0"/>
    <default expression="" field="idle_alt" applyOnUpdate="0"/>
    <default expression="" field="idle_csq" applyOnUpdate="0"/>
    <default expression="" field="idle_fee" applyOnUpdate="0"/>
    <default expression="" field="idle_conseq" applyOnUpdate="0"/>
    <default expression="" field="idle_gov" applyOnUpdate="0"/>
    <default expression="" field="idle_rsn" applyOnUpdate="0"/>
    <default expression="" field="idle_reason" applyOnUpdate="0"/>
    <default expression="" field="idle_start" applyOnUpdate="0"/>
    <default expression="" field="idle_asof" applyOnUpdate="0"/>
    <default expression="" field="unsup_flag" applyOnUpdate="0"/>
    <default expression="" field="unsup_yrs" applyOnUpdate="0"/>
    <default expression="" field="appr_year" applyOnUpdate="0"/>
    <default expression="" field="unsup_mu" applyOnUpdate="0"/>
    <default expression="" field="unsup_ha" applyOnUpdate="0"/>
    <default expression="" field="unsup_m2" applyOnUpdate="0"/>
    <default expression="" field="inuse_flag" applyOnUpdate="0"/>
    <default expression="" field="unsup_rsn" applyOnUpdate="0"/>
    <default expression="" field="unsup_reason" applyOnUpdate="0"/>
    <default expression="" field="unsup_age" applyOnUpdate="0"/>
    <default expression="" field="appr_age" applyOnUpdate="0"/>
    <default expression="" field="appr_mu" applyOnUpdate="0"/>
    <default expression="" field="unsup_use" applyOnUpdate="0"/>
    <default expression="" field="unsup_asof" applyOnUpdate="0"/>
    <default expression="" field="ind_share" applyOnUpdate="0"/>
    <default expression="" field="share_ok" applyOnUpdate="0"/>
    <default expression="" field="deficit_ha" applyOnUpdate="0"/>
    <default expression="" field="ind_ha" applyOnUpdate="0"/>
    <default expression="" field="base_ha" applyOnUpdate="0"/>
    <default expression="" field="ind_mu" applyOnUpdate="0"/>
    <default expression="" field="base_mu" applyOnUpdate="0"/>
    <default expression="" field="deficit_mu" applyOnUpdate="0"/>
    <default expression="" field="threshold" applyOnUpdate="0"/>
    <default expression="" field="verdict" applyOnUpdate="0"/>
    <default expression="" field="zone_name" applyOnUpdate="0"/>
    <default expression="" field="zone_ha" applyOnUpdate="0"/>
    <default expression="" field="gy_ha" applyOnUpdate="0"/>
    <default expression="" field="ck_ha" applyOnUpdate="0"/>
    <default expression="" field="cc_ha" applyOnUpdate="0"/>
    <default expression="" field="othind_ha" applyOnUpdate="0"/>
    <default expression="" field="thresh" applyOnUpdate="0"/>
    <default expression="" field="def_new_ha" applyOnUpdate="0"/>
    <default expression="" field="unk_ha" applyOnUpdate="0"/>
    <default expression="" field="unk_codes" applyOnUpdate="0"/>
    <default expression="" field="cls" applyOnUpdate="0"/>
    <default expression="" field="scored_ha" applyOnUpdate="0"/>
    <default expression="" field="lowe_ha" applyOnUpdate="0"/>
    <default expression="" field="lowe_pct" applyOnUpdate="0"/>
    <default expression="" field="ie_undet" applyOnUpdate="0"/>
    <default expression="" field="tax_mu" applyOnUpdate="0"/>
    <default expression="" field="supp_ha" applyOnUpdate="0"/>
    <default expression="" field="idle_ha" applyOnUpdate="0"/>
    <default expression="" field="idle_pct" applyOnUpdate="0"/>
    <default expression="" field="appr_ha" applyOnUpdate="0"/>
    <default expression="" field="unsup_pct" applyOnUpdate="0"/>
    <default expression="" field="cm_fail_n" applyOnUpdate="0"/>
    <default expression="" field="cm_fail_mu" applyOnUpdate="0"/>
    <default expression="" field="cm_card" applyOnUpdate="0"/>
    <default expression="" field="ua_n" applyOnUpdate="0"/>
    <default expression="" field="ua_tot_mu" applyOnUpdate="0"/>
    <default expression="" field="ua_card" applyOnUpdate="0"/>
    <default expression="" field="lp_kind" applyOnUpdate="0"/>
    <default expression="" field="lp_type" applyOnUpdate="0"/>
    <default expression="" field="lp_cause" applyOnUpdate="0"/>
    <default expression="" field="lp_disp" applyOnUpdate="0"/>
    <default expression="" field="lp_areamu" applyOnUpdate="0"/>
    <default expression="" field="dev_ha" applyOnUpdate="0"/>
    <default expression="" field="ready_ha" applyOnUpdate="0"/>
    <default expression="" field="built_ha" applyOnUpdate="0"/>
    <default expression="" field="supyr_ha" applyOnUpdate="0"/>
    <default expression="" field="sup_rate" applyOnUpdate="0"/>
    <default expression="" field="built_rate" applyOnUpdate="0"/>
    <default expression="" field="far_all" applyOnUpdate="0"/>
    <default expression="" field="bld_dens" applyOnUpdate="0"/>
    <default expression="" field="far_ind" applyOnUpdate="0"/>
    <default expression="" field="cov_ind" applyOnUpdate="0"/>
    <default expression="" field="inv_ha" applyOnUpdate="0"/>
    <default expression="" field="tax_ha" applyOnUpdate="0"/>
    <default expression="" field="idle_rate" applyOnUpdate="0"/>
    <default expression="" field="yrs_left" applyOnUpdate="0"/>
    <default expression="" field="score" applyOnUpdate="0"/>
    <default expression="" field="pot_ext" applyOnUpdate="0"/>
    <default expression="" field="pot_int" applyOnUpdate="0"/>
    <default expression="" field="pot_mgmt" applyOnUpdate="0"/>
    <default expression="" field="rd_sup" applyOnUpdate="0"/>
    <default expression="" field="rd_built" applyOnUpdate="0"/>
    <default expression="" field="rd_ind" applyOnUpdate="0"/>
    <default expression="" field="rd_far" applyOnUpdate="0"/>
    <default expression="" field="rd_dens" applyOnUpdate="0"/>
    <default expression="" field="rd_farind" applyOnUpdate="0"/>
    <default expression="" field="rd_covind" applyOnUpdate="0"/>
    <default expression="" field="rd_inv" applyOnUpdate="0"/>
    <default expression="" field="rd_tax" applyOnUpdate="0"/>
    <default expression="" field="rd_idle" applyOnUpdate="0"/>
    <default expression="" field="rd_yrs" applyOnUpdate="0"/>
    <default expression="" field="eval_note" applyOnUpdate="0"/>
    <default expression="" field="eval_file" applyOnUpdate="0"/>
    <default expression="" field="eval_asof" applyOnUpdate="0"/>
    <default expression="" field="ua_flag" applyOnUpdate="0"/>
    <default expression="" field="ua_mu" applyOnUpdate="0"/>
    <default expression="" field="ua_code" applyOnUpdate="0"/>
    <default expression="" field="ua_zone" applyOnUpdate="0"/>
    <default expression="" field="ua_reason" applyOnUpdate="0"/>
    <default expression="" field="cm_status" applyOnUpdate="0"/>
    <default expression="" field="cm_flag" applyOnUpdate="0"/>
    <default expression="" field="cm_short" applyOnUpdate="0"/>
    <default expression="" field="cm_penalty" applyOnUpdate="0"/>
    <default expression="" field="cm_disp" applyOnUpdate="0"/>
    <default expression="" field="cm_reason" applyOnUpdate="0"/>
    <default expression="" field="cm_asof" applyOnUpdate="0"/>
    <default expression="" field="mj_score" applyOnUpdate="0"/>
    <default expression="" field="mj_class" applyOnUpdate="0"/>
    <default expression="" field="mj_rank" applyOnUpdate="0"/>
    <default expression="" field="mj_n" applyOnUpdate="0"/>
    <default expression="" field="mj_reason" applyOnUpdate="0"/>
    <default expression="" field="ca_county" applyOnUpdate="0"/>
    <default expression="" field="ca_task_mu" applyOnUpdate="0"/>
    <default expression="" field="ca_done_mu" applyOnUpdate="0"/>
    <default expression="" field="ca_donepct" applyOnUpdate="0"/>
    <default expression="" field="ca_planpct" applyOnUpdate="0"/>
    <default expression="" field="ca_halfway" applyOnUpdate="0"/>
    <default expression="" field="ca_yearend" applyOnUpdate="0"/>
    <default expression="" field="ca_cut_ha" applyOnUpdate="0"/>
    <default expression="" field="ca_score" applyOnUpdate="0"/>
    <default expression="" field="ca_rank" applyOnUpdate="0"/>
    <default expression="" field="ca_rankchg" applyOnUpdate="0"/>
    <default expression="" field="ca_talk" applyOnUpdate="0"/>
    <default expression="" field="ca_reason" applyOnUpdate="0"/>
    <default expression="" field="ca_open_mu" applyOnUpdate="0"/>
    <default expression="" field="ca_new_mu" applyOnUpdate="0"/>
    <default expression="" field="ca_planreq" applyOnUpdate="0"/>
    <default expression="" field="ca_planlag" applyOnUpdate="0"/>
    <default expression="" field="ca_quota" applyOnUpdate="0"/>
    <default expression="" field="ca_conseq" applyOnUpdate="0"/>
    <default expression="" field="ca_parts" applyOnUpdate="0"/>
    <default expression="" field="ca_prevrk" applyOnUpdate="0"/>
    <default expression="" field="ca_us_task" applyOnUpdate="0"/>
    <default expression="" field="ca_us_done" applyOnUpdate="0"/>
    <default expression="" field="ca_us_pct" applyOnUpdate="0"/>
    <default expression="" field="ca_id_task" applyOnUpdate="0"/>
    <default expression="" field="ca_id_done" applyOnUpdate="0"/>
    <default expression="" field="ca_id_pct" applyOnUpdate="0"/>
    <default expression="" field="ca_ie_task" applyOnUpdate="0"/>
    <default expression="" field="ca_ie_done" applyOnUpdate="0"/>
    <default expression="" field="ca_ie_pct" applyOnUpdate="0"/>
    <default expression="" field="ca_as_of" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint unique_strength="0" constraints="0" field="ie_tax" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ie_taxpt" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ie_inv" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ie_invpt" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ie_far" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ie_farpt" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ie_cov" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ie_covpt" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ie_areamu" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ie_score" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ie_flag" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ie_type" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ie_reason" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ie_std" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="idle_flag" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="idle_days" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="idle_stage" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="idle_basis" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="idle_cause" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="idle_disp" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="idle_alt" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="idle_csq" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="idle_fee" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="idle_conseq" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="idle_gov" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="idle_rsn" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="idle_reason" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="idle_start" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="idle_asof" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="unsup_flag" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="unsup_yrs" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="appr_year" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="unsup_mu" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="unsup_ha" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="unsup_m2" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="inuse_flag" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="unsup_rsn" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="unsup_reason" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="unsup_age" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="appr_age" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="appr_mu" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="unsup_use" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="unsup_asof" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ind_share" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="share_ok" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="deficit_ha" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ind_ha" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="base_ha" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ind_mu" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="base_mu" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="deficit_mu" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="threshold" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="verdict" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="zone_name" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="zone_ha" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="gy_ha" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ck_ha" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="cc_ha" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="othind_ha" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="thresh" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="def_new_ha" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="unk_ha" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="unk_codes" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="cls" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="scored_ha" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="lowe_ha" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="lowe_pct" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ie_undet" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="tax_mu" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="supp_ha" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="idle_ha" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="idle_pct" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="appr_ha" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="unsup_pct" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="cm_fail_n" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="cm_fail_mu" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="cm_card" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ua_n" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ua_tot_mu" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ua_card" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="lp_kind" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="lp_type" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="lp_cause" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="lp_disp" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="lp_areamu" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="dev_ha" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ready_ha" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="built_ha" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="supyr_ha" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="sup_rate" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="built_rate" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="far_all" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="bld_dens" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="far_ind" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="cov_ind" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="inv_ha" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="tax_ha" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="idle_rate" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="yrs_left" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="score" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="pot_ext" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="pot_int" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="pot_mgmt" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="rd_sup" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="rd_built" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="rd_ind" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="rd_far" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="rd_dens" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="rd_farind" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="rd_covind" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="rd_inv" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="rd_tax" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="rd_idle" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="rd_yrs" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="eval_note" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="eval_file" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="eval_asof" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ua_flag" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ua_mu" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ua_code" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ua_zone" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ua_reason" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="cm_status" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="cm_flag" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="cm_short" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="cm_penalty" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="cm_disp" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="cm_reason" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="cm_asof" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="mj_score" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="mj_class" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="mj_rank" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="mj_n" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="mj_reason" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ca_county" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ca_task_mu" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ca_done_mu" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ca_donepct" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ca_planpct" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ca_halfway" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ca_yearend" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ca_cut_ha" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ca_score" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ca_rank" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ca_rankchg" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ca_talk" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ca_reason" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ca_open_mu" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ca_new_mu" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ca_planreq" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ca_planlag" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ca_quota" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ca_conseq" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ca_parts" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ca_prevrk" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ca_us_task" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ca_us_done" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ca_us_pct" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ca_id_task" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ca_id_done" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ca_id_pct" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ca_ie_task" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ca_ie_done" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ca_ie_pct" notnull_strength="0" exp_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="ca_as_of" notnull_strength="0" exp_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="ie_tax" desc="" exp=""/>
    <constraint field="ie_taxpt" desc="" exp=""/>
    <constraint field="ie_inv" desc="" exp=""/>
    <constraint field="ie_invpt" desc="" exp=""/>
    <constraint field="ie_far" desc="" exp=""/>
    <constraint field="ie_farpt" desc="" exp=""/>
    <constraint field="ie_cov" desc="" exp=""/>
    <constraint field="ie_covpt" desc="" exp=""/>
    <constraint field="ie_areamu" desc="" exp=""/>
    <constraint field="ie_score" desc="" exp=""/>
    <constraint field="ie_flag" desc="" exp=""/>
    <constraint field="ie_type" desc="" exp=""/>
    <constraint field="ie_reason" desc="" exp=""/>
    <constraint field="ie_std" desc="" exp=""/>
    <constraint field="idle_flag" desc="" exp=""/>
    <constraint field="idle_days" desc="" exp=""/>
    <constraint field="idle_stage" desc="" exp=""/>
    <constraint field="idle_basis" desc="" exp=""/>
    <constraint field="idle_cause" desc="" exp=""/>
    <constraint field="idle_disp" desc="" exp=""/>
    <constraint field="idle_alt" desc="" exp=""/>
    <constraint field="idle_csq" desc="" exp=""/>
    <constraint field="idle_fee" desc="" exp=""/>
    <constraint field="idle_conseq" desc="" exp=""/>
    <constraint field="idle_gov" desc="" exp=""/>
    <constraint field="idle_rsn" desc="" exp=""/>
    <constraint field="idle_reason" desc="" exp=""/>
    <constraint field="idle_start" desc="" exp=""/>
    <constraint field="idle_asof" desc="" exp=""/>
    <constraint field="unsup_flag" desc="" exp=""/>
    <constraint field="unsup_yrs" desc="" exp=""/>
    <constraint field="appr_year" desc="" exp=""/>
    <constraint field="unsup_mu" desc="" exp=""/>
    <constraint field="unsup_ha" desc="" exp=""/>
    <constraint field="unsup_m2" desc="" exp=""/>
    <constraint field="inuse_flag" desc="" exp=""/>
    <constraint field="unsup_rsn" desc="" exp=""/>
    <constraint field="unsup_reason" desc="" exp=""/>
    <constraint field="unsup_age" desc="" exp=""/>
    <constraint field="appr_age" desc="" exp=""/>
    <constraint field="appr_mu" desc="" exp=""/>
    <constraint field="unsup_use" desc="" exp=""/>
    <constraint field="unsup_asof" desc="" exp=""/>
    <constraint field="ind_share" desc="" exp=""/>
    <constraint field="share_ok" desc="" exp=""/>
    <constraint field="deficit_ha" desc="" exp=""/>
    <constraint field="ind_ha" desc="" exp=""/>
    <constraint field="base_ha" desc="" exp=""/>
    <constraint field="ind_mu" desc="" exp=""/>
    <constraint field="base_mu" desc="" exp=""/>
    <constraint field="deficit_mu" desc="" exp=""/>
    <constraint field="threshold" desc="" exp=""/>
    <constraint field="verdict" desc="" exp=""/>
    <constraint field="zone_name" desc="" exp=""/>
    <constraint field="zone_ha" desc="" exp=""/>
    <constraint field="gy_ha" desc="" exp=""/>
    <constraint field="ck_ha" desc="" exp=""/>
    <constraint field="cc_ha" desc="" exp=""/>
    <constraint field="othind_ha" desc="" exp=""/>
    <constraint field="thresh" desc="" exp=""/>
    <constraint field="def_new_ha" desc="" exp=""/>
    <constraint field="unk_ha" desc="" exp=""/>
    <constraint field="unk_codes" desc="" exp=""/>
    <constraint field="cls" desc="" exp=""/>
    <constraint field="scored_ha" desc="" exp=""/>
    <constraint field="lowe_ha" desc="" exp=""/>
    <constraint field="lowe_pct" desc="" exp=""/>
    <constraint field="ie_undet" desc="" exp=""/>
    <constraint field="tax_mu" desc="" exp=""/>
    <constraint field="supp_ha" desc="" exp=""/>
    <constraint field="idle_ha" desc="" exp=""/>
    <constraint field="idle_pct" desc="" exp=""/>
    <constraint field="appr_ha" desc="" exp=""/>
    <constraint field="unsup_pct" desc="" exp=""/>
    <constraint field="cm_fail_n" desc="" exp=""/>
    <constraint field="cm_fail_mu" desc="" exp=""/>
    <constraint field="cm_card" desc="" exp=""/>
    <constraint field="ua_n" desc="" exp=""/>
    <constraint field="ua_tot_mu" desc="" exp=""/>
    <constraint field="ua_card" desc="" exp=""/>
    <constraint field="lp_kind" desc="" exp=""/>
    <constraint field="lp_type" desc="" exp=""/>
    <constraint field="lp_cause" desc="" exp=""/>
    <constraint field="lp_disp" desc="" exp=""/>
    <constraint field="lp_areamu" desc="" exp=""/>
    <constraint field="dev_ha" desc="" exp=""/>
    <constraint field="ready_ha" desc="" exp=""/>
    <constraint field="built_ha" desc="" exp=""/>
    <constraint field="supyr_ha" desc="" exp=""/>
    <constraint field="sup_rate" desc="" exp=""/>
    <constraint field="built_rate" desc="" exp=""/>
    <constraint field="far_all" desc="" exp=""/>
    <constraint field="bld_dens" desc="" exp=""/>
    <constraint field="far_ind" desc="" exp=""/>
    <constraint field="cov_ind" desc="" exp=""/>
    <constraint field="inv_ha" desc="" exp=""/>
    <constraint field="tax_ha" desc="" exp=""/>
    <constraint field="idle_rate" desc="" exp=""/>
    <constraint field="yrs_left" desc="" exp=""/>
    <constraint field="score" desc="" exp=""/>
    <constraint field="pot_ext" desc="" exp=""/>
    <constraint field="pot_int" desc="" exp=""/>
    <constraint field="pot_mgmt" desc="" exp=""/>
    <constraint field="rd_sup" desc="" exp=""/>
    <constraint field="rd_built" desc="" exp=""/>
    <constraint field="rd_ind" desc="" exp=""/>
    <constraint field="rd_far" desc="" exp=""/>
    <constraint field="rd_dens" desc="" exp=""/>
    <constraint field="rd_farind" desc="" exp=""/>
    <constraint field="rd_covind" desc="" exp=""/>
    <constraint field="rd_inv" desc="" exp=""/>
    <constraint field="rd_tax" desc="" exp=""/>
    <constraint field="rd_idle" desc="" exp=""/>
    <constraint field="rd_yrs" desc="" exp=""/>
    <constraint field="eval_note" desc="" exp=""/>
    <constraint field="eval_file" desc="" exp=""/>
    <constraint field="eval_asof" desc="" exp=""/>
    <constraint field="ua_flag" desc="" exp=""/>
    <constraint field="ua_mu" desc="" exp=""/>
    <constraint field="ua_code" desc="" exp=""/>
    <constraint field="ua_zone" desc="" exp=""/>
    <constraint field="ua_reason" desc="" exp=""/>
    <constraint field="cm_status" desc="" exp=""/>
    <constraint field="cm_flag" desc="" exp=""/>
    <constraint field="cm_short" desc="" exp=""/>
    <constraint field="cm_penalty" desc="" exp=""/>
    <constraint field="cm_disp" desc="" exp=""/>
    <constraint field="cm_reason" desc="" exp=""/>
    <constraint field="cm_asof" desc="" exp=""/>
    <constraint field="mj_score" desc="" exp=""/>
    <constraint field="mj_class" desc="" exp=""/>
    <constraint field="mj_rank" desc="" exp=""/>
    <constraint field="mj_n" desc="" exp=""/>
    <constraint field="mj_reason" desc="" exp=""/>
    <constraint field="ca_county" desc="" exp=""/>
    <constraint field="ca_task_mu" desc="" exp=""/>
    <constraint field="ca_done_mu" desc="" exp=""/>
    <constraint field="ca_donepct" desc="" exp=""/>
    <constraint field="ca_planpct" desc="" exp=""/>
    <constraint field="ca_halfway" desc="" exp=""/>
    <constraint field="ca_yearend" desc="" exp=""/>
    <constraint field="ca_cut_ha" desc="" exp=""/>
    <constraint field="ca_score" desc="" exp=""/>
    <constraint field="ca_rank" desc="" exp=""/>
    <constraint field="ca_rankchg" desc="" exp=""/>
    <constraint field="ca_talk" desc="" exp=""/>
    <constraint field="ca_reason" desc="" exp=""/>
    <constraint field="ca_open_mu" desc="" exp=""/>
    <constraint field="ca_new_mu" desc="" exp=""/>
    <constraint field="ca_planreq" desc="" exp=""/>
    <constraint field="ca_planlag" desc="" exp=""/>
    <constraint field="ca_quota" desc="" exp=""/>
    <constraint field="ca_conseq" desc="" exp=""/>
    <constraint field="ca_parts" desc="" exp=""/>
    <constraint field="ca_prevrk" desc="" exp=""/>
    <constraint field="ca_us_task" desc="" exp=""/>
    <constraint field="ca_us_done" desc="" exp=""/>
    <constraint field="ca_us_pct" desc="" exp=""/>
    <constraint field="ca_id_task" desc="" exp=""/>
    <constraint field="ca_id_done" desc="" exp=""/>
    <constraint field="ca_id_pct" desc="" exp=""/>
    <constraint field="ca_ie_task" desc="" exp=""/>
    <constraint field="ca_ie_done" desc="" exp=""/>
    <constraint field="ca_ie_pct" desc="" exp=""/>
    <constraint field="ca_as_of" desc="" exp=""/>
  </constraintExpressions>
  <expressionfields/>
  <layerGeometryType>2</layerGeometryType>
</qgis>
