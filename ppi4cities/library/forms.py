"""Forms of the library: the search and its filters, submissions, and moderation decisions."""

import re
from urllib.parse import urlsplit

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from ppi4cities.accounts.models import Organisation
from ppi4cities.core.vocabularies import SPOKEN_LANGUAGES, ThemeCode

from .models import Collection, Resource
from .selectors import (
    SORTS,
    LibraryFilters,
    collection_texts,
    collections_without_resource,
    proposed_files,
)
from .services import FEEDBACK_COMMENT_MAX, facet_choices
from .vocabularies import Facet, Licence, Procedure, ResourceType, Stage

MAX_QUERY = 200
MAX_FILES = 10
LINK_TITLE_MAX = 200


def filters_from(params) -> LibraryFilters:
    """The valid part of a query string; unknown values are ignored rather than refused."""
    kinds = [k for k in params.getlist("type") if k in ResourceType.values]
    years = []
    for value in params.getlist("year"):
        if value.isdigit() and 1990 <= int(value) <= 2100:
            years.append(int(value))
    values = {}
    for facet in Facet.values:
        allowed = facet_choices(facet)
        chosen = [v for v in params.getlist(facet) if v in allowed]
        if chosen:
            values[facet] = chosen
    sort = params.get("sort", "relevance")
    return LibraryFilters(
        q=(params.get("q") or "").strip()[:MAX_QUERY],
        kinds=kinds,
        years=years,
        values=values,
        sort=sort if sort in SORTS else "relevance",
    )


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(**kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else ([data] if data else [])
        if len(files) > MAX_FILES:
            raise ValidationError(_("Attach at most 10 files."))
        return [super(MultipleFileField, self).clean(item, initial) for item in files]


class ResourceForm(forms.Form):
    """A submission or edit. Texts are in the original language; translations are optional."""

    organisation = forms.ModelChoiceField(
        label=_("On behalf of"), queryset=Organisation.objects.none()
    )
    kind = forms.ChoiceField(
        label=_("Type"), choices=[("", _("Choose a type")), *ResourceType.choices]
    )
    original_language = forms.ChoiceField(
        label=_("Language of the text"), choices=settings.LANGUAGES
    )
    title = forms.CharField(label=_("Title"), max_length=250)
    summary = forms.CharField(
        label=_("Summary"), max_length=1500, widget=forms.Textarea(attrs={"rows": 3})
    )
    body = forms.CharField(
        label=_("Text"),
        required=False,
        max_length=50000,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_("Markdown: **bold**, *italic*, lists with -, links as [text](https://…)."),
    )
    themes = forms.MultipleChoiceField(
        label=_("Themes"),
        choices=ThemeCode.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    stages = forms.MultipleChoiceField(
        label=_("PPI stages"),
        choices=Stage.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    procedures = forms.MultipleChoiceField(
        label=_("Procedures"),
        choices=Procedure.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    countries = forms.CharField(
        label=_("Legal frameworks"),
        required=False,
        max_length=200,
        help_text=_("Country codes separated by commas (LT, EE, FI …), or EU for EU-wide."),
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages of the material"),
        choices=SPOKEN_LANGUAGES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    year = forms.IntegerField(label=_("Year"), required=False, min_value=1990, max_value=2100)
    licence = forms.ChoiceField(label=_("Licence"), choices=Licence.choices)
    authors = forms.CharField(label=_("Authors"), required=False, max_length=300)
    cpv_codes = forms.CharField(
        label=_("CPV codes"),
        required=False,
        max_length=300,
        help_text=_("Separated by commas, for example 34144900-7."),
    )
    version_label = forms.CharField(
        label=_("Version"),
        required=False,
        max_length=40,
        help_text=_("For example 2.0 or 2025 edition, when the resource has several versions."),
    )
    links = forms.CharField(
        label=_("Links"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "One address per line. To give a link a title, write it after the address: "
            "https://example.org/guide Procurement guide."
        ),
    )
    files = MultipleFileField(
        label=_("Files"),
        required=False,
        help_text=_("PDF, DOCX, XLSX, PPTX, ODT or ODS, at most 20 MB each."),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = Organisation.objects.filter(
            memberships__user=user
        ).order_by("name")

    # Browsers send a text area's line breaks as CRLF; keep the texts as they were written, so
    # that an unchanged text compares equal.
    def clean_summary(self):
        return self.cleaned_data["summary"].replace("\r\n", "\n")

    def clean_body(self):
        return self.cleaned_data["body"].replace("\r\n", "\n")

    def clean_countries(self):
        codes = [c.strip().upper() for c in self.cleaned_data["countries"].split(",") if c.strip()]
        allowed = facet_choices(Facet.COUNTRY)
        unknown = [code for code in codes if code not in allowed]
        if unknown:
            raise ValidationError(
                _("Unknown country codes: %(codes)s.") % {"codes": ", ".join(unknown)}
            )
        return codes

    def clean_cpv_codes(self):
        return [c.strip() for c in self.cleaned_data["cpv_codes"].split(",") if c.strip()]

    def clean_links(self):
        field = forms.URLField(assume_scheme="https")
        links = []
        for line in self.cleaned_data["links"].splitlines():
            if line.strip():
                address, _space, title = line.strip().partition(" ")
                if len(title.strip()) > LINK_TITLE_MAX:
                    raise ValidationError(
                        _("Keep each link title under %(limit)d characters.")
                        % {"limit": LINK_TITLE_MAX}
                    )
                links.append({"url": field.clean(address), "title": title.strip()})
        return links

    def service_arguments(self) -> dict:
        data = self.cleaned_data
        return {
            "data": {
                "kind": data["kind"],
                "original_language": data["original_language"],
                "year": data.get("year"),
                "licence": data["licence"],
                "authors": data.get("authors", ""),
                "cpv_codes": data.get("cpv_codes", []),
                "version_label": data.get("version_label", ""),
            },
            "texts": {
                data["original_language"]: {
                    "title": data["title"],
                    "summary": data["summary"],
                    "body": data.get("body", ""),
                }
            },
            "facets": {
                Facet.THEME: data.get("themes", []),
                Facet.STAGE: data.get("stages", []),
                Facet.PROCEDURE: data.get("procedures", []),
                Facet.COUNTRY: data.get("countries", []),
                Facet.LANGUAGE: data.get("languages", []),
            },
            "links": data.get("links", []),
            "files": data.get("files", []),
        }


class DecisionForm(forms.Form):
    DECISIONS = [
        ("approve", _("Approve and publish")),
        ("changes", _("Ask for changes")),
        ("reject", _("Reject")),
    ]
    decision = forms.ChoiceField(label=_("Decision"), choices=DECISIONS, widget=forms.RadioSelect)
    message = forms.CharField(
        label=_("Message to the author"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Required when you ask for changes or reject."),
    )

    def clean(self):
        cleaned = super().clean()
        if (
            cleaned.get("decision") in ("changes", "reject")
            and not cleaned.get("message", "").strip()
        ):
            self.add_error("message", _("Tell the author what to change, or why it is rejected."))
        return cleaned


# Curated collections ------------------------------------------------------------------------

# A resource's number, or the path of its page in any interface language.
RESOURCE_REFERENCE = re.compile(r"^(?:/[a-z]{2})?/library/(\d{1,9})/?$")


class CollectionForm(forms.Form):
    """A collection's address, publication, and title and summary in the interface language
    (other languages through the admin)."""

    title = forms.CharField(label=_("Title"), max_length=200)
    summary = forms.CharField(
        label=_("Summary"),
        required=False,
        max_length=1500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("A sentence or two on who the collection is for and what it helps with."),
    )
    slug = forms.SlugField(
        label=_("Address"),
        max_length=80,
        help_text=_(
            "Lower-case letters, numbers and hyphens, as in starter-kit. It becomes part of "
            "the link, so changing it breaks links to the old address."
        ),
    )
    is_published = forms.BooleanField(
        label=_("Published: everyone can see this collection"), required=False
    )

    def __init__(self, *args, creating: bool, has_title: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if creating:
            self.fields["slug"].required = False
            self.fields["slug"].help_text = _(
                "Lower-case letters, numbers and hyphens, as in starter-kit. Leave it empty to "
                "make one from the title."
            )
        # A title in another language is enough; this language may stay untranslated.
        self.fields["title"].required = not has_title

    def clean_slug(self):
        return self.cleaned_data["slug"].lower()


class CollectionResourceForm(forms.Form):
    """Add a resource to a collection by the address of its page or its number."""

    resource = forms.CharField(
        label=_("Resource address or number"),
        max_length=500,
        help_text=_(
            "Paste the address of the resource's page, such as https://…/library/123/, or "
            "type its number, 123."
        ),
    )
    note = forms.CharField(
        label=_("Note"),
        required=False,
        max_length=300,
        help_text=_("Optional: in a sentence, why this resource is here."),
    )

    def clean_resource(self):
        value = self.cleaned_data["resource"].strip()
        if value.isdigit() and len(value) <= 9:
            number = value
        else:
            match = RESOURCE_REFERENCE.match(urlsplit(value).path)
            if match is None:
                raise ValidationError(_("Give the address of a resource's page or its number."))
            number = match.group(1)
        resource = Resource.objects.filter(pk=int(number)).first()
        if resource is None:
            raise ValidationError(_("No resource has this number."))
        return resource


class CollectionChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return collection_texts(obj)["title"].text


class AddToCollectionForm(forms.Form):
    """On a resource's page: put it in one of the collections it is not yet in."""

    collection = CollectionChoiceField(
        label=_("Collection"), queryset=Collection.objects.none(), empty_label=None
    )
    note = forms.CharField(
        label=_("Note"),
        required=False,
        max_length=300,
        help_text=_("Optional: in a sentence, why this resource is in the collection."),
    )

    def __init__(self, *args, resource, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["collection"].queryset = collections_without_resource(resource)


class CollectionNoteForm(forms.Form):
    note = forms.CharField(label=_("Note"), required=False, max_length=300)


class CollectionPositionForm(forms.Form):
    position = forms.IntegerField(label=_("Position"))

    def __init__(self, *args, count: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.count = count

    def clean_position(self):
        position = self.cleaned_data["position"]
        if not 1 <= position <= self.count:
            raise ValidationError(
                _("Choose a position from 1 to %(count)d.") % {"count": self.count}
            )
        return position


class CollectionDeleteForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("Yes, delete this collection and its notes. The resources stay in the library."),
        error_messages={"required": _("Tick the box to confirm.")},
    )


# Feedback -----------------------------------------------------------------------------------


class CommentField(forms.CharField):
    """Text from a text area, with each line break counted once, as the browser counts it."""

    def to_python(self, value):
        return super().to_python(value).replace("\r\n", "\n")


class FeedbackForm(forms.Form):
    """ "Was this useful?": the button pressed (yes or no), and an optional comment."""

    useful = forms.TypedChoiceField(
        label=_("Was this useful?"),
        choices=[("yes", _("Yes")), ("no", _("No"))],
        coerce=lambda value: value == "yes",
        error_messages={
            "required": _("Choose Yes or No."),
            "invalid_choice": _("Choose Yes or No."),
        },
    )
    comment = CommentField(
        label=_("Comment for the authors (optional)"),
        required=False,
        max_length=FEEDBACK_COMMENT_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "At most 1,000 characters. Only the resource's editors and the moderators read it, "
            "with your name."
        ),
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "feedback-%s")
        super().__init__(*args, **kwargs)


# Editing ------------------------------------------------------------------------------------

EDITED_FIELDS = [
    "kind",
    "original_language",
    "year",
    "licence",
    "authors",
    "cpv_codes",
    "version_label",
]
TEXTS = ["title", "summary", "body"]


def _link_line(link: dict) -> str:
    return f"{link['url']} {link.get('title') or ''}".strip()


def resource_initial(resource, revision=None) -> dict:
    """The form's starting values: the resource's, or those of its proposed edit. Texts are
    in the original language; the facets, files and links come prefetched or from the edit."""
    facets = {}
    for item in resource.facets.all():
        facets.setdefault(item.facet, []).append(item.value)
    links = [{"url": link.url, "title": link.title} for link in resource.links.all()]
    if revision is None:
        fields = {name: getattr(resource, name) for name in EDITED_FIELDS}
        texts = {
            name: getattr(resource, f"{name}_{resource.original_language}") or "" for name in TEXTS
        }
    else:
        fields = revision.data["fields"]
        texts = revision.data["texts"].get(fields["original_language"], {})
        facets.update(revision.data.get("facets", {}))
        if revision.data.get("links") is not None:
            links = revision.data["links"]
    return {
        "organisation": resource.organisation_id,
        **{name: fields.get(name) for name in EDITED_FIELDS if name != "cpv_codes"},
        **{name: texts.get(name, "") for name in TEXTS},
        "cpv_codes": ", ".join(fields.get("cpv_codes") or []),
        "themes": facets.get(Facet.THEME, []),
        "stages": facets.get(Facet.STAGE, []),
        "procedures": facets.get(Facet.PROCEDURE, []),
        "countries": ", ".join(facets.get(Facet.COUNTRY, [])),
        "languages": facets.get(Facet.LANGUAGE, []),
        "links": "\n".join(_link_line(link) for link in links),
    }


class ResourceEditForm(ResourceForm):
    """An edit of a resource, or of its proposed edit: it starts from their values, keeps the
    organisation, and lists the files with a box to remove each."""

    remove_files = forms.MultipleChoiceField(
        label=_("Remove files"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Tick a file to remove it."),
    )

    def __init__(self, *args, resource, revision=None, **kwargs):
        kwargs.setdefault("initial", resource_initial(resource, revision))
        super().__init__(*args, **kwargs)
        del self.fields["organisation"]
        self.fields["files"].label = _("Add files")
        self.fields["remove_files"].choices = [
            (item["key"], f"{item['name']} ({filesizeformat(item['size'])})")
            for item in proposed_files(resource, revision)
        ]

    def service_arguments(self) -> dict:
        return {**super().service_arguments(), "remove_files": self.cleaned_data["remove_files"]}
