"""The map's data: visible pilots in a box as GeoJSON, grouped on a grid by the database at
low zoom so the answer stays small whatever the number of pilots."""

import math

from django.db.models import Avg, Count, F, FloatField, Min, Value
from django.db.models.functions import Floor
from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from ppi4cities.core.translation import translated_field

from . import selectors
from .forms import filters_from
from .models import Pilot

MAX_ZOOM = 18
# From this zoom on, every pilot is its own point.
CLUSTER_BELOW_ZOOM = 12
# A grid cell is a quarter of a map tile: 90° wide at zoom 0, half that at each zoom level.
CELL_AT_ZOOM_0 = 90.0
# At high zoom a box holds few pilots; this bounds the answer when someone asks for more.
MAX_POINTS = 2000
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


def _point(longitude, latitude):
    return {"type": "Point", "coordinates": [round(longitude, 6), round(latitude, 6)]}


def _pilot_feature(pilot):
    return {
        "type": "Feature",
        "geometry": _point(pilot.longitude, pilot.latitude),
        "properties": {
            "id": pilot.pk,
            "title": translated_field(pilot, "title", pilot.original_language).text,
            "city": pilot.city,
            "country": pilot.country.code,
            "state": pilot.state,
            "good_practice": pilot.is_good_practice,
            "url": pilot.get_absolute_url(),
        },
    }


def _points(pilots):
    return pilots.select_related(None).only(
        "pk",
        "latitude",
        "longitude",
        "city",
        "country",
        "state",
        "is_good_practice",
        "original_language",
        *[field.name for field in Pilot._meta.fields if field.name.startswith("title_")],
    )


def map_features(pilots, bbox, zoom) -> dict:
    """A FeatureCollection of the pilots in the box: clusters below CLUSTER_BELOW_ZOOM, where a
    grid cell holds more than one pilot, and single pilots everywhere else."""
    west, south, east, north = bbox
    in_box = pilots.filter(
        longitude__gte=west, longitude__lte=east, latitude__gte=south, latitude__lte=north
    ).order_by()
    features = []
    truncated = False
    if zoom < CLUSTER_BELOW_ZOOM:
        cell = Value(cell_size(zoom), output_field=FloatField())
        cells = (
            in_box.annotate(cell_x=Floor(F("longitude") / cell), cell_y=Floor(F("latitude") / cell))
            .values("cell_x", "cell_y")
            .annotate(count=Count("pk"), lon=Avg("longitude"), lat=Avg("latitude"), first=Min("pk"))
            .order_by("cell_x", "cell_y")
        )
        singles = []
        for row in cells:
            if row["count"] == 1:
                singles.append(row["first"])
            else:
                features.append(
                    {
                        "type": "Feature",
                        "geometry": _point(row["lon"], row["lat"]),
                        "properties": {"cluster": True, "count": row["count"]},
                    }
                )
        features.extend(
            _pilot_feature(pilot) for pilot in _points(Pilot.objects.filter(pk__in=singles))
        )
    else:
        points = list(_points(in_box.order_by("pk"))[: MAX_POINTS + 1])
        truncated = len(points) > MAX_POINTS
        features.extend(_pilot_feature(pilot) for pilot in points[:MAX_POINTS])
    collection = {"type": "FeatureCollection", "features": features}
    if truncated:
        collection["truncated"] = True
    return collection


@require_GET
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
