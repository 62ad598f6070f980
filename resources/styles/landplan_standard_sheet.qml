<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" labelsEnabled="1" styleCategories="Symbology|Labeling|Fields">
  <renderer-v2 attr="coalesce(&quot;sd_src&quot;, '默认阈值')" symbollevels="0" forceraster="0" type="categorizedSymbol" referencescale="-1" enableorderby="0">
    <categories>
      <category render="true" symbol="0" value="附表2-2" label="附表2-2 行业指标"/>
      <category render="true" symbol="1" value="县级指标表" label="县级指标表"/>
      <category render="true" symbol="2" value="县级指标表＋附表2-2" label="县级指标表＋附表2-2"/>
      <category render="true" symbol="3" value="默认阈值" label="默认阈值（行业代码缺失或不在表中）"/>
    </categories>
    <symbols>
      <symbol clip_to_extent="1" alpha="1" type="fill" name="0" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" locked="0" enabled="1" class="SimpleFill">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" type="QString" name="border_width_map_unit_scale"/>
            <Option value="69,117,180,255" type="QString" name="color"/>
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
          <prop k="color" v="69,117,180,255"/>
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
      <symbol clip_to_extent="1" alpha="1" type="fill" name="1" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" locked="0" enabled="1" class="SimpleFill">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" type="QString" name="border_width_map_unit_scale"/>
            <Option value="26,152,80,255" type="QString" name="color"/>
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
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" alpha="1" type="fill" name="2" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" locked="0" enabled="1" class="SimpleFill">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" type="QString" name="border_width_map_unit_scale"/>
            <Option value="145,191,219,255" type="QString" name="color"/>
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
          <prop k="color" v="145,191,219,255"/>
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
      <symbol clip_to_extent="1" alpha="1" type="fill" name="3" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" locked="0" enabled="1" class="SimpleFill">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" type="QString" name="border_width_map_unit_scale"/>
            <Option value="240,240,240,255" type="QString" name="color"/>
            <Option value="bevel" type="QString" name="joinstyle"/>
            <Option value="0,0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="35,35,35,255" type="QString" name="outline_color"/>
            <Option value="no" type="QString" name="outline_style"/>
            <Option value="0.26" type="QString" name="outline_width"/>
            <Option value="MM" type="QString" name="outline_width_unit"/>
            <Option value="solid" type="QString" name="style"/>
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
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
        <layer pass="0" locked="0" enabled="1" class="LinePatternFill">
          <Option type="Map">
            <Option value="45" type="QString" name="angle"/>
            <Option value="127,127,127,255" type="QString" name="color"/>
            <Option value="1.5" type="QString" name="distance"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="distance_map_unit_scale"/>
            <Option value="MM" type="QString" name="distance_unit"/>
            <Option value="0.3" type="QString" name="line_width"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="line_width_map_unit_scale"/>
            <Option value="MM" type="QString" name="line_width_unit"/>
            <Option value="0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
            <Option value="MM" type="QString" name="outline_width_unit"/>
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
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <symbol clip_to_extent="1" alpha="1" type="line" name="@3@1" force_rhr="0">
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option name="properties"/>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
            <layer pass="0" locked="0" enabled="1" class="SimpleLine">
              <Option type="Map">
                <Option value="0" type="QString" name="align_dash_pattern"/>
                <Option value="square" type="QString" name="capstyle"/>
                <Option value="5;2" type="QString" name="customdash"/>
                <Option value="3x:0,0,0,0,0,0" type="QString" name="customdash_map_unit_scale"/>
                <Option value="MM" type="QString" name="customdash_unit"/>
                <Option value="0" type="QString" name="dash_pattern_offset"/>
                <Option value="3x:0,0,0,0,0,0" type="QString" name="dash_pattern_offset_map_unit_scale"/>
                <Option value="MM" type="QString" name="dash_pattern_offset_unit"/>
                <Option value="0" type="QString" name="draw_inside_polygon"/>
                <Option value="bevel" type="QString" name="joinstyle"/>
                <Option value="127,127,127,255" type="QString" name="line_color"/>
                <Option value="solid" type="QString" name="line_style"/>
                <Option value="0.3" type="QString" name="line_width"/>
                <Option value="MM" type="QString" name="line_width_unit"/>
                <Option value="0" type="QString" name="offset"/>
                <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
                <Option value="MM" type="QString" name="offset_unit"/>
                <Option value="0" type="QString" name="ring_filter"/>
                <Option value="0" type="QString" name="trim_distance_end"/>
                <Option value="3x:0,0,0,0,0,0" type="QString" name="trim_distance_end_map_unit_scale"/>
                <Option value="MM" type="QString" name="trim_distance_end_unit"/>
                <Option value="0" type="QString" name="trim_distance_start"/>
                <Option value="3x:0,0,0,0,0,0" type="QString" name="trim_distance_start_map_unit_scale"/>
                <Option value="MM" type="QString" name="trim_distance_start_unit"/>
                <Option value="0" type="QString" name="tweak_dash_pattern_on_corners"/>
                <Option value="0" type="QString" name="use_custom_dash"/>
                <Option value="3x:0,0,0,0,0,0" type="QString" name="width_map_unit_scale"/>
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
                  <Option value="" type="QString" name="name"/>
                  <Option name="properties"/>
                  <Option value="collection" type="QString" name="type"/>
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </layer>
        <layer pass="0" locked="0" enabled="1" class="SimpleFill">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" type="QString" name="border_width_map_unit_scale"/>
            <Option value="0,0,255,255" type="QString" name="color"/>
            <Option value="bevel" type="QString" name="joinstyle"/>
            <Option value="0,0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="127,127,127,255" type="QString" name="outline_color"/>
            <Option value="solid" type="QString" name="outline_style"/>
            <Option value="0.4" type="QString" name="outline_width"/>
            <Option value="MM" type="QString" name="outline_width_unit"/>
            <Option value="no" type="QString" name="style"/>
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
      <text-style fontWeight="50" isExpression="1" textColor="32,32,32,255" fontStrikeout="0" fontItalic="0" textOrientation="horizontal" fontLetterSpacing="0" useSubstitutions="0" blendMode="0" fontUnderline="0" fontFamily="Noto Sans CJK SC" multilineHeight="1" fontSizeMapUnitScale="3x:0,0,0,0,0,0" fontSizeUnit="Point" fontSize="7" fontKerning="1" legendString="Aa" textOpacity="1" fontWordSpacing="0" capitalization="0" previewBkgrdColor="255,255,255,255" fieldName="coalesce(attribute(@feature, '宗地编号'), attribute(@feature, '地块编号'), attribute(@feature, 'ZDBH'), attribute(@feature, 'DKBH'), attribute(@feature, 'pid'))" namedStyle="" allowHtml="0">
        <families/>
        <text-buffer bufferDraw="1" bufferColor="255,255,255,255" bufferOpacity="1" bufferNoFill="1" bufferSize="0.59999999999999998" bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferJoinStyle="128" bufferSizeUnits="MM" bufferBlendMode="0"/>
        <text-mask maskSize="1.5" maskedSymbolLayers="" maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskOpacity="1" maskType="0" maskEnabled="0" maskSizeUnits="MM" maskJoinStyle="128"/>
        <background shapeDraw="0" shapeFillColor="255,255,255,255" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeRotationType="0" shapeRadiiUnit="MM" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeRadiiY="0" shapeJoinStyle="64" shapeBorderWidth="0" shapeSVGFile="" shapeOffsetY="0" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeBorderColor="128,128,128,255" shapeRotation="0" shapeSizeX="0" shapeSizeType="0" shapeOpacity="1" shapeOffsetUnit="MM" shapeType="0" shapeSizeUnit="MM" shapeBorderWidthUnit="MM" shapeSizeY="0" shapeBlendMode="0" shapeRadiiX="0" shapeOffsetX="0">
          <symbol clip_to_extent="1" alpha="1" type="fill" name="fillSymbol" force_rhr="0">
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option name="properties"/>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
            <layer pass="0" locked="0" enabled="1" class="SimpleFill">
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
        <shadow shadowOffsetGlobal="1" shadowDraw="0" shadowOffsetUnit="MM" shadowOpacity="0.69999999999999996" shadowRadiusUnit="MM" shadowRadiusAlphaOnly="0" shadowBlendMode="6" shadowScale="100" shadowUnder="0" shadowOffsetDist="1" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowColor="0,0,0,255" shadowOffsetAngle="135" shadowRadius="1.5" shadowRadiusMapUnitScale="3x:0,0,0,0,0,0"/>
        <dd_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </dd_properties>
        <substitutions/>
      </text-style>
      <text-format decimals="3" formatNumbers="0" placeDirectionSymbol="0" plussign="0" autoWrapLength="0" rightDirectionSymbol=">" addDirectionSymbol="0" leftDirectionSymbol="&lt;" multilineAlign="3" useMaxLineLengthForAutoWrap="1" reverseDirectionSymbol="0" wrapChar=""/>
      <placement geometryGenerator="" repeatDistance="0" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" priority="5" centroidWhole="0" offsetType="0" rotationAngle="0" repeatDistanceUnits="MM" polygonPlacementFlags="2" overrunDistance="0" distMapUnitScale="3x:0,0,0,0,0,0" placementFlags="10" centroidInside="0" lineAnchorType="0" quadOffset="4" preserveRotation="1" fitInPolygonOnly="0" yOffset="0" rotationUnit="AngleDegrees" lineAnchorClipping="0" offsetUnits="MM" placement="1" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" dist="0" xOffset="0" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" maxCurvedCharAngleOut="-25" geometryGeneratorType="PointGeometry" maxCurvedCharAngleIn="25" layerType="UnknownGeometry" distUnits="MM" lineAnchorPercent="0.5" geometryGeneratorEnabled="0" overrunDistanceUnit="MM"/>
      <rendering unplacedVisibility="0" fontLimitPixelSize="0" fontMinPixelSize="0" zIndex="0" drawLabels="1" obstacle="1" displayAll="0" limitNumLabels="0" obstacleType="1" mergeLines="0" maxNumLabels="2000" scaleMin="0" obstacleFactor="1" labelPerPart="0" scaleMax="10000" fontMaxPixelSize="10000" upsidedownLabels="0" scaleVisibility="1" minFeatureSize="0"/>
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
          <Option value="&lt;symbol clip_to_extent=&quot;1&quot; alpha=&quot;1&quot; type=&quot;line&quot; name=&quot;symbol&quot; force_rhr=&quot;0&quot;>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option value=&quot;&quot; type=&quot;QString&quot; name=&quot;name&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option value=&quot;collection&quot; type=&quot;QString&quot; name=&quot;type&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;layer pass=&quot;0&quot; locked=&quot;0&quot; enabled=&quot;1&quot; class=&quot;SimpleLine&quot;>&lt;Option type=&quot;Map&quot;>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;align_dash_pattern&quot;/>&lt;Option value=&quot;square&quot; type=&quot;QString&quot; name=&quot;capstyle&quot;/>&lt;Option value=&quot;5;2&quot; type=&quot;QString&quot; name=&quot;customdash&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;customdash_map_unit_scale&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;customdash_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;dash_pattern_offset&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;dash_pattern_offset_map_unit_scale&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;dash_pattern_offset_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;draw_inside_polygon&quot;/>&lt;Option value=&quot;bevel&quot; type=&quot;QString&quot; name=&quot;joinstyle&quot;/>&lt;Option value=&quot;60,60,60,255&quot; type=&quot;QString&quot; name=&quot;line_color&quot;/>&lt;Option value=&quot;solid&quot; type=&quot;QString&quot; name=&quot;line_style&quot;/>&lt;Option value=&quot;0.3&quot; type=&quot;QString&quot; name=&quot;line_width&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;line_width_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;offset&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;offset_map_unit_scale&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;offset_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;ring_filter&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;trim_distance_end&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;trim_distance_end_map_unit_scale&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;trim_distance_end_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;trim_distance_start&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;trim_distance_start_map_unit_scale&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;trim_distance_start_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;tweak_dash_pattern_on_corners&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;use_custom_dash&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;width_map_unit_scale&quot;/>&lt;/Option>&lt;prop k=&quot;align_dash_pattern&quot; v=&quot;0&quot;/>&lt;prop k=&quot;capstyle&quot; v=&quot;square&quot;/>&lt;prop k=&quot;customdash&quot; v=&quot;5;2&quot;/>&lt;prop k=&quot;customdash_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;customdash_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;dash_pattern_offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;dash_pattern_offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;dash_pattern_offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;draw_inside_polygon&quot; v=&quot;0&quot;/>&lt;prop k=&quot;joinstyle&quot; v=&quot;bevel&quot;/>&lt;prop k=&quot;line_color&quot; v=&quot;60,60,60,255&quot;/>&lt;prop k=&quot;line_style&quot; v=&quot;solid&quot;/>&lt;prop k=&quot;line_width&quot; v=&quot;0.3&quot;/>&lt;prop k=&quot;line_width_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;ring_filter&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_end_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;trim_distance_start&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_start_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_start_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;tweak_dash_pattern_on_corners&quot; v=&quot;0&quot;/>&lt;prop k=&quot;use_custom_dash&quot; v=&quot;0&quot;/>&lt;prop k=&quot;width_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option value=&quot;&quot; type=&quot;QString&quot; name=&quot;name&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option value=&quot;collection&quot; type=&quot;QString&quot; name=&quot;type&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;/layer>&lt;/symbol>" type="QString" name="lineSymbol"/>
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
    <field configurationFlags="None" name="cm_recheck"/>
    <field configurationFlags="None" name="ju_decide"/>
    <field configurationFlags="None" name="ju_reason"/>
    <field configurationFlags="None" name="pp_status"/>
    <field configurationFlags="None" name="pp_quarter"/>
    <field configurationFlags="None" name="pp_due"/>
    <field configurationFlags="None" name="pp_sdate"/>
    <field configurationFlags="None" name="pp_obst"/>
    <field configurationFlags="None" name="pp_unit"/>
    <field configurationFlags="None" name="pp_reason"/>
    <field configurationFlags="None" name="sd_inv"/>
    <field configurationFlags="None" name="sd_far"/>
    <field configurationFlags="None" name="sd_tax"/>
    <field configurationFlags="None" name="sd_n"/>
    <field configurationFlags="None" name="sd_commit"/>
    <field configurationFlags="None" name="sd_years"/>
    <field configurationFlags="None" name="sd_renew"/>
    <field configurationFlags="None" name="sd_src"/>
    <field configurationFlags="None" name="sd_note"/>
    <field configurationFlags="None" name="mj_score"/>
    <field configurationFlags="None" name="mj_class"/>
    <field configurationFlags="None" name="mj_rank"/>
    <field configurationFlags="None" name="mj_n"/>
    <field configurationFlags="None" name="mj_reason"/>
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
    <alias index="129" field="cm_recheck" name="整改期满复核日"/>
    <alias index="130" field="ju_decide" name="已批未供即用处置决定"/>
    <alias index="131" field="ju_reason" name="已批未供即用决定依据"/>
    <alias index="132" field="pp_status" name="供应状态"/>
    <alias index="133" field="pp_quarter" name="计划季度"/>
    <alias index="134" field="pp_due" name="计划供应截止日"/>
    <alias index="135" field="pp_sdate" name="实际供地日期"/>
    <alias index="136" field="pp_obst" name="制约因素"/>
    <alias index="137" field="pp_unit" name="责任单位"/>
    <alias index="138" field="pp_reason" name="拟供地块说明"/>
    <alias index="139" field="sd_inv" name="投资强度(万元/亩)≥"/>
    <alias index="140" field="sd_far" name="容积率≥"/>
    <alias index="141" field="sd_tax" name="亩均税收(万元/亩)≥"/>
    <alias index="142" field="sd_n" name="+N 指标"/>
    <alias index="143" field="sd_commit" name="+1 承诺事项"/>
    <alias index="144" field="sd_years" name="出让年限(年)"/>
    <alias index="145" field="sd_renew" name="续期评估日期"/>
    <alias index="146" field="sd_src" name="指标来源"/>
    <alias index="147" field="sd_note" name="指标说明"/>
    <alias index="148" field="mj_score" name="亩均效益得分"/>
    <alias index="149" field="mj_class" name="亩均效益分类"/>
    <alias index="150" field="mj_rank" name="组内名次"/>
    <alias index="151" field="mj_n" name="组内参评数"/>
    <alias index="152" field="mj_reason" name="亩均效益评价说明"/>
  </aliases>
  <defaults>
    <default applyOnUpdate="0" expression="" field="ie_tax"/>
    <default applyOnUpdate="0" expression="" field="ie_taxpt"/>
    <default applyOnUpdate="0" expression="" field="ie_inv"/>
    <default applyOnUpdate="0" expression="" field="ie_invpt"/>
    <default applyOnUpdate="0" expression="" field="ie_far"/>
    <default applyOnUpdate="0" expression="" field="ie_farpt"/>
    <default applyOnUpdate="0" expression="" field="ie_cov"/>
    <default applyOnUpdate="0" expression="" field="ie_covpt"/>
    <default applyOnUpdate="0" expression="" field="ie_areamu"/>
    <default applyOnUpdate="0" expression="" field="ie_score"/>
    <default applyOnUpdate="0" expression="" field="ie_flag"/>
    <default applyOnUpdate="0" expression="" field="ie_type"/>
    <default applyOnUpdate="0" expression="" field="ie_reason"/>
    <default applyOnUpdate="0" expression="" field="ie_std"/>
    <default applyOnUpdate="0" expression="" field="idle_flag"/>
    <default applyOnUpdate="0" expression="" field="idle_days"/>
    <default applyOnUpdate="0" expression="" field="idle_stage"/>
    <default applyOnUpdate="0" expression="" field="idle_basis"/>
    <default applyOnUpdate="0" expression="" field="idle_cause"/>
    <default applyOnUpdate="0" expression="" field="idle_disp"/>
    <default applyOnUpdate="0" expression="" field="idle_alt"/>
    <default applyOnUpdate="0" expression="" field="idle_csq"/>
    <default applyOnUpdate="0" expression="" field="idle_fee"/>
    <default applyOnUpdate="0" expression="" field="idle_conseq"/>
    <default applyOnUpdate="0" expression="" field="idle_gov"/>
    <default applyOnUpdate="0" expression="" field="idle_rsn"/>
    <default applyOnUpdate="0" expression="" field="idle_reason"/>
    <default applyOnUpdate="0" expression="" field="idle_start"/>
    <default applyOnUpdate="0" expression="" field="idle_asof"/>
    <default applyOnUpdate="0" expression="" field="unsup_flag"/>
    <default applyOnUpdate="0" expression="" field="unsup_yrs"/>
    <default applyOnUpdate="0" expression="" field="appr_year"/>
    <default applyOnUpdate="0" expression="" field="unsup_mu"/>
    <default applyOnUpdate="0" expression="" field="unsup_ha"/>
    <default applyOnUpdate="0" expression="" field="unsup_m2"/>
    <default applyOnUpdate="0" expression="" field="inuse_flag"/>
    <default applyOnUpdate="0" expression="" field="unsup_rsn"/>
    <default applyOnUpdate="0" expression="" field="unsup_reason"/>
    <default applyOnUpdate="0" expression="" field="unsup_age"/>
    <default applyOnUpdate="0" expression="" field="appr_age"/>
    <default applyOnUpdate="0" expression="" field="appr_mu"/>
    <default applyOnUpdate="0" expression="" field="unsup_use"/>
    <default applyOnUpdate="0" expression="" field="unsup_asof"/>
    <default applyOnUpdate="0" expression="" field="ind_share"/>
    <default applyOnUpdate="0" expression="" field="share_ok"/>
    <default applyOnUpdate="0" expression="" field="deficit_ha"/>
    <default applyOnUpdate="0" expression="" field="ind_ha"/>
    <default applyOnUpdate="0" expression="" field="base_ha"/>
    <default applyOnUpdate="0" expression="" field="ind_mu"/>
    <default applyOnUpdate="0" expression="" field="base_mu"/>
    <default applyOnUpdate="0" expression="" field="deficit_mu"/>
    <default applyOnUpdate="0" expression="" field="threshold"/>
    <default applyOnUpdate="0" expression="" field="verdict"/>
    <default applyOnUpdate="0" expression="" field="zone_name"/>
    <default applyOnUpdate="0" expression="" field="zone_ha"/>
    <default applyOnUpdate="0" expression="" field="gy_ha"/>
    <default applyOnUpdate="0" expression="" field="ck_ha"/>
    <default applyOnUpdate="0" expression="" field="cc_ha"/>
    <default applyOnUpdate="0" expression="" field="othind_ha"/>
    <default applyOnUpdate="0" expression="" field="thresh"/>
    <default applyOnUpdate="0" expression="" field="def_new_ha"/>
    <default applyOnUpdate="0" expression="" field="unk_ha"/>
    <default applyOnUpdate="0" expression="" field="unk_codes"/>
    <default applyOnUpdate="0" expression="" field="cls"/>
    <default applyOnUpdate="0" expression="" field="scored_ha"/>
    <default applyOnUpdate="0" expression="" field="lowe_ha"/>
    <default applyOnUpdate="0" expression="" field="lowe_pct"/>
    <default applyOnUpdate="0" expression="" field="ie_undet"/>
    <default applyOnUpdate="0" expression="" field="tax_mu"/>
    <default applyOnUpdate="0" expression="" field="supp_ha"/>
    <default applyOnUpdate="0" expression="" field="idle_ha"/>
    <default applyOnUpdate="0" expression="" field="idle_pct"/>
    <default applyOnUpdate="0" expression="" field="appr_ha"/>
    <default applyOnUpdate="0" expression="" field="unsup_pct"/>
    <default applyOnUpdate="0" expression="" field="cm_fail_n"/>
    <default applyOnUpdate="0" expression="" field="cm_fail_mu"/>
    <default applyOnUpdate="0" expression="" field="cm_card"/>
    <default applyOnUpdate="0" expression="" field="ua_n"/>
    <default applyOnUpdate="0" expression="" field="ua_tot_mu"/>
    <default applyOnUpdate="0" expression="" field="ua_card"/>
    <default applyOnUpdate="0" expression="" field="lp_kind"/>
    <default applyOnUpdate="0" expression="" field="lp_type"/>
    <default applyOnUpdate="0" expression="" field="lp_cause"/>
    <default applyOnUpdate="0" expression="" field="lp_disp"/>
    <default applyOnUpdate="0" expression="" field="lp_areamu"/>
    <default applyOnUpdate="0" expression="" field="dev_ha"/>
    <default applyOnUpdate="0" expression="" field="ready_ha"/>
    <default applyOnUpdate="0" expression="" field="built_ha"/>
    <default applyOnUpdate="0" expression="" field="supyr_ha"/>
    <default applyOnUpdate="0" expression="" field="sup_rate"/>
    <default applyOnUpdate="0" expression="" field="built_rate"/>
    <default applyOnUpdate="0" expression="" field="far_all"/>
    <default applyOnUpdate="0" expression="" field="bld_dens"/>
    <default applyOnUpdate="0" expression="" field="far_ind"/>
    <default applyOnUpdate="0" expression="" field="cov_ind"/>
    <default applyOnUpdate="0" expression="" field="inv_ha"/>
    <default applyOnUpdate="0" expression="" field="tax_ha"/>
    <default applyOnUpdate="0" expression="" field="idle_rate"/>
    <default applyOnUpdate="0" expression="" field="yrs_left"/>
    <default applyOnUpdate="0" expression="" field="score"/>
    <default applyOnUpdate="0" expression="" field="pot_ext"/>
    <default applyOnUpdate="0" expression="" field="pot_int"/>
    <default applyOnUpdate="0" expression="" field="pot_mgmt"/>
    <default applyOnUpdate="0" expression="" field="rd_sup"/>
    <default applyOnUpdate="0" expression="" field="rd_built"/>
    <default applyOnUpdate="0" expression="" field="rd_ind"/>
    <default applyOnUpdate="0" expression="" field="rd_far"/>
    <default applyOnUpdate="0" expression="" field="rd_dens"/>
    <default applyOnUpdate="0" expression="" field="rd_farind"/>
    <default applyOnUpdate="0" expression="" field="rd_covind"/>
    <default applyOnUpdate="0" expression="" field="rd_inv"/>
    <default applyOnUpdate="0" expression="" field="rd_tax"/>
    <default applyOnUpdate="0" expression="" field="rd_idle"/>
    <default applyOnUpdate="0" expression="" field="rd_yrs"/>
    <default applyOnUpdate="0" expression="" field="eval_note"/>
    <default applyOnUpdate="0" expression="" field="eval_file"/>
    <default applyOnUpdate="0" expression="" field="eval_asof"/>
    <default applyOnUpdate="0" expression="" field="ua_flag"/>
    <default applyOnUpdate="0" expression="" field="ua_mu"/>
    <default applyOnUpdate="0" expression="" field="ua_code"/>
    <default applyOnUpdate="0" expression="" field="ua_zone"/>
    <default applyOnUpdate="0" expression="" field="ua_reason"/>
    <default applyOnUpdate="0" expression="" field="cm_status"/>
    <default applyOnUpdate="0" expression="" field="cm_flag"/>
    <default applyOnUpdate="0" expression="" field="cm_short"/>
    <default applyOnUpdate="0" expression="" field="cm_penalty"/>
    <default applyOnUpdate="0" expression="" field="cm_disp"/>
    <default applyOnUpdate="0" expression="" field="cm_reason"/>
    <default applyOnUpdate="0" expression="" field="cm_asof"/>
    <default applyOnUpdate="0" expression="" field="cm_recheck"/>
    <default applyOnUpdate="0" expression="" field="ju_decide"/>
    <default applyOnUpdate="0" expression="" field="ju_reason"/>
    <default applyOnUpdate="0" expression="" field="pp_status"/>
    <default applyOnUpdate="0" expression="" field="pp_quarter"/>
    <default applyOnUpdate="0" expression="" field="pp_due"/>
    <default applyOnUpdate="0" expression="" field="pp_sdate"/>
    <default applyOnUpdate="0" expression="" field="pp_obst"/>
    <default applyOnUpdate="0" expression="" field="pp_unit"/>
    <default applyOnUpdate="0" expression="" field="pp_reason"/>
    <default applyOnUpdate="0" expression="" field="sd_inv"/>
    <default applyOnUpdate="0" expression="" field="sd_far"/>
    <default applyOnUpdate="0" expression="" field="sd_tax"/>
    <default applyOnUpdate="0" expression="" field="sd_n"/>
    <default applyOnUpdate="0" expression="" field="sd_commit"/>
    <default applyOnUpdate="0" expression="" field="sd_years"/>
    <default applyOnUpdate="0" expression="" field="sd_renew"/>
    <default applyOnUpdate="0" expression="" field="sd_src"/>
    <default applyOnUpdate="0" expression="" field="sd_note"/>
    <default applyOnUpdate="0" expression="" field="mj_score"/>
    <default applyOnUpdate="0" expression="" field="mj_class"/>
    <default applyOnUpdate="0" expression="" field="mj_rank"/>
    <default applyOnUpdate="0" expression="" field="mj_n"/>
    <default applyOnUpdate="0" expression="" field="mj_reason"/>
  </defaults>
  <constraints>
    <constraint notnull_strength="0" unique_strength="0" field="ie_tax" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="ie_taxpt" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="ie_inv" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="ie_invpt" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="ie_far" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="ie_farpt" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="ie_cov" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="ie_covpt" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="ie_areamu" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="ie_score" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="ie_flag" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="ie_type" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="ie_reason" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="ie_std" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="idle_flag" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="idle_days" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="idle_stage" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="idle_basis" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="idle_cause" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="idle_disp" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="idle_alt" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="idle_csq" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="idle_fee" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="idle_conseq" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="idle_gov" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="idle_rsn" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="idle_reason" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="idle_start" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="idle_asof" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="unsup_flag" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="unsup_yrs" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="appr_year" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="unsup_mu" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="unsup_ha" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="unsup_m2" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="inuse_flag" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="unsup_rsn" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="unsup_reason" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="unsup_age" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="appr_age" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="appr_mu" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="unsup_use" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="unsup_asof" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="ind_share" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="share_ok" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="deficit_ha" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="ind_ha" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="base_ha" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="ind_mu" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="base_mu" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="deficit_mu" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="threshold" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="verdict" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="zone_name" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="zone_ha" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="gy_ha" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="ck_ha" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="cc_ha" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="othind_ha" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="thresh" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="def_new_ha" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="unk_ha" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="unk_codes" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="cls" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="scored_ha" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="lowe_ha" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="lowe_pct" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="ie_undet" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="tax_mu" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="supp_ha" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="idle_ha" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="idle_pct" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="appr_ha" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="unsup_pct" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="cm_fail_n" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="cm_fail_mu" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="cm_card" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="ua_n" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="ua_tot_mu" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="ua_card" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="lp_kind" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="lp_type" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="lp_cause" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="lp_disp" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="lp_areamu" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="dev_ha" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="ready_ha" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="built_ha" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="supyr_ha" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="sup_rate" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="built_rate" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="far_all" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="bld_dens" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="far_ind" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="cov_ind" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="inv_ha" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="tax_ha" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="idle_rate" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="yrs_left" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="score" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="pot_ext" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="pot_int" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="pot_mgmt" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="rd_sup" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="rd_built" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="rd_ind" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="rd_far" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="rd_dens" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="rd_farind" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="rd_covind" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="rd_inv" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="rd_tax" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="rd_idle" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="rd_yrs" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="eval_note" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="eval_file" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="eval_asof" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="ua_flag" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="ua_mu" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="ua_code" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="ua_zone" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="ua_reason" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="cm_status" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="cm_flag" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="cm_short" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="cm_penalty" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="cm_disp" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="cm_reason" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="cm_asof" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="cm_recheck" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="ju_decide" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="ju_reason" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="pp_status" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="pp_quarter" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="pp_due" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="pp_sdate" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="pp_obst" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="pp_unit" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="pp_reason" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="sd_inv" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="sd_far" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="sd_tax" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="sd_n" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="sd_commit" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="sd_years" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="sd_renew" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="sd_src" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="sd_note" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="mj_score" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="mj_class" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="mj_rank" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="mj_n" constraints="0" exp_strength="0"/>
    <constraint notnull_strength="0" unique_strength="0" field="mj_reason" constraints="0" exp_strength="0"/>
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
    <constraint desc="" field="cm_recheck" exp=""/>
    <constraint desc="" field="ju_decide" exp=""/>
    <constraint desc="" field="ju_reason" exp=""/>
    <constraint desc="" field="pp_status" exp=""/>
    <constraint desc="" field="pp_quarter" exp=""/>
    <constraint desc="" field="pp_due" exp=""/>
    <constraint desc="" field="pp_sdate" exp=""/>
    <constraint desc="" field="pp_obst" exp=""/>
    <constraint desc="" field="pp_unit" exp=""/>
    <constraint desc="" field="pp_reason" exp=""/>
    <constraint desc="" field="sd_inv" exp=""/>
    <constraint desc="" field="sd_far" exp=""/>
    <constraint desc="" field="sd_tax" exp=""/>
    <constraint desc="" field="sd_n" exp=""/>
    <constraint desc="" field="sd_commit" exp=""/>
    <constraint desc="" field="sd_years" exp=""/>
    <constraint desc="" field="sd_renew" exp=""/>
    <constraint desc="" field="sd_src" exp=""/>
    <constraint desc="" field="sd_note" exp=""/>
    <constraint desc="" field="mj_score" exp=""/>
    <constraint desc="" field="mj_class" exp=""/>
    <constraint desc="" field="mj_rank" exp=""/>
    <constraint desc="" field="mj_n" exp=""/>
    <constraint desc="" field="mj_reason" exp=""/>
  </constraintExpressions>
  <expressionfields/>
  <layerGeometryType>2</layerGeometryType>
</qgis>
