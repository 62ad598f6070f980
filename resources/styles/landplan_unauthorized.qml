<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" labelsEnabled="0" styleCategories="Symbology|Labeling|Fields">
  <renderer-v2 type="categorizedSymbol" attr="'疑似违法占地'" symbollevels="0" forceraster="0" referencescale="-1" enableorderby="0">
    <categories>
      <category render="true" symbol="0" value="疑似违法占地" label="疑似违法占地（线索，待核查）"/>
    </categories>
    <symbols>
      <symbol type="fill" name="0" clip_to_extent="1" alpha="1" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" enabled="1" pass="0" class="SimpleFill">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="227,26,28,255"/>
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
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="227,26,28,255"/>
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
  </fieldConfiguration>
  <aliases>
    <alias name="亩均税收(万元/亩)" field="ie_tax" index="0"/>
    <alias name="亩均税收得分" field="ie_taxpt" index="1"/>
    <alias name="投资强度(万元/亩)" field="ie_inv" index="2"/>
    <alias name="投资强度得分" field="ie_invpt" index="3"/>
    <alias name="容积率" field="ie_far" index="4"/>
    <alias name="容积率得分" field="ie_farpt" index="5"/>
    <alias name="建筑系数(%)" field="ie_cov" index="6"/>
    <alias name="建筑系数得分" field="ie_covpt" index="7"/>
    <alias name="用地面积(亩)" field="ie_areamu" index="8"/>
    <alias name="综合得分" field="ie_score" index="9"/>
    <alias name="低效标记(1是/0否/空待核实)" field="ie_flag" index="10"/>
    <alias name="低效类型" field="ie_type" index="11"/>
    <alias name="低效认定理由" field="ie_reason" index="12"/>
    <alias name="适用标准" field="ie_std" index="13"/>
    <alias name="闲置标记(1是/0否/空待核实)" field="idle_flag" index="14"/>
    <alias name="闲置天数" field="idle_days" index="15"/>
    <alias name="闲置阶段" field="idle_stage" index="16"/>
    <alias name="闲置认定情形" field="idle_basis" index="17"/>
    <alias name="闲置原因分类" field="idle_cause" index="18"/>
    <alias name="建议处置措施" field="idle_disp" index="19"/>
    <alias name="备选处置措施" field="idle_alt" index="20"/>
    <alias name="法律后果" field="idle_csq" index="21"/>
    <alias name="土地闲置费(万元)" field="idle_fee" index="22"/>
    <alias name="法律后果" field="idle_conseq" index="23"/>
    <alias name="政府或不可抗力原因" field="idle_gov" index="24"/>
    <alias name="闲置认定理由" field="idle_rsn" index="25"/>
    <alias name="闲置认定理由" field="idle_reason" index="26"/>
    <alias name="闲置起算日" field="idle_start" index="27"/>
    <alias name="基准日" field="idle_asof" index="28"/>
    <alias name="批而未供标记(1是/0否/空待核实)" field="unsup_flag" index="29"/>
    <alias name="批准后满年数" field="unsup_yrs" index="30"/>
    <alias name="批准年度" field="appr_year" index="31"/>
    <alias name="未供面积(亩)" field="unsup_mu" index="32"/>
    <alias name="未供面积(公顷)" field="unsup_ha" index="33"/>
    <alias name="未供面积(平方米)" field="unsup_m2" index="34"/>
    <alias name="已批未供即用" field="inuse_flag" index="35"/>
    <alias name="批而未供认定理由" field="unsup_rsn" index="36"/>
    <alias name="批而未供认定理由" field="unsup_reason" index="37"/>
    <alias name="批准后年数" field="unsup_age" index="38"/>
    <alias name="批准后年数" field="appr_age" index="39"/>
    <alias name="批准面积(亩)" field="appr_mu" index="40"/>
    <alias name="已批未供即用(1是/0否)" field="unsup_use" index="41"/>
    <alias name="基准日" field="unsup_asof" index="42"/>
    <alias name="工业用地率(%)" field="ind_share" index="43"/>
    <alias name="是否达标(1是/0否)" field="share_ok" index="44"/>
    <alias name="距达标缺口(公顷)" field="deficit_ha" index="45"/>
    <alias name="工业用地面积(公顷)" field="ind_ha" index="46"/>
    <alias name="建设用地面积(公顷)" field="base_ha" index="47"/>
    <alias name="工业用地面积(亩)" field="ind_mu" index="48"/>
    <alias name="建设用地面积(亩)" field="base_mu" index="49"/>
    <alias name="距达标缺口(亩)" field="deficit_mu" index="50"/>
    <alias name="达标阈值(%)" field="threshold" index="51"/>
    <alias name="结论" field="verdict" index="52"/>
    <alias name="园区名称" field="zone_name" index="53"/>
    <alias name="园区面积(公顷)" field="zone_ha" index="54"/>
    <alias name="其中工业(公顷)" field="gy_ha" index="55"/>
    <alias name="其中采矿(公顷)" field="ck_ha" index="56"/>
    <alias name="其中仓储(公顷)" field="cc_ha" index="57"/>
    <alias name="达标阈值(%)" field="thresh" index="58"/>
    <alias name="新增建设用地方式的缺口(公顷)" field="def_new_ha" index="59"/>
    <alias name="未识别地类面积(公顷)" field="unk_ha" index="60"/>
    <alias name="未识别地类代码" field="unk_codes" index="61"/>
    <alias name="地类分类方案" field="cls" index="62"/>
    <alias name="参评宗地面积(公顷)" field="scored_ha" index="63"/>
    <alias name="低效工业用地(公顷)" field="lowe_ha" index="64"/>
    <alias name="低效用地占比(%)" field="lowe_pct" index="65"/>
    <alias name="待核实宗地数" field="ie_undet" index="66"/>
    <alias name="亩均税收(万元/亩)" field="tax_mu" index="67"/>
    <alias name="已供地面积(公顷)" field="supp_ha" index="68"/>
    <alias name="闲置土地(公顷)" field="idle_ha" index="69"/>
    <alias name="闲置率(%)" field="idle_pct" index="70"/>
    <alias name="已批面积(公顷)" field="appr_ha" index="71"/>
    <alias name="批而未供率(%)" field="unsup_pct" index="72"/>
    <alias name="认定类别" field="lp_kind" index="73"/>
    <alias name="类型" field="lp_type" index="74"/>
    <alias name="形成原因" field="lp_cause" index="75"/>
    <alias name="处置措施" field="lp_disp" index="76"/>
    <alias name="面积(亩)" field="lp_areamu" index="77"/>
    <alias name="可开发建设土地(公顷)" field="dev_ha" index="78"/>
    <alias name="已达到供地条件土地(公顷)" field="ready_ha" index="79"/>
    <alias name="已建成城镇建设用地(公顷)" field="built_ha" index="80"/>
    <alias name="近年年均供地(公顷)" field="supyr_ha" index="81"/>
    <alias name="土地供应率(%)" field="sup_rate" index="82"/>
    <alias name="土地建成率(%)" field="built_rate" index="83"/>
    <alias name="综合容积率" field="far_all" index="84"/>
    <alias name="建筑密度(%)" field="bld_dens" index="85"/>
    <alias name="工业用地综合容积率" field="far_ind" index="86"/>
    <alias name="工业用地建筑系数(%)" field="cov_ind" index="87"/>
    <alias name="工业用地地均固定资产投资(万元/公顷)" field="inv_ha" index="88"/>
    <alias name="工业用地地均税收(万元/公顷)" field="tax_ha" index="89"/>
    <alias name="土地闲置率(%)" field="idle_rate" index="90"/>
    <alias name="尚可供地年数" field="yrs_left" index="91"/>
    <alias name="集约度(0-100)" field="score" index="92"/>
    <alias name="扩展潜力(公顷)" field="pot_ext" index="93"/>
    <alias name="强度潜力(公顷)" field="pot_int" index="94"/>
    <alias name="管理潜力(公顷)" field="pot_mgmt" index="95"/>
    <alias name="土地供应率实现度" field="rd_sup" index="96"/>
    <alias name="土地建成率实现度" field="rd_built" index="97"/>
    <alias name="工业用地率实现度" field="rd_ind" index="98"/>
    <alias name="综合容积率实现度" field="rd_far" index="99"/>
    <alias name="建筑密度实现度" field="rd_dens" index="100"/>
    <alias name="工业用地综合容积率实现度" field="rd_farind" index="101"/>
    <alias name="工业用地建筑系数实现度" field="rd_covind" index="102"/>
    <alias name="地均固定资产投资实现度" field="rd_inv" index="103"/>
    <alias name="地均税收实现度" field="rd_tax" index="104"/>
    <alias name="土地闲置率实现度" field="rd_idle" index="105"/>
    <alias name="尚可供地年数实现度" field="rd_yrs" index="106"/>
    <alias name="评价说明" field="eval_note" index="107"/>
    <alias name="评价参数" field="eval_file" index="108"/>
    <alias name="基准日" field="eval_asof" index="109"/>
    <alias name="疑似违法占地标记(1是)" field="ua_flag" index="110"/>
    <alias name="疑似违法占地面积(亩)" field="ua_mu" index="111"/>
    <alias name="地类编码" field="ua_code" index="112"/>
    <alias name="所在园区" field="ua_zone" index="113"/>
    <alias name="疑似违法占地说明" field="ua_reason" index="114"/>
  </aliases>
  <defaults>
    <default applyOnUpdate="0" field="ie_tax" expression=""/>
    <default applyOnUpdate="0" field="ie_taxpt" expression=""/>
    <default applyOnUpdate="0" field="ie_inv" expression=""/>
    <default applyOnUpdate="0" field="ie_invpt" expression=""/>
    <default applyOnUpdate="0" field="ie_far" expression=""/>
    <default applyOnUpdate="0" field="ie_farpt" expression=""/>
    <default applyOnUpdate="0" field="ie_cov" expression=""/>
    <default applyOnUpdate="0" field="ie_covpt" expression=""/>
    <default applyOnUpdate="0" field="ie_areamu" expression=""/>
    <default applyOnUpdate="0" field="ie_score" expression=""/>
    <default applyOnUpdate="0" field="ie_flag" expression=""/>
    <default applyOnUpdate="0" field="ie_type" expression=""/>
    <default applyOnUpdate="0" field="ie_reason" expression=""/>
    <default applyOnUpdate="0" field="ie_std" expression=""/>
    <default applyOnUpdate="0" field="idle_flag" expression=""/>
    <default applyOnUpdate="0" field="idle_days" expression=""/>
    <default applyOnUpdate="0" field="idle_stage" expression=""/>
    <default applyOnUpdate="0" field="idle_basis" expression=""/>
    <default applyOnUpdate="0" field="idle_cause" expression=""/>
    <default applyOnUpdate="0" field="idle_disp" expression=""/>
    <default applyOnUpdate="0" field="idle_alt" expression=""/>
    <default applyOnUpdate="0" field="idle_csq" expression=""/>
    <default applyOnUpdate="0" field="idle_fee" expression=""/>
    <default applyOnUpdate="0" field="idle_conseq" expression=""/>
    <default applyOnUpdate="0" field="idle_gov" expression=""/>
    <default applyOnUpdate="0" field="idle_rsn" expression=""/>
    <default applyOnUpdate="0" field="idle_reason" expression=""/>
    <default applyOnUpdate="0" field="idle_start" expression=""/>
    <default applyOnUpdate="0" field="idle_asof" expression=""/>
    <default applyOnUpdate="0" field="unsup_flag" expression=""/>
    <default applyOnUpdate="0" field="unsup_yrs" expression=""/>
    <default applyOnUpdate="0" field="appr_year" expression=""/>
    <default applyOnUpdate="0" field="unsup_mu" expression=""/>
    <default applyOnUpdate="0" field="unsup_ha" expression=""/>
    <default applyOnUpdate="0" field="unsup_m2" expression=""/>
    <default applyOnUpdate="0" field="inuse_flag" expression=""/>
    <default applyOnUpdate="0" field="unsup_rsn" expression=""/>
    <default applyOnUpdate="0" field="unsup_reason" expression=""/>
    <default applyOnUpdate="0" field="unsup_age" expression=""/>
    <default applyOnUpdate="0" field="appr_age" expression=""/>
    <default applyOnUpdate="0" field="appr_mu" expression=""/>
    <default applyOnUpdate="0" field="unsup_use" expression=""/>
    <default applyOnUpdate="0" field="unsup_asof" expression=""/>
    <default applyOnUpdate="0" field="ind_share" expression=""/>
    <default applyOnUpdate="0" field="share_ok" expression=""/>
    <default applyOnUpdate="0" field="deficit_ha" expression=""/>
    <default applyOnUpdate="0" field="ind_ha" expression=""/>
    <default applyOnUpdate="0" field="base_ha" expression=""/>
    <default applyOnUpdate="0" field="ind_mu" expression=""/>
    <default applyOnUpdate="0" field="base_mu" expression=""/>
    <default applyOnUpdate="0" field="deficit_mu" expression=""/>
    <default applyOnUpdate="0" field="threshold" expression=""/>
    <default applyOnUpdate="0" field="verdict" expression=""/>
    <default applyOnUpdate="0" field="zone_name" expression=""/>
    <default applyOnUpdate="0" field="zone_ha" expression=""/>
    <default applyOnUpdate="0" field="gy_ha" expression=""/>
    <default applyOnUpdate="0" field="ck_ha" expression=""/>
    <default applyOnUpdate="0" field="cc_ha" expression=""/>
    <default applyOnUpdate="0" field="thresh" expression=""/>
    <default applyOnUpdate="0" field="def_new_ha" expression=""/>
    <default applyOnUpdate="0" field="unk_ha" expression=""/>
    <default applyOnUpdate="0" field="unk_codes" expression=""/>
    <default applyOnUpdate="0" field="cls" expression=""/>
    <default applyOnUpdate="0" field="scored_ha" expression=""/>
    <default applyOnUpdate="0" field="lowe_ha" expression=""/>
    <default applyOnUpdate="0" field="lowe_pct" expression=""/>
    <default applyOnUpdate="0" field="ie_undet" expression=""/>
    <default applyOnUpdate="0" field="tax_mu" expression=""/>
    <default applyOnUpdate="0" field="supp_ha" expression=""/>
    <default applyOnUpdate="0" field="idle_ha" expression=""/>
    <default applyOnUpdate="0" field="idle_pct" expression=""/>
    <default applyOnUpdate="0" field="appr_ha" expression=""/>
    <default applyOnUpdate="0" field="unsup_pct" expression=""/>
    <default applyOnUpdate="0" field="lp_kind" expression=""/>
    <default applyOnUpdate="0" field="lp_type" expression=""/>
    <default applyOnUpdate="0" field="lp_cause" expression=""/>
    <default applyOnUpdate="0" field="lp_disp" expression=""/>
    <default applyOnUpdate="0" field="lp_areamu" expression=""/>
    <default applyOnUpdate="0" field="dev_ha" expression=""/>
    <default applyOnUpdate="0" field="ready_ha" expression=""/>
    <default applyOnUpdate="0" field="built_ha" expression=""/>
    <default applyOnUpdate="0" field="supyr_ha" expression=""/>
    <default applyOnUpdate="0" field="sup_rate" expression=""/>
    <default applyOnUpdate="0" field="built_rate" expression=""/>
    <default applyOnUpdate="0" field="far_all" expression=""/>
    <default applyOnUpdate="0" field="bld_dens" expression=""/>
    <default applyOnUpdate="0" field="far_ind" expression=""/>
    <default applyOnUpdate="0" field="cov_ind" expression=""/>
    <default applyOnUpdate="0" field="inv_ha" expression=""/>
    <default applyOnUpdate="0" field="tax_ha" expression=""/>
    <default applyOnUpdate="0" field="idle_rate" expression=""/>
    <default applyOnUpdate="0" field="yrs_left" expression=""/>
    <default applyOnUpdate="0" field="score" expression=""/>
    <default applyOnUpdate="0" field="pot_ext" expression=""/>
    <default applyOnUpdate="0" field="pot_int" expression=""/>
    <default applyOnUpdate="0" field="pot_mgmt" expression=""/>
    <default applyOnUpdate="0" field="rd_sup" expression=""/>
    <default applyOnUpdate="0" field="rd_built" expression=""/>
    <default applyOnUpdate="0" field="rd_ind" expression=""/>
    <default applyOnUpdate="0" field="rd_far" expression=""/>
    <default applyOnUpdate="0" field="rd_dens" expression=""/>
    <default applyOnUpdate="0" field="rd_farind" expression=""/>
    <default applyOnUpdate="0" field="rd_covind" expression=""/>
    <default applyOnUpdate="0" field="rd_inv" expression=""/>
    <default applyOnUpdate="0" field="rd_tax" expression=""/>
    <default applyOnUpdate="0" field="rd_idle" expression=""/>
    <default applyOnUpdate="0" field="rd_yrs" expression=""/>
    <default applyOnUpdate="0" field="eval_note" expression=""/>
    <default applyOnUpdate="0" field="eval_file" expression=""/>
    <default applyOnUpdate="0" field="eval_asof" expression=""/>
    <default applyOnUpdate="0" field="ua_flag" expression=""/>
    <default applyOnUpdate="0" field="ua_mu" expression=""/>
    <default applyOnUpdate="0" field="ua_code" expression=""/>
    <default applyOnUpdate="0" field="ua_zone" expression=""/>
    <default applyOnUpdate="0" field="ua_reason" expression=""/>
  </defaults>
  <constraints>
    <constraint notnull_strength="0" field="ie_tax" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="ie_taxpt" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="ie_inv" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="ie_invpt" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="ie_far" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="ie_farpt" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="ie_cov" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="ie_covpt" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="ie_areamu" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="ie_score" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="ie_flag" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="ie_type" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="ie_reason" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="ie_std" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="idle_flag" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="idle_days" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="idle_stage" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="idle_basis" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="idle_cause" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="idle_disp" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="idle_alt" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="idle_csq" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="idle_fee" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="idle_conseq" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="idle_gov" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="idle_rsn" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="idle_reason" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="idle_start" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="idle_asof" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="unsup_flag" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="unsup_yrs" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="appr_year" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="unsup_mu" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="unsup_ha" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="unsup_m2" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="inuse_flag" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="unsup_rsn" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="unsup_reason" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="unsup_age" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="appr_age" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="appr_mu" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="unsup_use" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="unsup_asof" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="ind_share" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="share_ok" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="deficit_ha" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="ind_ha" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="base_ha" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="ind_mu" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="base_mu" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="deficit_mu" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="threshold" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="verdict" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="zone_name" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="zone_ha" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="gy_ha" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="ck_ha" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="cc_ha" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="thresh" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="def_new_ha" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="unk_ha" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="unk_codes" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="cls" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="scored_ha" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="lowe_ha" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="lowe_pct" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="ie_undet" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="tax_mu" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="supp_ha" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="idle_ha" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="idle_pct" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="appr_ha" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="unsup_pct" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="lp_kind" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="lp_type" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="lp_cause" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="lp_disp" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="lp_areamu" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="dev_ha" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="ready_ha" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="built_ha" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="supyr_ha" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="sup_rate" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="built_rate" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="far_all" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="bld_dens" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="far_ind" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="cov_ind" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="inv_ha" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="tax_ha" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="idle_rate" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="yrs_left" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="score" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="pot_ext" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="pot_int" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="pot_mgmt" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="rd_sup" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="rd_built" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="rd_ind" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="rd_far" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="rd_dens" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="rd_farind" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="rd_covind" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="rd_inv" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="rd_tax" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="rd_idle" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="rd_yrs" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="eval_note" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="eval_file" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="eval_asof" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="ua_flag" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="ua_mu" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="ua_code" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="ua_zone" unique_strength="0" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" field="ua_reason" unique_strength="0" constraints="0" exp_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint desc="" field="ie_tax" exp=""/>
    <constraint desc="" field="ie_taxpt" exp=""/>
    <constraint desc="" field="ie_inv" exp=""/>
    <constraint desc="" field="ie_invpt" exp=""/>
    <constraint desc="" field="ie_far" exp=""/>
    <constraint desc="" field="ie_farpt" exp=""/>
    <constraint desc="" field="ie_cov" exp=""/>
    <constraint desc="" field="ie_covpt" exp=""/>
    <constraint desc="" field="ie_areamu" exp=""/>
    <constraint desc="" field="ie_score" exp=""/>
    <constraint desc="" field="ie_flag" exp=""/>
    <constraint desc="" field="ie_type" exp=""/>
    <constraint desc="" field="ie_reason" exp=""/>
    <constraint desc="" field="ie_std" exp=""/>
    <constraint desc="" field="idle_flag" exp=""/>
    <constraint desc="" field="idle_days" exp=""/>
    <constraint desc="" field="idle_stage" exp=""/>
    <constraint desc="" field="idle_basis" exp=""/>
    <constraint desc="" field="idle_cause" exp=""/>
    <constraint desc="" field="idle_disp" exp=""/>
    <constraint desc="" field="idle_alt" exp=""/>
    <constraint desc="" field="idle_csq" exp=""/>
    <constraint desc="" field="idle_fee" exp=""/>
    <constraint desc="" field="idle_conseq" exp=""/>
    <constraint desc="" field="idle_gov" exp=""/>
    <constraint desc="" field="idle_rsn" exp=""/>
    <constraint desc="" field="idle_reason" exp=""/>
    <constraint desc="" field="idle_start" exp=""/>
    <constraint desc="" field="idle_asof" exp=""/>
    <constraint desc="" field="unsup_flag" exp=""/>
    <constraint desc="" field="unsup_yrs" exp=""/>
    <constraint desc="" field="appr_year" exp=""/>
    <constraint desc="" field="unsup_mu" exp=""/>
    <constraint desc="" field="unsup_ha" exp=""/>
    <constraint desc="" field="unsup_m2" exp=""/>
    <constraint desc="" field="inuse_flag" exp=""/>
    <constraint desc="" field="unsup_rsn" exp=""/>
    <constraint desc="" field="unsup_reason" exp=""/>
    <constraint desc="" field="unsup_age" exp=""/>
    <constraint desc="" field="appr_age" exp=""/>
    <constraint desc="" field="appr_mu" exp=""/>
    <constraint desc="" field="unsup_use" exp=""/>
    <constraint desc="" field="unsup_asof" exp=""/>
    <constraint desc="" field="ind_share" exp=""/>
    <constraint desc="" field="share_ok" exp=""/>
    <constraint desc="" field="deficit_ha" exp=""/>
    <constraint desc="" field="ind_ha" exp=""/>
    <constraint desc="" field="base_ha" exp=""/>
    <constraint desc="" field="ind_mu" exp=""/>
    <constraint desc="" field="base_mu" exp=""/>
    <constraint desc="" field="deficit_mu" exp=""/>
    <constraint desc="" field="threshold" exp=""/>
    <constraint desc="" field="verdict" exp=""/>
    <constraint desc="" field="zone_name" exp=""/>
    <constraint desc="" field="zone_ha" exp=""/>
    <constraint desc="" field="gy_ha" exp=""/>
    <constraint desc="" field="ck_ha" exp=""/>
    <constraint desc="" field="cc_ha" exp=""/>
    <constraint desc="" field="thresh" exp=""/>
    <constraint desc="" field="def_new_ha" exp=""/>
    <constraint desc="" field="unk_ha" exp=""/>
    <constraint desc="" field="unk_codes" exp=""/>
    <constraint desc="" field="cls" exp=""/>
    <constraint desc="" field="scored_ha" exp=""/>
    <constraint desc="" field="lowe_ha" exp=""/>
    <constraint desc="" field="lowe_pct" exp=""/>
    <constraint desc="" field="ie_undet" exp=""/>
    <constraint desc="" field="tax_mu" exp=""/>
    <constraint desc="" field="supp_ha" exp=""/>
    <constraint desc="" field="idle_ha" exp=""/>
    <constraint desc="" field="idle_pct" exp=""/>
    <constraint desc="" field="appr_ha" exp=""/>
    <constraint desc="" field="unsup_pct" exp=""/>
    <constraint desc="" field="lp_kind" exp=""/>
    <constraint desc="" field="lp_type" exp=""/>
    <constraint desc="" field="lp_cause" exp=""/>
    <constraint desc="" field="lp_disp" exp=""/>
    <constraint desc="" field="lp_areamu" exp=""/>
    <constraint desc="" field="dev_ha" exp=""/>
    <constraint desc="" field="ready_ha" exp=""/>
    <constraint desc="" field="built_ha" exp=""/>
    <constraint desc="" field="supyr_ha" exp=""/>
    <constraint desc="" field="sup_rate" exp=""/>
    <constraint desc="" field="built_rate" exp=""/>
    <constraint desc="" field="far_all" exp=""/>
    <constraint desc="" field="bld_dens" exp=""/>
    <constraint desc="" field="far_ind" exp=""/>
    <constraint desc="" field="cov_ind" exp=""/>
    <constraint desc="" field="inv_ha" exp=""/>
    <constraint desc="" field="tax_ha" exp=""/>
    <constraint desc="" field="idle_rate" exp=""/>
    <constraint desc="" field="yrs_left" exp=""/>
    <constraint desc="" field="score" exp=""/>
    <constraint desc="" field="pot_ext" exp=""/>
    <constraint desc="" field="pot_int" exp=""/>
    <constraint desc="" field="pot_mgmt" exp=""/>
    <constraint desc="" field="rd_sup" exp=""/>
    <constraint desc="" field="rd_built" exp=""/>
    <constraint desc="" field="rd_ind" exp=""/>
    <constraint desc="" field="rd_far" exp=""/>
    <constraint desc="" field="rd_dens" exp=""/>
    <constraint desc="" field="rd_farind" exp=""/>
    <constraint desc="" field="rd_covind" exp=""/>
    <constraint desc="" field="rd_inv" exp=""/>
    <constraint desc="" field="rd_tax" exp=""/>
    <constraint desc="" field="rd_idle" exp=""/>
    <constraint desc="" field="rd_yrs" exp=""/>
    <constraint desc="" field="eval_note" exp=""/>
    <constraint desc="" field="eval_file" exp=""/>
    <constraint desc="" field="eval_asof" exp=""/>
    <constraint desc="" field="ua_flag" exp=""/>
    <constraint desc="" field="ua_mu" exp=""/>
    <constraint desc="" field="ua_code" exp=""/>
    <constraint desc="" field="ua_zone" exp=""/>
    <constraint desc="" field="ua_reason" exp=""/>
  </constraintExpressions>
  <expressionfields/>
  <layerGeometryType>2</layerGeometryType>
</qgis>
