<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" styleCategories="Symbology|Labeling|Fields" labelsEnabled="1">
  <renderer-v2 forceraster="0" symbollevels="0" enableorderby="0" referencescale="-1" type="categorizedSymbol" attr="CASE WHEN &quot;share_ok&quot; IS NULL THEN '待核实' WHEN &quot;share_ok&quot; = 1 THEN '达标' ELSE '未达标' END">
    <categories>
      <category label="工业用地率达标" value="达标" render="true" symbol="0"/>
      <category label="工业用地率未达标" value="未达标" render="true" symbol="1"/>
      <category label="待核实（无建设用地）" value="待核实" render="true" symbol="2"/>
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
            <Option value="26,152,80,70" type="QString" name="color"/>
            <Option value="bevel" type="QString" name="joinstyle"/>
            <Option value="0,0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="26,152,80,255" type="QString" name="outline_color"/>
            <Option value="solid" type="QString" name="outline_style"/>
            <Option value="0.8" type="QString" name="outline_width"/>
            <Option value="MM" type="QString" name="outline_width_unit"/>
            <Option value="solid" type="QString" name="style"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="26,152,80,70"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="26,152,80,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.8"/>
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
            <Option value="215,48,39,70" type="QString" name="color"/>
            <Option value="bevel" type="QString" name="joinstyle"/>
            <Option value="0,0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="215,48,39,255" type="QString" name="outline_color"/>
            <Option value="solid" type="QString" name="outline_style"/>
            <Option value="0.8" type="QString" name="outline_width"/>
            <Option value="MM" type="QString" name="outline_width_unit"/>
            <Option value="solid" type="QString" name="style"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="215,48,39,70"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="215,48,39,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.8"/>
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
            <Option value="150,150,150,70" type="QString" name="color"/>
            <Option value="bevel" type="QString" name="joinstyle"/>
            <Option value="0,0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="150,150,150,255" type="QString" name="outline_color"/>
            <Option value="solid" type="QString" name="outline_style"/>
            <Option value="0.8" type="QString" name="outline_width"/>
            <Option value="MM" type="QString" name="outline_width_unit"/>
            <Option value="solid" type="QString" name="style"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="150,150,150,70"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="150,150,150,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.8"/>
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
  <labeling type="simple">
    <settings calloutType="simple">
      <text-style textColor="32,32,32,255" fontKerning="1" blendMode="0" multilineHeight="1" fontItalic="0" namedStyle="" allowHtml="0" textOrientation="horizontal" isExpression="1" useSubstitutions="0" fieldName="coalesce(attribute(@feature, '园区名称'), attribute(@feature, 'zone_name'), attribute(@feature, 'name'), attribute(@feature, 'NAME'), '') || '\n' || '工业用地率 ' || coalesce(format_number(&quot;ind_share&quot;, 1) || '%', '—')" fontWordSpacing="0" fontSize="10" fontUnderline="0" fontStrikeout="0" previewBkgrdColor="255,255,255,255" fontWeight="50" fontLetterSpacing="0" capitalization="0" fontSizeUnit="Point" legendString="Aa" fontFamily="Noto Sans CJK SC" fontSizeMapUnitScale="3x:0,0,0,0,0,0" textOpacity="1">
        <families/>
        <text-buffer bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferNoFill="1" bufferSize="1" bufferSizeUnits="MM" bufferOpacity="1" bufferJoinStyle="128" bufferDraw="1" bufferBlendMode="0" bufferColor="255,255,255,255"/>
        <text-mask maskSize="1.5" maskJoinStyle="128" maskedSymbolLayers="" maskOpacity="1" maskType="0" maskEnabled="0" maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskSizeUnits="MM"/>
        <background shapeFillColor="255,255,255,255" shapeJoinStyle="64" shapeBorderColor="128,128,128,255" shapeOffsetUnit="MM" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeBorderWidthUnit="MM" shapeSizeY="0" shapeRadiiX="0" shapeBlendMode="0" shapeRadiiY="0" shapeRotationType="0" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeOffsetX="0" shapeOpacity="1" shapeSizeType="0" shapeSizeX="0" shapeSizeUnit="MM" shapeOffsetY="0" shapeRadiiUnit="MM" shapeDraw="0" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeRotation="0" shapeType="0" shapeSVGFile="" shapeBorderWidth="0">
          <symbol alpha="1" clip_to_extent="1" force_rhr="0" type="fill" name="fillSymbol">
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
                <Option value="255,255,255,255" type="QString" name="color"/>
                <Option value="bevel" type="QString" name="joinstyle"/>
                <Option value="0,0" type="QString" name="offset"/>
                <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
                <Option value="MM" type="QString" name="offset_unit"/>
                <Option value="128,128,128,255" type="QString" name="outline_color"/>
                <Option value="no" type="QString" name="outline_style"/>
                <Option value="0" type="QString" name="outline_width"/>
                <Option value="MM" type="QString" name="outline_width_unit"/>
                <Option value="solid" type="QString" name="style"/>
              </Option>
              <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
              <prop k="color" v="255,255,255,255"/>
              <prop k="joinstyle" v="bevel"/>
              <prop k="offset" v="0,0"/>
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
              <prop k="offset_unit" v="MM"/>
              <prop k="outline_color" v="128,128,128,255"/>
              <prop k="outline_style" v="no"/>
              <prop k="outline_width" v="0"/>
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
        </background>
        <shadow shadowRadiusUnit="MM" shadowOffsetUnit="MM" shadowUnder="0" shadowRadiusAlphaOnly="0" shadowOffsetDist="1" shadowOffsetAngle="135" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowOffsetGlobal="1" shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowOpacity="0.69999999999999996" shadowColor="0,0,0,255" shadowScale="100" shadowDraw="0" shadowBlendMode="6" shadowRadius="1.5"/>
        <dd_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </dd_properties>
        <substitutions/>
      </text-style>
      <text-format multilineAlign="3" useMaxLineLengthForAutoWrap="1" wrapChar="" autoWrapLength="0" rightDirectionSymbol=">" leftDirectionSymbol="&lt;" plussign="0" addDirectionSymbol="0" reverseDirectionSymbol="0" formatNumbers="0" placeDirectionSymbol="0" decimals="3"/>
      <placement distUnits="MM" placementFlags="10" repeatDistance="0" lineAnchorPercent="0.5" geometryGeneratorEnabled="0" distMapUnitScale="3x:0,0,0,0,0,0" placement="1" quadOffset="4" offsetUnits="MM" lineAnchorClipping="0" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" dist="0" maxCurvedCharAngleIn="25" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" preserveRotation="1" lineAnchorType="0" layerType="UnknownGeometry" centroidInside="0" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" geometryGeneratorType="PointGeometry" maxCurvedCharAngleOut="-25" fitInPolygonOnly="0" yOffset="0" offsetType="0" priority="5" overrunDistanceUnit="MM" geometryGenerator="" xOffset="0" centroidWhole="0" overrunDistance="0" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" rotationAngle="0" polygonPlacementFlags="2" rotationUnit="AngleDegrees" repeatDistanceUnits="MM"/>
      <rendering maxNumLabels="2000" scaleMin="0" labelPerPart="0" scaleMax="0" displayAll="0" fontLimitPixelSize="0" unplacedVisibility="0" fontMaxPixelSize="10000" obstacleType="1" minFeatureSize="0" drawLabels="1" fontMinPixelSize="0" zIndex="0" mergeLines="0" upsidedownLabels="0" scaleVisibility="0" obstacle="1" obstacleFactor="1" limitNumLabels="0"/>
      <dd_properties>
        <Option type="Map">
          <Option value="" type="QString" name="name"/>
          <Option name="properties"/>
          <Option value="collection" type="QString" name="type"/>
        </Option>
      </dd_properties>
      <callout type="simple">
        <Option type="Map">
          <Option value="pole_of_inaccessibility" type="QString" name="anchorPoint"/>
          <Option value="0" type="int" name="blendMode"/>
          <Option type="Map" name="ddProperties">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
          <Option value="false" type="bool" name="drawToAllParts"/>
          <Option value="0" type="QString" name="enabled"/>
          <Option value="point_on_exterior" type="QString" name="labelAnchorPoint"/>
          <Option value="&lt;symbol alpha=&quot;1&quot; clip_to_extent=&quot;1&quot; force_rhr=&quot;0&quot; type=&quot;line&quot; name=&quot;symbol&quot;>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option value=&quot;&quot; type=&quot;QString&quot; name=&quot;name&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option value=&quot;collection&quot; type=&quot;QString&quot; name=&quot;type&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;layer pass=&quot;0&quot; enabled=&quot;1&quot; class=&quot;SimpleLine&quot; locked=&quot;0&quot;>&lt;Option type=&quot;Map&quot;>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;align_dash_pattern&quot;/>&lt;Option value=&quot;square&quot; type=&quot;QString&quot; name=&quot;capstyle&quot;/>&lt;Option value=&quot;5;2&quot; type=&quot;QString&quot; name=&quot;customdash&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;customdash_map_unit_scale&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;customdash_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;dash_pattern_offset&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;dash_pattern_offset_map_unit_scale&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;dash_pattern_offset_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;draw_inside_polygon&quot;/>&lt;Option value=&quot;bevel&quot; type=&quot;QString&quot; name=&quot;joinstyle&quot;/>&lt;Option value=&quot;60,60,60,255&quot; type=&quot;QString&quot; name=&quot;line_color&quot;/>&lt;Option value=&quot;solid&quot; type=&quot;QString&quot; name=&quot;line_style&quot;/>&lt;Option value=&quot;0.3&quot; type=&quot;QString&quot; name=&quot;line_width&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;line_width_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;offset&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;offset_map_unit_scale&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;offset_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;ring_filter&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;trim_distance_end&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;trim_distance_end_map_unit_scale&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;trim_distance_end_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;trim_distance_start&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;trim_distance_start_map_unit_scale&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;trim_distance_start_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;tweak_dash_pattern_on_corners&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;use_custom_dash&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;width_map_unit_scale&quot;/>&lt;/Option>&lt;prop k=&quot;align_dash_pattern&quot; v=&quot;0&quot;/>&lt;prop k=&quot;capstyle&quot; v=&quot;square&quot;/>&lt;prop k=&quot;customdash&quot; v=&quot;5;2&quot;/>&lt;prop k=&quot;customdash_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;customdash_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;dash_pattern_offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;dash_pattern_offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;dash_pattern_offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;draw_inside_polygon&quot; v=&quot;0&quot;/>&lt;prop k=&quot;joinstyle&quot; v=&quot;bevel&quot;/>&lt;prop k=&quot;line_color&quot; v=&quot;60,60,60,255&quot;/>&lt;prop k=&quot;line_style&quot; v=&quot;solid&quot;/>&lt;prop k=&quot;line_width&quot; v=&quot;0.3&quot;/>&lt;prop k=&quot;line_width_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;ring_filter&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_end_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;trim_distance_start&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_start_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_start_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;tweak_dash_pattern_on_corners&quot; v=&quot;0&quot;/>&lt;prop k=&quot;use_custom_dash&quot; v=&quot;0&quot;/>&lt;prop k=&quot;width_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option value=&quot;&quot; type=&quot;QString&quot; name=&quot;name&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option value=&quot;collection&quot; type=&quot;QString&quot; name=&quot;type&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;/layer>&lt;/symbol>" type="QString" name="lineSymbol"/>
          <Option value="0" type="double" name="minLength"/>
          <Option value="3x:0,0,0,0,0,0" type="QString" name="minLengthMapUnitScale"/>
          <Option value="MM" type="QString" name="minLengthUnit"/>
          <Option value="0" type="double" name="offsetFromAnchor"/>
          <Option value="3x:0,0,0,0,0,0" type="QString" name="offsetFromAnchorMapUnitScale"/>
          <Option value="MM" type="QString" name="offsetFromAnchorUnit"/>
          <Option value="0" type="double" name="offsetFromLabel"/>
          <Option value="3x:0,0,0,0,0,0" type="QString" name="offsetFromLabelMapUnitScale"/>
          <Option value="MM" type="QString" name="offsetFromLabelUnit"/>
        </Option>
      </callout>
    </settings>
  </labeling>
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
