"""Fields of another LandPlan output, found for each feature of the layer being checked — the
plumbing behind inputs such as ``SCORED`` / ``PERMU`` / ``COMMITMENTS`` of
``landplan:flagunsupplied`` (已批未供即用).

Two ways to match, chosen by the run:

* **by parcel id** — the id field named for the run exists in both layers; equal values (compared
  as trimmed text, so 12 and "12" match) join; the first feature of the other layer with an id wins;
* **by location** — without an id field: the other layer's feature that contains a point on the
  surface of the checked feature (the first one by feature id when several do). Layers in another
  CRS are reprojected.

A feature that matches nothing gets None for every field. Nothing is decided here.
"""
from qgis.core import QgsFeatureRequest, QgsSpatialIndex

from ..qvariant import py_value
from .geometry import SKIP_GEOMETRY_CHECKS
from .. import compat


def _key(value):
    value = py_value(value)
    if value is None:
        return None
    text = str(value).strip()
    if text.endswith(".0") and text[:-2].lstrip("-").isdigit():
        text = text[:-2]
    return text or None


class ResultLookup:
    """The fields ``names`` (those the other layer has) of ``source``, matched by ``id_field``
    (a field name, or None: by location in ``crs``)."""

    def __init__(self, source, names, id_field, crs, context):
        fields = source.fields()
        self.names = [n for n in names if fields.lookupField(n) >= 0]
        self.id_field = id_field
        idx = [fields.lookupField(n) for n in self.names]
        request = QgsFeatureRequest()
        self.rows_by_key, self.geoms, self.index = {}, {}, None
        if id_field:
            key_idx = fields.lookupField(id_field)
            request.setSubsetOfAttributes(idx + [key_idx])
            request.setFlags(request.flags() | compat.REQUEST_NO_GEOMETRY)
            for feat in source.getFeatures(request, SKIP_GEOMETRY_CHECKS):
                attrs = feat.attributes()
                key = _key(attrs[key_idx])
                if key is not None and key not in self.rows_by_key:
                    self.rows_by_key[key] = [py_value(attrs[i]) for i in idx]
            return
        request.setSubsetOfAttributes(idx)
        if source.sourceCrs() != crs:
            request.setDestinationCrs(crs, context.transformContext())
        self.index = QgsSpatialIndex()
        for feat in source.getFeatures(request, SKIP_GEOMETRY_CHECKS):
            if not feat.hasGeometry():
                continue
            attrs = feat.attributes()
            self.rows_by_key[feat.id()] = [py_value(attrs[i]) for i in idx]
            self.geoms[feat.id()] = feat.geometry()
            self.index.addFeature(feat)

    def rows(self, ids=None, geometries=None):
        """Per feature: the matched feature's values (a list in :attr:`names` order) or None, by
        ``ids`` (raw id values) when matching by id, else by the ``geometries`` (QgsGeometry or None)."""
        if self.index is None:
            return [self.rows_by_key.get(_key(v)) for v in ids]
        found = []
        for geom in geometries:
            hit = None
            if geom is not None and not geom.isEmpty():
                point = geom.pointOnSurface()
                for fid in sorted(self.index.intersects(point.boundingBox())):
                    if self.geoms[fid].contains(point):
                        hit = self.rows_by_key[fid]
                        break
            found.append(hit)
        return found

    def columns(self, ids=None, geometries=None):
        """{field: list of values}, one per feature (None where nothing matched; see :meth:`rows`)."""
        found = self.rows(ids, geometries)
        return {name: [None if row is None else row[j] for row in found] for j, name in enumerate(self.names)}
