"""Open data of the pilots: OCDS releases and release packages, and the list as CSV and
GeoJSON.

Every export keeps the filters of the pilot list (`forms.filters_from`) and shows a person
only the pilots they may see (`permissions.visible_filter`, through the selectors).
"""

import csv
import json

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404, JsonResponse, StreamingHttpResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from ppi4cities.core.translation import translated_field

from . import ocds, selectors
from .forms import filters_from

PACKAGE_SIZE = 500
EXPORT_LIMIT = 10_000


def _ocds_response(data, status=200):
    response = JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})
    response["Content-Disposition"] = "inline"
    return response


def pilots_for_ocds(pilots):
    """What a release shows, fetched in a fixed number of queries."""
    return pilots.prefetch_related("buyers", "suppliers", "documents")


@require_GET
def pilot_release(request, pk):
    """One pilot as an OCDS release; 404 when the person may not see it."""
    pilot = selectors.pilot_visible(pk, request.user)
    if pilot is None:
        raise Http404
    return _ocds_response(ocds.pilot_release(pilot))


@require_GET
def release_package(request):
    """The pilots matching the filters as an OCDS release package, a page at a time."""
    pilots = pilots_for_ocds(
        selectors.pilot_list(filters_from(request.GET), request.user).order_by("pk")
    )
    try:
        page = Paginator(pilots, PACKAGE_SIZE).page(request.GET.get("page", 1))
    except PageNotAnInteger:
        return _ocds_response({"error": _("The page must be a whole number.")}, status=400)
    except EmptyPage:
        page = None
    if page is None or not page.object_list:
        return _ocds_response(
            {"error": _("No pilots match these filters, so there is no release package.")},
            status=404,
        )
    package = ocds.release_package(list(page.object_list), request)
    links = {}
    if page.has_next():
        links["next"] = _page_url(request, page.next_page_number())
    if page.has_previous():
        links["prev"] = _page_url(request, page.previous_page_number())
    if links:
        # The OCDS pagination extension's place for the neighbouring pages.
        package["links"] = links
    return _ocds_response(package)


def _page_url(request, number):
    params = request.GET.copy()
    params["page"] = number
    return f"{settings.SITE_URL}{request.path}?{params.urlencode()}"


class _Echo:
    def write(self, value):
        return value


CSV_HEADER = [
    "id",
    "url",
    "title",
    "country",
    "city",
    "nuts3",
    "latitude",
    "longitude",
    "state",
    "approach",
    "procedure",
    "themes",
    "buyers",
    "suppliers",
    "award_date",
    "contract_value",
    "currency",
    "good_practice",
]


def _exported(request):
    """The pilots of an export with what every row shows, in a fixed number of queries."""
    return selectors.pilot_list(filters_from(request.GET), request.user).prefetch_related(
        "themes", "buyers", "suppliers"
    )[:EXPORT_LIMIT]


def _record(pilot) -> dict:
    """One pilot as the exports show it, keyed by the CSV columns; lists stay lists."""
    return {
        "id": pilot.pk,
        "url": settings.SITE_URL + pilot.get_absolute_url(),
        "title": translated_field(pilot, "title", pilot.original_language).text,
        "country": pilot.country.code,
        "city": pilot.city,
        "nuts3": pilot.nuts3,
        "latitude": pilot.latitude,
        "longitude": pilot.longitude,
        "state": pilot.state,
        "approach": pilot.approach,
        "procedure": pilot.procedure,
        "themes": [theme.code for theme in pilot.themes.all()],
        "buyers": [buyer.name for buyer in pilot.buyers.all()],
        "suppliers": [supplier.name for supplier in pilot.suppliers.all()],
        "award_date": pilot.award_date.isoformat() if pilot.award_date else None,
        "contract_value": pilot.contract_value,
        "currency": pilot.currency,
        "good_practice": pilot.is_good_practice,
    }


def _csv_cell(value):
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ";".join(value)
    return "" if value is None else value


@require_GET
def export_csv(request):
    """The pilot list with its filters as CSV, titles in the reader's language."""
    pilots = _exported(request)
    writer = csv.writer(_Echo())

    def rows():
        yield writer.writerow(CSV_HEADER)
        for pilot in pilots.iterator(chunk_size=500):
            record = _record(pilot)
            yield writer.writerow([_csv_cell(record[column]) for column in CSV_HEADER])

    response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="ppi4cities-pilots.csv"'
    return response


def _feature(pilot) -> str:
    properties = _record(pilot)
    longitude, latitude = properties.pop("longitude"), properties.pop("latitude")
    if properties["contract_value"] is not None:
        properties["contract_value"] = float(properties["contract_value"])
    feature = {
        "type": "Feature",
        "id": pilot.pk,
        "geometry": {"type": "Point", "coordinates": [longitude, latitude]},
        "properties": properties,
    }
    return json.dumps(feature, ensure_ascii=False)


@require_GET
def export_geojson(request):
    """Every pilot matching the list's filters as one GeoJSON point with what the CSV shows
    (unlike the map's data, never grouped and not limited to a box), streamed."""
    pilots = _exported(request)

    def parts():
        yield '{"type": "FeatureCollection", "features": ['
        for number, pilot in enumerate(pilots.iterator(chunk_size=500)):
            yield ("," if number else "") + _feature(pilot)
        yield "]}"

    response = StreamingHttpResponse(parts(), content_type="application/geo+json; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="ppi4cities-pilots.geojson"'
    return response
