"""The demo council's polling district boundaries: districts.geojson, and the test
positions a location search must answer (expected.json's `locations`).

Each district is the set of points nearer its site than any other district's site (a
Voronoi cell, clipped to the council's rectangle), so the districts never overlap, meet
exactly along shared edges and each holds its own station. A district's site is its
station's location; the two districts without one (AA-N, whose barn has no
coordinates, and AA-Z, whose station is not announced) get a made-up site in their
village. Two districts exercise the rest of the format: AA-H has a hole (a lake that is
in no district) and AA-Q is a multipolygon (an exclave off the council's west edge).
Read by generate.py; Python 3.11 standard library only.
"""

import json
import math

from demo_stations import STATIONS

# The council's rectangle: (south, west, north, east), degrees.
BOUNDS = (52.36, -3.76, 52.68, -3.24)
# Sites for the districts whose station has no location.
EXTRA_SITES = {"AA-N": (52.3985, -3.7080), "AA-Z": (52.5480, -3.6050)}
HOLE_DISTRICT = "AA-H"
# The lake in AA-H: (south, west, north, east). No one lives on it.
LAKE = (52.5650, -3.6300, 52.5690, -3.6200)
MULTI_DISTRICT = "AA-Q"
# AA-Q's exclave, west of the rectangle.
EXCLAVE = (52.3700, -3.7900, 52.3780, -3.7700)
# Longitudes are scaled by the cosine of the middle latitude so cells are fair in metres.
SCALE = math.cos(math.radians((BOUNDS[0] + BOUNDS[2]) / 2))


def sites():
    """[(district, (lat, lon))] in the order of STATIONS, then the extra sites."""
    result = [(s["district"], s["location"]) for s in STATIONS if s.get("location") and not s.get("second_in_district")]
    return result + sorted(EXTRA_SITES.items())


def _xy(lat_lon):
    lat, lon = lat_lon
    return (lon * SCALE, lat)


def _lat_lon(xy):
    return (xy[1], xy[0] / SCALE)


def _clip(polygon, own, other):
    """Keeps the part of a convex polygon nearer `own` than `other` (Sutherland–Hodgman)."""
    mx, my = (own[0] + other[0]) / 2, (own[1] + other[1]) / 2
    dx, dy = other[0] - own[0], other[1] - own[1]

    def side(p):
        return (p[0] - mx) * dx + (p[1] - my) * dy

    result = []
    for i, current in enumerate(polygon):
        previous = polygon[i - 1]
        a, b = side(previous), side(current)
        if (a <= 0) != (b <= 0):
            t = a / (a - b)
            result.append((previous[0] + t * (current[0] - previous[0]), previous[1] + t * (current[1] - previous[1])))
        if b <= 0:
            result.append(current)
    return result


def _rectangle(bounds):
    south, west, north, east = bounds
    # Anticlockwise, as RFC 7946 asks of outer rings.
    return [_xy(p) for p in [(south, west), (south, east), (north, east), (north, west)]]


def _ring(points, clockwise=False):
    """A closed GeoJSON ring of [lon, lat] positions, five decimal places."""
    ring = [[round(lon, 5), round(lat, 5)] for lat, lon in (_lat_lon(p) for p in points)]
    if clockwise:
        ring.reverse()
    return ring + [ring[0]]


def _inside_convex(polygon, point):
    n = len(polygon)
    for i in range(n):
        (x1, y1), (x2, y2) = polygon[i], polygon[(i + 1) % n]
        if (x2 - x1) * (point[1] - y1) - (y2 - y1) * (point[0] - x1) < 0:
            return False
    return True


def cells():
    """{district: convex cell in scaled coordinates, anticlockwise}."""
    all_sites = [(district, _xy(site)) for district, site in sites()]
    result = {}
    for district, own in all_sites:
        cell = _rectangle(BOUNDS)
        for other_district, other in all_sites:
            if other_district != district:
                cell = _clip(cell, own, other)
        result[district] = cell
    return result


def _centroid(cell):
    return (sum(p[0] for p in cell) / len(cell), sum(p[1] for p in cell) / len(cell))


def districts_geojson():
    """The boundaries file, one feature per district, in natural order of ids."""
    features = []
    cell_of = cells()
    lake = _rectangle(LAKE)
    assert all(_inside_convex(cell_of[HOLE_DISTRICT], p) for p in lake), "the lake lies inside its district"
    for district in sorted(cell_of):
        polygons = [[_ring(cell_of[district])]]
        if district == HOLE_DISTRICT:
            polygons[0].append(_ring(lake, clockwise=True))
        if district == MULTI_DISTRICT:
            polygons.append([_ring(_rectangle(EXCLAVE))])
        geometry = (
            {"type": "MultiPolygon", "coordinates": polygons}
            if len(polygons) > 1
            else {"type": "Polygon", "coordinates": polygons[0]}
        )
        features.append({"type": "Feature", "properties": {"id": district}, "geometry": geometry})
    lines = ",\n".join("    " + json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in features)
    return '{\n  "type": "FeatureCollection",\n  "features": [\n' + lines + "\n  ]\n}\n"


def _position(xy):
    lat, lon = _lat_lon(xy)
    return {"lat": round(lat, 5), "lon": round(lon, 5)}


def locations():
    """Test positions for a location search: what each must find (expected.json)."""
    cell_of = cells()
    station_a = next(s for s in STATIONS if s["district"] == "AA-A")
    own = _xy(station_a["location"])
    middle = _centroid(cell_of["AA-A"])
    # A voter a little way from the station, inside the same (convex) district.
    voter = (own[0] + 0.5 * (middle[0] - own[0]), own[1] + 0.5 * (middle[1] - own[1]))
    assert _inside_convex(cell_of["AA-A"], voter)
    unannounced = _centroid(cell_of["AA-Z"])
    lake = _centroid(_rectangle(LAKE))
    south, west, north, _ = BOUNDS
    return {
        "in_district": _position(voter) | {"district": "AA-A", "station_id": station_a["id"]},
        "station_not_announced": _position(unannounced) | {"district": "AA-Z"},
        "in_hole": _position(lake) | {"district": None},
        "in_exclave": _position(_centroid(_rectangle(EXCLAVE))) | {"district": MULTI_DISTRICT, "station_id": "S15"},
        "outside": {"lat": round((south + north) / 2, 5), "lon": round(west - 0.2, 5), "district": None},
        "district_two_stations": _two_stations(cell_of),
    }


def _two_stations(cell_of):
    """A position in AA-R, whose voters are split between two stations inside it."""
    inside = [s for s in STATIONS if s["district"] == "AA-R" and s.get("location")]
    assert len(inside) == 2 and all(_inside_convex(cell_of["AA-R"], _xy(s["location"])) for s in inside)
    (a, b) = (_xy(inside[0]["location"]), _xy(inside[1]["location"]))
    middle = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
    assert _inside_convex(cell_of["AA-R"], middle)
    return _position(middle) | {"district": "AA-R", "station_ids": [s["id"] for s in inside]}
