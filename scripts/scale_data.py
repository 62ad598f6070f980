"""Synthetic province-size layers for the distributed engine's benchmark and cluster tests (run in
.venv-scale): industrial parcels on a grid, land-use polygons and development zones.

    python scripts/scale_data.py parcels 1000000 out/parcels_1m.gpkg
    python scripts/scale_data.py landuse 1000000 out/landuse_1m.gpkg --zones out/zones_100.gpkg

Deterministic (a fixed random state). Numbers are Real fields with about 1 % NULLs and 3 % stopped production
(as scripts/bench.py's parcels for the QGIS benchmarks); ``messy=True`` stores 亩均税收 as text with
placeholders and thousands separators instead. CRS EPSG:4547.
"""
import argparse
import os

import numpy as np

X0, Y0 = 400000.0, 3800000.0
CRS = "EPSG:4547"


def parcels(n, random_state=1, messy=False):
    """``n`` square parcels (60–240 m side) on a grid, with the scoring and idle-land fields."""
    import geopandas as gpd
    import pandas as pd
    import shapely
    rng = np.random.default_rng(random_state)
    side = int(np.ceil(np.sqrt(n)))
    i = np.arange(n)
    x = X0 + (i % side) * 250.0
    y = Y0 + (i // side) * 250.0
    size = rng.uniform(60.0, 240.0, n)
    geoms = shapely.box(x, y, x + size, y + size)
    area = size * size
    tax = np.round(rng.gamma(2.0, 1.2, n), 3)
    tax_text = tax.astype(object)
    odd = rng.random(n)
    tax_text[odd < 0.005] = "N/A"
    tax_text[(odd >= 0.005) & (odd < 0.01)] = None
    mix = (odd >= 0.01) & (odd < 0.015)
    tax_text[mix] = ["{:,.2f}".format(v) for v in tax[mix]]
    status = np.where(rng.random(n) < 0.03, "停产", "正常").astype(object)
    agreed = pd.Timestamp("2018-01-01") + pd.to_timedelta(rng.integers(0, 2000, n), unit="D")
    started = rng.random(n) < 0.8
    actual = np.where(started, (agreed + pd.to_timedelta(rng.integers(-100, 700, n), unit="D")).strftime("%Y-%m-%d"),
                      None)
    df = pd.DataFrame({
        "宗地编号": np.char.add("ZD", i.astype(str)).astype(object),
        "亩均税收": [None if v is None else str(v) for v in tax_text] if messy else
        np.where(odd < 0.01, np.nan, tax),
        "投资强度": np.round(rng.gamma(4.0, 40.0, n), 2),
        "容积率": np.round(rng.uniform(0.2, 2.0, n), 3),
        "建筑系数": np.round(rng.uniform(20.0, 70.0, n), 2),
        "用地面积": np.round(area, 2),
        "生产状态": status,
        "约定动工日期": agreed.date,
        "实际动工日期": actual,
        "已开发面积比例": np.round(rng.random(n), 3),
        "已投资比例": np.round(rng.random(n), 3),
    })
    return gpd.GeoDataFrame(df, geometry=geoms, crs=CRS)


LANDUSE_CODES = np.array(["0601", "0601", "0602", "0508", "0701", "0702", "05H1", "0810", "1001", "0101", "0103",
                          "0301", "1101", "0809", "1202"], dtype=object)


def landuse(n, random_state=2, n_zones=100):
    """``n`` land-use polygons (a grid of 80 m cells, slightly irregular) and ``n_zones`` zones
    (squares of a few hundred cells, some crossing cell edges) over the same area."""
    import geopandas as gpd
    import pandas as pd
    import shapely
    rng = np.random.default_rng(random_state)
    side = int(np.ceil(np.sqrt(n)))
    i = np.arange(n)
    cell = 80.0
    x = X0 + (i % side) * cell
    y = Y0 + (i // side) * cell
    jitter = rng.uniform(-8.0, 8.0, n)
    geoms = shapely.polygons(np.stack([
        np.stack([x, y], 1), np.stack([x + cell, y], 1), np.stack([x + cell + jitter, y + cell], 1),
        np.stack([x, y + cell], 1), np.stack([x, y], 1)], 1))
    codes = LANDUSE_CODES[rng.integers(0, len(LANDUSE_CODES), n)]
    lu = gpd.GeoDataFrame(pd.DataFrame({"BSM": i.astype(str).astype(object), "DLBM": codes,
                                        "TBDLMJ": np.round(shapely.area(geoms) * 0.995, 2)}),
                          geometry=geoms, crs=CRS)
    extent = side * cell
    zs = int(np.ceil(np.sqrt(n_zones)))
    step = extent / zs
    zx = X0 + (np.arange(n_zones) % zs) * step + step * 0.1
    zy = Y0 + (np.arange(n_zones) // zs) * step + step * 0.1
    zones = shapely.box(zx, zy, zx + step * 0.7 + 13.0, zy + step * 0.7 + 7.0)
    z = gpd.GeoDataFrame(pd.DataFrame({"园区名称": ["园区%03d" % k for k in range(n_zones)]}), geometry=zones, crs=CRS)
    return z, lu


def write(gdf, path, layer=None):
    """GeoPackage (.gpkg, one layer) or GeoParquet (.parquet file / directory of parts)."""
    if os.path.exists(path):
        if os.path.isdir(path):
            import shutil
            shutil.rmtree(path)
        else:
            os.remove(path)
    if path.endswith(".gpkg"):
        import pyogrio
        pyogrio.write_dataframe(gdf, path, layer=layer or os.path.splitext(os.path.basename(path))[0],
                                driver="GPKG", use_arrow=True, dataset_options={"VERSION": "1.2"})
    elif path.endswith(".parquet"):
        gdf.to_parquet(path, index=False, row_group_size=100_000)
    else:
        os.makedirs(path)
        step = 250_000
        for k, start in enumerate(range(0, len(gdf), step)):
            gdf.iloc[start:start + step].to_parquet(os.path.join(path, "part.%05d.parquet" % k), index=False)
    return path


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("kind", choices=("parcels", "landuse"))
    ap.add_argument("n", type=int)
    ap.add_argument("output")
    ap.add_argument("--zones", help="landuse: where to write the zones")
    ap.add_argument("--n-zones", type=int, default=100)
    args = ap.parse_args()
    if args.kind == "parcels":
        write(parcels(args.n), args.output)
    else:
        z, lu = landuse(args.n, n_zones=args.n_zones)
        write(lu, args.output)
        if args.zones:
            write(z, args.zones)


if __name__ == "__main__":
    main()
