<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" styleCategories="Symbology|Labeling|Fields" labelsEnabled="0">
  <renderer-v2 type="categorizedSymbol" enableorderby="0" attr="&quot;ur_class&quot;" forceraster="0" referencescale="-1" symbollevels="0">
    <categories>
      <category label="老旧小区" render="true" value="老旧小区" symbol="0"/>
      <category label="城中村" render="true" value="城中村" symbol="1"/>
      <category label="低效工业用地" render="true" value="低效工业用地" symbol="2"/>
      <category label="低效楼宇" render="true" value="低效楼宇" symbol="3"/>
      <category label="老旧厂房" render="true" value="老旧厂房" symbol="4"/>
      <category label="闲置土地" render="true" value="闲置土地" symbol="5"/>
      <category label="批而未供" render="true" value="批而未供" symbol="6"/>
    </categories>
    <symbols>
      <symbol type="fill" alpha="1" force_rhr="0" clip_to_extent="1" name="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" locked="0" enabled="1">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="230,85,13,255" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="85,85,85,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.2" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="230,85,13,255" k="color"/>
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
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" alpha="1" force_rhr="0" clip_to_extent="1" name="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" locked="0" enabled="1">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="253,174,107,255" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="85,85,85,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.2" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="253,174,107,255" k="color"/>
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
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" alpha="1" force_rhr="0" clip_to_extent="1" name="2">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" locked="0" enabled="1">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="117,107,177,255" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="85,85,85,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.2" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="117,107,177,255" k="color"/>
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
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" alpha="1" force_rhr="0" clip_to_extent="1" name="3">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" locked="0" enabled="1">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="49,130,189,255" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="85,85,85,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.2" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="49,130,189,255" k="color"/>
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
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" alpha="1" force_rhr="0" clip_to_extent="1" name="4">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" locked="0" enabled="1">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="99,99,99,255" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="85,85,85,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.2" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="99,99,99,255" k="color"/>
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
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" alpha="1" force_rhr="0" clip_to_extent="1" name="5">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" locked="0" enabled="1">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="178,24,43,255" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="85,85,85,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.2" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="178,24,43,255" k="color"/>
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
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" alpha="1" force_rhr="0" clip_to_extent="1" name="6">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" locked="0" enabled="1">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="106,61,154,255" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="85,85,85,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.2" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="106,61,154,255" k="color"/>
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
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
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
    <field configurationFlags="None" name="ur_class"/>
    <field configurationFlags="None" name="ur_route"/>
    <field configurationFlags="None" name="ur_ring"/>
    <field configurationFlags="None" name="ur_ha"/>
    <field configurationFlags="None" name="ur_mu"/>
    <field configurationFlags="None" name="ur_src"/>
    <field configurationFlags="None" name="ur_reason"/>
    <field configurationFlags="None" name="rs_listed"/>
    <field configurationFlags="None" name="rs_conds"/>
    <field configurationFlags="None" name="rs_reason"/>
    <field configurationFlags="None" name="rs_ov_m2"/>
    <field configurationFlags="None" name="rs_checkup"/>
  </fieldConfiguration>
  <aliases>
    <alias index="0" field="ie_tax" name="亩均税收(万元/亩)"/>
    <alias index="1" field="ie_taxpt" name="亩均税收得分"/>
    <alias index="2" field="ie_inv" name="投资强度(万元/亩)"/>
    <alias index="3" field="ie_invpt" name="投资强度得分"/>
    <alias index="4" field="ie_far" name="容积率"/>
    <alias index="5" field="ie_farpt" name="容积率得分"/>
    <alias index="6" field="ie_cov" name="建筑系数(%)"/>
    <alias index="7" field="ie_covpt" name="建筑系数得分"/>
    <alias index="8" field="ie_areamu" name="用地面积(亩)"/>
    <alias index="9" field="ie_score" name="综合得分"/>
    <alias index="10" field="ie_flag" name="低效标记(1是/0否/空待核实)"/>
    <alias index="11" field="ie_type" name="低效类型"/>
    <alias index="12" field="ie_reason" name="低效认定理由"/>
    <alias index="13" field="ie_std" name="适用标准"/>
    <alias index="14" field="idle_flag" name="闲置标记(1是/0否/空待核实)"/>
    <alias index="15" field="idle_days" name="闲置天数"/>
    <alias index="16" field="idle_stage" name="闲置阶段"/>
    <alias index="17" field="idle_basis" name="闲置认定情形"/>
    <alias index="18" field="idle_cause" name="闲置原因分类"/>
    <alias index="19" field="idle_disp" name="建议处置措施"/>
    <alias index="20" field="idle_alt" name="备选处置措施"/>
    <alias index="21" field="idle_csq" name="法律后果"/>
    <alias index="22" field="idle_fee" name="土地闲置费(万元)"/>
    <alias index="23" field="idle_conseq" name="法律后果"/>
    <alias index="24" field="idle_gov" name="政府或不可抗力原因"/>
    <alias index="25" field="idle_rsn" name="闲置认定理由"/>
    <alias index="26" field="idle_reason" name="闲置认定理由"/>
    <alias index="27" field="idle_start" name="闲置起算日"/>
    <alias index="28" field="idle_asof" name="基准日"/>
    <alias index="29" field="unsup_flag" name="批而未供标记(1是/0否/空待核实)"/>
    <alias index="30" field="unsup_yrs" name="批准后满年数"/>
    <alias index="31" field="appr_year" name="批准年度"/>
    <alias index="32" field="unsup_mu" name="未供面积(亩)"/>
    <alias index="33" field="unsup_ha" name="未供面积(公顷)"/>
    <alias index="34" field="unsup_m2" name="未供面积(平方米)"/>
    <alias index="35" field="inuse_flag" name="已批未供即用"/>
    <alias index="36" field="unsup_rsn" name="批而未供认定理由"/>
    <alias index="37" field="unsup_reason" name="批而未供认定理由"/>
    <alias index="38" field="unsup_age" name="批准后年数"/>
    <alias index="39" field="appr_age" name="批准后年数"/>
    <alias index="40" field="appr_mu" name="批准面积(亩)"/>
    <alias index="41" field="unsup_use" name="已批未供即用(1是/0否)"/>
    <alias index="42" field="unsup_asof" name="基准日"/>
    <alias index="43" field="ind_share" name="工业用地率(%)"/>
    <alias index="44" field="share_ok" name="是否达标(1是/0否)"/>
    <alias index="45" field="deficit_ha" name="距达标缺口(公顷)"/>
    <alias index="46" field="ind_ha" name="工业用地面积(公顷)"/>
    <alias index="47" field="base_ha" name="建设用地面积(公顷)"/>
    <alias index="48" field="ind_mu" name="工业用地面积(亩)"/>
    <alias index="49" field="base_mu" name="建设用地面积(亩)"/>
    <alias index="50" field="deficit_mu" name="距达标缺口(亩)"/>
    <alias index="51" field="threshold" name="达标阈值(%)"/>
    <alias index="52" field="verdict" name="结论"/>
    <alias index="53" field="zone_name" name="园区名称"/>
    <alias index="54" field="zone_ha" name="园区面积(公顷)"/>
    <alias index="55" field="gy_ha" name="其中工业(公顷)"/>
    <alias index="56" field="ck_ha" name="其中采矿(公顷)"/>
    <alias index="57" field="cc_ha" name="其中仓储(公顷)"/>
    <alias index="58" field="othind_ha" name="其中其他工矿(公顷)"/>
    <alias index="59" field="thresh" name="达标阈值(%)"/>
    <alias index="60" field="def_new_ha" name="新增建设用地方式的缺口(公顷)"/>
    <alias index="61" field="unk_ha" name="未识别地类面积(公顷)"/>
    <alias index="62" field="unk_codes" name="未识别地类代码"/>
    <alias index="63" field="cls" name="地类分类方案"/>
    <alias index="64" field="scored_ha" name="参评宗地面积(公顷)"/>
    <alias index="65" field="lowe_ha" name="低效工业用地(公顷)"/>
    <alias index="66" field="lowe_pct" name="低效用地占比(%)"/>
    <alias index="67" field="ie_undet" name="待核实宗地数"/>
    <alias index="68" field="tax_mu" name="亩均税收(万元/亩)"/>
    <alias index="69" field="supp_ha" name="已供地面积(公顷)"/>
    <alias index="70" field="idle_ha" name="闲置土地(公顷)"/>
    <alias index="71" field="idle_pct" name="闲置率(%)"/>
    <alias index="72" field="appr_ha" name="已批面积(公顷)"/>
    <alias index="73" field="unsup_pct" name="批而未供率(%)"/>
    <alias index="74" field="cm_fail_n" name="标准地未达标(宗)"/>
    <alias index="75" field="cm_fail_mu" name="标准地未达标(亩)"/>
    <alias index="76" field="cm_card" name="标准地履约"/>
    <alias index="77" field="ua_n" name="疑似违法占地(处)"/>
    <alias index="78" field="ua_tot_mu" name="疑似违法占地(亩)"/>
    <alias index="79" field="ua_card" name="疑似违法占地"/>
    <alias index="80" field="lp_kind" name="认定类别"/>
    <alias index="81" field="lp_type" name="类型"/>
    <alias index="82" field="lp_cause" name="形成原因"/>
    <alias index="83" field="lp_disp" name="处置措施"/>
    <alias index="84" field="lp_areamu" name="面积(亩)"/>
    <alias index="85" field="dev_ha" name="可开发建设土地(公顷)"/>
    <alias index="86" field="ready_ha" name="已达到供地条件土地(公顷)"/>
    <alias index="87" field="built_ha" name="已建成城镇建设用地(公顷)"/>
    <alias index="88" field="supyr_ha" name="近年年均供地(公顷)"/>
    <alias index="89" field="sup_rate" name="土地供应率(%)"/>
    <alias index="90" field="built_rate" name="土地建成率(%)"/>
    <alias index="91" field="far_all" name="综合容积率"/>
    <alias index="92" field="bld_dens" name="建筑密度(%)"/>
    <alias index="93" field="far_ind" name="工业用地综合容积率"/>
    <alias index="94" field="cov_ind" name="工业用地建筑系数(%)"/>
    <alias index="95" field="inv_ha" name="工业用地地均固定资产投资(万元/公顷)"/>
    <alias index="96" field="tax_ha" name="工业用地地均税收(万元/公顷)"/>
    <alias index="97" field="idle_rate" name="土地闲置率(%)"/>
    <alias index="98" field="yrs_left" name="尚可供地年数"/>
    <alias index="99" field="score" name="集约度(0-100)"/>
    <alias index="100" field="pot_ext" name="扩展潜力(公顷)"/>
    <alias index="101" field="pot_int" name="强度潜力(公顷)"/>
    <alias index="102" field="pot_mgmt" name="管理潜力(公顷)"/>
    <alias index="103" field="rd_sup" name="土地供应率实现度"/>
    <alias index="104" field="rd_built" name="土地建成率实现度"/>
    <alias index="105" field="rd_ind" name="工业用地率实现度"/>
    <alias index="106" field="rd_far" name="综合容积率实现度"/>
    <alias index="107" field="rd_dens" name="建筑密度实现度"/>
    <alias index="108" field="rd_farind" name="工业用地综合容积率实现度"/>
    <alias index="109" field="rd_covind" name="工业用地建筑系数实现度"/>
    <alias index="110" field="rd_inv" name="地均固定资产投资实现度"/>
    <alias index="111" field="rd_tax" name="地均税收实现度"/>
    <alias index="112" field="rd_idle" name="土地闲置率实现度"/>
    <alias index="113" field="rd_yrs" name="尚可供地年数实现度"/>
    <alias index="114" field="eval_note" name="评价说明"/>
    <alias index="115" field="eval_file" name="评价参数"/>
    <alias index="116" field="eval_asof" name="基准日"/>
    <alias index="117" field="ua_flag" name="疑似违法占地标记(1是)"/>
    <alias index="118" field="ua_mu" name="疑似违法占地面积(亩)"/>
    <alias index="119" field="ua_code" name="地类编码"/>
    <alias index="120" field="ua_zone" name="所在园区"/>
    <alias index="121" field="ua_reason" name="疑似违法占地说明"/>
    <alias index="122" field="cm_status" name="履约状态"/>
    <alias index="123" field="cm_flag" name="未达标标记(1未达标/0达标/空其他)"/>
    <alias index="124" field="cm_short" name="最大差距(%)"/>
    <alias index="125" field="cm_penalty" name="违约金(万元)"/>
    <alias index="126" field="cm_disp" name="处置措施"/>
    <alias index="127" field="cm_reason" name="履约核查说明"/>
    <alias index="128" field="cm_asof" name="基准日"/>
    <alias index="129" field="mj_score" name="亩均效益得分"/>
    <alias index="130" field="mj_class" name="亩均效益分类"/>
    <alias index="131" field="mj_rank" name="组内名次"/>
    <alias index="132" field="mj_n" name="组内参评数"/>
    <alias index="133" field="mj_reason" name="亩均效益评价说明"/>
    <alias index="134" field="ur_class" name="更新对象类别"/>
    <alias index="135" field="ur_route" name="更新方式(区块线内外)"/>
    <alias index="136" field="ur_ring" name="三环内外"/>
    <alias index="137" field="ur_ha" name="面积(公顷)"/>
    <alias index="138" field="ur_mu" name="面积(亩)"/>
    <alias index="139" field="ur_src" name="来源图层及要素"/>
    <alias index="140" field="ur_reason" name="认定理由"/>
    <alias index="141" field="rs_listed" name="列入负面清单(1是/0否)"/>
    <alias index="142" field="rs_conds" name="涉及情形"/>
    <alias index="143" field="rs_reason" name="核查说明"/>
    <alias index="144" field="rs_ov_m2" name="重叠面积(平方米)"/>
    <alias index="145" field="rs_checkup" name="有城市体检(1有/0无)"/>
  </aliases>
  <defaults>
    <default expression="" applyOnUpdate="0" field="ie_tax"/>
    <default expression="" applyOnUpdate="0" field="ie_taxpt"/>
    <default expression="" applyOnUpdate="0" field="ie_inv"/>
    <default expression="" applyOnUpdate="0" field="ie_invpt"/>
    <default expression="" applyOnUpdate="0" field="ie_far"/>
    <default expression="" applyOnUpdate="0" field="ie_farpt"/>
    <default expression="" applyOnUpdate="0" field="ie_cov"/>
    <default expression="" applyOnUpdate="0" field="ie_covpt"/>
    <default expression="" applyOnUpdate="0" field="ie_areamu"/>
    <default expression="" applyOnUpdate="0" field="ie_score"/>
    <default expression="" applyOnUpdate="0" field="ie_flag"/>
    <default expression="" applyOnUpdate="0" field="ie_type"/>
    <default expression="" applyOnUpdate="0" field="ie_reason"/>
    <default expression="" applyOnUpdate="0" field="ie_std"/>
    <default expression="" applyOnUpdate="0" field="idle_flag"/>
    <default expression="" applyOnUpdate="0" field="idle_days"/>
    <default expression="" applyOnUpdate="0" field="idle_stage"/>
    <default expression="" applyOnUpdate="0" field="idle_basis"/>
    <default expression="" applyOnUpdate="0" field="idle_cause"/>
    <default expression="" applyOnUpdate="0" field="idle_disp"/>
    <default expression="" applyOnUpdate="0" field="idle_alt"/>
    <default expression="" applyOnUpdate="0" field="idle_csq"/>
    <default expression="" applyOnUpdate="0" field="idle_fee"/>
    <default expression="" applyOnUpdate="0" field="idle_conseq"/>
    <default expression="" applyOnUpdate="0" field="idle_gov"/>
    <default expression="" applyOnUpdate="0" field="idle_rsn"/>
    <default expression="" applyOnUpdate="0" field="idle_reason"/>
    <default expression="" applyOnUpdate="0" field="idle_start"/>
    <default expression="" applyOnUpdate="0" field="idle_asof"/>
    <default expression="" applyOnUpdate="0" field="unsup_flag"/>
    <default expression="" applyOnUpdate="0" field="unsup_yrs"/>
    <default expression="" applyOnUpdate="0" field="appr_year"/>
    <default expression="" applyOnUpdate="0" field="unsup_mu"/>
    <default expression="" applyOnUpdate="0" field="unsup_ha"/>
    <default expression="" applyOnUpdate="0" field="unsup_m2"/>
    <default expression="" applyOnUpdate="0" field="inuse_flag"/>
    <default expression="" applyOnUpdate="0" field="unsup_rsn"/>
    <default expression="" applyOnUpdate="0" field="unsup_reason"/>
    <default expression="" applyOnUpdate="0" field="unsup_age"/>
    <default expression="" applyOnUpdate="0" field="appr_age"/>
    <default expression="" applyOnUpdate="0" field="appr_mu"/>
    <default expression="" applyOnUpdate="0" field="unsup_use"/>
    <default expression="" applyOnUpdate="0" field="unsup_asof"/>
    <default expression="" applyOnUpdate="0" field="ind_share"/>
    <default expression="" applyOnUpdate="0" field="share_ok"/>
    <default expression="" applyOnUpdate="0" field="deficit_ha"/>
    <default expression="" applyOnUpdate="0" field="ind_ha"/>
    <default expression="" applyOnUpdate="0" field="base_ha"/>
    <default expression="" applyOnUpdate="0" field="ind_mu"/>
    <default expression="" applyOnUpdate="0" field="base_mu"/>
    <default expression="" applyOnUpdate="0" field="deficit_mu"/>
    <default expression="" applyOnUpdate="0" field="threshold"/>
    <default expression="" applyOnUpdate="0" field="verdict"/>
    <default expression="" applyOnUpdate="0" field="zone_name"/>
    <default expression="" applyOnUpdate="0" field="zone_ha"/>
    <default expression="" applyOnUpdate="0" field="gy_ha"/>
    <default expression="" applyOnUpdate="0" field="ck_ha"/>
    <default expression="" applyOnUpdate="0" field="cc_ha"/>
    <default expression="" applyOnUpdate="0" field="othind_ha"/>
    <default expression="" applyOnUpdate="0" field="thresh"/>
    <default expression="" applyOnUpdate="0" field="def_new_ha"/>
    <default expression="" applyOnUpdate="0" field="unk_ha"/>
    <default expression="" applyOnUpdate="0" field="unk_codes"/>
    <default expression="" applyOnUpdate="0" field="cls"/>
    <default expression="" applyOnUpdate="0" field="scored_ha"/>
    <default expression="" applyOnUpdate="0" field="lowe_ha"/>
    <default expression="" applyOnUpdate="0" field="lowe_pct"/>
    <default expression="" applyOnUpdate="0" field="ie_undet"/>
    <default expression="" applyOnUpdate="0" field="tax_mu"/>
    <default expression="" applyOnUpdate="0" field="supp_ha"/>
    <default expression="" applyOnUpdate="0" field="idle_ha"/>
    <default expression="" applyOnUpdate="0" field="idle_pct"/>
    <default expression="" applyOnUpdate="0" field="appr_ha"/>
    <default expression="" applyOnUpdate="0" field="unsup_pct"/>
    <default expression="" applyOnUpdate="0" field="cm_fail_n"/>
    <default expression="" applyOnUpdate="0" field="cm_fail_mu"/>
    <default expression="" applyOnUpdate="0" field="cm_card"/>
    <default expression="" applyOnUpdate="0" field="ua_n"/>
    <default expression="" applyOnUpdate="0" field="ua_tot_mu"/>
    <default expression="" applyOnUpdate="0" field="ua_card"/>
    <default expression="" applyOnUpdate="0" field="lp_kind"/>
    <default expression="" applyOnUpdate="0" field="lp_type"/>
    <default expression="" applyOnUpdate="0" field="lp_cause"/>
    <default expression="" applyOnUpdate="0" field="lp_disp"/>
    <default expression="" applyOnUpdate="0" field="lp_areamu"/>
    <default expression="" applyOnUpdate="0" field="dev_ha"/>
    <default expression="" applyOnUpdate="0" field="ready_ha"/>
    <default expression="" applyOnUpdate="0" field="built_ha"/>
    <default expression="" applyOnUpdate="0" field="supyr_ha"/>
    <default expression="" applyOnUpdate="0" field="sup_rate"/>
    <default expression="" applyOnUpdate="0" field="built_rate"/>
    <default expression="" applyOnUpdate="0" field="far_all"/>
    <default expression="" applyOnUpdate="0" field="bld_dens"/>
    <default expression="" applyOnUpdate="0" field="far_ind"/>
    <default expression="" applyOnUpdate="0" field="cov_ind"/>
    <default expression="" applyOnUpdate="0" field="inv_ha"/>
    <default expression="" applyOnUpdate="0" field="tax_ha"/>
    <default expression="" applyOnUpdate="0" field="idle_rate"/>
    <default expression="" applyOnUpdate="0" field="yrs_left"/>
    <default expression="" applyOnUpdate="0" field="score"/>
    <default expression="" applyOnUpdate="0" field="pot_ext"/>
    <default expression="" applyOnUpdate="0" field="pot_int"/>
    <default expression="" applyOnUpdate="0" field="pot_mgmt"/>
    <default expression="" applyOnUpdate="0" field="rd_sup"/>
    <default expression="" applyOnUpdate="0" field="rd_built"/>
    <default expression="" applyOnUpdate="0" field="rd_ind"/>
    <default expression="" applyOnUpdate="0" field="rd_far"/>
    <default expression="" applyOnUpdate="0" field="rd_dens"/>
    <default expression="" applyOnUpdate="0" field="rd_farind"/>
    <default expression="" applyOnUpdate="0" field="rd_covind"/>
    <default expression="" applyOnUpdate="0" field="rd_inv"/>
    <default expression="" applyOnUpdate="0" field="rd_tax"/>
    <default expression="" applyOnUpdate="0" field="rd_idle"/>
    <default expression="" applyOnUpdate="0" field="rd_yrs"/>
    <default expression="" applyOnUpdate="0" field="eval_note"/>
    <default expression="" applyOnUpdate="0" field="eval_file"/>
    <default expression="" applyOnUpdate="0" field="eval_asof"/>
    <default expression="" applyOnUpdate="0" field="ua_flag"/>
    <default expression="" applyOnUpdate="0" field="ua_mu"/>
    <default expression="" applyOnUpdate="0" field="ua_code"/>
    <default expression="" applyOnUpdate="0" field="ua_zone"/>
    <default expression="" applyOnUpdate="0" field="ua_reason"/>
    <default expression="" applyOnUpdate="0" field="cm_status"/>
    <default expression="" applyOnUpdate="0" field="cm_flag"/>
    <default expression="" applyOnUpdate="0" field="cm_short"/>
    <default expression="" applyOnUpdate="0" field="cm_penalty"/>
    <default expression="" applyOnUpdate="0" field="cm_disp"/>
    <default expression="" applyOnUpdate="0" field="cm_reason"/>
    <default expression="" applyOnUpdate="0" field="cm_asof"/>
    <default expression="" applyOnUpdate="0" field="mj_score"/>
    <default expression="" applyOnUpdate="0" field="mj_class"/>
    <default expression="" applyOnUpdate="0" field="mj_rank"/>
    <default expression="" applyOnUpdate="0" field="mj_n"/>
    <default expression="" applyOnUpdate="0" field="mj_reason"/>
    <default expression="" applyOnUpdate="0" field="ur_class"/>
    <default expression="" applyOnUpdate="0" field="ur_route"/>
    <default expression="" applyOnUpdate="0" field="ur_ring"/>
    <default expression="" applyOnUpdate="0" field="ur_ha"/>
    <default expression="" applyOnUpdate="0" field="ur_mu"/>
    <default expression="" applyOnUpdate="0" field="ur_src"/>
    <default expression="" applyOnUpdate="0" field="ur_reason"/>
    <default expression="" applyOnUpdate="0" field="rs_listed"/>
    <default expression="" applyOnUpdate="0" field="rs_conds"/>
    <default expression="" applyOnUpdate="0" field="rs_reason"/>
    <default expression="" applyOnUpdate="0" field="rs_ov_m2"/>
    <default expression="" applyOnUpdate="0" field="rs_checkup"/>
  </defaults>
  <constraints>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="ie_tax" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="ie_taxpt" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="ie_inv" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="ie_invpt" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="ie_far" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="ie_farpt" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="ie_cov" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="ie_covpt" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="ie_areamu" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="ie_score" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="ie_flag" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="ie_type" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="ie_reason" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="ie_std" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="idle_flag" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="idle_days" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="idle_stage" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="idle_basis" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="idle_cause" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="idle_disp" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="idle_alt" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="idle_csq" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="idle_fee" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="idle_conseq" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="idle_gov" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="idle_rsn" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="idle_reason" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="idle_start" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="idle_asof" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="unsup_flag" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="unsup_yrs" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="appr_year" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="unsup_mu" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="unsup_ha" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="unsup_m2" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="inuse_flag" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="unsup_rsn" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="unsup_reason" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="unsup_age" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="appr_age" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="appr_mu" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="unsup_use" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="unsup_asof" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="ind_share" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="share_ok" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="deficit_ha" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="ind_ha" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="base_ha" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="ind_mu" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="base_mu" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="deficit_mu" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="threshold" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="verdict" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="zone_name" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="zone_ha" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="gy_ha" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="ck_ha" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="cc_ha" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="othind_ha" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="thresh" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="def_new_ha" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="unk_ha" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="unk_codes" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="cls" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="scored_ha" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="lowe_ha" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="lowe_pct" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="ie_undet" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="tax_mu" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="supp_ha" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="idle_ha" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="idle_pct" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="appr_ha" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="unsup_pct" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="cm_fail_n" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="cm_fail_mu" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="cm_card" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="ua_n" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="ua_tot_mu" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="ua_card" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="lp_kind" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="lp_type" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="lp_cause" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="lp_disp" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="lp_areamu" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="dev_ha" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="ready_ha" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="built_ha" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="supyr_ha" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="sup_rate" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="built_rate" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="far_all" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="bld_dens" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="far_ind" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="cov_ind" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="inv_ha" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="tax_ha" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="idle_rate" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="yrs_left" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="score" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="pot_ext" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="pot_int" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="pot_mgmt" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="rd_sup" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="rd_built" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="rd_ind" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="rd_far" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="rd_dens" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="rd_farind" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="rd_covind" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="rd_inv" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="rd_tax" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="rd_idle" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="rd_yrs" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="eval_note" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="eval_file" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="eval_asof" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="ua_flag" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="ua_mu" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="ua_code" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="ua_zone" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="ua_reason" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="cm_status" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="cm_flag" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="cm_short" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="cm_penalty" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="cm_disp" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="cm_reason" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="cm_asof" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="mj_score" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="mj_class" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="mj_rank" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="mj_n" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="mj_reason" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="ur_class" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="ur_route" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="ur_ring" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="ur_ha" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="ur_mu" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="ur_src" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="ur_reason" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="rs_listed" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="rs_conds" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="rs_reason" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="rs_ov_m2" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="rs_checkup" notnull_strength="0"/>
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
    <constraint exp="" desc="" field="ur_class"/>
    <constraint exp="" desc="" field="ur_route"/>
    <constraint exp="" desc="" field="ur_ring"/>
    <constraint exp="" desc="" field="ur_ha"/>
    <constraint exp="" desc="" field="ur_mu"/>
    <constraint exp="" desc="" field="ur_src"/>
    <constraint exp="" desc="" field="ur_reason"/>
    <constraint exp="" desc="" field="rs_listed"/>
    <constraint exp="" desc="" field="rs_conds"/>
    <constraint exp="" desc="" field="rs_reason"/>
    <constraint exp="" desc="" field="rs_ov_m2"/>
    <constraint exp="" desc="" field="rs_checkup"/>
  </constraintExpressions>
  <expressionfields/>
  <layerGeometryType>2</layerGeometryType>
</qgis>
