"""Reading a Processing source in batches of columns for a columnar core function, and writing the
results back through a Processing sink.

:func:`read_batches` streams features (checking cancel, setting progress), repairs each geometry
once (``base.repair_geometry``), measures its area when asked, and hands out :class:`Batch`
objects: the raw attribute values per role as Python lists (QGIS NULL → None), the geometry
facts the core needs, and — for the sink path — the features themselves. :class:`SinkWriter`
appends a batch's output columns to its features and writes them.

The core's float columns hold NaN for NULL, also in an integer field (1.0 / 0.0 / NaN for a flag):
the writer hands those to QGIS as ints and None.
"""
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from qgis.core import QgsFeatureRequest, QgsFeatureSink
from qgis.PyQt.QtCore import QVariant

from .. import compat
from .geometry import repair_geometry, SKIP_GEOMETRY_CHECKS

BATCH_SIZE = 5000
PROGRESS_EVERY = 1000


@dataclass
class Batch:
    n: int
    fids: List[int]
    columns: Dict[str, list]
    geom_empty: object  # numpy bool array (None: the geometries were not looked at)
    geom_area_m2: Optional[object]  # numpy float array
    #: row → the repair note of its geometry
    geom_note: Dict[int, str] = field(default_factory=dict)
    #: row → repaired geometry (QgsGeometry)
    repaired: Dict[int, object] = field(default_factory=dict)
    #: the features read and their attribute lists (only when asked for: the sink path writes them back)
    features: Optional[list] = None
    attributes: Optional[list] = None


def _py(v):
    if isinstance(v, QVariant):
        return None if v.isNull() else v.value()
    return v


def read_batches(source, indexes, feedback, measurer=None, keep_features=False, progress=(0.0, 100.0),
                 size=BATCH_SIZE, check_type=None, only=None, geometry=True, repair=True):
    """Yield :class:`Batch` es of ``size`` features of ``source``.

    ``indexes``: role → field index of the attributes to hand out; ``measurer``: an
    ``AreaMeasurer`` when areas of the (repaired) geometries are needed; ``keep_features``: keep
    the QgsFeatures (all attributes are then read, else only ``indexes``); ``progress``:
    (start, span) in percent. ``check_type``: a wkb type; a NULL geometry or one of another type
    is handed out in ``repaired`` too (so a writer that copies geometries can rewrite it). ``only``:
    the ids of the features to read, handed out in that order (None: all); ``geometry=False``: read
    no geometry (nothing is repaired or measured; ``geom_empty`` is all True). ``repair=False``:
    geometries are taken as they are (an output that keeps the input's geometry); then, without
    ``measurer`` and ``check_type``, they are not looked at (``geom_empty`` is None; without
    ``keep_features`` they are not even read). Stops quietly when the run is cancelled (the caller
    checks ``feedback.isCanceled()``).
    """
    import numpy as np
    request = QgsFeatureRequest()
    look = repair or measurer is not None or check_type is not None
    if not keep_features:
        request.setSubsetOfAttributes(sorted(set(indexes.values())))
        if not look:
            request.setFlags(request.flags() | compat.REQUEST_NO_GEOMETRY)
    if not geometry:
        request.setFlags(request.flags() | compat.REQUEST_NO_GEOMETRY)
    total = len(only) if only is not None else (source.featureCount() or 0)
    start, span = progress
    step = span / total if total > 0 else 0.0
    roles = list(indexes.items())
    feats, fids, attrs, empty, areas, notes, repaired = [], [], [], [], [], {}, {}
    done = 0
    for feat in _features(source, request, only, size):
        if feedback.isCanceled():
            return
        if not geometry:
            empty.append(True)
        elif look:
            geom, note = repair_geometry(feat.geometry()) if repair else (feat.geometry(), None)
            row = len(fids)
            if note:
                notes[row] = note
                repaired[row] = geom
                if keep_features:
                    feat.setGeometry(geom)
            is_empty = geom.isNull() or geom.isEmpty()
            if check_type is not None and row not in repaired and (geom.isNull() or geom.wkbType() != check_type):
                repaired[row] = geom  # a writer copying geometries rewrites these as the sink would
            empty.append(is_empty)
            if measurer is not None:
                areas.append(np.nan if is_empty else measurer.measureArea(geom))
        fids.append(feat.id())
        attrs.append(feat.attributes())
        if keep_features:
            feats.append(feat)
        done += 1
        if done % PROGRESS_EVERY == 0:
            feedback.setProgress(start + done * step)
        if len(fids) >= size:
            yield _batch(roles, fids, attrs, empty if look else None, areas, measurer, notes, repaired,
                         feats if keep_features else None)
            feats, fids, attrs, empty, areas, notes, repaired = [], [], [], [], [], {}, {}
    if fids and not feedback.isCanceled():
        yield _batch(roles, fids, attrs, empty if look else None, areas, measurer, notes, repaired,
                     feats if keep_features else None)


def _features(source, request, only, size):
    """The source's features; with ``only``, those ids in that order (a fid filter hands them out in
    no particular order: each chunk of ids is fetched, then put in order)."""
    if only is None:
        yield from source.getFeatures(request, SKIP_GEOMETRY_CHECKS)
        return
    ids = list(only)
    for start in range(0, len(ids), size):
        chunk = ids[start:start + size]
        position = {fid: i for i, fid in enumerate(chunk)}
        request.setFilterFids(chunk)
        yield from sorted(source.getFeatures(request, SKIP_GEOMETRY_CHECKS), key=lambda f: position[f.id()])


def _batch(roles, fids, attrs, empty, areas, measurer, notes, repaired, feats):
    import numpy as np
    columns = {}
    for role, idx in roles:
        columns[role] = [_py(a[idx]) for a in attrs]
    return Batch(n=len(fids), fids=fids, columns=columns,
                 geom_empty=np.array(empty, dtype=bool) if empty is not None else None,
                 geom_area_m2=np.array(areas, dtype=np.float64) if measurer is not None else None,
                 geom_note=notes, repaired=repaired, features=feats, attributes=attrs if feats is not None else None)


def column_lists(out, names, int_names=()):
    """Output columns as Python lists with None for NULL, in ``names`` order; a float column whose
    name is in ``int_names`` (an integer field) as ints."""
    lists = []
    for name in names:
        col = out[name]
        items = col.tolist()
        if col.dtype.kind == "f":
            if name in int_names:
                items = [None if v != v else int(v) for v in items]
            else:
                items = [None if v != v else v for v in items]
        lists.append(items)
    return lists


class SinkWriter:
    """Writes batches through a Processing sink: the kept input attributes + the output columns.
    ``close()`` drops the sink (which closes the file, so a style can be stored in it).

    ``names``: the output fields, in order, each taken from the batch's output columns or, when
    in ``constants`` (name → value), the same value on every row (e.g. a run's reference date)."""

    def __init__(self, sink, dest_id, out_fields, kept, input_count, names, constants=None):
        from .. import compat
        self.sink = sink
        self.dest_id = dest_id
        self.out_fields = out_fields
        self.kept = None if len(kept) == input_count else list(kept)
        self.names = list(names)
        self.constants = dict(constants or {})
        self.int_names = set()
        for name in self.names:
            idx = out_fields.lookupField(name)
            try:
                if idx >= 0 and compat.type_kind(out_fields.at(idx).type()) in ("int", "int64"):
                    self.int_names.add(name)
            except ValueError:  # a type LandPlan does not write: handed over as it is
                pass

    def write(self, batch, out, geometries=None):
        """Append ``out`` (the core's columns for ``batch``) to the batch's features and write
        them. ``geometries``: row → the geometry to write instead of the feature's (an empty
        QgsGeometry for none)."""
        computed = [n for n in self.names if n not in self.constants]
        lists = dict(zip(computed, column_lists(out, computed, self.int_names)))
        columns = [lists[n] if n in lists else [self.constants[n]] * batch.n for n in self.names]
        kept = self.kept
        read = batch.attributes
        for i, feat in enumerate(batch.features):
            attrs = read[i] if read is not None else feat.attributes()
            row = attrs if kept is None else [attrs[j] for j in kept]
            row.extend(col[i] for col in columns)
            # reuse the feature read (same id and geometry): cheaper than building a new one
            feat.setFields(self.out_fields, False)
            feat.setAttributes(row)
        if geometries:
            for i, geom in geometries.items():
                batch.features[i].setGeometry(geom)
        self.sink.addFeatures(batch.features, QgsFeatureSink.Flag.FastInsert)

    def close(self, feedback=None):
        self.sink = None

    def abort(self):
        """Nothing to undo here: a sink's partial file is handled as by any Processing algorithm."""
