<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis labelsEnabled="1" version="3.22.16-Białowieża" styleCategories="Symbology|Labeling|Fields">
  <renderer-v2 referencescale="-1" symbollevels="0" forceraster="0" type="categorizedSymbol" attr="CASE WHEN &quot;judged&quot; = 0 THEN '不评判' WHEN &quot;share_ok&quot; IS NULL THEN '待核实' WHEN &quot;share_ok&quot; = 1 THEN '达标' ELSE '未达标' END" enableorderby="0">
    <categories>
      <category symbol="0" render="true" value="达标" label="工业用地率达标"/>
      <category symbol="1" render="true" value="未达标" label="工业用地率未达标"/>
      <category symbol="2" render="true" value="待核实" label="待核实（无建设用地）"/>
      <category symbol="3" render="true" value="不评判" label="非工业主导开发区（仅报告，不评判）"/>
    </categories>
    <symbols>
      <symbol name="0" alpha="1" type="fill" clip_to_extent="1" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" enabled="1" class="SimpleFill" locked="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="color" type="QString" value="26,152,80,70"/>
            <Option name="joinstyle" type="QString" value="bevel"/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="26,152,80,255"/>
            <Option name="outline_style" type="QString" value="solid"/>
            <Option name="outline_width" type="QString" value="0.8"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="style" type="QString" value="solid"/>
          </Option>
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="26,152,80,70" k="color"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="26,152,80,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.8" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="solid" k="style"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="1" alpha="1" type="fill" clip_to_extent="1" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" enabled="1" class="SimpleFill" locked="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="color" type="QString" value="215,48,39,70"/>
            <Option name="joinstyle" type="QString" value="bevel"/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="215,48,39,255"/>
            <Option name="outline_style" type="QString" value="solid"/>
            <Option name="outline_width" type="QString" value="0.8"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="style" type="QString" value="solid"/>
          </Option>
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="215,48,39,70" k="color"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="215,48,39,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.8" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="solid" k="style"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="2" alpha="1" type="fill" clip_to_extent="1" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" enabled="1" class="SimpleFill" locked="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="color" type="QString" value="150,150,150,70"/>
            <Option name="joinstyle" type="QString" value="bevel"/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="150,150,150,255"/>
            <Option name="outline_style" type="QString" value="solid"/>
            <Option name="outline_width" type="QString" value="0.8"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="style" type="QString" value="solid"/>
          </Option>
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="150,150,150,70" k="color"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="150,150,150,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.8" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="solid" k="style"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="3" alpha="1" type="fill" clip_to_extent="1" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" enabled="1" class="SimpleFill" locked="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="color" type="QString" value="69,117,180,70"/>
            <Option name="joinstyle" type="QString" value="bevel"/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="69,117,180,255"/>
            <Option name="outline_style" type="QString" value="solid"/>
            <Option name="outline_width" type="QString" value="0.8"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="style" type="QString" value="solid"/>
          </Option>
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="69,117,180,70" k="color"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="69,117,180,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.8" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="solid" k="style"/>
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
  <labeling type="simple">
    <settings calloutType="simple">
      <text-style fontSizeUnit="Point" isExpression="1" useSubstitutions="0" capitalization="0" fontItalic="0" textOrientation="horizontal" fontFamily="Noto Sans CJK SC" fontWeight="50" fontStrikeout="0" fontKerning="1" fieldName="coalesce(attribute(@feature, '园区名称'), attribute(@feature, 'zone_name'), attribute(@feature, 'name'), attribute(@feature, 'NAME'), '') || '\n' || '工业用地率 ' || coalesce(format_number(&quot;ind_share&quot;, 1) || '%', '—')" legendString="Aa" fontWordSpacing="0" previewBkgrdColor="255,255,255,255" fontSizeMapUnitScale="3x:0,0,0,0,0,0" blendMode="0" allowHtml="0" fontLetterSpacing="0" fontUnderline="0" namedStyle="" fontSize="10" textColor="32,32,32,255" multilineHeight="1" textOpacity="1">
        <families/>
        <text-buffer bufferDraw="1" bufferBlendMode="0" bufferSizeUnits="MM" bufferNoFill="1" bufferColor="255,255,255,255" bufferOpacity="1" bufferSize="1" bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferJoinStyle="128"/>
        <text-mask maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskType="0" maskEnabled="0" maskSizeUnits="MM" maskedSymbolLayers="" maskJoinStyle="128" maskOpacity="1" maskSize="1.5"/>
        <background shapeRadiiX="0" shapeFillColor="255,255,255,255" shapeRadiiUnit="MM" shapeOffsetX="0" shapeType="0" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeBorderWidthUnit="MM" shapeSizeX="0" shapeOffsetUnit="MM" shapeBorderWidth="0" shapeSVGFile="" shapeBlendMode="0" shapeSizeUnit="MM" shapeDraw="0" shapeBorderColor="128,128,128,255" shapeRotation="0" shapeRotationType="0" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeOpacity="1" shapeSizeY="0" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeRadiiY="0" shapeJoinStyle="64" shapeSizeType="0" shapeOffsetY="0" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0">
          <symbol name="fillSymbol" alpha="1" type="fill" clip_to_extent="1" force_rhr="0">
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" type="QString" value=""/>
                <Option name="properties"/>
                <Option name="type" type="QString" value="collection"/>
              </Option>
            </data_defined_properties>
            <layer pass="0" enabled="1" class="SimpleFill" locked="0">
              <Option type="Map">
                <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
                <Option name="color" type="QString" value="255,255,255,255"/>
                <Option name="joinstyle" type="QString" value="bevel"/>
                <Option name="offset" type="QString" value="0,0"/>
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
                <Option name="offset_unit" type="QString" value="MM"/>
                <Option name="outline_color" type="QString" value="128,128,128,255"/>
                <Option name="outline_style" type="QString" value="no"/>
                <Option name="outline_width" type="QString" value="0"/>
                <Option name="outline_width_unit" type="QString" value="MM"/>
                <Option name="style" type="QString" value="solid"/>
              </Option>
              <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
              <prop v="255,255,255,255" k="color"/>
              <prop v="bevel" k="joinstyle"/>
              <prop v="0,0" k="offset"/>
              <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
              <prop v="MM" k="offset_unit"/>
              <prop v="128,128,128,255" k="outline_color"/>
              <prop v="no" k="outline_style"/>
              <prop v="0" k="outline_width"/>
              <prop v="MM" k="outline_width_unit"/>
              <prop v="solid" k="style"/>
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value=""/>
                  <Option name="properties"/>
                  <Option name="type" type="QString" value="collection"/>
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </background>
        <shadow shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowOffsetAngle="135" shadowOffsetDist="1" shadowRadiusAlphaOnly="0" shadowBlendMode="6" shadowColor="0,0,0,255" shadowOffsetGlobal="1" shadowDraw="0" shadowUnder="0" shadowRadius="1.5" shadowRadiusUnit="MM" shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowOpacity="0.69999999999999996" shadowOffsetUnit="MM" shadowScale="100"/>
        <dd_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </dd_properties>
        <substitutions/>
      </text-style>
      <text-format useMaxLineLengthForAutoWrap="1" placeDirectionSymbol="0" autoWrapLength="0" rightDirectionSymbol=">" formatNumbers="0" decimals="3" wrapChar="" multilineAlign="3" reverseDirectionSymbol="0" addDirectionSymbol="0" leftDirectionSymbol="&lt;" plussign="0"/>
      <placement maxCurvedCharAngleOut="-25" xOffset="0" offsetType="0" distUnits="MM" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" quadOffset="4" lineAnchorPercent="0.5" overrunDistance="0" polygonPlacementFlags="2" placementFlags="10" overrunDistanceUnit="MM" layerType="UnknownGeometry" rotationUnit="AngleDegrees" geometryGeneratorEnabled="0" centroidInside="0" distMapUnitScale="3x:0,0,0,0,0,0" maxCurvedCharAngleIn="25" repeatDistanceUnits="MM" lineAnchorType="0" offsetUnits="MM" placement="8" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" repeatDistance="0" geometryGenerator="" yOffset="0" geometryGeneratorType="PointGeometry" preserveRotation="1" lineAnchorClipping="0" priority="5" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" centroidWhole="0" dist="0" fitInPolygonOnly="0" rotationAngle="0"/>
      <rendering labelPerPart="0" scaleMax="0" fontMinPixelSize="0" obstacleFactor="1" upsidedownLabels="0" minFeatureSize="0" drawLabels="1" fontMaxPixelSize="10000" unplacedVisibility="0" mergeLines="0" maxNumLabels="2000" obstacleType="1" obstacle="1" scaleVisibility="0" scaleMin="0" displayAll="0" limitNumLabels="0" fontLimitPixelSize="0" zIndex="0"/>
      <dd_properties>
        <Option type="Map">
          <Option name="name" type="QString" value=""/>
          <Option name="properties"/>
          <Option name="type" type="QString" value="collection"/>
        </Option>
      </dd_properties>
      <callout type="simple">
        <Option type="Map">
          <Option name="anchorPoint" type="QString" value="pole_of_inaccessibility"/>
          <Option name="blendMode" type="int" value="0"/>
          <Option name="ddProperties" type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
          <Option name="drawToAllParts" type="bool" value="false"/>
          <Option name="enabled" type="QString" value="0"/>
          <Option name="labelAnchorPoint" type="QString" value="point_on_exterior"/>
          <Option name="lineSymbol" type="QString" value="&lt;symbol name=&quot;symbol&quot; alpha=&quot;1&quot; type=&quot;line&quot; clip_to_extent=&quot;1&quot; force_rhr=&quot;0&quot;>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option name=&quot;name&quot; type=&quot;QString&quot; value=&quot;&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option name=&quot;type&quot; type=&quot;QString&quot; value=&quot;collection&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;layer pass=&quot;0&quot; enabled=&quot;1&quot; class=&quot;SimpleLine&quot; locked=&quot;0&quot;>&lt;Option type=&quot;Map&quot;>&lt;Option name=&quot;align_dash_pattern&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;capstyle&quot; type=&quot;QString&quot; value=&quot;square&quot;/>&lt;Option name=&quot;customdash&quot; type=&quot;QString&quot; value=&quot;5;2&quot;/>&lt;Option name=&quot;customdash_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option name=&quot;customdash_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot;/>&lt;Option name=&quot;dash_pattern_offset&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;dash_pattern_offset_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option name=&quot;dash_pattern_offset_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot;/>&lt;Option name=&quot;draw_inside_polygon&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;joinstyle&quot; type=&quot;QString&quot; value=&quot;bevel&quot;/>&lt;Option name=&quot;line_color&quot; type=&quot;QString&quot; value=&quot;60,60,60,255&quot;/>&lt;Option name=&quot;line_style&quot; type=&quot;QString&quot; value=&quot;solid&quot;/>&lt;Option name=&quot;line_width&quot; type=&quot;QString&quot; value=&quot;0.3&quot;/>&lt;Option name=&quot;line_width_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot;/>&lt;Option name=&quot;offset&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;offset_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option name=&quot;offset_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot;/>&lt;Option name=&quot;ring_filter&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;trim_distance_end&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;trim_distance_end_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option name=&quot;trim_distance_end_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot;/>&lt;Option name=&quot;trim_distance_start&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;trim_distance_start_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option name=&quot;trim_distance_start_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot;/>&lt;Option name=&quot;tweak_dash_pattern_on_corners&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;use_custom_dash&quot; type=&quot;QString&quot; value=&quot;0&quot;/>&lt;Option name=&quot;width_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;/Option>&lt;prop v=&quot;0&quot; k=&quot;align_dash_pattern&quot;/>&lt;prop v=&quot;square&quot; k=&quot;capstyle&quot;/>&lt;prop v=&quot;5;2&quot; k=&quot;customdash&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;customdash_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;customdash_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;dash_pattern_offset&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;dash_pattern_offset_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;dash_pattern_offset_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;draw_inside_polygon&quot;/>&lt;prop v=&quot;bevel&quot; k=&quot;joinstyle&quot;/>&lt;prop v=&quot;60,60,60,255&quot; k=&quot;line_color&quot;/>&lt;prop v=&quot;solid&quot; k=&quot;line_style&quot;/>&lt;prop v=&quot;0.3&quot; k=&quot;line_width&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;line_width_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;offset&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;offset_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;offset_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;ring_filter&quot;/>&lt;prop v=&quot;0&quot; k=&quot;trim_distance_end&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;trim_distance_end_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;trim_distance_end_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;trim_distance_start&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;trim_distance_start_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;trim_distance_start_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;tweak_dash_pattern_on_corners&quot;/>&lt;prop v=&quot;0&quot; k=&quot;use_custom_dash&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;width_map_unit_scale&quot;/>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option name=&quot;name&quot; type=&quot;QString&quot; value=&quot;&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option name=&quot;type&quot; type=&quot;QString&quot; value=&quot;collection&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;/layer>&lt;/symbol>"/>
          <Option name="minLength" type="double" value="0"/>
          <Option name="minLengthMapUnitScale" type="QString" value="3x:0,0,0,0,0,0"/>
          <Option name="minLengthUnit" type="QString" value="MM"/>
          <Option name="offsetFromAnchor" type="double" value="0"/>
          <Option name="offsetFromAnchorMapUnitScale" type="QString" value="3x:0,0,0,0,0,0"/>
          <Option name="offsetFromAnchorUnit" type="QString" value="MM"/>
          <Option name="offsetFromLabel" type="double" value="0"/>
          <Option name="offsetFromLabelMapUnitScale" type="QString" value="3x:0,0,0,0,0,0"/>
          <Option name="offsetFromLabelUnit" type="QString" value="MM"/>
        </Option>
      </callout>
    </settings>
  </labeling>
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
    <field name="judged" configurationFlags="None"/>
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
    <alias field="othind_ha" name="其中其他工矿(公顷)" index="58"/>
    <alias field="thresh" name="达标阈值(%)" index="59"/>
    <alias field="def_new_ha" name="新增建设用地方式的缺口(公顷)" index="60"/>
    <alias field="unk_ha" name="未识别地类面积(公顷)" index="61"/>
    <alias field="unk_codes" name="未识别地类代码" index="62"/>
    <alias field="cls" name="地类分类方案" index="63"/>
    <alias field="scored_ha" name="参评宗地面积(公顷)" index="64"/>
    <alias field="lowe_ha" name="低效工业用地(公顷)" index="65"/>
    <alias field="lowe_pct" name="低效用地占比(%)" index="66"/>
    <alias field="ie_undet" name="待核实宗地数" index="67"/>
    <alias field="tax_mu" name="亩均税收(万元/亩)" index="68"/>
    <alias field="supp_ha" name="已供地面积(公顷)" index="69"/>
    <alias field="idle_ha" name="闲置土地(公顷)" index="70"/>
    <alias field="idle_pct" name="闲置率(%)" index="71"/>
    <alias field="appr_ha" name="已批面积(公顷)" index="72"/>
    <alias field="unsup_pct" name="批而未供率(%)" index="73"/>
    <alias field="cm_fail_n" name="标准地未达标(宗)" index="74"/>
    <alias field="cm_fail_mu" name="标准地未达标(亩)" index="75"/>
    <alias field="cm_card" name="标准地履约" index="76"/>
    <alias field="ua_n" name="疑似违法占地(处)" index="77"/>
    <alias field="ua_tot_mu" name="疑似违法占地(亩)" index="78"/>
    <alias field="ua_card" name="疑似违法占地" index="79"/>
    <alias field="lp_kind" name="认定类别" index="80"/>
    <alias field="lp_type" name="类型" index="81"/>
    <alias field="lp_cause" name="形成原因" index="82"/>
    <alias field="lp_disp" name="处置措施" index="83"/>
    <alias field="lp_areamu" name="面积(亩)" index="84"/>
    <alias field="dev_ha" name="可开发建设土地(公顷)" index="85"/>
    <alias field="ready_ha" name="已达到供地条件土地(公顷)" index="86"/>
    <alias field="built_ha" name="已建成城镇建设用地(公顷)" index="87"/>
    <alias field="supyr_ha" name="近年年均供地(公顷)" index="88"/>
    <alias field="sup_rate" name="土地供应率(%)" index="89"/>
    <alias field="built_rate" name="土地建成率(%)" index="90"/>
    <alias field="far_all" name="综合容积率" index="91"/>
    <alias field="bld_dens" name="建筑密度(%)" index="92"/>
    <alias field="far_ind" name="工业用地综合容积率" index="93"/>
    <alias field="cov_ind" name="工业用地建筑系数(%)" index="94"/>
    <alias field="inv_ha" name="工业用地地均固定资产投资(万元/公顷)" index="95"/>
    <alias field="tax_ha" name="工业用地地均税收(万元/公顷)" index="96"/>
    <alias field="idle_rate" name="土地闲置率(%)" index="97"/>
    <alias field="yrs_left" name="尚可供地年数" index="98"/>
    <alias field="score" name="集约度(0-100)" index="99"/>
    <alias field="pot_ext" name="扩展潜力(公顷)" index="100"/>
    <alias field="pot_int" name="强度潜力(公顷)" index="101"/>
    <alias field="pot_mgmt" name="管理潜力(公顷)" index="102"/>
    <alias field="rd_sup" name="土地供应率实现度" index="103"/>
    <alias field="rd_built" name="土地建成率实现度" index="104"/>
    <alias field="rd_ind" name="工业用地率实现度" index="105"/>
    <alias field="rd_far" name="综合容积率实现度" index="106"/>
    <alias field="rd_dens" name="建筑密度实现度" index="107"/>
    <alias field="rd_farind" name="工业用地综合容积率实现度" index="108"/>
    <alias field="rd_covind" name="工业用地建筑系数实现度" index="109"/>
    <alias field="rd_inv" name="地均固定资产投资实现度" index="110"/>
    <alias field="rd_tax" name="地均税收实现度" index="111"/>
    <alias field="rd_idle" name="土地闲置率实现度" index="112"/>
    <alias field="rd_yrs" name="尚可供地年数实现度" index="113"/>
    <alias field="eval_note" name="评价说明" index="114"/>
    <alias field="eval_file" name="评价参数" index="115"/>
    <alias field="eval_asof" name="基准日" index="116"/>
    <alias field="ua_flag" name="疑似违法占地标记(1是)" index="117"/>
    <alias field="ua_mu" name="疑似违法占地面积(亩)" index="118"/>
    <alias field="ua_code" name="地类编码" index="119"/>
    <alias field="ua_zone" name="所在园区" index="120"/>
    <alias field="ua_reason" name="疑似违法占地说明" index="121"/>
    <alias field="cm_status" name="履约状态" index="122"/>
    <alias field="cm_flag" name="未达标标记(1未达标/0达标/空其他)" index="123"/>
    <alias field="cm_short" name="最大差距(%)" index="124"/>
    <alias field="cm_penalty" name="违约金(万元)" index="125"/>
    <alias field="cm_disp" name="处置措施" index="126"/>
    <alias field="cm_reason" name="履约核查说明" index="127"/>
    <alias field="cm_asof" name="基准日" index="128"/>
    <alias field="mj_score" name="亩均效益得分" index="129"/>
    <alias field="mj_class" name="亩均效益分类" index="130"/>
    <alias field="mj_rank" name="组内名次" index="131"/>
    <alias field="mj_n" name="组内参评数" index="132"/>
    <alias field="mj_reason" name="亩均效益评价说明" index="133"/>
    <alias field="judged" name="是否评判(1工业主导/0仅报告)" index="134"/>
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
    <default field="judged" applyOnUpdate="0" expression=""/>
  </defaults>
  <constraints>
    <constraint notnull_strength="0" field="ie_tax" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="ie_taxpt" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="ie_inv" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="ie_invpt" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="ie_far" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="ie_farpt" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="ie_cov" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="ie_covpt" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="ie_areamu" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="ie_score" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="ie_flag" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="ie_type" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="ie_reason" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="ie_std" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="idle_flag" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="idle_days" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="idle_stage" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="idle_basis" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="idle_cause" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="idle_disp" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="idle_alt" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="idle_csq" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="idle_fee" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="idle_conseq" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="idle_gov" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="idle_rsn" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="idle_reason" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="idle_start" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="idle_asof" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="unsup_flag" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="unsup_yrs" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="appr_year" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="unsup_mu" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="unsup_ha" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="unsup_m2" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="inuse_flag" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="unsup_rsn" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="unsup_reason" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="unsup_age" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="appr_age" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="appr_mu" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="unsup_use" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="unsup_asof" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="ind_share" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="share_ok" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="deficit_ha" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="ind_ha" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="base_ha" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="ind_mu" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="base_mu" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="deficit_mu" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="threshold" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="verdict" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="zone_name" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="zone_ha" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="gy_ha" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="ck_ha" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="cc_ha" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="othind_ha" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="thresh" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="def_new_ha" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="unk_ha" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="unk_codes" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="cls" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="scored_ha" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="lowe_ha" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="lowe_pct" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="ie_undet" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="tax_mu" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="supp_ha" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="idle_ha" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="idle_pct" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="appr_ha" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="unsup_pct" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="cm_fail_n" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="cm_fail_mu" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="cm_card" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="ua_n" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="ua_tot_mu" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="ua_card" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="lp_kind" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="lp_type" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="lp_cause" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="lp_disp" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="lp_areamu" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="dev_ha" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="ready_ha" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="built_ha" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="supyr_ha" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="sup_rate" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="built_rate" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="far_all" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="bld_dens" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="far_ind" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="cov_ind" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="inv_ha" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="tax_ha" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="idle_rate" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="yrs_left" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="score" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="pot_ext" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="pot_int" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="pot_mgmt" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="rd_sup" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="rd_built" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="rd_ind" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="rd_far" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="rd_dens" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="rd_farind" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="rd_covind" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="rd_inv" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="rd_tax" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="rd_idle" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="rd_yrs" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="eval_note" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="eval_file" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="eval_asof" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="ua_flag" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="ua_mu" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="ua_code" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="ua_zone" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="ua_reason" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="cm_status" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="cm_flag" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="cm_short" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="cm_penalty" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="cm_disp" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="cm_reason" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="cm_asof" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="mj_score" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="mj_class" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="mj_rank" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="mj_n" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="mj_reason" unique_strength="0" exp_strength="0" constraints="0"/>
    <constraint notnull_strength="0" field="judged" unique_strength="0" exp_strength="0" constraints="0"/>
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
    <constraint field="othind_ha" exp="" desc=""/>
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
    <constraint field="cm_fail_n" exp="" desc=""/>
    <constraint field="cm_fail_mu" exp="" desc=""/>
    <constraint field="cm_card" exp="" desc=""/>
    <constraint field="ua_n" exp="" desc=""/>
    <constraint field="ua_tot_mu" exp="" desc=""/>
    <constraint field="ua_card" exp="" desc=""/>
    <constraint field="lp_kind" exp="" desc=""/>
    <constraint field="lp_type" exp="" desc=""/>
    <constraint field="lp_cause" exp="" desc=""/>
    <constraint field="lp_disp" exp="" desc=""/>
    <constraint field="lp_areamu" exp="" desc=""/>
    <constraint field="dev_ha" exp="" desc=""/>
    <constraint field="ready_ha" exp="" desc=""/>
    <constraint field="built_ha" exp="" desc=""/>
    <constraint field="supyr_ha" exp="" desc=""/>
    <constraint field="sup_rate" exp="" desc=""/>
    <constraint field="built_rate" exp="" desc=""/>
    <constraint field="far_all" exp="" desc=""/>
    <constraint field="bld_dens" exp="" desc=""/>
    <constraint field="far_ind" exp="" desc=""/>
    <constraint field="cov_ind" exp="" desc=""/>
    <constraint field="inv_ha" exp="" desc=""/>
    <constraint field="tax_ha" exp="" desc=""/>
    <constraint field="idle_rate" exp="" desc=""/>
    <constraint field="yrs_left" exp="" desc=""/>
    <constraint field="score" exp="" desc=""/>
    <constraint field="pot_ext" exp="" desc=""/>
    <constraint field="pot_int" exp="" desc=""/>
    <constraint field="pot_mgmt" exp="" desc=""/>
    <constraint field="rd_sup" exp="" desc=""/>
    <constraint field="rd_built" exp="" desc=""/>
    <constraint field="rd_ind" exp="" desc=""/>
    <constraint field="rd_far" exp="" desc=""/>
    <constraint field="rd_dens" exp="" desc=""/>
    <constraint field="rd_farind" exp="" desc=""/>
    <constraint field="rd_covind" exp="" desc=""/>
    <constraint field="rd_inv" exp="" desc=""/>
    <constraint field="rd_tax" exp="" desc=""/>
    <constraint field="rd_idle" exp="" desc=""/>
    <constraint field="rd_yrs" exp="" desc=""/>
    <constraint field="eval_note" exp="" desc=""/>
    <constraint field="eval_file" exp="" desc=""/>
    <constraint field="eval_asof" exp="" desc=""/>
    <constraint field="ua_flag" exp="" desc=""/>
    <constraint field="ua_mu" exp="" desc=""/>
    <constraint field="ua_code" exp="" desc=""/>
    <constraint field="ua_zone" exp="" desc=""/>
    <constraint field="ua_reason" exp="" desc=""/>
    <constraint field="cm_status" exp="" desc=""/>
    <constraint field="cm_flag" exp="" desc=""/>
    <constraint field="cm_short" exp="" desc=""/>
    <constraint field="cm_penalty" exp="" desc=""/>
    <constraint field="cm_disp" exp="" desc=""/>
    <constraint field="cm_reason" exp="" desc=""/>
    <constraint field="cm_asof" exp="" desc=""/>
    <constraint field="mj_score" exp="" desc=""/>
    <constraint field="mj_class" exp="" desc=""/>
    <constraint field="mj_rank" exp="" desc=""/>
    <constraint field="mj_n" exp="" desc=""/>
    <constraint field="mj_reason" exp="" desc=""/>
    <constraint field="judged" exp="" desc=""/>
  </constraintExpressions>
  <expressionfields/>
  <layerGeometryType>2</layerGeometryType>
</qgis>
