<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis labelsEnabled="1" version="3.22.16-Białowieża" styleCategories="Symbology|Labeling|Fields">
  <renderer-v2 type="graduatedSymbol" referencescale="-1" enableorderby="0" attr="ie_score" graduatedMethod="GraduatedColor" forceraster="0" symbollevels="0">
    <ranges>
      <range lower="0.000000000000000" symbol="0" upper="0.400000000000000" render="true" label="0 – 0.4 严重低效"/>
      <range lower="0.400000000000000" symbol="1" upper="0.700000000000000" render="true" label="0.4 – 0.7 低效"/>
      <range lower="0.700000000000000" symbol="2" upper="0.850000000000000" render="true" label="0.7 – 0.85 达标"/>
      <range lower="0.850000000000000" symbol="3" upper="1.000000000000000" render="true" label="0.85 – 1 良好"/>
    </ranges>
    <symbols>
      <symbol type="fill" force_rhr="0" clip_to_extent="1" alpha="1" name="0">
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
            <Option type="QString" name="color" value="215,25,28,255"/>
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
          <prop k="color" v="215,25,28,255"/>
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
      <symbol type="fill" force_rhr="0" clip_to_extent="1" alpha="1" name="1">
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
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="253,174,97,255"/>
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
      <symbol type="fill" force_rhr="0" clip_to_extent="1" alpha="1" name="2">
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
            <Option type="QString" name="color" value="166,217,106,255"/>
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
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" force_rhr="0" clip_to_extent="1" alpha="1" name="3">
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
            <Option type="QString" name="color" value="26,150,65,255"/>
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
          <prop k="color" v="26,150,65,255"/>
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
    <classificationMethod id="Custom">
      <symmetricMode symmetrypoint="0" astride="0" enabled="0"/>
      <labelFormat labelprecision="4" trimtrailingzeroes="1" format="%1 - %2"/>
      <parameters>
        <Option/>
      </parameters>
      <extraInformation/>
    </classificationMethod>
    <rotation/>
    <sizescale/>
  </renderer-v2>
  <labeling type="simple">
    <settings calloutType="simple">
      <text-style fieldName="coalesce(attribute(@feature, '宗地编号'), attribute(@feature, '地块编号'), attribute(@feature, 'ZDBH'), attribute(@feature, 'DKBH'), attribute(@feature, 'pid'))" fontWeight="50" useSubstitutions="0" capitalization="0" fontSizeMapUnitScale="3x:0,0,0,0,0,0" textOrientation="horizontal" legendString="Aa" textColor="32,32,32,255" fontSize="7" fontUnderline="0" fontStrikeout="0" fontLetterSpacing="0" textOpacity="1" blendMode="0" fontItalic="0" fontWordSpacing="0" fontSizeUnit="Point" previewBkgrdColor="255,255,255,255" fontKerning="1" fontFamily="Noto Sans CJK SC" allowHtml="0" isExpression="1" namedStyle="" multilineHeight="1">
        <families/>
        <text-buffer bufferJoinStyle="128" bufferSize="0.59999999999999998" bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferDraw="1" bufferBlendMode="0" bufferNoFill="1" bufferColor="255,255,255,255" bufferOpacity="1" bufferSizeUnits="MM"/>
        <text-mask maskOpacity="1" maskedSymbolLayers="" maskSizeUnits="MM" maskJoinStyle="128" maskType="0" maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskEnabled="0" maskSize="1.5"/>
        <background shapeDraw="0" shapeRadiiX="0" shapeOpacity="1" shapeRadiiY="0" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeFillColor="255,255,255,255" shapeBorderWidth="0" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeBorderWidthUnit="MM" shapeRotationType="0" shapeSVGFile="" shapeJoinStyle="64" shapeBorderColor="128,128,128,255" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeRotation="0" shapeType="0" shapeOffsetUnit="MM" shapeRadiiUnit="MM" shapeOffsetX="0" shapeSizeX="0" shapeOffsetY="0" shapeSizeY="0" shapeBlendMode="0" shapeSizeUnit="MM" shapeSizeType="0">
          <symbol type="fill" force_rhr="0" clip_to_extent="1" alpha="1" name="fillSymbol">
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
                <Option type="QString" name="color" value="255,255,255,255"/>
                <Option type="QString" name="joinstyle" value="bevel"/>
                <Option type="QString" name="offset" value="0,0"/>
                <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
                <Option type="QString" name="offset_unit" value="MM"/>
                <Option type="QString" name="outline_color" value="128,128,128,255"/>
                <Option type="QString" name="outline_style" value="no"/>
                <Option type="QString" name="outline_width" value="0"/>
                <Option type="QString" name="outline_width_unit" value="MM"/>
                <Option type="QString" name="style" value="solid"/>
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
                  <Option type="QString" name="name" value=""/>
                  <Option name="properties"/>
                  <Option type="QString" name="type" value="collection"/>
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </background>
        <shadow shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowRadiusAlphaOnly="0" shadowOffsetUnit="MM" shadowOffsetGlobal="1" shadowUnder="0" shadowOpacity="0.69999999999999996" shadowColor="0,0,0,255" shadowDraw="0" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowRadius="1.5" shadowScale="100" shadowOffsetAngle="135" shadowBlendMode="6" shadowOffsetDist="1" shadowRadiusUnit="MM"/>
        <dd_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </dd_properties>
        <substitutions/>
      </text-style>
      <text-format placeDirectionSymbol="0" plussign="0" formatNumbers="0" rightDirectionSymbol=">" multilineAlign="3" reverseDirectionSymbol="0" useMaxLineLengthForAutoWrap="1" decimals="3" wrapChar="" autoWrapLength="0" leftDirectionSymbol="&lt;" addDirectionSymbol="0"/>
      <placement placementFlags="10" rotationUnit="AngleDegrees" rotationAngle="0" yOffset="0" xOffset="0" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" overrunDistance="0" geometryGeneratorEnabled="0" layerType="UnknownGeometry" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" lineAnchorClipping="0" placement="1" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" lineAnchorPercent="0.5" geometryGenerator="" maxCurvedCharAngleIn="25" geometryGeneratorType="PointGeometry" preserveRotation="1" distMapUnitScale="3x:0,0,0,0,0,0" quadOffset="4" centroidInside="0" maxCurvedCharAngleOut="-25" overrunDistanceUnit="MM" polygonPlacementFlags="2" distUnits="MM" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" lineAnchorType="0" offsetType="0" repeatDistanceUnits="MM" repeatDistance="0" fitInPolygonOnly="0" centroidWhole="0" dist="0" offsetUnits="MM" priority="5"/>
      <rendering upsidedownLabels="0" unplacedVisibility="0" obstacleType="1" displayAll="0" scaleMin="0" zIndex="0" scaleVisibility="1" minFeatureSize="0" fontLimitPixelSize="0" drawLabels="1" limitNumLabels="0" labelPerPart="0" maxNumLabels="2000" obstacle="1" fontMaxPixelSize="10000" scaleMax="10000" obstacleFactor="1" fontMinPixelSize="0" mergeLines="0"/>
      <dd_properties>
        <Option type="Map">
          <Option type="QString" name="name" value=""/>
          <Option name="properties"/>
          <Option type="QString" name="type" value="collection"/>
        </Option>
      </dd_properties>
      <callout type="simple">
        <Option type="Map">
          <Option type="QString" name="anchorPoint" value="pole_of_inaccessibility"/>
          <Option type="int" name="blendMode" value="0"/>
          <Option type="Map" name="ddProperties">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
          <Option type="bool" name="drawToAllParts" value="false"/>
          <Option type="QString" name="enabled" value="0"/>
          <Option type="QString" name="labelAnchorPoint" value="point_on_exterior"/>
          <Option type="QString" name="lineSymbol" value="&lt;symbol type=&quot;line&quot; force_rhr=&quot;0&quot; clip_to_extent=&quot;1&quot; alpha=&quot;1&quot; name=&quot;symbol&quot;>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; name=&quot;name&quot; value=&quot;&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;type&quot; value=&quot;collection&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;layer class=&quot;SimpleLine&quot; enabled=&quot;1&quot; locked=&quot;0&quot; pass=&quot;0&quot;>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; name=&quot;align_dash_pattern&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;capstyle&quot; value=&quot;square&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;customdash&quot; value=&quot;5;2&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;customdash_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;customdash_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;dash_pattern_offset&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;dash_pattern_offset_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;dash_pattern_offset_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;draw_inside_polygon&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;joinstyle&quot; value=&quot;bevel&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;line_color&quot; value=&quot;60,60,60,255&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;line_style&quot; value=&quot;solid&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;line_width&quot; value=&quot;0.3&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;line_width_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;offset&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;offset_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;offset_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;ring_filter&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_end&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_end_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_end_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_start&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_start_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_start_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;tweak_dash_pattern_on_corners&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;use_custom_dash&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;width_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;/Option>&lt;prop k=&quot;align_dash_pattern&quot; v=&quot;0&quot;/>&lt;prop k=&quot;capstyle&quot; v=&quot;square&quot;/>&lt;prop k=&quot;customdash&quot; v=&quot;5;2&quot;/>&lt;prop k=&quot;customdash_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;customdash_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;dash_pattern_offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;dash_pattern_offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;dash_pattern_offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;draw_inside_polygon&quot; v=&quot;0&quot;/>&lt;prop k=&quot;joinstyle&quot; v=&quot;bevel&quot;/>&lt;prop k=&quot;line_color&quot; v=&quot;60,60,60,255&quot;/>&lt;prop k=&quot;line_style&quot; v=&quot;solid&quot;/>&lt;prop k=&quot;line_width&quot; v=&quot;0.3&quot;/>&lt;prop k=&quot;line_width_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;ring_filter&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_end_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;trim_distance_start&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_start_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_start_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;tweak_dash_pattern_on_corners&quot; v=&quot;0&quot;/>&lt;prop k=&quot;use_custom_dash&quot; v=&quot;0&quot;/>&lt;prop k=&quot;width_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; name=&quot;name&quot; value=&quot;&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;type&quot; value=&quot;collection&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;/layer>&lt;/symbol>"/>
          <Option type="double" name="minLength" value="0"/>
          <Option type="QString" name="minLengthMapUnitScale" value="3x:0,0,0,0,0,0"/>
          <Option type="QString" name="minLengthUnit" value="MM"/>
          <Option type="double" name="offsetFromAnchor" value="0"/>
          <Option type="QString" name="offsetFromAnchorMapUnitScale" value="3x:0,0,0,0,0,0"/>
          <Option type="QString" name="offsetFromAnchorUnit" value="MM"/>
          <Option type="double" name="offsetFromLabel" value="0"/>
          <Option type="QString" name="offsetFromLabelMapUnitScale" value="3x:0,0,0,0,0,0"/>
          <Option type="QString" name="offsetFromLabelUnit" value="MM"/>
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
    <alias name="其中其他工矿(公顷)" field="othind_ha" index="58"/>
    <alias name="达标阈值(%)" field="thresh" index="59"/>
    <alias name="新增建设用地方式的缺口(公顷)" field="def_new_ha" index="60"/>
    <alias name="未识别地类面积(公顷)" field="unk_ha" index="61"/>
    <alias name="未识别地类代码" field="unk_codes" index="62"/>
    <alias name="地类分类方案" field="cls" index="63"/>
    <alias name="参评宗地面积(公顷)" field="scored_ha" index="64"/>
    <alias name="低效工业用地(公顷)" field="lowe_ha" index="65"/>
    <alias name="低效用地占比(%)" field="lowe_pct" index="66"/>
    <alias name="待核实宗地数" field="ie_undet" index="67"/>
    <alias name="亩均税收(万元/亩)" field="tax_mu" index="68"/>
    <alias name="已供地面积(公顷)" field="supp_ha" index="69"/>
    <alias name="闲置土地(公顷)" field="idle_ha" index="70"/>
    <alias name="闲置率(%)" field="idle_pct" index="71"/>
    <alias name="已批面积(公顷)" field="appr_ha" index="72"/>
    <alias name="批而未供率(%)" field="unsup_pct" index="73"/>
    <alias name="标准地未达标(宗)" field="cm_fail_n" index="74"/>
    <alias name="标准地未达标(亩)" field="cm_fail_mu" index="75"/>
    <alias name="标准地履约" field="cm_card" index="76"/>
    <alias name="疑似违法占地(处)" field="ua_n" index="77"/>
    <alias name="疑似违法占地(亩)" field="ua_tot_mu" index="78"/>
    <alias name="疑似违法占地" field="ua_card" index="79"/>
    <alias name="认定类别" field="lp_kind" index="80"/>
    <alias name="类型" field="lp_type" index="81"/>
    <alias name="形成原因" field="lp_cause" index="82"/>
    <alias name="处置措施" field="lp_disp" index="83"/>
    <alias name="面积(亩)" field="lp_areamu" index="84"/>
    <alias name="可开发建设土地(公顷)" field="dev_ha" index="85"/>
    <alias name="已达到供地条件土地(公顷)" field="ready_ha" index="86"/>
    <alias name="已建成城镇建设用地(公顷)" field="built_ha" index="87"/>
    <alias name="近年年均供地(公顷)" field="supyr_ha" index="88"/>
    <alias name="土地供应率(%)" field="sup_rate" index="89"/>
    <alias name="土地建成率(%)" field="built_rate" index="90"/>
    <alias name="综合容积率" field="far_all" index="91"/>
    <alias name="建筑密度(%)" field="bld_dens" index="92"/>
    <alias name="工业用地综合容积率" field="far_ind" index="93"/>
    <alias name="工业用地建筑系数(%)" field="cov_ind" index="94"/>
    <alias name="工业用地地均固定资产投资(万元/公顷)" field="inv_ha" index="95"/>
    <alias name="工业用地地均税收(万元/公顷)" field="tax_ha" index="96"/>
    <alias name="土地闲置率(%)" field="idle_rate" index="97"/>
    <alias name="尚可供地年数" field="yrs_left" index="98"/>
    <alias name="集约度(0-100)" field="score" index="99"/>
    <alias name="扩展潜力(公顷)" field="pot_ext" index="100"/>
    <alias name="强度潜力(公顷)" field="pot_int" index="101"/>
    <alias name="管理潜力(公顷)" field="pot_mgmt" index="102"/>
    <alias name="土地供应率实现度" field="rd_sup" index="103"/>
    <alias name="土地建成率实现度" field="rd_built" index="104"/>
    <alias name="工业用地率实现度" field="rd_ind" index="105"/>
    <alias name="综合容积率实现度" field="rd_far" index="106"/>
    <alias name="建筑密度实现度" field="rd_dens" index="107"/>
    <alias name="工业用地综合容积率实现度" field="rd_farind" index="108"/>
    <alias name="工业用地建筑系数实现度" field="rd_covind" index="109"/>
    <alias name="地均固定资产投资实现度" field="rd_inv" index="110"/>
    <alias name="地均税收实现度" field="rd_tax" index="111"/>
    <alias name="土地闲置率实现度" field="rd_idle" index="112"/>
    <alias name="尚可供地年数实现度" field="rd_yrs" index="113"/>
    <alias name="评价说明" field="eval_note" index="114"/>
    <alias name="评价参数" field="eval_file" index="115"/>
    <alias name="基准日" field="eval_asof" index="116"/>
    <alias name="疑似违法占地标记(1是)" field="ua_flag" index="117"/>
    <alias name="疑似违法占地面积(亩)" field="ua_mu" index="118"/>
    <alias name="地类编码" field="ua_code" index="119"/>
    <alias name="所在园区" field="ua_zone" index="120"/>
    <alias name="疑似违法占地说明" field="ua_reason" index="121"/>
    <alias name="履约状态" field="cm_status" index="122"/>
    <alias name="未达标标记(1未达标/0达标/空其他)" field="cm_flag" index="123"/>
    <alias name="最大差距(%)" field="cm_short" index="124"/>
    <alias name="违约金(万元)" field="cm_penalty" index="125"/>
    <alias name="处置措施" field="cm_disp" index="126"/>
    <alias name="履约核查说明" field="cm_reason" index="127"/>
    <alias name="基准日" field="cm_asof" index="128"/>
    <alias name="亩均效益得分" field="mj_score" index="129"/>
    <alias name="亩均效益分类" field="mj_class" index="130"/>
    <alias name="组内名次" field="mj_rank" index="131"/>
    <alias name="组内参评数" field="mj_n" index="132"/>
    <alias name="亩均效益评价说明" field="mj_reason" index="133"/>
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
  </defaults>
  <constraints>
    <constraint unique_strength="0" exp_strength="0" field="ie_tax" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="ie_taxpt" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="ie_inv" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="ie_invpt" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="ie_far" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="ie_farpt" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="ie_cov" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="ie_covpt" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="ie_areamu" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="ie_score" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="ie_flag" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="ie_type" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="ie_reason" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="ie_std" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="idle_flag" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="idle_days" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="idle_stage" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="idle_basis" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="idle_cause" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="idle_disp" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="idle_alt" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="idle_csq" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="idle_fee" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="idle_conseq" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="idle_gov" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="idle_rsn" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="idle_reason" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="idle_start" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="idle_asof" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="unsup_flag" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="unsup_yrs" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="appr_year" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="unsup_mu" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="unsup_ha" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="unsup_m2" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="inuse_flag" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="unsup_rsn" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="unsup_reason" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="unsup_age" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="appr_age" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="appr_mu" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="unsup_use" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="unsup_asof" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="ind_share" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="share_ok" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="deficit_ha" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="ind_ha" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="base_ha" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="ind_mu" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="base_mu" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="deficit_mu" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="threshold" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="verdict" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="zone_name" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="zone_ha" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="gy_ha" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="ck_ha" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="cc_ha" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="othind_ha" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="thresh" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="def_new_ha" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="unk_ha" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="unk_codes" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="cls" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="scored_ha" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="lowe_ha" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="lowe_pct" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="ie_undet" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tax_mu" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="supp_ha" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="idle_ha" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="idle_pct" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="appr_ha" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="unsup_pct" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="cm_fail_n" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="cm_fail_mu" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="cm_card" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="ua_n" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="ua_tot_mu" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="ua_card" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="lp_kind" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="lp_type" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="lp_cause" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="lp_disp" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="lp_areamu" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="dev_ha" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="ready_ha" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="built_ha" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="supyr_ha" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="sup_rate" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="built_rate" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="far_all" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="bld_dens" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="far_ind" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="cov_ind" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="inv_ha" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="tax_ha" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="idle_rate" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="yrs_left" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="score" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="pot_ext" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="pot_int" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="pot_mgmt" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="rd_sup" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="rd_built" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="rd_ind" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="rd_far" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="rd_dens" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="rd_farind" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="rd_covind" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="rd_inv" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="rd_tax" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="rd_idle" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="rd_yrs" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="eval_note" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="eval_file" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="eval_asof" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="ua_flag" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="ua_mu" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="ua_code" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="ua_zone" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="ua_reason" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="cm_status" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="cm_flag" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="cm_short" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="cm_penalty" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="cm_disp" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="cm_reason" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="cm_asof" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="mj_score" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="mj_class" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="mj_rank" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="mj_n" notnull_strength="0" constraints="0"/>
    <constraint unique_strength="0" exp_strength="0" field="mj_reason" notnull_strength="0" constraints="0"/>
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
    <constraint desc="" field="othind_ha" exp=""/>
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
    <constraint desc="" field="cm_fail_n" exp=""/>
    <constraint desc="" field="cm_fail_mu" exp=""/>
    <constraint desc="" field="cm_card" exp=""/>
    <constraint desc="" field="ua_n" exp=""/>
    <constraint desc="" field="ua_tot_mu" exp=""/>
    <constraint desc="" field="ua_card" exp=""/>
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
    <constraint desc="" field="cm_status" exp=""/>
    <constraint desc="" field="cm_flag" exp=""/>
    <constraint desc="" field="cm_short" exp=""/>
    <constraint desc="" field="cm_penalty" exp=""/>
    <constraint desc="" field="cm_disp" exp=""/>
    <constraint desc="" field="cm_reason" exp=""/>
    <constraint desc="" field="cm_asof" exp=""/>
    <constraint desc="" field="mj_score" exp=""/>
    <constraint desc="" field="mj_class" exp=""/>
    <constraint desc="" field="mj_rank" exp=""/>
    <constraint desc="" field="mj_n" exp=""/>
    <constraint desc="" field="mj_reason" exp=""/>
  </constraintExpressions>
  <expressionfields/>
  <layerGeometryType>2</layerGeometryType>
</qgis>
