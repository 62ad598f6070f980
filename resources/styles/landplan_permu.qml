<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis labelsEnabled="0" version="3.22.16-Białowieża" styleCategories="Symbology|Labeling|Fields">
  <renderer-v2 forceraster="0" enableorderby="0" attr="coalesce(&quot;mj_class&quot;, '待核实')" symbollevels="0" type="categorizedSymbol" referencescale="-1">
    <categories>
      <category render="true" symbol="0" value="A" label="A类 优先发展"/>
      <category render="true" symbol="1" value="B" label="B类 鼓励提升"/>
      <category render="true" symbol="2" value="C" label="C类 规范转型"/>
      <category render="true" symbol="3" value="D" label="D类 调控帮扶"/>
      <category render="true" symbol="4" value="不定等级" label="不定等级"/>
      <category render="true" symbol="5" value="待核实" label="待核实（数据缺失）"/>
    </categories>
    <symbols>
      <symbol clip_to_extent="1" alpha="1" force_rhr="0" name="0" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" locked="0" class="SimpleFill" pass="0">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale" type="QString"/>
            <Option value="26,152,80,255" name="color" type="QString"/>
            <Option value="bevel" name="joinstyle" type="QString"/>
            <Option value="0,0" name="offset" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="85,85,85,255" name="outline_color" type="QString"/>
            <Option value="solid" name="outline_style" type="QString"/>
            <Option value="0.2" name="outline_width" type="QString"/>
            <Option value="MM" name="outline_width_unit" type="QString"/>
            <Option value="solid" name="style" type="QString"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="26,152,80,255"/>
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
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" alpha="1" force_rhr="0" name="1" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" locked="0" class="SimpleFill" pass="0">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale" type="QString"/>
            <Option value="145,207,96,255" name="color" type="QString"/>
            <Option value="bevel" name="joinstyle" type="QString"/>
            <Option value="0,0" name="offset" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="85,85,85,255" name="outline_color" type="QString"/>
            <Option value="solid" name="outline_style" type="QString"/>
            <Option value="0.2" name="outline_width" type="QString"/>
            <Option value="MM" name="outline_width_unit" type="QString"/>
            <Option value="solid" name="style" type="QString"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="145,207,96,255"/>
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
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" alpha="1" force_rhr="0" name="2" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" locked="0" class="SimpleFill" pass="0">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale" type="QString"/>
            <Option value="252,141,89,255" name="color" type="QString"/>
            <Option value="bevel" name="joinstyle" type="QString"/>
            <Option value="0,0" name="offset" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="85,85,85,255" name="outline_color" type="QString"/>
            <Option value="solid" name="outline_style" type="QString"/>
            <Option value="0.2" name="outline_width" type="QString"/>
            <Option value="MM" name="outline_width_unit" type="QString"/>
            <Option value="solid" name="style" type="QString"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="252,141,89,255"/>
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
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" alpha="1" force_rhr="0" name="3" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" locked="0" class="SimpleFill" pass="0">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale" type="QString"/>
            <Option value="215,48,39,255" name="color" type="QString"/>
            <Option value="bevel" name="joinstyle" type="QString"/>
            <Option value="0,0" name="offset" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="85,85,85,255" name="outline_color" type="QString"/>
            <Option value="solid" name="outline_style" type="QString"/>
            <Option value="0.2" name="outline_width" type="QString"/>
            <Option value="MM" name="outline_width_unit" type="QString"/>
            <Option value="solid" name="style" type="QString"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="215,48,39,255"/>
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
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" alpha="1" force_rhr="0" name="4" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" locked="0" class="SimpleFill" pass="0">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale" type="QString"/>
            <Option value="189,189,189,255" name="color" type="QString"/>
            <Option value="bevel" name="joinstyle" type="QString"/>
            <Option value="0,0" name="offset" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="85,85,85,255" name="outline_color" type="QString"/>
            <Option value="solid" name="outline_style" type="QString"/>
            <Option value="0.2" name="outline_width" type="QString"/>
            <Option value="MM" name="outline_width_unit" type="QString"/>
            <Option value="solid" name="style" type="QString"/>
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
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" alpha="1" force_rhr="0" name="5" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" locked="0" class="SimpleFill" pass="0">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale" type="QString"/>
            <Option value="240,240,240,255" name="color" type="QString"/>
            <Option value="bevel" name="joinstyle" type="QString"/>
            <Option value="0,0" name="offset" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="35,35,35,255" name="outline_color" type="QString"/>
            <Option value="no" name="outline_style" type="QString"/>
            <Option value="0.26" name="outline_width" type="QString"/>
            <Option value="MM" name="outline_width_unit" type="QString"/>
            <Option value="solid" name="style" type="QString"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="240,240,240,255"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="35,35,35,255"/>
          <prop k="outline_style" v="no"/>
          <prop k="outline_width" v="0.26"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
        <layer enabled="1" locked="0" class="LinePatternFill" pass="0">
          <Option type="Map">
            <Option value="45" name="angle" type="QString"/>
            <Option value="127,127,127,255" name="color" type="QString"/>
            <Option value="1.5" name="distance" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="distance_map_unit_scale" type="QString"/>
            <Option value="MM" name="distance_unit" type="QString"/>
            <Option value="0.3" name="line_width" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="line_width_map_unit_scale" type="QString"/>
            <Option value="MM" name="line_width_unit" type="QString"/>
            <Option value="0" name="offset" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale" type="QString"/>
            <Option value="MM" name="outline_width_unit" type="QString"/>
          </Option>
          <prop k="angle" v="45"/>
          <prop k="color" v="127,127,127,255"/>
          <prop k="distance" v="1.5"/>
          <prop k="distance_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="distance_unit" v="MM"/>
          <prop k="line_width" v="0.3"/>
          <prop k="line_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="line_width_unit" v="MM"/>
          <prop k="offset" v="0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <symbol clip_to_extent="1" alpha="1" force_rhr="0" name="@5@1" type="line">
            <data_defined_properties>
              <Option type="Map">
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
            <layer enabled="1" locked="0" class="SimpleLine" pass="0">
              <Option type="Map">
                <Option value="0" name="align_dash_pattern" type="QString"/>
                <Option value="square" name="capstyle" type="QString"/>
                <Option value="5;2" name="customdash" type="QString"/>
                <Option value="3x:0,0,0,0,0,0" name="customdash_map_unit_scale" type="QString"/>
                <Option value="MM" name="customdash_unit" type="QString"/>
                <Option value="0" name="dash_pattern_offset" type="QString"/>
                <Option value="3x:0,0,0,0,0,0" name="dash_pattern_offset_map_unit_scale" type="QString"/>
                <Option value="MM" name="dash_pattern_offset_unit" type="QString"/>
                <Option value="0" name="draw_inside_polygon" type="QString"/>
                <Option value="bevel" name="joinstyle" type="QString"/>
                <Option value="127,127,127,255" name="line_color" type="QString"/>
                <Option value="solid" name="line_style" type="QString"/>
                <Option value="0.3" name="line_width" type="QString"/>
                <Option value="MM" name="line_width_unit" type="QString"/>
                <Option value="0" name="offset" type="QString"/>
                <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
                <Option value="MM" name="offset_unit" type="QString"/>
                <Option value="0" name="ring_filter" type="QString"/>
                <Option value="0" name="trim_distance_end" type="QString"/>
                <Option value="3x:0,0,0,0,0,0" name="trim_distance_end_map_unit_scale" type="QString"/>
                <Option value="MM" name="trim_distance_end_unit" type="QString"/>
                <Option value="0" name="trim_distance_start" type="QString"/>
                <Option value="3x:0,0,0,0,0,0" name="trim_distance_start_map_unit_scale" type="QString"/>
                <Option value="MM" name="trim_distance_start_unit" type="QString"/>
                <Option value="0" name="tweak_dash_pattern_on_corners" type="QString"/>
                <Option value="0" name="use_custom_dash" type="QString"/>
                <Option value="3x:0,0,0,0,0,0" name="width_map_unit_scale" type="QString"/>
              </Option>
              <prop k="align_dash_pattern" v="0"/>
              <prop k="capstyle" v="square"/>
              <prop k="customdash" v="5;2"/>
              <prop k="customdash_map_unit_scale" v="3x:0,0,0,0,0,0"/>
              <prop k="customdash_unit" v="MM"/>
              <prop k="dash_pattern_offset" v="0"/>
              <prop k="dash_pattern_offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
              <prop k="dash_pattern_offset_unit" v="MM"/>
              <prop k="draw_inside_polygon" v="0"/>
              <prop k="joinstyle" v="bevel"/>
              <prop k="line_color" v="127,127,127,255"/>
              <prop k="line_style" v="solid"/>
              <prop k="line_width" v="0.3"/>
              <prop k="line_width_unit" v="MM"/>
              <prop k="offset" v="0"/>
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
              <prop k="offset_unit" v="MM"/>
              <prop k="ring_filter" v="0"/>
              <prop k="trim_distance_end" v="0"/>
              <prop k="trim_distance_end_map_unit_scale" v="3x:0,0,0,0,0,0"/>
              <prop k="trim_distance_end_unit" v="MM"/>
              <prop k="trim_distance_start" v="0"/>
              <prop k="trim_distance_start_map_unit_scale" v="3x:0,0,0,0,0,0"/>
              <prop k="trim_distance_start_unit" v="MM"/>
              <prop k="tweak_dash_pattern_on_corners" v="0"/>
              <prop k="use_custom_dash" v="0"/>
              <prop k="width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
              <data_defined_properties>
                <Option type="Map">
                  <Option value="" name="name" type="QString"/>
                  <Option name="properties"/>
                  <Option value="collection" name="type" type="QString"/>
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </layer>
        <layer enabled="1" locked="0" class="SimpleFill" pass="0">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale" type="QString"/>
            <Option value="0,0,255,255" name="color" type="QString"/>
            <Option value="bevel" name="joinstyle" type="QString"/>
            <Option value="0,0" name="offset" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="127,127,127,255" name="outline_color" type="QString"/>
            <Option value="solid" name="outline_style" type="QString"/>
            <Option value="0.4" name="outline_width" type="QString"/>
            <Option value="MM" name="outline_width_unit" type="QString"/>
            <Option value="no" name="style" type="QString"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="0,0,255,255"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="127,127,127,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.4"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="no"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
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
  </fieldConfiguration>
  <aliases>
    <alias index="0" name="亩均税收(万元/亩)" field="ie_tax"/>
    <alias index="1" name="亩均税收得分" field="ie_taxpt"/>
    <alias index="2" name="投资强度(万元/亩)" field="ie_inv"/>
    <alias index="3" name="投资强度得分" field="ie_invpt"/>
    <alias index="4" name="容积率" field="ie_far"/>
    <alias index="5" name="容积率得分" field="ie_farpt"/>
    <alias index="6" name="建筑系数(%)" field="ie_cov"/>
    <alias index="7" name="建筑系数得分" field="ie_covpt"/>
    <alias index="8" name="用地面积(亩)" field="ie_areamu"/>
    <alias index="9" name="综合得分" field="ie_score"/>
    <alias index="10" name="低效标记(1是/0否/空待核实)" field="ie_flag"/>
    <alias index="11" name="低效类型" field="ie_type"/>
    <alias index="12" name="低效认定理由" field="ie_reason"/>
    <alias index="13" name="适用标准" field="ie_std"/>
    <alias index="14" name="闲置标记(1是/0否/空待核实)" field="idle_flag"/>
    <alias index="15" name="闲置天数" field="idle_days"/>
    <alias index="16" name="闲置阶段" field="idle_stage"/>
    <alias index="17" name="闲置认定情形" field="idle_basis"/>
    <alias index="18" name="闲置原因分类" field="idle_cause"/>
    <alias index="19" name="建议处置措施" field="idle_disp"/>
    <alias index="20" name="备选处置措施" field="idle_alt"/>
    <alias index="21" name="法律后果" field="idle_csq"/>
    <alias index="22" name="土地闲置费(万元)" field="idle_fee"/>
    <alias index="23" name="法律后果" field="idle_conseq"/>
    <alias index="24" name="政府或不可抗力原因" field="idle_gov"/>
    <alias index="25" name="闲置认定理由" field="idle_rsn"/>
    <alias index="26" name="闲置认定理由" field="idle_reason"/>
    <alias index="27" name="闲置起算日" field="idle_start"/>
    <alias index="28" name="基准日" field="idle_asof"/>
    <alias index="29" name="批而未供标记(1是/0否/空待核实)" field="unsup_flag"/>
    <alias index="30" name="批准后满年数" field="unsup_yrs"/>
    <alias index="31" name="批准年度" field="appr_year"/>
    <alias index="32" name="未供面积(亩)" field="unsup_mu"/>
    <alias index="33" name="未供面积(公顷)" field="unsup_ha"/>
    <alias index="34" name="未供面积(平方米)" field="unsup_m2"/>
    <alias index="35" name="已批未供即用" field="inuse_flag"/>
    <alias index="36" name="批而未供认定理由" field="unsup_rsn"/>
    <alias index="37" name="批而未供认定理由" field="unsup_reason"/>
    <alias index="38" name="批准后年数" field="unsup_age"/>
    <alias index="39" name="批准后年数" field="appr_age"/>
    <alias index="40" name="批准面积(亩)" field="appr_mu"/>
    <alias index="41" name="已批未供即用(1是/0否)" field="unsup_use"/>
    <alias index="42" name="基准日" field="unsup_asof"/>
    <alias index="43" name="工业用地率(%)" field="ind_share"/>
    <alias index="44" name="是否达标(1是/0否)" field="share_ok"/>
    <alias index="45" name="距达标缺口(公顷)" field="deficit_ha"/>
    <alias index="46" name="工业用地面积(公顷)" field="ind_ha"/>
    <alias index="47" name="建设用地面积(公顷)" field="base_ha"/>
    <alias index="48" name="工业用地面积(亩)" field="ind_mu"/>
    <alias index="49" name="建设用地面积(亩)" field="base_mu"/>
    <alias index="50" name="距达标缺口(亩)" field="deficit_mu"/>
    <alias index="51" name="达标阈值(%)" field="threshold"/>
    <alias index="52" name="结论" field="verdict"/>
    <alias index="53" name="园区名称" field="zone_name"/>
    <alias index="54" name="园区面积(公顷)" field="zone_ha"/>
    <alias index="55" name="其中工业(公顷)" field="gy_ha"/>
    <alias index="56" name="其中采矿(公顷)" field="ck_ha"/>
    <alias index="57" name="其中仓储(公顷)" field="cc_ha"/>
    <alias index="58" name="达标阈值(%)" field="thresh"/>
    <alias index="59" name="新增建设用地方式的缺口(公顷)" field="def_new_ha"/>
    <alias index="60" name="未识别地类面积(公顷)" field="unk_ha"/>
    <alias index="61" name="未识别地类代码" field="unk_codes"/>
    <alias index="62" name="地类分类方案" field="cls"/>
    <alias index="63" name="参评宗地面积(公顷)" field="scored_ha"/>
    <alias index="64" name="低效工业用地(公顷)" field="lowe_ha"/>
    <alias index="65" name="低效用地占比(%)" field="lowe_pct"/>
    <alias index="66" name="待核实宗地数" field="ie_undet"/>
    <alias index="67" name="亩均税收(万元/亩)" field="tax_mu"/>
    <alias index="68" name="已供地面积(公顷)" field="supp_ha"/>
    <alias index="69" name="闲置土地(公顷)" field="idle_ha"/>
    <alias index="70" name="闲置率(%)" field="idle_pct"/>
    <alias index="71" name="已批面积(公顷)" field="appr_ha"/>
    <alias index="72" name="批而未供率(%)" field="unsup_pct"/>
    <alias index="73" name="认定类别" field="lp_kind"/>
    <alias index="74" name="类型" field="lp_type"/>
    <alias index="75" name="形成原因" field="lp_cause"/>
    <alias index="76" name="处置措施" field="lp_disp"/>
    <alias index="77" name="面积(亩)" field="lp_areamu"/>
    <alias index="78" name="可开发建设土地(公顷)" field="dev_ha"/>
    <alias index="79" name="已达到供地条件土地(公顷)" field="ready_ha"/>
    <alias index="80" name="已建成城镇建设用地(公顷)" field="built_ha"/>
    <alias index="81" name="近年年均供地(公顷)" field="supyr_ha"/>
    <alias index="82" name="土地供应率(%)" field="sup_rate"/>
    <alias index="83" name="土地建成率(%)" field="built_rate"/>
    <alias index="84" name="综合容积率" field="far_all"/>
    <alias index="85" name="建筑密度(%)" field="bld_dens"/>
    <alias index="86" name="工业用地综合容积率" field="far_ind"/>
    <alias index="87" name="工业用地建筑系数(%)" field="cov_ind"/>
    <alias index="88" name="工业用地地均固定资产投资(万元/公顷)" field="inv_ha"/>
    <alias index="89" name="工业用地地均税收(万元/公顷)" field="tax_ha"/>
    <alias index="90" name="土地闲置率(%)" field="idle_rate"/>
    <alias index="91" name="尚可供地年数" field="yrs_left"/>
    <alias index="92" name="集约度(0-100)" field="score"/>
    <alias index="93" name="扩展潜力(公顷)" field="pot_ext"/>
    <alias index="94" name="强度潜力(公顷)" field="pot_int"/>
    <alias index="95" name="管理潜力(公顷)" field="pot_mgmt"/>
    <alias index="96" name="土地供应率实现度" field="rd_sup"/>
    <alias index="97" name="土地建成率实现度" field="rd_built"/>
    <alias index="98" name="工业用地率实现度" field="rd_ind"/>
    <alias index="99" name="综合容积率实现度" field="rd_far"/>
    <alias index="100" name="建筑密度实现度" field="rd_dens"/>
    <alias index="101" name="工业用地综合容积率实现度" field="rd_farind"/>
    <alias index="102" name="工业用地建筑系数实现度" field="rd_covind"/>
    <alias index="103" name="地均固定资产投资实现度" field="rd_inv"/>
    <alias index="104" name="地均税收实现度" field="rd_tax"/>
    <alias index="105" name="土地闲置率实现度" field="rd_idle"/>
    <alias index="106" name="尚可供地年数实现度" field="rd_yrs"/>
    <alias index="107" name="评价说明" field="eval_note"/>
    <alias index="108" name="评价参数" field="eval_file"/>
    <alias index="109" name="基准日" field="eval_asof"/>
    <alias index="110" name="疑似违法占地标记(1是)" field="ua_flag"/>
    <alias index="111" name="疑似违法占地面积(亩)" field="ua_mu"/>
    <alias index="112" name="地类编码" field="ua_code"/>
    <alias index="113" name="所在园区" field="ua_zone"/>
    <alias index="114" name="疑似违法占地说明" field="ua_reason"/>
    <alias index="115" name="履约状态" field="cm_status"/>
    <alias index="116" name="未达标标记(1未达标/0达标/空其他)" field="cm_flag"/>
    <alias index="117" name="最大差距(%)" field="cm_short"/>
    <alias index="118" name="违约金(万元)" field="cm_penalty"/>
    <alias index="119" name="处置措施" field="cm_disp"/>
    <alias index="120" name="履约核查说明" field="cm_reason"/>
    <alias index="121" name="基准日" field="cm_asof"/>
    <alias index="122" name="亩均效益得分" field="mj_score"/>
    <alias index="123" name="亩均效益分类" field="mj_class"/>
    <alias index="124" name="组内名次" field="mj_rank"/>
    <alias index="125" name="组内参评数" field="mj_n"/>
    <alias index="126" name="亩均效益评价说明" field="mj_reason"/>
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
  </defaults>
  <constraints>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="ie_tax" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="ie_taxpt" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="ie_inv" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="ie_invpt" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="ie_far" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="ie_farpt" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="ie_cov" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="ie_covpt" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="ie_areamu" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="ie_score" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="ie_flag" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="ie_type" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="ie_reason" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="ie_std" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="idle_flag" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="idle_days" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="idle_stage" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="idle_basis" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="idle_cause" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="idle_disp" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="idle_alt" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="idle_csq" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="idle_fee" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="idle_conseq" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="idle_gov" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="idle_rsn" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="idle_reason" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="idle_start" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="idle_asof" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="unsup_flag" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="unsup_yrs" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="appr_year" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="unsup_mu" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="unsup_ha" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="unsup_m2" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="inuse_flag" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="unsup_rsn" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="unsup_reason" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="unsup_age" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="appr_age" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="appr_mu" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="unsup_use" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="unsup_asof" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="ind_share" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="share_ok" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="deficit_ha" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="ind_ha" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="base_ha" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="ind_mu" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="base_mu" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="deficit_mu" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="threshold" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="verdict" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="zone_name" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="zone_ha" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="gy_ha" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="ck_ha" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="cc_ha" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="thresh" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="def_new_ha" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="unk_ha" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="unk_codes" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="cls" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="scored_ha" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="lowe_ha" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="lowe_pct" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="ie_undet" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="tax_mu" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="supp_ha" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="idle_ha" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="idle_pct" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="appr_ha" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="unsup_pct" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="lp_kind" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="lp_type" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="lp_cause" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="lp_disp" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="lp_areamu" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="dev_ha" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="ready_ha" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="built_ha" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="supyr_ha" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="sup_rate" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="built_rate" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="far_all" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="bld_dens" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="far_ind" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="cov_ind" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="inv_ha" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="tax_ha" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="idle_rate" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="yrs_left" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="score" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="pot_ext" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="pot_int" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="pot_mgmt" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="rd_sup" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="rd_built" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="rd_ind" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="rd_far" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="rd_dens" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="rd_farind" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="rd_covind" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="rd_inv" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="rd_tax" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="rd_idle" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="rd_yrs" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="eval_note" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="eval_file" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="eval_asof" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="ua_flag" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="ua_mu" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="ua_code" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="ua_zone" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="ua_reason" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="cm_status" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="cm_flag" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="cm_short" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="cm_penalty" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="cm_disp" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="cm_reason" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="cm_asof" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="mj_score" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="mj_class" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="mj_rank" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="mj_n" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" constraints="0" field="mj_reason" unique_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint desc="" exp="" field="ie_tax"/>
    <constraint desc="" exp="" field="ie_taxpt"/>
    <constraint desc="" exp="" field="ie_inv"/>
    <constraint desc="" exp="" field="ie_invpt"/>
    <constraint desc="" exp="" field="ie_far"/>
    <constraint desc="" exp="" field="ie_farpt"/>
    <constraint desc="" exp="" field="ie_cov"/>
    <constraint desc="" exp="" field="ie_covpt"/>
    <constraint desc="" exp="" field="ie_areamu"/>
    <constraint desc="" exp="" field="ie_score"/>
    <constraint desc="" exp="" field="ie_flag"/>
    <constraint desc="" exp="" field="ie_type"/>
    <constraint desc="" exp="" field="ie_reason"/>
    <constraint desc="" exp="" field="ie_std"/>
    <constraint desc="" exp="" field="idle_flag"/>
    <constraint desc="" exp="" field="idle_days"/>
    <constraint desc="" exp="" field="idle_stage"/>
    <constraint desc="" exp="" field="idle_basis"/>
    <constraint desc="" exp="" field="idle_cause"/>
    <constraint desc="" exp="" field="idle_disp"/>
    <constraint desc="" exp="" field="idle_alt"/>
    <constraint desc="" exp="" field="idle_csq"/>
    <constraint desc="" exp="" field="idle_fee"/>
    <constraint desc="" exp="" field="idle_conseq"/>
    <constraint desc="" exp="" field="idle_gov"/>
    <constraint desc="" exp="" field="idle_rsn"/>
    <constraint desc="" exp="" field="idle_reason"/>
    <constraint desc="" exp="" field="idle_start"/>
    <constraint desc="" exp="" field="idle_asof"/>
    <constraint desc="" exp="" field="unsup_flag"/>
    <constraint desc="" exp="" field="unsup_yrs"/>
    <constraint desc="" exp="" field="appr_year"/>
    <constraint desc="" exp="" field="unsup_mu"/>
    <constraint desc="" exp="" field="unsup_ha"/>
    <constraint desc="" exp="" field="unsup_m2"/>
    <constraint desc="" exp="" field="inuse_flag"/>
    <constraint desc="" exp="" field="unsup_rsn"/>
    <constraint desc="" exp="" field="unsup_reason"/>
    <constraint desc="" exp="" field="unsup_age"/>
    <constraint desc="" exp="" field="appr_age"/>
    <constraint desc="" exp="" field="appr_mu"/>
    <constraint desc="" exp="" field="unsup_use"/>
    <constraint desc="" exp="" field="unsup_asof"/>
    <constraint desc="" exp="" field="ind_share"/>
    <constraint desc="" exp="" field="share_ok"/>
    <constraint desc="" exp="" field="deficit_ha"/>
    <constraint desc="" exp="" field="ind_ha"/>
    <constraint desc="" exp="" field="base_ha"/>
    <constraint desc="" exp="" field="ind_mu"/>
    <constraint desc="" exp="" field="base_mu"/>
    <constraint desc="" exp="" field="deficit_mu"/>
    <constraint desc="" exp="" field="threshold"/>
    <constraint desc="" exp="" field="verdict"/>
    <constraint desc="" exp="" field="zone_name"/>
    <constraint desc="" exp="" field="zone_ha"/>
    <constraint desc="" exp="" field="gy_ha"/>
    <constraint desc="" exp="" field="ck_ha"/>
    <constraint desc="" exp="" field="cc_ha"/>
    <constraint desc="" exp="" field="thresh"/>
    <constraint desc="" exp="" field="def_new_ha"/>
    <constraint desc="" exp="" field="unk_ha"/>
    <constraint desc="" exp="" field="unk_codes"/>
    <constraint desc="" exp="" field="cls"/>
    <constraint desc="" exp="" field="scored_ha"/>
    <constraint desc="" exp="" field="lowe_ha"/>
    <constraint desc="" exp="" field="lowe_pct"/>
    <constraint desc="" exp="" field="ie_undet"/>
    <constraint desc="" exp="" field="tax_mu"/>
    <constraint desc="" exp="" field="supp_ha"/>
    <constraint desc="" exp="" field="idle_ha"/>
    <constraint desc="" exp="" field="idle_pct"/>
    <constraint desc="" exp="" field="appr_ha"/>
    <constraint desc="" exp="" field="unsup_pct"/>
    <constraint desc="" exp="" field="lp_kind"/>
    <constraint desc="" exp="" field="lp_type"/>
    <constraint desc="" exp="" field="lp_cause"/>
    <constraint desc="" exp="" field="lp_disp"/>
    <constraint desc="" exp="" field="lp_areamu"/>
    <constraint desc="" exp="" field="dev_ha"/>
    <constraint desc="" exp="" field="ready_ha"/>
    <constraint desc="" exp="" field="built_ha"/>
    <constraint desc="" exp="" field="supyr_ha"/>
    <constraint desc="" exp="" field="sup_rate"/>
    <constraint desc="" exp="" field="built_rate"/>
    <constraint desc="" exp="" field="far_all"/>
    <constraint desc="" exp="" field="bld_dens"/>
    <constraint desc="" exp="" field="far_ind"/>
    <constraint desc="" exp="" field="cov_ind"/>
    <constraint desc="" exp="" field="inv_ha"/>
    <constraint desc="" exp="" field="tax_ha"/>
    <constraint desc="" exp="" field="idle_rate"/>
    <constraint desc="" exp="" field="yrs_left"/>
    <constraint desc="" exp="" field="score"/>
    <constraint desc="" exp="" field="pot_ext"/>
    <constraint desc="" exp="" field="pot_int"/>
    <constraint desc="" exp="" field="pot_mgmt"/>
    <constraint desc="" exp="" field="rd_sup"/>
    <constraint desc="" exp="" field="rd_built"/>
    <constraint desc="" exp="" field="rd_ind"/>
    <constraint desc="" exp="" field="rd_far"/>
    <constraint desc="" exp="" field="rd_dens"/>
    <constraint desc="" exp="" field="rd_farind"/>
    <constraint desc="" exp="" field="rd_covind"/>
    <constraint desc="" exp="" field="rd_inv"/>
    <constraint desc="" exp="" field="rd_tax"/>
    <constraint desc="" exp="" field="rd_idle"/>
    <constraint desc="" exp="" field="rd_yrs"/>
    <constraint desc="" exp="" field="eval_note"/>
    <constraint desc="" exp="" field="eval_file"/>
    <constraint desc="" exp="" field="eval_asof"/>
    <constraint desc="" exp="" field="ua_flag"/>
    <constraint desc="" exp="" field="ua_mu"/>
    <constraint desc="" exp="" field="ua_code"/>
    <constraint desc="" exp="" field="ua_zone"/>
    <constraint desc="" exp="" field="ua_reason"/>
    <constraint desc="" exp="" field="cm_status"/>
    <constraint desc="" exp="" field="cm_flag"/>
    <constraint desc="" exp="" field="cm_short"/>
    <constraint desc="" exp="" field="cm_penalty"/>
    <constraint desc="" exp="" field="cm_disp"/>
    <constraint desc="" exp="" field="cm_reason"/>
    <constraint desc="" exp="" field="cm_asof"/>
    <constraint desc="" exp="" field="mj_score"/>
    <constraint desc="" exp="" field="mj_class"/>
    <constraint desc="" exp="" field="mj_rank"/>
    <constraint desc="" exp="" field="mj_n"/>
    <constraint desc="" exp="" field="mj_reason"/>
  </constraintExpressions>
  <expressionfields/>
  <layerGeometryType>2</layerGeometryType>
</qgis>
