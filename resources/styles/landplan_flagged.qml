<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" labelsEnabled="0" styleCategories="Symbology|Labeling|Fields">
  <renderer-v2 symbollevels="0" referencescale="-1" forceraster="0" type="categorizedSymbol" enableorderby="0" attr="CASE WHEN &quot;lp_kind&quot; LIKE '%、%' THEN '多类叠加' ELSE &quot;lp_kind&quot; END">
    <categories>
      <category render="true" symbol="0" label="低效工业用地" value="低效工业用地"/>
      <category render="true" symbol="1" label="闲置土地" value="闲置土地"/>
      <category render="true" symbol="2" label="批而未供" value="批而未供"/>
      <category render="true" symbol="3" label="多类叠加" value="多类叠加"/>
    </categories>
    <symbols>
      <symbol clip_to_extent="1" name="0" type="fill" alpha="1" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" enabled="1" locked="0" class="SimpleFill">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="color" type="QString" value="242,142,43,255"/>
            <Option name="joinstyle" type="QString" value="bevel"/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="85,85,85,255"/>
            <Option name="outline_style" type="QString" value="solid"/>
            <Option name="outline_width" type="QString" value="0.2"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="style" type="QString" value="solid"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="242,142,43,255"/>
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
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" name="1" type="fill" alpha="1" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" enabled="1" locked="0" class="SimpleFill">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="color" type="QString" value="178,24,43,255"/>
            <Option name="joinstyle" type="QString" value="bevel"/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="85,85,85,255"/>
            <Option name="outline_style" type="QString" value="solid"/>
            <Option name="outline_width" type="QString" value="0.2"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="style" type="QString" value="solid"/>
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
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" name="2" type="fill" alpha="1" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" enabled="1" locked="0" class="SimpleFill">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="color" type="QString" value="106,61,154,255"/>
            <Option name="joinstyle" type="QString" value="bevel"/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="85,85,85,255"/>
            <Option name="outline_style" type="QString" value="solid"/>
            <Option name="outline_width" type="QString" value="0.2"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="style" type="QString" value="solid"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="106,61,154,255"/>
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
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" name="3" type="fill" alpha="1" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" enabled="1" locked="0" class="SimpleFill">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="color" type="QString" value="77,77,77,255"/>
            <Option name="joinstyle" type="QString" value="bevel"/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="85,85,85,255"/>
            <Option name="outline_style" type="QString" value="solid"/>
            <Option name="outline_width" type="QString" value="0.2"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="style" type="QString" value="solid"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="77,77,77,255"/>
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
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
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
    <field name="lp_kind" configurationFlags="None"/>
    <field name="lp_type" configurationFlags="None"/>
    <field name="lp_cause" configurationFlags="None"/>
    <field name="lp_disp" configurationFlags="None"/>
    <field name="lp_areamu" configurationFlags="None"/>
  </fieldConfiguration>
  <aliases>
    <alias field="ie_tax" name="亩均税收(万元/亩)" index="0"/>
    <alias field="ie_taxpt" name="亩均税收得分" index="1"/>
    <alias field="ie_inv" name="投资强度(万元/亩)" index="2"/>
    <alias field="ie_invpt" name="投资强度得分" index="3"/>
    <alias field="ie_far" name="容积率" index="4"/>
    <alias field="ie_farpt" name="容积率得分" index="5"/>
    <alias field="ie_cov" name="建筑系数(%)" index="6"/>
    <alias field="ie_covpt" name="建筑系数得分" index="7"/>
    <alias field="ie_areamu" name="用地面积(亩)" index="8"/>
    <alias field="ie_score" name="综合得分" index="9"/>
    <alias field="ie_flag" name="低效标记(1是/0否/空待核实)" index="10"/>
    <alias field="ie_type" name="低效类型" index="11"/>
    <alias field="ie_reason" name="低效认定理由" index="12"/>
    <alias field="ie_std" name="适用标准" index="13"/>
    <alias field="idle_flag" name="闲置标记(1是/0否/空待核实)" index="14"/>
    <alias field="idle_days" name="闲置天数" index="15"/>
    <alias field="idle_stage" name="闲置阶段" index="16"/>
    <alias field="idle_basis" name="闲置认定情形" index="17"/>
    <alias field="idle_cause" name="闲置原因分类" index="18"/>
    <alias field="idle_disp" name="建议处置措施" index="19"/>
    <alias field="idle_alt" name="备选处置措施" index="20"/>
    <alias field="idle_csq" name="法律后果" index="21"/>
    <alias field="idle_fee" name="土地闲置费(万元)" index="22"/>
    <alias field="idle_conseq" name="法律后果" index="23"/>
    <alias field="idle_gov" name="政府或不可抗力原因" index="24"/>
    <alias field="idle_rsn" name="闲置认定理由" index="25"/>
    <alias field="idle_reason" name="闲置认定理由" index="26"/>
    <alias field="idle_start" name="闲置起算日" index="27"/>
    <alias field="idle_asof" name="基准日" index="28"/>
    <alias field="unsup_flag" name="批而未供标记(1是/0否/空待核实)" index="29"/>
    <alias field="unsup_yrs" name="批准后满年数" index="30"/>
    <alias field="appr_year" name="批准年度" index="31"/>
    <alias field="unsup_mu" name="未供面积(亩)" index="32"/>
    <alias field="unsup_ha" name="未供面积(公顷)" index="33"/>
    <alias field="unsup_m2" name="未供面积(平方米)" index="34"/>
    <alias field="inuse_flag" name="已批未供即用" index="35"/>
    <alias field="unsup_rsn" name="批而未供认定理由" index="36"/>
    <alias field="unsup_reason" name="批而未供认定理由" index="37"/>
    <alias field="unsup_age" name="批准后年数" index="38"/>
    <alias field="appr_age" name="批准后年数" index="39"/>
    <alias field="appr_mu" name="批准面积(亩)" index="40"/>
    <alias field="unsup_use" name="已批未供即用(1是/0否)" index="41"/>
    <alias field="unsup_asof" name="基准日" index="42"/>
    <alias field="ind_share" name="工业用地率(%)" index="43"/>
    <alias field="share_ok" name="是否达标(1是/0否)" index="44"/>
    <alias field="deficit_ha" name="距达标缺口(公顷)" index="45"/>
    <alias field="ind_ha" name="工业用地面积(公顷)" index="46"/>
    <alias field="base_ha" name="建设用地面积(公顷)" index="47"/>
    <alias field="ind_mu" name="工业用地面积(亩)" index="48"/>
    <alias field="base_mu" name="建设用地面积(亩)" index="49"/>
    <alias field="deficit_mu" name="距达标缺口(亩)" index="50"/>
    <alias field="threshold" name="达标阈值(%)" index="51"/>
    <alias field="verdict" name="结论" index="52"/>
    <alias field="zone_name" name="园区名称" index="53"/>
    <alias field="zone_ha" name="园区面积(公顷)" index="54"/>
    <alias field="gy_ha" name="其中工业(公顷)" index="55"/>
    <alias field="ck_ha" name="其中采矿(公顷)" index="56"/>
    <alias field="cc_ha" name="其中仓储(公顷)" index="57"/>
    <alias field="thresh" name="达标阈值(%)" index="58"/>
    <alias field="def_new_ha" name="新增建设用地方式的缺口(公顷)" index="59"/>
    <alias field="unk_ha" name="未识别地类面积(公顷)" index="60"/>
    <alias field="unk_codes" name="未识别地类代码" index="61"/>
    <alias field="cls" name="地类分类方案" index="62"/>
    <alias field="scored_ha" name="参评宗地面积(公顷)" index="63"/>
    <alias field="lowe_ha" name="低效工业用地(公顷)" index="64"/>
    <alias field="lowe_pct" name="低效用地占比(%)" index="65"/>
    <alias field="ie_undet" name="待核实宗地数" index="66"/>
    <alias field="tax_mu" name="亩均税收(万元/亩)" index="67"/>
    <alias field="supp_ha" name="已供地面积(公顷)" index="68"/>
    <alias field="idle_ha" name="闲置土地(公顷)" index="69"/>
    <alias field="idle_pct" name="闲置率(%)" index="70"/>
    <alias field="appr_ha" name="已批面积(公顷)" index="71"/>
    <alias field="unsup_pct" name="批而未供率(%)" index="72"/>
    <alias field="lp_kind" name="认定类别" index="73"/>
    <alias field="lp_type" name="类型" index="74"/>
    <alias field="lp_cause" name="形成原因" index="75"/>
    <alias field="lp_disp" name="处置措施" index="76"/>
    <alias field="lp_areamu" name="面积(亩)" index="77"/>
  </aliases>
  <defaults>
    <default field="ie_tax" expression="" applyOnUpdate="0"/>
    <default field="ie_taxpt" expression="" applyOnUpdate="0"/>
    <default field="ie_inv" expression="" applyOnUpdate="0"/>
    <default field="ie_invpt" expression="" applyOnUpdate="0"/>
    <default field="ie_far" expression="" applyOnUpdate="0"/>
    <default field="ie_farpt" expression="" applyOnUpdate="0"/>
    <default field="ie_cov" expression="" applyOnUpdate="0"/>
    <default field="ie_covpt" expression="" applyOnUpdate="0"/>
    <default field="ie_areamu" expression="" applyOnUpdate="0"/>
    <default field="ie_score" expression="" applyOnUpdate="0"/>
    <default field="ie_flag" expression="" applyOnUpdate="0"/>
    <default field="ie_type" expression="" applyOnUpdate="0"/>
    <default field="ie_reason" expression="" applyOnUpdate="0"/>
    <default field="ie_std" expression="" applyOnUpdate="0"/>
    <default field="idle_flag" expression="" applyOnUpdate="0"/>
    <default field="idle_days" expression="" applyOnUpdate="0"/>
    <default field="idle_stage" expression="" applyOnUpdate="0"/>
    <default field="idle_basis" expression="" applyOnUpdate="0"/>
    <default field="idle_cause" expression="" applyOnUpdate="0"/>
    <default field="idle_disp" expression="" applyOnUpdate="0"/>
    <default field="idle_alt" expression="" applyOnUpdate="0"/>
    <default field="idle_csq" expression="" applyOnUpdate="0"/>
    <default field="idle_fee" expression="" applyOnUpdate="0"/>
    <default field="idle_conseq" expression="" applyOnUpdate="0"/>
    <default field="idle_gov" expression="" applyOnUpdate="0"/>
    <default field="idle_rsn" expression="" applyOnUpdate="0"/>
    <default field="idle_reason" expression="" applyOnUpdate="0"/>
    <default field="idle_start" expression="" applyOnUpdate="0"/>
    <default field="idle_asof" expression="" applyOnUpdate="0"/>
    <default field="unsup_flag" expression="" applyOnUpdate="0"/>
    <default field="unsup_yrs" expression="" applyOnUpdate="0"/>
    <default field="appr_year" expression="" applyOnUpdate="0"/>
    <default field="unsup_mu" expression="" applyOnUpdate="0"/>
    <default field="unsup_ha" expression="" applyOnUpdate="0"/>
    <default field="unsup_m2" expression="" applyOnUpdate="0"/>
    <default field="inuse_flag" expression="" applyOnUpdate="0"/>
    <default field="unsup_rsn" expression="" applyOnUpdate="0"/>
    <default field="unsup_reason" expression="" applyOnUpdate="0"/>
    <default field="unsup_age" expression="" applyOnUpdate="0"/>
    <default field="appr_age" expression="" applyOnUpdate="0"/>
    <default field="appr_mu" expression="" applyOnUpdate="0"/>
    <default field="unsup_use" expression="" applyOnUpdate="0"/>
    <default field="unsup_asof" expression="" applyOnUpdate="0"/>
    <default field="ind_share" expression="" applyOnUpdate="0"/>
    <default field="share_ok" expression="" applyOnUpdate="0"/>
    <default field="deficit_ha" expression="" applyOnUpdate="0"/>
    <default field="ind_ha" expression="" applyOnUpdate="0"/>
    <default field="base_ha" expression="" applyOnUpdate="0"/>
    <default field="ind_mu" expression="" applyOnUpdate="0"/>
    <default field="base_mu" expression="" applyOnUpdate="0"/>
    <default field="deficit_mu" expression="" applyOnUpdate="0"/>
    <default field="threshold" expression="" applyOnUpdate="0"/>
    <default field="verdict" expression="" applyOnUpdate="0"/>
    <default field="zone_name" expression="" applyOnUpdate="0"/>
    <default field="zone_ha" expression="" applyOnUpdate="0"/>
    <default field="gy_ha" expression="" applyOnUpdate="0"/>
    <default field="ck_ha" expression="" applyOnUpdate="0"/>
    <default field="cc_ha" expression="" applyOnUpdate="0"/>
    <default field="thresh" expression="" applyOnUpdate="0"/>
    <default field="def_new_ha" expression="" applyOnUpdate="0"/>
    <default field="unk_ha" expression="" applyOnUpdate="0"/>
    <default field="unk_codes" expression="" applyOnUpdate="0"/>
    <default field="cls" expression="" applyOnUpdate="0"/>
    <default field="scored_ha" expression="" applyOnUpdate="0"/>
    <default field="lowe_ha" expression="" applyOnUpdate="0"/>
    <default field="lowe_pct" expression="" applyOnUpdate="0"/>
    <default field="ie_undet" expression="" applyOnUpdate="0"/>
    <default field="tax_mu" expression="" applyOnUpdate="0"/>
    <default field="supp_ha" expression="" applyOnUpdate="0"/>
    <default field="idle_ha" expression="" applyOnUpdate="0"/>
    <default field="idle_pct" expression="" applyOnUpdate="0"/>
    <default field="appr_ha" expression="" applyOnUpdate="0"/>
    <default field="unsup_pct" expression="" applyOnUpdate="0"/>
    <default field="lp_kind" expression="" applyOnUpdate="0"/>
    <default field="lp_type" expression="" applyOnUpdate="0"/>
    <default field="lp_cause" expression="" applyOnUpdate="0"/>
    <default field="lp_disp" expression="" applyOnUpdate="0"/>
    <default field="lp_areamu" expression="" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint field="ie_tax" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="ie_taxpt" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="ie_inv" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="ie_invpt" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="ie_far" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="ie_farpt" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="ie_cov" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="ie_covpt" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="ie_areamu" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="ie_score" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="ie_flag" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="ie_type" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="ie_reason" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="ie_std" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="idle_flag" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="idle_days" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="idle_stage" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="idle_basis" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="idle_cause" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="idle_disp" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="idle_alt" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="idle_csq" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="idle_fee" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="idle_conseq" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="idle_gov" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="idle_rsn" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="idle_reason" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="idle_start" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="idle_asof" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="unsup_flag" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="unsup_yrs" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="appr_year" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="unsup_mu" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="unsup_ha" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="unsup_m2" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="inuse_flag" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="unsup_rsn" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="unsup_reason" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="unsup_age" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="appr_age" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="appr_mu" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="unsup_use" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="unsup_asof" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="ind_share" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="share_ok" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="deficit_ha" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="ind_ha" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="base_ha" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="ind_mu" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="base_mu" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="deficit_mu" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="threshold" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="verdict" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="zone_name" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="zone_ha" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="gy_ha" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="ck_ha" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="cc_ha" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="thresh" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="def_new_ha" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="unk_ha" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="unk_codes" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="cls" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="scored_ha" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="lowe_ha" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="lowe_pct" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="ie_undet" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="tax_mu" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="supp_ha" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="idle_ha" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="idle_pct" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="appr_ha" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="unsup_pct" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="lp_kind" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="lp_type" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="lp_cause" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="lp_disp" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint field="lp_areamu" notnull_strength="0" exp_strength="0" constraints="0" unique_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="ie_tax" exp="" desc=""/>
    <constraint field="ie_taxpt" exp="" desc=""/>
    <constraint field="ie_inv" exp="" desc=""/>
    <constraint field="ie_invpt" exp="" desc=""/>
    <constraint field="ie_far" exp="" desc=""/>
    <constraint field="ie_farpt" exp="" desc=""/>
    <constraint field="ie_cov" exp="" desc=""/>
    <constraint field="ie_covpt" exp="" desc=""/>
    <constraint field="ie_areamu" exp="" desc=""/>
    <constraint field="ie_score" exp="" desc=""/>
    <constraint field="ie_flag" exp="" desc=""/>
    <constraint field="ie_type" exp="" desc=""/>
    <constraint field="ie_reason" exp="" desc=""/>
    <constraint field="ie_std" exp="" desc=""/>
    <constraint field="idle_flag" exp="" desc=""/>
    <constraint field="idle_days" exp="" desc=""/>
    <constraint field="idle_stage" exp="" desc=""/>
    <constraint field="idle_basis" exp="" desc=""/>
    <constraint field="idle_cause" exp="" desc=""/>
    <constraint field="idle_disp" exp="" desc=""/>
    <constraint field="idle_alt" exp="" desc=""/>
    <constraint field="idle_csq" exp="" desc=""/>
    <constraint field="idle_fee" exp="" desc=""/>
    <constraint field="idle_conseq" exp="" desc=""/>
    <constraint field="idle_gov" exp="" desc=""/>
    <constraint field="idle_rsn" exp="" desc=""/>
    <constraint field="idle_reason" exp="" desc=""/>
    <constraint field="idle_start" exp="" desc=""/>
    <constraint field="idle_asof" exp="" desc=""/>
    <constraint field="unsup_flag" exp="" desc=""/>
    <constraint field="unsup_yrs" exp="" desc=""/>
    <constraint field="appr_year" exp="" desc=""/>
    <constraint field="unsup_mu" exp="" desc=""/>
    <constraint field="unsup_ha" exp="" desc=""/>
    <constraint field="unsup_m2" exp="" desc=""/>
    <constraint field="inuse_flag" exp="" desc=""/>
    <constraint field="unsup_rsn" exp="" desc=""/>
    <constraint field="unsup_reason" exp="" desc=""/>
    <constraint field="unsup_age" exp="" desc=""/>
    <constraint field="appr_age" exp="" desc=""/>
    <constraint field="appr_mu" exp="" desc=""/>
    <constraint field="unsup_use" exp="" desc=""/>
    <constraint field="unsup_asof" exp="" desc=""/>
    <constraint field="ind_share" exp="" desc=""/>
    <constraint field="share_ok" exp="" desc=""/>
    <constraint field="deficit_ha" exp="" desc=""/>
    <constraint field="ind_ha" exp="" desc=""/>
    <constraint field="base_ha" exp="" desc=""/>
    <constraint field="ind_mu" exp="" desc=""/>
    <constraint field="base_mu" exp="" desc=""/>
    <constraint field="deficit_mu" exp="" desc=""/>
    <constraint field="threshold" exp="" desc=""/>
    <constraint field="verdict" exp="" desc=""/>
    <constraint field="zone_name" exp="" desc=""/>
    <constraint field="zone_ha" exp="" desc=""/>
    <constraint field="gy_ha" exp="" desc=""/>
    <constraint field="ck_ha" exp="" desc=""/>
    <constraint field="cc_ha" exp="" desc=""/>
    <constraint field="thresh" exp="" desc=""/>
    <constraint field="def_new_ha" exp="" desc=""/>
    <constraint field="unk_ha" exp="" desc=""/>
    <constraint field="unk_codes" exp="" desc=""/>
    <constraint field="cls" exp="" desc=""/>
    <constraint field="scored_ha" exp="" desc=""/>
    <constraint field="lowe_ha" exp="" desc=""/>
    <constraint field="lowe_pct" exp="" desc=""/>
    <constraint field="ie_undet" exp="" desc=""/>
    <constraint field="tax_mu" exp="" desc=""/>
    <constraint field="supp_ha" exp="" desc=""/>
    <constraint field="idle_ha" exp="" desc=""/>
    <constraint field="idle_pct" exp="" desc=""/>
    <constraint field="appr_ha" exp="" desc=""/>
    <constraint field="unsup_pct" exp="" desc=""/>
    <constraint field="lp_kind" exp="" desc=""/>
    <constraint field="lp_type" exp="" desc=""/>
    <constraint field="lp_cause" exp="" desc=""/>
    <constraint field="lp_disp" exp="" desc=""/>
    <constraint field="lp_areamu" exp="" desc=""/>
  </constraintExpressions>
  <expressionfields/>
  <layerGeometryType>2</layerGeometryType>
</qgis>
