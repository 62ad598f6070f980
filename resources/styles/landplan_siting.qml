<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis styleCategories="Symbology|Labeling|Fields" version="3.22.16-Białowieża" labelsEnabled="0">
  <renderer-v2 forceraster="0" symbollevels="0" attr="CASE WHEN &quot;ss_rank&quot; IS NULL THEN '不推荐' WHEN &quot;ss_rank&quot; &lt;= 3 THEN '前3名' ELSE '其他可选' END" referencescale="-1" type="categorizedSymbol" enableorderby="0">
    <categories>
      <category symbol="0" value="前3名" label="推荐（前3名）" render="true"/>
      <category symbol="1" value="其他可选" label="可选（面积、入园、限制均符合）" render="true"/>
      <category symbol="2" value="不推荐" label="不推荐（见选址说明）" render="true"/>
    </categories>
    <symbols>
      <symbol name="0" alpha="1" force_rhr="0" type="fill" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" locked="0" enabled="1" class="SimpleFill">
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
        <layer pass="0" locked="0" enabled="1" class="CentroidFill">
          <Option type="Map">
            <Option value="0" name="clip_on_current_part_only" type="QString"/>
            <Option value="0" name="clip_points" type="QString"/>
            <Option value="1" name="point_on_all_parts" type="QString"/>
            <Option value="1" name="point_on_surface" type="QString"/>
          </Option>
          <prop k="clip_on_current_part_only" v="0"/>
          <prop k="clip_points" v="0"/>
          <prop k="point_on_all_parts" v="1"/>
          <prop k="point_on_surface" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <symbol name="@0@1" alpha="1" force_rhr="0" type="marker" clip_to_extent="1">
            <data_defined_properties>
              <Option type="Map">
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
            <layer pass="0" locked="0" enabled="1" class="SimpleMarker">
              <Option type="Map">
                <Option value="0" name="angle" type="QString"/>
                <Option value="square" name="cap_style" type="QString"/>
                <Option value="26,152,80,255" name="color" type="QString"/>
                <Option value="1" name="horizontal_anchor_point" type="QString"/>
                <Option value="bevel" name="joinstyle" type="QString"/>
                <Option value="circle" name="name" type="QString"/>
                <Option value="0,0" name="offset" type="QString"/>
                <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
                <Option value="MM" name="offset_unit" type="QString"/>
                <Option value="51,51,51,255" name="outline_color" type="QString"/>
                <Option value="solid" name="outline_style" type="QString"/>
                <Option value="0.2" name="outline_width" type="QString"/>
                <Option value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale" type="QString"/>
                <Option value="MM" name="outline_width_unit" type="QString"/>
                <Option value="diameter" name="scale_method" type="QString"/>
                <Option value="2.4" name="size" type="QString"/>
                <Option value="3x:0,0,0,0,0,0" name="size_map_unit_scale" type="QString"/>
                <Option value="MM" name="size_unit" type="QString"/>
                <Option value="1" name="vertical_anchor_point" type="QString"/>
              </Option>
              <prop k="angle" v="0"/>
              <prop k="cap_style" v="square"/>
              <prop k="color" v="26,152,80,255"/>
              <prop k="horizontal_anchor_point" v="1"/>
              <prop k="joinstyle" v="bevel"/>
              <prop k="name" v="circle"/>
              <prop k="offset" v="0,0"/>
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
              <prop k="offset_unit" v="MM"/>
              <prop k="outline_color" v="51,51,51,255"/>
              <prop k="outline_style" v="solid"/>
              <prop k="outline_width" v="0.2"/>
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
              <prop k="outline_width_unit" v="MM"/>
              <prop k="scale_method" v="diameter"/>
              <prop k="size" v="2.4"/>
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
              <prop k="size_unit" v="MM"/>
              <prop k="vertical_anchor_point" v="1"/>
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
      </symbol>
      <symbol name="1" alpha="1" force_rhr="0" type="fill" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" locked="0" enabled="1" class="SimpleFill">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale" type="QString"/>
            <Option value="166,217,106,255" name="color" type="QString"/>
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
          <prop k="color" v="166,217,106,255"/>
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
        <layer pass="0" locked="0" enabled="1" class="CentroidFill">
          <Option type="Map">
            <Option value="0" name="clip_on_current_part_only" type="QString"/>
            <Option value="0" name="clip_points" type="QString"/>
            <Option value="1" name="point_on_all_parts" type="QString"/>
            <Option value="1" name="point_on_surface" type="QString"/>
          </Option>
          <prop k="clip_on_current_part_only" v="0"/>
          <prop k="clip_points" v="0"/>
          <prop k="point_on_all_parts" v="1"/>
          <prop k="point_on_surface" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <symbol name="@1@1" alpha="1" force_rhr="0" type="marker" clip_to_extent="1">
            <data_defined_properties>
              <Option type="Map">
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
            <layer pass="0" locked="0" enabled="1" class="SimpleMarker">
              <Option type="Map">
                <Option value="0" name="angle" type="QString"/>
                <Option value="square" name="cap_style" type="QString"/>
                <Option value="166,217,106,255" name="color" type="QString"/>
                <Option value="1" name="horizontal_anchor_point" type="QString"/>
                <Option value="bevel" name="joinstyle" type="QString"/>
                <Option value="circle" name="name" type="QString"/>
                <Option value="0,0" name="offset" type="QString"/>
                <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
                <Option value="MM" name="offset_unit" type="QString"/>
                <Option value="51,51,51,255" name="outline_color" type="QString"/>
                <Option value="solid" name="outline_style" type="QString"/>
                <Option value="0.2" name="outline_width" type="QString"/>
                <Option value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale" type="QString"/>
                <Option value="MM" name="outline_width_unit" type="QString"/>
                <Option value="diameter" name="scale_method" type="QString"/>
                <Option value="2.4" name="size" type="QString"/>
                <Option value="3x:0,0,0,0,0,0" name="size_map_unit_scale" type="QString"/>
                <Option value="MM" name="size_unit" type="QString"/>
                <Option value="1" name="vertical_anchor_point" type="QString"/>
              </Option>
              <prop k="angle" v="0"/>
              <prop k="cap_style" v="square"/>
              <prop k="color" v="166,217,106,255"/>
              <prop k="horizontal_anchor_point" v="1"/>
              <prop k="joinstyle" v="bevel"/>
              <prop k="name" v="circle"/>
              <prop k="offset" v="0,0"/>
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
              <prop k="offset_unit" v="MM"/>
              <prop k="outline_color" v="51,51,51,255"/>
              <prop k="outline_style" v="solid"/>
              <prop k="outline_width" v="0.2"/>
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
              <prop k="outline_width_unit" v="MM"/>
              <prop k="scale_method" v="diameter"/>
              <prop k="size" v="2.4"/>
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
              <prop k="size_unit" v="MM"/>
              <prop k="vertical_anchor_point" v="1"/>
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
      </symbol>
      <symbol name="2" alpha="1" force_rhr="0" type="fill" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" locked="0" enabled="1" class="SimpleFill">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale" type="QString"/>
            <Option value="217,217,217,255" name="color" type="QString"/>
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
          <prop k="color" v="217,217,217,255"/>
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
        <layer pass="0" locked="0" enabled="1" class="CentroidFill">
          <Option type="Map">
            <Option value="0" name="clip_on_current_part_only" type="QString"/>
            <Option value="0" name="clip_points" type="QString"/>
            <Option value="1" name="point_on_all_parts" type="QString"/>
            <Option value="1" name="point_on_surface" type="QString"/>
          </Option>
          <prop k="clip_on_current_part_only" v="0"/>
          <prop k="clip_points" v="0"/>
          <prop k="point_on_all_parts" v="1"/>
          <prop k="point_on_surface" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <symbol name="@2@1" alpha="1" force_rhr="0" type="marker" clip_to_extent="1">
            <data_defined_properties>
              <Option type="Map">
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
            <layer pass="0" locked="0" enabled="1" class="SimpleMarker">
              <Option type="Map">
                <Option value="0" name="angle" type="QString"/>
                <Option value="square" name="cap_style" type="QString"/>
                <Option value="217,217,217,255" name="color" type="QString"/>
                <Option value="1" name="horizontal_anchor_point" type="QString"/>
                <Option value="bevel" name="joinstyle" type="QString"/>
                <Option value="circle" name="name" type="QString"/>
                <Option value="0,0" name="offset" type="QString"/>
                <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
                <Option value="MM" name="offset_unit" type="QString"/>
                <Option value="51,51,51,255" name="outline_color" type="QString"/>
                <Option value="solid" name="outline_style" type="QString"/>
                <Option value="0.2" name="outline_width" type="QString"/>
                <Option value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale" type="QString"/>
                <Option value="MM" name="outline_width_unit" type="QString"/>
                <Option value="diameter" name="scale_method" type="QString"/>
                <Option value="2.4" name="size" type="QString"/>
                <Option value="3x:0,0,0,0,0,0" name="size_map_unit_scale" type="QString"/>
                <Option value="MM" name="size_unit" type="QString"/>
                <Option value="1" name="vertical_anchor_point" type="QString"/>
              </Option>
              <prop k="angle" v="0"/>
              <prop k="cap_style" v="square"/>
              <prop k="color" v="217,217,217,255"/>
              <prop k="horizontal_anchor_point" v="1"/>
              <prop k="joinstyle" v="bevel"/>
              <prop k="name" v="circle"/>
              <prop k="offset" v="0,0"/>
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
              <prop k="offset_unit" v="MM"/>
              <prop k="outline_color" v="51,51,51,255"/>
              <prop k="outline_style" v="solid"/>
              <prop k="outline_width" v="0.2"/>
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
              <prop k="outline_width_unit" v="MM"/>
              <prop k="scale_method" v="diameter"/>
              <prop k="size" v="2.4"/>
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
              <prop k="size_unit" v="MM"/>
              <prop k="vertical_anchor_point" v="1"/>
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
    <field name="ch_id" configurationFlags="None"/>
    <field name="ch_type" configurationFlags="None"/>
    <field name="ch_kind" configurationFlags="None"/>
    <field name="ch_lead" configurationFlags="None"/>
    <field name="ch_parcel" configurationFlags="None"/>
    <field name="ch_mu" configurationFlags="None"/>
    <field name="ch_zone" configurationFlags="None"/>
    <field name="ch_window" configurationFlags="None"/>
    <field name="ch_check" configurationFlags="None"/>
    <field name="ch_unit" configurationFlags="None"/>
    <field name="ch_reason" configurationFlags="None"/>
    <field name="cw_zone" configurationFlags="None"/>
    <field name="cw_st_n" configurationFlags="None"/>
    <field name="cw_st_mu" configurationFlags="None"/>
    <field name="cw_use_n" configurationFlags="None"/>
    <field name="cw_use_mu" configurationFlags="None"/>
    <field name="cw_ua_n" configurationFlags="None"/>
    <field name="cw_ua_mu" configurationFlags="None"/>
    <field name="cw_rev_n" configurationFlags="None"/>
    <field name="cw_rev_mu" configurationFlags="None"/>
    <field name="cw_tot_n" configurationFlags="None"/>
    <field name="cw_tot_mu" configurationFlags="None"/>
    <field name="cw_period" configurationFlags="None"/>
    <field name="ss_rank" configurationFlags="None"/>
    <field name="ss_score" configurationFlags="None"/>
    <field name="ss_kind" configurationFlags="None"/>
    <field name="ss_sites" configurationFlags="None"/>
    <field name="ss_route" configurationFlags="None"/>
    <field name="ss_mu" configurationFlags="None"/>
    <field name="ss_zone" configurationFlags="None"/>
    <field name="ss_inv_req" configurationFlags="None"/>
    <field name="ss_far_req" configurationFlags="None"/>
    <field name="ss_tax_req" configurationFlags="None"/>
    <field name="ss_meets" configurationFlags="None"/>
    <field name="ss_save_mu" configurationFlags="None"/>
    <field name="ss_reason" configurationFlags="None"/>
  </fieldConfiguration>
  <aliases>
    <alias name="亩均税收(万元/亩)" index="0" field="ie_tax"/>
    <alias name="亩均税收得分" index="1" field="ie_taxpt"/>
    <alias name="投资强度(万元/亩)" index="2" field="ie_inv"/>
    <alias name="投资强度得分" index="3" field="ie_invpt"/>
    <alias name="容积率" index="4" field="ie_far"/>
    <alias name="容积率得分" index="5" field="ie_farpt"/>
    <alias name="建筑系数(%)" index="6" field="ie_cov"/>
    <alias name="建筑系数得分" index="7" field="ie_covpt"/>
    <alias name="用地面积(亩)" index="8" field="ie_areamu"/>
    <alias name="综合得分" index="9" field="ie_score"/>
    <alias name="低效标记(1是/0否/空待核实)" index="10" field="ie_flag"/>
    <alias name="低效类型" index="11" field="ie_type"/>
    <alias name="低效认定理由" index="12" field="ie_reason"/>
    <alias name="适用标准" index="13" field="ie_std"/>
    <alias name="闲置标记(1是/0否/空待核实)" index="14" field="idle_flag"/>
    <alias name="闲置天数" index="15" field="idle_days"/>
    <alias name="闲置阶段" index="16" field="idle_stage"/>
    <alias name="闲置认定情形" index="17" field="idle_basis"/>
    <alias name="闲置原因分类" index="18" field="idle_cause"/>
    <alias name="建议处置措施" index="19" field="idle_disp"/>
    <alias name="备选处置措施" index="20" field="idle_alt"/>
    <alias name="法律后果" index="21" field="idle_csq"/>
    <alias name="土地闲置费(万元)" index="22" field="idle_fee"/>
    <alias name="法律后果" index="23" field="idle_conseq"/>
    <alias name="政府或不可抗力原因" index="24" field="idle_gov"/>
    <alias name="闲置认定理由" index="25" field="idle_rsn"/>
    <alias name="闲置认定理由" index="26" field="idle_reason"/>
    <alias name="闲置起算日" index="27" field="idle_start"/>
    <alias name="基准日" index="28" field="idle_asof"/>
    <alias name="批而未供标记(1是/0否/空待核实)" index="29" field="unsup_flag"/>
    <alias name="批准后满年数" index="30" field="unsup_yrs"/>
    <alias name="批准年度" index="31" field="appr_year"/>
    <alias name="未供面积(亩)" index="32" field="unsup_mu"/>
    <alias name="未供面积(公顷)" index="33" field="unsup_ha"/>
    <alias name="未供面积(平方米)" index="34" field="unsup_m2"/>
    <alias name="已批未供即用" index="35" field="inuse_flag"/>
    <alias name="批而未供认定理由" index="36" field="unsup_rsn"/>
    <alias name="批而未供认定理由" index="37" field="unsup_reason"/>
    <alias name="批准后年数" index="38" field="unsup_age"/>
    <alias name="批准后年数" index="39" field="appr_age"/>
    <alias name="批准面积(亩)" index="40" field="appr_mu"/>
    <alias name="已批未供即用(1是/0否)" index="41" field="unsup_use"/>
    <alias name="基准日" index="42" field="unsup_asof"/>
    <alias name="工业用地率(%)" index="43" field="ind_share"/>
    <alias name="是否达标(1是/0否)" index="44" field="share_ok"/>
    <alias name="距达标缺口(公顷)" index="45" field="deficit_ha"/>
    <alias name="工业用地面积(公顷)" index="46" field="ind_ha"/>
    <alias name="建设用地面积(公顷)" index="47" field="base_ha"/>
    <alias name="工业用地面积(亩)" index="48" field="ind_mu"/>
    <alias name="建设用地面积(亩)" index="49" field="base_mu"/>
    <alias name="距达标缺口(亩)" index="50" field="deficit_mu"/>
    <alias name="达标阈值(%)" index="51" field="threshold"/>
    <alias name="结论" index="52" field="verdict"/>
    <alias name="园区名称" index="53" field="zone_name"/>
    <alias name="园区面积(公顷)" index="54" field="zone_ha"/>
    <alias name="其中工业(公顷)" index="55" field="gy_ha"/>
    <alias name="其中采矿(公顷)" index="56" field="ck_ha"/>
    <alias name="其中仓储(公顷)" index="57" field="cc_ha"/>
    <alias name="其中其他工矿(公顷)" index="58" field="othind_ha"/>
    <alias name="达标阈值(%)" index="59" field="thresh"/>
    <alias name="新增建设用地方式的缺口(公顷)" index="60" field="def_new_ha"/>
    <alias name="未识别地类面积(公顷)" index="61" field="unk_ha"/>
    <alias name="未识别地类代码" index="62" field="unk_codes"/>
    <alias name="地类分类方案" index="63" field="cls"/>
    <alias name="参评宗地面积(公顷)" index="64" field="scored_ha"/>
    <alias name="低效工业用地(公顷)" index="65" field="lowe_ha"/>
    <alias name="低效用地占比(%)" index="66" field="lowe_pct"/>
    <alias name="待核实宗地数" index="67" field="ie_undet"/>
    <alias name="亩均税收(万元/亩)" index="68" field="tax_mu"/>
    <alias name="已供地面积(公顷)" index="69" field="supp_ha"/>
    <alias name="闲置土地(公顷)" index="70" field="idle_ha"/>
    <alias name="闲置率(%)" index="71" field="idle_pct"/>
    <alias name="已批面积(公顷)" index="72" field="appr_ha"/>
    <alias name="批而未供率(%)" index="73" field="unsup_pct"/>
    <alias name="标准地未达标(宗)" index="74" field="cm_fail_n"/>
    <alias name="标准地未达标(亩)" index="75" field="cm_fail_mu"/>
    <alias name="标准地履约" index="76" field="cm_card"/>
    <alias name="疑似违法占地(处)" index="77" field="ua_n"/>
    <alias name="疑似违法占地(亩)" index="78" field="ua_tot_mu"/>
    <alias name="疑似违法占地" index="79" field="ua_card"/>
    <alias name="认定类别" index="80" field="lp_kind"/>
    <alias name="类型" index="81" field="lp_type"/>
    <alias name="形成原因" index="82" field="lp_cause"/>
    <alias name="处置措施" index="83" field="lp_disp"/>
    <alias name="面积(亩)" index="84" field="lp_areamu"/>
    <alias name="可开发建设土地(公顷)" index="85" field="dev_ha"/>
    <alias name="已达到供地条件土地(公顷)" index="86" field="ready_ha"/>
    <alias name="已建成城镇建设用地(公顷)" index="87" field="built_ha"/>
    <alias name="近年年均供地(公顷)" index="88" field="supyr_ha"/>
    <alias name="土地供应率(%)" index="89" field="sup_rate"/>
    <alias name="土地建成率(%)" index="90" field="built_rate"/>
    <alias name="综合容积率" index="91" field="far_all"/>
    <alias name="建筑密度(%)" index="92" field="bld_dens"/>
    <alias name="工业用地综合容积率" index="93" field="far_ind"/>
    <alias name="工业用地建筑系数(%)" index="94" field="cov_ind"/>
    <alias name="工业用地地均固定资产投资(万元/公顷)" index="95" field="inv_ha"/>
    <alias name="工业用地地均税收(万元/公顷)" index="96" field="tax_ha"/>
    <alias name="土地闲置率(%)" index="97" field="idle_rate"/>
    <alias name="尚可供地年数" index="98" field="yrs_left"/>
    <alias name="集约度(0-100)" index="99" field="score"/>
    <alias name="扩展潜力(公顷)" index="100" field="pot_ext"/>
    <alias name="强度潜力(公顷)" index="101" field="pot_int"/>
    <alias name="管理潜力(公顷)" index="102" field="pot_mgmt"/>
    <alias name="土地供应率实现度" index="103" field="rd_sup"/>
    <alias name="土地建成率实现度" index="104" field="rd_built"/>
    <alias name="工业用地率实现度" index="105" field="rd_ind"/>
    <alias name="综合容积率实现度" index="106" field="rd_far"/>
    <alias name="建筑密度实现度" index="107" field="rd_dens"/>
    <alias name="工业用地综合容积率实现度" index="108" field="rd_farind"/>
    <alias name="工业用地建筑系数实现度" index="109" field="rd_covind"/>
    <alias name="地均固定资产投资实现度" index="110" field="rd_inv"/>
    <alias name="地均税收实现度" index="111" field="rd_tax"/>
    <alias name="土地闲置率实现度" index="112" field="rd_idle"/>
    <alias name="尚可供地年数实现度" index="113" field="rd_yrs"/>
    <alias name="评价说明" index="114" field="eval_note"/>
    <alias name="评价参数" index="115" field="eval_file"/>
    <alias name="基准日" index="116" field="eval_asof"/>
    <alias name="疑似违法占地标记(1是)" index="117" field="ua_flag"/>
    <alias name="疑似违法占地面积(亩)" index="118" field="ua_mu"/>
    <alias name="地类编码" index="119" field="ua_code"/>
    <alias name="所在园区" index="120" field="ua_zone"/>
    <alias name="疑似违法占地说明" index="121" field="ua_reason"/>
    <alias name="履约状态" index="122" field="cm_status"/>
    <alias name="未达标标记(1未达标/0达标/空其他)" index="123" field="cm_flag"/>
    <alias name="最大差距(%)" index="124" field="cm_short"/>
    <alias name="违约金(万元)" index="125" field="cm_penalty"/>
    <alias name="处置措施" index="126" field="cm_disp"/>
    <alias name="履约核查说明" index="127" field="cm_reason"/>
    <alias name="基准日" index="128" field="cm_asof"/>
    <alias name="亩均效益得分" index="129" field="mj_score"/>
    <alias name="亩均效益分类" index="130" field="mj_class"/>
    <alias name="组内名次" index="131" field="mj_rank"/>
    <alias name="组内参评数" index="132" field="mj_n"/>
    <alias name="亩均效益评价说明" index="133" field="mj_reason"/>
    <alias name="图斑编号" index="134" field="ch_id"/>
    <alias name="变化类型" index="135" field="ch_type"/>
    <alias name="变化归类" index="136" field="ch_kind"/>
    <alias name="巡查线索" index="137" field="ch_lead"/>
    <alias name="宗地/批文编号" index="138" field="ch_parcel"/>
    <alias name="面积(亩)" index="139" field="ch_mu"/>
    <alias name="所在园区" index="140" field="ch_zone"/>
    <alias name="时段（前时相—后时相）" index="141" field="ch_window"/>
    <alias name="核查内容" index="142" field="ch_check"/>
    <alias name="责任单位" index="143" field="ch_unit"/>
    <alias name="巡查说明" index="144" field="ch_reason"/>
    <alias name="园区" index="145" field="cw_zone"/>
    <alias name="疑似已动工(处)" index="146" field="cw_st_n"/>
    <alias name="疑似已动工(亩)" index="147" field="cw_st_mu"/>
    <alias name="疑似已批未供即用(处)" index="148" field="cw_use_n"/>
    <alias name="疑似已批未供即用(亩)" index="149" field="cw_use_mu"/>
    <alias name="疑似违法占地(处)" index="150" field="cw_ua_n"/>
    <alias name="疑似违法占地(亩)" index="151" field="cw_ua_mu"/>
    <alias name="疑似盘活(处)" index="152" field="cw_rev_n"/>
    <alias name="疑似盘活(亩)" index="153" field="cw_rev_mu"/>
    <alias name="线索合计(处)" index="154" field="cw_tot_n"/>
    <alias name="线索合计(亩)" index="155" field="cw_tot_mu"/>
    <alias name="时段" index="156" field="cw_period"/>
    <alias name="推荐名次" index="157" field="ss_rank"/>
    <alias name="面积吻合度" index="158" field="ss_score"/>
    <alias name="存量类型" index="159" field="ss_kind"/>
    <alias name="地块" index="160" field="ss_sites"/>
    <alias name="处置路径" index="161" field="ss_route"/>
    <alias name="面积(亩)" index="162" field="ss_mu"/>
    <alias name="所在园区" index="163" field="ss_zone"/>
    <alias name="投资强度要求(万元/亩)" index="164" field="ss_inv_req"/>
    <alias name="容积率要求" index="165" field="ss_far_req"/>
    <alias name="亩均税收要求(万元/亩)" index="166" field="ss_tax_req"/>
    <alias name="项目是否达标(1是0否)" index="167" field="ss_meets"/>
    <alias name="节约新增建设用地(亩)" index="168" field="ss_save_mu"/>
    <alias name="选址说明" index="169" field="ss_reason"/>
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
    <default expression="" field="ch_id" applyOnUpdate="0"/>
    <default expression="" field="ch_type" applyOnUpdate="0"/>
    <default expression="" field="ch_kind" applyOnUpdate="0"/>
    <default expression="" field="ch_lead" applyOnUpdate="0"/>
    <default expression="" field="ch_parcel" applyOnUpdate="0"/>
    <default expression="" field="ch_mu" applyOnUpdate="0"/>
    <default expression="" field="ch_zone" applyOnUpdate="0"/>
    <default expression="" field="ch_window" applyOnUpdate="0"/>
    <default expression="" field="ch_check" applyOnUpdate="0"/>
    <default expression="" field="ch_unit" applyOnUpdate="0"/>
    <default expression="" field="ch_reason" applyOnUpdate="0"/>
    <default expression="" field="cw_zone" applyOnUpdate="0"/>
    <default expression="" field="cw_st_n" applyOnUpdate="0"/>
    <default expression="" field="cw_st_mu" applyOnUpdate="0"/>
    <default expression="" field="cw_use_n" applyOnUpdate="0"/>
    <default expression="" field="cw_use_mu" applyOnUpdate="0"/>
    <default expression="" field="cw_ua_n" applyOnUpdate="0"/>
    <default expression="" field="cw_ua_mu" applyOnUpdate="0"/>
    <default expression="" field="cw_rev_n" applyOnUpdate="0"/>
    <default expression="" field="cw_rev_mu" applyOnUpdate="0"/>
    <default expression="" field="cw_tot_n" applyOnUpdate="0"/>
    <default expression="" field="cw_tot_mu" applyOnUpdate="0"/>
    <default expression="" field="cw_period" applyOnUpdate="0"/>
    <default expression="" field="ss_rank" applyOnUpdate="0"/>
    <default expression="" field="ss_score" applyOnUpdate="0"/>
    <default expression="" field="ss_kind" applyOnUpdate="0"/>
    <default expression="" field="ss_sites" applyOnUpdate="0"/>
    <default expression="" field="ss_route" applyOnUpdate="0"/>
    <default expression="" field="ss_mu" applyOnUpdate="0"/>
    <default expression="" field="ss_zone" applyOnUpdate="0"/>
    <default expression="" field="ss_inv_req" applyOnUpdate="0"/>
    <default expression="" field="ss_far_req" applyOnUpdate="0"/>
    <default expression="" field="ss_tax_req" applyOnUpdate="0"/>
    <default expression="" field="ss_meets" applyOnUpdate="0"/>
    <default expression="" field="ss_save_mu" applyOnUpdate="0"/>
    <default expression="" field="ss_reason" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="ie_tax"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="ie_taxpt"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="ie_inv"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="ie_invpt"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="ie_far"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="ie_farpt"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="ie_cov"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="ie_covpt"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="ie_areamu"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="ie_score"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="ie_flag"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="ie_type"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="ie_reason"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="ie_std"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="idle_flag"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="idle_days"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="idle_stage"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="idle_basis"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="idle_cause"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="idle_disp"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="idle_alt"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="idle_csq"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="idle_fee"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="idle_conseq"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="idle_gov"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="idle_rsn"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="idle_reason"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="idle_start"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="idle_asof"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="unsup_flag"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="unsup_yrs"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="appr_year"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="unsup_mu"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="unsup_ha"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="unsup_m2"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="inuse_flag"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="unsup_rsn"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="unsup_reason"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="unsup_age"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="appr_age"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="appr_mu"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="unsup_use"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="unsup_asof"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="ind_share"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="share_ok"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="deficit_ha"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="ind_ha"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="base_ha"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="ind_mu"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="base_mu"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="deficit_mu"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="threshold"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="verdict"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="zone_name"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="zone_ha"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="gy_ha"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="ck_ha"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="cc_ha"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="othind_ha"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="thresh"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="def_new_ha"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="unk_ha"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="unk_codes"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="cls"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="scored_ha"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="lowe_ha"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="lowe_pct"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="ie_undet"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="tax_mu"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="supp_ha"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="idle_ha"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="idle_pct"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="appr_ha"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="unsup_pct"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="cm_fail_n"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="cm_fail_mu"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="cm_card"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="ua_n"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="ua_tot_mu"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="ua_card"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="lp_kind"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="lp_type"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="lp_cause"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="lp_disp"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="lp_areamu"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="dev_ha"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="ready_ha"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="built_ha"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="supyr_ha"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="sup_rate"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="built_rate"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="far_all"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="bld_dens"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="far_ind"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="cov_ind"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="inv_ha"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="tax_ha"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="idle_rate"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="yrs_left"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="score"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="pot_ext"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="pot_int"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="pot_mgmt"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="rd_sup"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="rd_built"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="rd_ind"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="rd_far"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="rd_dens"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="rd_farind"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="rd_covind"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="rd_inv"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="rd_tax"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="rd_idle"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="rd_yrs"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="eval_note"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="eval_file"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="eval_asof"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="ua_flag"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="ua_mu"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="ua_code"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="ua_zone"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="ua_reason"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="cm_status"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="cm_flag"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="cm_short"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="cm_penalty"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="cm_disp"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="cm_reason"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="cm_asof"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="mj_score"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="mj_class"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="mj_rank"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="mj_n"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="mj_reason"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="ch_id"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="ch_type"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="ch_kind"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="ch_lead"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="ch_parcel"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="ch_mu"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="ch_zone"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="ch_window"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="ch_check"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="ch_unit"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="ch_reason"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="cw_zone"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="cw_st_n"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="cw_st_mu"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="cw_use_n"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="cw_use_mu"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="cw_ua_n"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="cw_ua_mu"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="cw_rev_n"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="cw_rev_mu"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="cw_tot_n"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="cw_tot_mu"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="cw_period"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="ss_rank"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="ss_score"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="ss_kind"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="ss_sites"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="ss_route"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="ss_mu"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="ss_zone"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="ss_inv_req"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="ss_far_req"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="ss_tax_req"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="ss_meets"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="ss_save_mu"/>
    <constraint constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0" field="ss_reason"/>
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
    <constraint desc="" exp="" field="othind_ha"/>
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
    <constraint desc="" exp="" field="cm_fail_n"/>
    <constraint desc="" exp="" field="cm_fail_mu"/>
    <constraint desc="" exp="" field="cm_card"/>
    <constraint desc="" exp="" field="ua_n"/>
    <constraint desc="" exp="" field="ua_tot_mu"/>
    <constraint desc="" exp="" field="ua_card"/>
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
    <constraint desc="" exp="" field="ch_id"/>
    <constraint desc="" exp="" field="ch_type"/>
    <constraint desc="" exp="" field="ch_kind"/>
    <constraint desc="" exp="" field="ch_lead"/>
    <constraint desc="" exp="" field="ch_parcel"/>
    <constraint desc="" exp="" field="ch_mu"/>
    <constraint desc="" exp="" field="ch_zone"/>
    <constraint desc="" exp="" field="ch_window"/>
    <constraint desc="" exp="" field="ch_check"/>
    <constraint desc="" exp="" field="ch_unit"/>
    <constraint desc="" exp="" field="ch_reason"/>
    <constraint desc="" exp="" field="cw_zone"/>
    <constraint desc="" exp="" field="cw_st_n"/>
    <constraint desc="" exp="" field="cw_st_mu"/>
    <constraint desc="" exp="" field="cw_use_n"/>
    <constraint desc="" exp="" field="cw_use_mu"/>
    <constraint desc="" exp="" field="cw_ua_n"/>
    <constraint desc="" exp="" field="cw_ua_mu"/>
    <constraint desc="" exp="" field="cw_rev_n"/>
    <constraint desc="" exp="" field="cw_rev_mu"/>
    <constraint desc="" exp="" field="cw_tot_n"/>
    <constraint desc="" exp="" field="cw_tot_mu"/>
    <constraint desc="" exp="" field="cw_period"/>
    <constraint desc="" exp="" field="ss_rank"/>
    <constraint desc="" exp="" field="ss_score"/>
    <constraint desc="" exp="" field="ss_kind"/>
    <constraint desc="" exp="" field="ss_sites"/>
    <constraint desc="" exp="" field="ss_route"/>
    <constraint desc="" exp="" field="ss_mu"/>
    <constraint desc="" exp="" field="ss_zone"/>
    <constraint desc="" exp="" field="ss_inv_req"/>
    <constraint desc="" exp="" field="ss_far_req"/>
    <constraint desc="" exp="" field="ss_tax_req"/>
    <constraint desc="" exp="" field="ss_meets"/>
    <constraint desc="" exp="" field="ss_save_mu"/>
    <constraint desc="" exp="" field="ss_reason"/>
  </constraintExpressions>
  <expressionfields/>
  <layerGeometryType>2</layerGeometryType>
</qgis>
