"""Forms of the library: the search and its filters, submissions, and moderation decisions."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from ppi4cities.accounts.models import Organisation
from ppi4cities.core.vocabularies import SPOKEN_LANGUAGES, ThemeCode

from .selectors import SORTS, LibraryFilters
from .services import facet_choices
from .vocabularies import Facet, Licence, Procedure, ResourceType, Stage

MAX_QUERY = 200
MAX_FILES = 10


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
    links = forms.CharField(
        label=_("Links"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One address per line."),
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
                links.append({"url": field.clean(line.strip()), "title": ""})
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
