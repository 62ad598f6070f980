<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" styleCategories="Symbology|Labeling|Fields" labelsEnabled="0">
  <renderer-v2 forceraster="0" symbollevels="0" enableorderby="0" referencescale="-1" type="categorizedSymbol" attr="CASE WHEN &quot;idle_flag&quot; IS NULL THEN '待核实' WHEN &quot;idle_flag&quot; = 1 THEN coalesce(attribute(@feature, 'idle_stage'), if(&quot;idle_days&quot; >= 730, '满2年', '满1年')) WHEN &quot;idle_days&quot; IS NOT NULL THEN '未满1年' ELSE '非闲置' END">
    <categories>
      <category label="闲置满2年（可无偿收回）" value="满2年" render="true" symbol="0"/>
      <category label="闲置满1年（征缴闲置费）" value="满1年" render="true" symbol="1"/>
      <category label="未满1年（尚未闲置）" value="未满1年" render="true" symbol="2"/>
      <category label="非闲置" value="非闲置" render="true" symbol="3"/>
      <category label="待核实（数据缺失）" value="待核实" render="true" symbol="4"/>
    </categories>
    <symbols>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" type="fill" name="0">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" enabled="1" class="SimpleFill" locked="0">
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
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" type="fill" name="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" enabled="1" class="SimpleFill" locked="0">
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
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" type="fill" name="2">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" enabled="1" class="SimpleFill" locked="0">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" type="QString" name="border_width_map_unit_scale"/>
            <Option value="254,224,139,255" type="QString" name="color"/>
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
          <prop k="color" v="254,224,139,255"/>
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
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" type="fill" name="3">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" enabled="1" class="SimpleFill" locked="0">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" type="QString" name="border_width_map_unit_scale"/>
            <Option value="184,225,134,255" type="QString" name="color"/>
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
          <prop k="color" v="184,225,134,255"/>
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
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" type="fill" name="4">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" enabled="1" class="SimpleFill" locked="0">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" type="QString" name="border_width_map_unit_scale"/>
            <Option value="189,189,189,255" type="QString" name="color"/>
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
          <prop k="color" v="189,189,189,255"/>
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
    <field configurationFlags="None" name="lp_kind"/>
    <field configurationFlags="None" name="lp_type"/>
    <field configurationFlags="None" name="lp_cause"/>
    <field configurationFlags="None" name="lp_disp"/>
    <field configurationFlags="None" name="lp_areamu"/>
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
    <alias field="idle_fee" index="21" name="土地闲置费(万元)"/>
    <alias field="idle_conseq" index="22" name="法律后果"/>
    <alias field="idle_gov" index="23" name="政府或不可抗力原因"/>
    <alias field="idle_rsn" index="24" name="闲置认定理由"/>
    <alias field="idle_reason" index="25" name="闲置认定理由"/>
    <alias field="idle_start" index="26" name="闲置起算日"/>
    <alias field="idle_asof" index="27" name="基准日"/>
    <alias field="unsup_flag" index="28" name="批而未供标记(1是/0否/空待核实)"/>
    <alias field="unsup_yrs" index="29" name="批准后满年数"/>
    <alias field="appr_year" index="30" name="批准年度"/>
    <alias field="unsup_mu" index="31" name="未供面积(亩)"/>
    <alias field="unsup_ha" index="32" name="未供面积(公顷)"/>
    <alias field="unsup_m2" index="33" name="未供面积(平方米)"/>
    <alias field="inuse_flag" index="34" name="已批未供即用"/>
    <alias field="unsup_rsn" index="35" name="批而未供认定理由"/>
    <alias field="unsup_reason" index="36" name="批而未供认定理由"/>
    <alias field="unsup_age" index="37" name="批准后年数"/>
    <alias field="ind_share" index="38" name="工业用地率(%)"/>
    <alias field="share_ok" index="39" name="是否达标(1是/0否)"/>
    <alias field="deficit_ha" index="40" name="距达标缺口(公顷)"/>
    <alias field="ind_ha" index="41" name="工业用地面积(公顷)"/>
    <alias field="base_ha" index="42" name="建设用地面积(公顷)"/>
    <alias field="ind_mu" index="43" name="工业用地面积(亩)"/>
    <alias field="base_mu" index="44" name="建设用地面积(亩)"/>
    <alias field="deficit_mu" index="45" name="距达标缺口(亩)"/>
    <alias field="threshold" index="46" name="达标阈值(%)"/>
    <alias field="verdict" index="47" name="结论"/>
    <alias field="lp_kind" index="48" name="认定类别"/>
    <alias field="lp_type" index="49" name="类型"/>
    <alias field="lp_cause" index="50" name="形成原因"/>
    <alias field="lp_disp" index="51" name="处置措施"/>
    <alias field="lp_areamu" index="52" name="面积(亩)"/>
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
    <default expression="" applyOnUpdate="0" field="lp_kind"/>
    <default expression="" applyOnUpdate="0" field="lp_type"/>
    <default expression="" applyOnUpdate="0" field="lp_cause"/>
    <default expression="" applyOnUpdate="0" field="lp_disp"/>
    <default expression="" applyOnUpdate="0" field="lp_areamu"/>
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
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="lp_kind" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="lp_type" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="lp_cause" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="lp_disp" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="lp_areamu" notnull_strength="0"/>
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
    <constraint exp="" desc="" field="lp_kind"/>
    <constraint exp="" desc="" field="lp_type"/>
    <constraint exp="" desc="" field="lp_cause"/>
    <constraint exp="" desc="" field="lp_disp"/>
    <constraint exp="" desc="" field="lp_areamu"/>
  </constraintExpressions>
  <expressionfields/>
  <layerGeometryType>2</layerGeometryType>
</qgis>
