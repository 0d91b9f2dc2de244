"""Open data of the pilots: OCDS releases and release packages, and the CSV of the list.

Every export keeps the filters of the pilot list (`forms.filters_from`) and shows a person
only the pilots they may see (`permissions.visible_filter`, through the selectors).
"""

import csv

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


@require_GET
def export_csv(request):
    """The pilot list with its filters as CSV, titles in the reader's language."""
    pilots = selectors.pilot_list(filters_from(request.GET), request.user).prefetch_related(
        "themes", "buyers", "suppliers"
    )
    writer = csv.writer(_Echo())

    def rows():
        yield writer.writerow(CSV_HEADER)
        for pilot in pilots[:EXPORT_LIMIT].iterator(chunk_size=500):
            yield writer.writerow(
                [
                    pilot.pk,
                    settings.SITE_URL + pilot.get_absolute_url(),
                    translated_field(pilot, "title", pilot.original_language).text,
                    pilot.country.code,
                    pilot.city,
                    pilot.nuts3,
                    pilot.latitude,
                    pilot.longitude,
                    pilot.state,
                    pilot.approach,
                    pilot.procedure,
                    ";".join(theme.code for theme in pilot.themes.all()),
                    ";".join(buyer.name for buyer in pilot.buyers.all()),
                    ";".join(supplier.name for supplier in pilot.suppliers.all()),
                    pilot.award_date.isoformat() if pilot.award_date else "",
                    pilot.contract_value if pilot.contract_value is not None else "",
                    pilot.currency,
                    "yes" if pilot.is_good_practice else "no",
                ]
            )

    response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="ppi4cities-pilots.csv"'
    return response
