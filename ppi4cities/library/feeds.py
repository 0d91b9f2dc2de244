"""Open formats of the library: an Atom feed and a CSV export that keep the active filters."""

import csv

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import StreamingHttpResponse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from ppi4cities.core.translation import translated_field

from . import selectors
from .forms import filters_from

FEED_SIZE = 50
EXPORT_LIMIT = 10_000


class NewResourcesFeed(Feed):
    """The newest published resources matching the filters in the query string."""

    feed_type = Atom1Feed

    def get_object(self, request):
        filters = filters_from(request.GET)
        filters.sort = "-published"
        self.query_string = request.GET.urlencode()
        return filters

    def title(self, filters):
        return _("PPI4Cities library: new resources")

    def link(self, filters):
        return f"/library/?{self.query_string}" if self.query_string else "/library/"

    def subtitle(self, filters):
        # One translatable sentence, shared with the library page.
        return _(
            "Guidance, templates, case studies and reports for every stage of innovation procurement."  # noqa: E501
        )

    def items(self, filters):
        # Feeds are public: only published resources, whoever asks.
        return selectors.resource_list(filters, None)[:FEED_SIZE]

    def item_title(self, item):
        return translated_field(item, "title", item.original_language).text

    def item_description(self, item):
        return translated_field(item, "summary", item.original_language).text

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        return item.organisation.name if item.organisation else None


class _Echo:
    def write(self, value):
        return value


def export_csv(request):
    """The current result list as CSV, with what a spreadsheet needs to follow up."""
    filters = filters_from(request.GET)
    resources = selectors.resource_list(filters, request.user).prefetch_related("facets")
    writer = csv.writer(_Echo())
    header = [
        "id",
        "url",
        "title",
        "language",
        "type",
        "year",
        "organisation",
        "status",
        "themes",
        "stages",
        "procedures",
        "legal_frameworks",
        "languages",
        "licence",
        "published",
    ]

    def rows():
        yield writer.writerow(header)
        for resource in resources.iterator(limit=EXPORT_LIMIT, chunk_size=500):
            facets = {}
            for item in resource.facets.all():
                facets.setdefault(item.facet, []).append(item.value)
            title = translated_field(resource, "title", resource.original_language)
            yield writer.writerow(
                [
                    resource.pk,
                    settings.SITE_URL + resource.get_absolute_url(),
                    title.text,
                    title.language,
                    resource.kind,
                    resource.year or "",
                    resource.organisation.name if resource.organisation else "",
                    resource.status,
                    ";".join(facets.get("theme", [])),
                    ";".join(facets.get("stage", [])),
                    ";".join(facets.get("procedure", [])),
                    ";".join(facets.get("country", [])),
                    ";".join(facets.get("language", [])),
                    resource.licence,
                    resource.published_at.isoformat() if resource.published_at else "",
                ]
            )

    response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="ppi4cities-library.csv"'
    return response
