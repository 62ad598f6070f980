<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" styleCategories="Symbology|Labeling|Fields" labelsEnabled="0">
  <renderer-v2 symbollevels="0" type="categorizedSymbol" attr="coalesce(&quot;ch_lead&quot;, '无')" enableorderby="0" forceraster="0" referencescale="-1">
    <categories>
      <category symbol="0" value="疑似已动工" render="true" label="疑似已动工（闲置土地上新增建设）"/>
      <category symbol="1" value="疑似已批未供即用" render="true" label="疑似已批未供即用"/>
      <category symbol="2" value="疑似违法占地" render="true" label="疑似违法占地（线索，待核查）"/>
      <category symbol="3" value="疑似盘活" render="true" label="疑似盘活（低效用地上拆除清理）"/>
      <category symbol="4" value="无" render="true" label="无线索"/>
    </categories>
    <symbols>
      <symbol name="0" force_rhr="0" type="fill" alpha="1" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" locked="0" class="SimpleFill" enabled="1">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale" type="QString"/>
            <Option value="253,141,60,255" name="color" type="QString"/>
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
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="253,141,60,255" k="color"/>
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
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
        <layer pass="0" locked="0" class="CentroidFill" enabled="1">
          <Option type="Map">
            <Option value="0" name="clip_on_current_part_only" type="QString"/>
            <Option value="0" name="clip_points" type="QString"/>
            <Option value="1" name="point_on_all_parts" type="QString"/>
            <Option value="1" name="point_on_surface" type="QString"/>
          </Option>
          <prop v="0" k="clip_on_current_part_only"/>
          <prop v="0" k="clip_points"/>
          <prop v="1" k="point_on_all_parts"/>
          <prop v="1" k="point_on_surface"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <symbol name="@0@1" force_rhr="0" type="marker" alpha="1" clip_to_extent="1">
            <data_defined_properties>
              <Option type="Map">
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
            <layer pass="0" locked="0" class="SimpleMarker" enabled="1">
              <Option type="Map">
                <Option value="0" name="angle" type="QString"/>
                <Option value="square" name="cap_style" type="QString"/>
                <Option value="253,141,60,255" name="color" type="QString"/>
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
              <prop v="0" k="angle"/>
              <prop v="square" k="cap_style"/>
              <prop v="253,141,60,255" k="color"/>
              <prop v="1" k="horizontal_anchor_point"/>
              <prop v="bevel" k="joinstyle"/>
              <prop v="circle" k="name"/>
              <prop v="0,0" k="offset"/>
              <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
              <prop v="MM" k="offset_unit"/>
              <prop v="51,51,51,255" k="outline_color"/>
              <prop v="solid" k="outline_style"/>
              <prop v="0.2" k="outline_width"/>
              <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
              <prop v="MM" k="outline_width_unit"/>
              <prop v="diameter" k="scale_method"/>
              <prop v="2.4" k="size"/>
              <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
              <prop v="MM" k="size_unit"/>
              <prop v="1" k="vertical_anchor_point"/>
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
      <symbol name="1" force_rhr="0" type="fill" alpha="1" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" locked="0" class="SimpleFill" enabled="1">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale" type="QString"/>
            <Option value="122,1,119,255" name="color" type="QString"/>
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
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="122,1,119,255" k="color"/>
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
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
        <layer pass="0" locked="0" class="CentroidFill" enabled="1">
          <Option type="Map">
            <Option value="0" name="clip_on_current_part_only" type="QString"/>
            <Option value="0" name="clip_points" type="QString"/>
            <Option value="1" name="point_on_all_parts" type="QString"/>
            <Option value="1" name="point_on_surface" type="QString"/>
          </Option>
          <prop v="0" k="clip_on_current_part_only"/>
          <prop v="0" k="clip_points"/>
          <prop v="1" k="point_on_all_parts"/>
          <prop v="1" k="point_on_surface"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <symbol name="@1@1" force_rhr="0" type="marker" alpha="1" clip_to_extent="1">
            <data_defined_properties>
              <Option type="Map">
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
            <layer pass="0" locked="0" class="SimpleMarker" enabled="1">
              <Option type="Map">
                <Option value="0" name="angle" type="QString"/>
                <Option value="square" name="cap_style" type="QString"/>
                <Option value="122,1,119,255" name="color" type="QString"/>
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
              <prop v="0" k="angle"/>
              <prop v="square" k="cap_style"/>
              <prop v="122,1,119,255" k="color"/>
              <prop v="1" k="horizontal_anchor_point"/>
              <prop v="bevel" k="joinstyle"/>
              <prop v="circle" k="name"/>
              <prop v="0,0" k="offset"/>
              <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
              <prop v="MM" k="offset_unit"/>
              <prop v="51,51,51,255" k="outline_color"/>
              <prop v="solid" k="outline_style"/>
              <prop v="0.2" k="outline_width"/>
              <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
              <prop v="MM" k="outline_width_unit"/>
              <prop v="diameter" k="scale_method"/>
              <prop v="2.4" k="size"/>
              <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
              <prop v="MM" k="size_unit"/>
              <prop v="1" k="vertical_anchor_point"/>
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
      <symbol name="2" force_rhr="0" type="fill" alpha="1" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" locked="0" class="SimpleFill" enabled="1">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale" type="QString"/>
            <Option value="227,26,28,255" name="color" type="QString"/>
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
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="227,26,28,255" k="color"/>
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
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
        <layer pass="0" locked="0" class="CentroidFill" enabled="1">
          <Option type="Map">
            <Option value="0" name="clip_on_current_part_only" type="QString"/>
            <Option value="0" name="clip_points" type="QString"/>
            <Option value="1" name="point_on_all_parts" type="QString"/>
            <Option value="1" name="point_on_surface" type="QString"/>
          </Option>
          <prop v="0" k="clip_on_current_part_only"/>
          <prop v="0" k="clip_points"/>
          <prop v="1" k="point_on_all_parts"/>
          <prop v="1" k="point_on_surface"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <symbol name="@2@1" force_rhr="0" type="marker" alpha="1" clip_to_extent="1">
            <data_defined_properties>
              <Option type="Map">
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
            <layer pass="0" locked="0" class="SimpleMarker" enabled="1">
              <Option type="Map">
                <Option value="0" name="angle" type="QString"/>
                <Option value="square" name="cap_style" type="QString"/>
                <Option value="227,26,28,255" name="color" type="QString"/>
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
              <prop v="0" k="angle"/>
              <prop v="square" k="cap_style"/>
              <prop v="227,26,28,255" k="color"/>
              <prop v="1" k="horizontal_anchor_point"/>
              <prop v="bevel" k="joinstyle"/>
              <prop v="circle" k="name"/>
              <prop v="0,0" k="offset"/>
              <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
              <prop v="MM" k="offset_unit"/>
              <prop v="51,51,51,255" k="outline_color"/>
              <prop v="solid" k="outline_style"/>
              <prop v="0.2" k="outline_width"/>
              <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
              <prop v="MM" k="outline_width_unit"/>
              <prop v="diameter" k="scale_method"/>
              <prop v="2.4" k="size"/>
              <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
              <prop v="MM" k="size_unit"/>
              <prop v="1" k="vertical_anchor_point"/>
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
      <symbol name="3" force_rhr="0" type="fill" alpha="1" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" locked="0" class="SimpleFill" enabled="1">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale" type="QString"/>
            <Option value="35,139,69,255" name="color" type="QString"/>
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
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="35,139,69,255" k="color"/>
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
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
        <layer pass="0" locked="0" class="CentroidFill" enabled="1">
          <Option type="Map">
            <Option value="0" name="clip_on_current_part_only" type="QString"/>
            <Option value="0" name="clip_points" type="QString"/>
            <Option value="1" name="point_on_all_parts" type="QString"/>
            <Option value="1" name="point_on_surface" type="QString"/>
          </Option>
          <prop v="0" k="clip_on_current_part_only"/>
          <prop v="0" k="clip_points"/>
          <prop v="1" k="point_on_all_parts"/>
          <prop v="1" k="point_on_surface"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <symbol name="@3@1" force_rhr="0" type="marker" alpha="1" clip_to_extent="1">
            <data_defined_properties>
              <Option type="Map">
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
            <layer pass="0" locked="0" class="SimpleMarker" enabled="1">
              <Option type="Map">
                <Option value="0" name="angle" type="QString"/>
                <Option value="square" name="cap_style" type="QString"/>
                <Option value="35,139,69,255" name="color" type="QString"/>
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
              <prop v="0" k="angle"/>
              <prop v="square" k="cap_style"/>
              <prop v="35,139,69,255" k="color"/>
              <prop v="1" k="horizontal_anchor_point"/>
              <prop v="bevel" k="joinstyle"/>
              <prop v="circle" k="name"/>
              <prop v="0,0" k="offset"/>
              <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
              <prop v="MM" k="offset_unit"/>
              <prop v="51,51,51,255" k="outline_color"/>
              <prop v="solid" k="outline_style"/>
              <prop v="0.2" k="outline_width"/>
              <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
              <prop v="MM" k="outline_width_unit"/>
              <prop v="diameter" k="scale_method"/>
              <prop v="2.4" k="size"/>
              <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
              <prop v="MM" k="size_unit"/>
              <prop v="1" k="vertical_anchor_point"/>
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
      <symbol name="4" force_rhr="0" type="fill" alpha="1" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" locked="0" class="SimpleFill" enabled="1">
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
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="217,217,217,255" k="color"/>
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
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
        <layer pass="0" locked="0" class="CentroidFill" enabled="1">
          <Option type="Map">
            <Option value="0" name="clip_on_current_part_only" type="QString"/>
            <Option value="0" name="clip_points" type="QString"/>
            <Option value="1" name="point_on_all_parts" type="QString"/>
            <Option value="1" name="point_on_surface" type="QString"/>
          </Option>
          <prop v="0" k="clip_on_current_part_only"/>
          <prop v="0" k="clip_points"/>
          <prop v="1" k="point_on_all_parts"/>
          <prop v="1" k="point_on_surface"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <symbol name="@4@1" force_rhr="0" type="marker" alpha="1" clip_to_extent="1">
            <data_defined_properties>
              <Option type="Map">
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
            <layer pass="0" locked="0" class="SimpleMarker" enabled="1">
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
              <prop v="0" k="angle"/>
              <prop v="square" k="cap_style"/>
              <prop v="217,217,217,255" k="color"/>
              <prop v="1" k="horizontal_anchor_point"/>
              <prop v="bevel" k="joinstyle"/>
              <prop v="circle" k="name"/>
              <prop v="0,0" k="offset"/>
              <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
              <prop v="MM" k="offset_unit"/>
              <prop v="51,51,51,255" k="outline_color"/>
              <prop v="solid" k="outline_style"/>
              <prop v="0.2" k="outline_width"/>
              <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
              <prop v="MM" k="outline_width_unit"/>
              <prop v="diameter" k="scale_method"/>
              <prop v="2.4" k="size"/>
              <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
              <prop v="MM" k="size_unit"/>
              <prop v="1" k="vertical_anchor_point"/>
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
    <alias index="58" name="其中其他工矿(公顷)" field="othind_ha"/>
    <alias index="59" name="达标阈值(%)" field="thresh"/>
    <alias index="60" name="新增建设用地方式的缺口(公顷)" field="def_new_ha"/>
    <alias index="61" name="未识别地类面积(公顷)" field="unk_ha"/>
    <alias index="62" name="未识别地类代码" field="unk_codes"/>
    <alias index="63" name="地类分类方案" field="cls"/>
    <alias index="64" name="参评宗地面积(公顷)" field="scored_ha"/>
    <alias index="65" name="低效工业用地(公顷)" field="lowe_ha"/>
    <alias index="66" name="低效用地占比(%)" field="lowe_pct"/>
    <alias index="67" name="待核实宗地数" field="ie_undet"/>
    <alias index="68" name="亩均税收(万元/亩)" field="tax_mu"/>
    <alias index="69" name="已供地面积(公顷)" field="supp_ha"/>
    <alias index="70" name="闲置土地(公顷)" field="idle_ha"/>
    <alias index="71" name="闲置率(%)" field="idle_pct"/>
    <alias index="72" name="已批面积(公顷)" field="appr_ha"/>
    <alias index="73" name="批而未供率(%)" field="unsup_pct"/>
    <alias index="74" name="标准地未达标(宗)" field="cm_fail_n"/>
    <alias index="75" name="标准地未达标(亩)" field="cm_fail_mu"/>
    <alias index="76" name="标准地履约" field="cm_card"/>
    <alias index="77" name="疑似违法占地(处)" field="ua_n"/>
    <alias index="78" name="疑似违法占地(亩)" field="ua_tot_mu"/>
    <alias index="79" name="疑似违法占地" field="ua_card"/>
    <alias index="80" name="认定类别" field="lp_kind"/>
    <alias index="81" name="类型" field="lp_type"/>
    <alias index="82" name="形成原因" field="lp_cause"/>
    <alias index="83" name="处置措施" field="lp_disp"/>
    <alias index="84" name="面积(亩)" field="lp_areamu"/>
    <alias index="85" name="可开发建设土地(公顷)" field="dev_ha"/>
    <alias index="86" name="已达到供地条件土地(公顷)" field="ready_ha"/>
    <alias index="87" name="已建成城镇建设用地(公顷)" field="built_ha"/>
    <alias index="88" name="近年年均供地(公顷)" field="supyr_ha"/>
    <alias index="89" name="土地供应率(%)" field="sup_rate"/>
    <alias index="90" name="土地建成率(%)" field="built_rate"/>
    <alias index="91" name="综合容积率" field="far_all"/>
    <alias index="92" name="建筑密度(%)" field="bld_dens"/>
    <alias index="93" name="工业用地综合容积率" field="far_ind"/>
    <alias index="94" name="工业用地建筑系数(%)" field="cov_ind"/>
    <alias index="95" name="工业用地地均固定资产投资(万元/公顷)" field="inv_ha"/>
    <alias index="96" name="工业用地地均税收(万元/公顷)" field="tax_ha"/>
    <alias index="97" name="土地闲置率(%)" field="idle_rate"/>
    <alias index="98" name="尚可供地年数" field="yrs_left"/>
    <alias index="99" name="集约度(0-100)" field="score"/>
    <alias index="100" name="扩展潜力(公顷)" field="pot_ext"/>
    <alias index="101" name="强度潜力(公顷)" field="pot_int"/>
    <alias index="102" name="管理潜力(公顷)" field="pot_mgmt"/>
    <alias index="103" name="土地供应率实现度" field="rd_sup"/>
    <alias index="104" name="土地建成率实现度" field="rd_built"/>
    <alias index="105" name="工业用地率实现度" field="rd_ind"/>
    <alias index="106" name="综合容积率实现度" field="rd_far"/>
    <alias index="107" name="建筑密度实现度" field="rd_dens"/>
    <alias index="108" name="工业用地综合容积率实现度" field="rd_farind"/>
    <alias index="109" name="工业用地建筑系数实现度" field="rd_covind"/>
    <alias index="110" name="地均固定资产投资实现度" field="rd_inv"/>
    <alias index="111" name="地均税收实现度" field="rd_tax"/>
    <alias index="112" name="土地闲置率实现度" field="rd_idle"/>
    <alias index="113" name="尚可供地年数实现度" field="rd_yrs"/>
    <alias index="114" name="评价说明" field="eval_note"/>
    <alias index="115" name="评价参数" field="eval_file"/>
    <alias index="116" name="基准日" field="eval_asof"/>
    <alias index="117" name="疑似违法占地标记(1是)" field="ua_flag"/>
    <alias index="118" name="疑似违法占地面积(亩)" field="ua_mu"/>
    <alias index="119" name="地类编码" field="ua_code"/>
    <alias index="120" name="所在园区" field="ua_zone"/>
    <alias index="121" name="疑似违法占地说明" field="ua_reason"/>
    <alias index="122" name="履约状态" field="cm_status"/>
    <alias index="123" name="未达标标记(1未达标/0达标/空其他)" field="cm_flag"/>
    <alias index="124" name="最大差距(%)" field="cm_short"/>
    <alias index="125" name="违约金(万元)" field="cm_penalty"/>
    <alias index="126" name="处置措施" field="cm_disp"/>
    <alias index="127" name="履约核查说明" field="cm_reason"/>
    <alias index="128" name="基准日" field="cm_asof"/>
    <alias index="129" name="亩均效益得分" field="mj_score"/>
    <alias index="130" name="亩均效益分类" field="mj_class"/>
    <alias index="131" name="组内名次" field="mj_rank"/>
    <alias index="132" name="组内参评数" field="mj_n"/>
    <alias index="133" name="亩均效益评价说明" field="mj_reason"/>
    <alias index="134" name="图斑编号" field="ch_id"/>
    <alias index="135" name="变化类型" field="ch_type"/>
    <alias index="136" name="变化归类" field="ch_kind"/>
    <alias index="137" name="巡查线索" field="ch_lead"/>
    <alias index="138" name="宗地/批文编号" field="ch_parcel"/>
    <alias index="139" name="面积(亩)" field="ch_mu"/>
    <alias index="140" name="所在园区" field="ch_zone"/>
    <alias index="141" name="时段（前时相—后时相）" field="ch_window"/>
    <alias index="142" name="核查内容" field="ch_check"/>
    <alias index="143" name="责任单位" field="ch_unit"/>
    <alias index="144" name="巡查说明" field="ch_reason"/>
    <alias index="145" name="园区" field="cw_zone"/>
    <alias index="146" name="疑似已动工(处)" field="cw_st_n"/>
    <alias index="147" name="疑似已动工(亩)" field="cw_st_mu"/>
    <alias index="148" name="疑似已批未供即用(处)" field="cw_use_n"/>
    <alias index="149" name="疑似已批未供即用(亩)" field="cw_use_mu"/>
    <alias index="150" name="疑似违法占地(处)" field="cw_ua_n"/>
    <alias index="151" name="疑似违法占地(亩)" field="cw_ua_mu"/>
    <alias index="152" name="疑似盘活(处)" field="cw_rev_n"/>
    <alias index="153" name="疑似盘活(亩)" field="cw_rev_mu"/>
    <alias index="154" name="线索合计(处)" field="cw_tot_n"/>
    <alias index="155" name="线索合计(亩)" field="cw_tot_mu"/>
    <alias index="156" name="时段" field="cw_period"/>
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
    <default field="ch_id" applyOnUpdate="0" expression=""/>
    <default field="ch_type" applyOnUpdate="0" expression=""/>
    <default field="ch_kind" applyOnUpdate="0" expression=""/>
    <default field="ch_lead" applyOnUpdate="0" expression=""/>
    <default field="ch_parcel" applyOnUpdate="0" expression=""/>
    <default field="ch_mu" applyOnUpdate="0" expression=""/>
    <default field="ch_zone" applyOnUpdate="0" expression=""/>
    <default field="ch_window" applyOnUpdate="0" expression=""/>
    <default field="ch_check" applyOnUpdate="0" expression=""/>
    <default field="ch_unit" applyOnUpdate="0" expression=""/>
    <default field="ch_reason" applyOnUpdate="0" expression=""/>
    <default field="cw_zone" applyOnUpdate="0" expression=""/>
    <default field="cw_st_n" applyOnUpdate="0" expression=""/>
    <default field="cw_st_mu" applyOnUpdate="0" expression=""/>
    <default field="cw_use_n" applyOnUpdate="0" expression=""/>
    <default field="cw_use_mu" applyOnUpdate="0" expression=""/>
    <default field="cw_ua_n" applyOnUpdate="0" expression=""/>
    <default field="cw_ua_mu" applyOnUpdate="0" expression=""/>
    <default field="cw_rev_n" applyOnUpdate="0" expression=""/>
    <default field="cw_rev_mu" applyOnUpdate="0" expression=""/>
    <default field="cw_tot_n" applyOnUpdate="0" expression=""/>
    <default field="cw_tot_mu" applyOnUpdate="0" expression=""/>
    <default field="cw_period" applyOnUpdate="0" expression=""/>
  </defaults>
  <constraints>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="ie_tax" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="ie_taxpt" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="ie_inv" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="ie_invpt" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="ie_far" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="ie_farpt" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="ie_cov" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="ie_covpt" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="ie_areamu" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="ie_score" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="ie_flag" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="ie_type" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="ie_reason" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="ie_std" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="idle_flag" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="idle_days" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="idle_stage" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="idle_basis" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="idle_cause" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="idle_disp" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="idle_alt" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="idle_csq" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="idle_fee" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="idle_conseq" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="idle_gov" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="idle_rsn" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="idle_reason" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="idle_start" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="idle_asof" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="unsup_flag" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="unsup_yrs" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="appr_year" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="unsup_mu" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="unsup_ha" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="unsup_m2" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="inuse_flag" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="unsup_rsn" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="unsup_reason" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="unsup_age" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="appr_age" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="appr_mu" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="unsup_use" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="unsup_asof" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="ind_share" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="share_ok" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="deficit_ha" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="ind_ha" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="base_ha" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="ind_mu" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="base_mu" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="deficit_mu" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="threshold" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="verdict" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="zone_name" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="zone_ha" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="gy_ha" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="ck_ha" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="cc_ha" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="othind_ha" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="thresh" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="def_new_ha" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="unk_ha" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="unk_codes" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="cls" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="scored_ha" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="lowe_ha" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="lowe_pct" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="ie_undet" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="tax_mu" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="supp_ha" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="idle_ha" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="idle_pct" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="appr_ha" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="unsup_pct" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="cm_fail_n" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="cm_fail_mu" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="cm_card" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="ua_n" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="ua_tot_mu" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="ua_card" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="lp_kind" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="lp_type" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="lp_cause" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="lp_disp" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="lp_areamu" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="dev_ha" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="ready_ha" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="built_ha" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="supyr_ha" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="sup_rate" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="built_rate" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="far_all" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="bld_dens" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="far_ind" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="cov_ind" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="inv_ha" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="tax_ha" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="idle_rate" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="yrs_left" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="score" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="pot_ext" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="pot_int" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="pot_mgmt" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="rd_sup" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="rd_built" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="rd_ind" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="rd_far" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="rd_dens" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="rd_farind" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="rd_covind" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="rd_inv" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="rd_tax" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="rd_idle" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="rd_yrs" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="eval_note" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="eval_file" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="eval_asof" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="ua_flag" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="ua_mu" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="ua_code" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="ua_zone" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="ua_reason" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="cm_status" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="cm_flag" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="cm_short" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="cm_penalty" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="cm_disp" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="cm_reason" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="cm_asof" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="mj_score" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="mj_class" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="mj_rank" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="mj_n" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="mj_reason" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="ch_id" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="ch_type" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="ch_kind" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="ch_lead" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="ch_parcel" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="ch_mu" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="ch_zone" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="ch_window" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="ch_check" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="ch_unit" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="ch_reason" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="cw_zone" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="cw_st_n" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="cw_st_mu" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="cw_use_n" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="cw_use_mu" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="cw_ua_n" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="cw_ua_mu" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="cw_rev_n" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="cw_rev_mu" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="cw_tot_n" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="cw_tot_mu" notnull_strength="0"/>
    <constraint exp_strength="0" constraints="0" unique_strength="0" field="cw_period" notnull_strength="0"/>
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
  </constraintExpressions>
  <expressionfields/>
  <layerGeometryType>2</layerGeometryType>
</qgis>
