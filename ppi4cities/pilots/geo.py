"""The map's data: visible pilots in a box as GeoJSON, grouped on a grid by the database so
that the answer stays small whatever the number of pilots, the box or the zoom."""

import math

from django.conf import settings
from django.db.models import Avg, Case, CharField, Count, F, FloatField, Min, Value, When
from django.db.models.functions import Coalesce, Floor, NullIf
from django.http import JsonResponse
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.gzip import gzip_page
from django.views.decorators.http import require_GET

from . import selectors
from .forms import filters_from
from .models import Pilot

MAX_ZOOM = 18
# From this zoom on, every pilot in the box is its own point, as long as they are few enough.
CLUSTER_BELOW_ZOOM = 12
# A grid cell is a quarter of a map tile: 90° wide at zoom 0, half that at each zoom level.
CELL_AT_ZOOM_0 = 90.0
# At most this many single pilots in an answer at high zoom; a box holding more (a close view
# over a capital) is grouped on the grid instead, so the answer stays under about 150 KB raw.
MAX_POINTS = 500
# At most this many grid cells in a box (a 2048 × 2048-pixel view): a larger box, which no map
# on a screen asks for, is grouped on a coarser grid, so no box can list every pilot.
MAX_CELLS = 1024
WORLD = (-180.0, -90.0, 180.0, 90.0)


class BadRequest(ValueError):
    """A query parameter the map cannot use; the message says what to send instead."""


def parse_bbox(value: str | None) -> tuple[float, float, float, float]:
    """west,south,east,north in degrees, clamped to the world; the whole world when absent."""
    if not value:
        return WORLD
    parts = value.split(",")
    try:
        west, south, east, north = (float(part) for part in parts)
    except ValueError:
        raise BadRequest(
            _("bbox must be four numbers: west,south,east,north in degrees.")
        ) from None
    if not all(math.isfinite(number) for number in (west, south, east, north)):
        raise BadRequest(_("bbox must be four numbers: west,south,east,north in degrees."))
    west, east = max(west, -180.0), min(east, 180.0)
    south, north = max(south, -90.0), min(north, 90.0)
    if west >= east or south >= north:
        raise BadRequest(_("bbox must have west less than east and south less than north."))
    return west, south, east, north


def parse_zoom(value: str | None) -> int:
    if value in (None, ""):
        return 0
    if not value.isdigit() or int(value) > MAX_ZOOM:
        raise BadRequest(_("zoom must be a whole number from 0 to %(max)s.") % {"max": MAX_ZOOM})
    return int(value)


def cell_size(zoom: int) -> float:
    return CELL_AT_ZOOM_0 / 2**zoom


def grid_zoom(bbox, zoom: int) -> int:
    """The zoom whose grid the box is grouped on: `zoom`'s own, or coarser when the box would
    span more than MAX_CELLS cells of it."""
    west, south, east, north = bbox
    while zoom > 0:
        cell = cell_size(zoom)
        if math.ceil((east - west) / cell) * math.ceil((north - south) / cell) <= MAX_CELLS:
            break
        zoom -= 1
    return zoom


def _point(longitude, latitude):
    return {"type": "Point", "coordinates": [round(longitude, 6), round(latitude, 6)]}


POINT_COLUMNS = ["pk", "latitude", "longitude", "city", "country", "state", "is_good_practice"]


def _shown_title():
    """The title as `translated_field` picks it (the active language, else the original one,
    else any), chosen by the database: one column read instead of one per language."""
    codes = [code for code, _name in settings.LANGUAGES]
    active = get_language() or settings.LANGUAGE_CODE
    active = active if active in codes else settings.LANGUAGE_CODE

    def title(code):
        return NullIf(F(f"title_{code}"), Value(""), output_field=CharField())

    original = Case(
        *[When(original_language=code, then=title(code)) for code in codes],
        output_field=CharField(),
    )
    fallbacks = [title(code) for code in dict.fromkeys([settings.LANGUAGE_CODE, *codes])]
    return Coalesce(title(active), original, *fallbacks, Value(""), output_field=CharField())


def _pilot_features(pilots) -> list[dict]:
    """Single pilots as features, read as plain rows: building model instances and reversing
    an address for each took most of the time of a full answer."""
    # The address of any pilot differs from this one only in its number.
    address = reverse("pilots:pilot", args=[1234567890]).replace("1234567890", "{}")
    rows = (
        pilots.order_by("pk")
        .annotate(shown_title=_shown_title())
        .values(*POINT_COLUMNS, "shown_title")
    )
    return [
        {
            "type": "Feature",
            "geometry": _point(row["longitude"], row["latitude"]),
            "properties": {
                "id": row["pk"],
                "title": row["shown_title"],
                "city": row["city"],
                "country": row["country"],
                "state": row["state"],
                "good_practice": row["is_good_practice"],
                "url": address.format(row["pk"]),
            },
        }
        for row in rows
    ]


def map_features(pilots, bbox, zoom) -> dict:
    """A FeatureCollection of the pilots in the box. Below CLUSTER_BELOW_ZOOM, pilots that
    share a grid cell form a cluster and the others are single points; from it on, every
    pilot is a point, unless the box holds more than MAX_POINTS, when the grid applies again.
    Two queries: the grid's counts, then the single pilots."""
    west, south, east, north = bbox
    in_box = pilots.filter(
        longitude__gte=west, longitude__lte=east, latitude__gte=south, latitude__lte=north
    ).order_by()
    cell = Value(cell_size(grid_zoom(bbox, zoom)), output_field=FloatField())
    cells = list(
        in_box.annotate(cell_x=Floor(F("longitude") / cell), cell_y=Floor(F("latitude") / cell))
        .values("cell_x", "cell_y")
        .annotate(count=Count("pk"), lon=Avg("longitude"), lat=Avg("latitude"), first=Min("pk"))
        .order_by("cell_x", "cell_y")
    )
    total = sum(row["count"] for row in cells)
    if zoom >= CLUSTER_BELOW_ZOOM and total <= MAX_POINTS:
        return {"type": "FeatureCollection", "features": _pilot_features(in_box) if total else []}
    features = [
        {
            "type": "Feature",
            "geometry": _point(row["lon"], row["lat"]),
            "properties": {"cluster": True, "count": row["count"]},
        }
        for row in cells
        if row["count"] > 1
    ]
    singles = [row["first"] for row in cells if row["count"] == 1]
    if singles:
        features += _pilot_features(Pilot.objects.filter(pk__in=singles))
    return {"type": "FeatureCollection", "features": features}


@require_GET
@gzip_page
def map_geojson(request):
    """The visible pilots matching the list's filters in `bbox`, clustered for `zoom`."""
    try:
        bbox = parse_bbox(request.GET.get("bbox"))
        zoom = parse_zoom(request.GET.get("zoom"))
    except BadRequest as error:
        return JsonResponse({"error": str(error)}, status=400)
    pilots = selectors.pilot_list(filters_from(request.GET), request.user)
    response = JsonResponse(
        map_features(pilots, bbox, zoom), json_dumps_params={"ensure_ascii": False}
    )
    response["Content-Type"] = "application/geo+json"
    return response
