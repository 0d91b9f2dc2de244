"""Forms of pilots: the list's filters, submitting and editing a pilot, moderation decisions and
marking a good practice."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from ppi4cities.accounts.models import Organisation
from ppi4cities.core.vocabularies import Procedure, ThemeCode
from ppi4cities.library.forms import DecisionForm

from .models import Project
from .selectors import PilotFilters
from .services import CURRENCIES, EDITABLE_FIELDS, TEXT_FIELDS
from .vocabularies import Approach, InnovationType, PilotState

__all__ = [
    "DecisionForm",
    "GoodPracticeForm",
    "PilotEditForm",
    "PilotForm",
    "filters_from",
    "pilot_initial",
]


def filters_from(params) -> PilotFilters:
    """The valid part of a query string; unknown values are ignored rather than refused."""
    allowed = {
        "theme": ThemeCode.values,
        "country": set(countries.countries),
        "state": PilotState.values,
        "approach": Approach.values,
        "procedure": Procedure.values,
    }
    chosen = {
        facet: [value for value in params.getlist(facet) if value in values]
        for facet, values in allowed.items()
    }
    years = [
        int(value)
        for value in params.getlist("year")
        if value.isdigit() and 1990 <= int(value) <= 2100
    ]
    return PilotFilters(**chosen, year=years, good_practice=params.get("good_practice") == "1")


class SuppliersField(forms.CharField):
    """One supplier a line: "name; country code; size"."""

    widget = forms.Textarea(attrs={"rows": 3})

    def to_python(self, value):
        suppliers = []
        for line in (super().to_python(value) or "").splitlines():
            if not line.strip():
                continue
            parts = [part.strip() for part in line.split(";")]
            if len(parts) > 3:
                raise ValidationError(_("Write each supplier as: name; country code; size."))
            parts += [""] * (3 - len(parts))
            suppliers.append({"name": parts[0], "country": parts[1].upper(), "size": parts[2]})
        return suppliers


class PilotForm(forms.Form):
    organisation = forms.ModelChoiceField(
        label=_("On behalf of"), queryset=Organisation.objects.none()
    )
    original_language = forms.ChoiceField(
        label=_("Language you write in"), choices=settings.LANGUAGES, initial="en"
    )
    title = forms.CharField(label=_("Title"), max_length=250)
    summary = forms.CharField(
        label=_("Summary"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )
    challenge = forms.CharField(
        label=_("The challenge"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("What the buyer needed. Markdown."),
    )
    solution = forms.CharField(
        label=_("The solution bought"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Markdown."),
    )
    results = forms.CharField(
        label=_("Results and impact"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Markdown."),
    )
    lessons_learned = forms.CharField(
        label=_("Lessons learned"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Markdown."),
    )
    country = forms.ChoiceField(label=_("Country"), choices=[("", "---------")])
    city = forms.CharField(label=_("City"), max_length=120)
    nuts3 = forms.CharField(
        label=_("NUTS 3 region"),
        max_length=5,
        required=False,
        help_text=_("For example LT025 for Panevėžys county. Leave empty if unsure."),
    )
    latitude = forms.FloatField(
        label=_("Latitude"), min_value=-90, max_value=90, help_text=_("For example 55.7333.")
    )
    longitude = forms.FloatField(
        label=_("Longitude"), min_value=-180, max_value=180, help_text=_("For example 24.35.")
    )
    state = forms.ChoiceField(label=_("State of the pilot"), choices=PilotState.choices)
    approach = forms.ChoiceField(label=_("Approach"), choices=Approach.choices)
    procedure = forms.ChoiceField(
        label=_("Procedure"), choices=[("", _("Not known")), *Procedure.choices], required=False
    )
    innovation_types = forms.MultipleChoiceField(
        label=_("What makes it innovative"),
        choices=InnovationType.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    themes = forms.MultipleChoiceField(
        label=_("Themes"),
        choices=ThemeCode.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    cpv_codes = forms.CharField(
        label=_("CPV codes"),
        required=False,
        help_text=_("Separated by commas, for example 34144900-7."),
    )
    needs_assessment_date = forms.DateField(label=_("Needs assessment"), required=False)
    market_consultation_date = forms.DateField(label=_("Market consultation"), required=False)
    tender_date = forms.DateField(label=_("Tender published"), required=False)
    award_date = forms.DateField(label=_("Contract awarded"), required=False)
    contract_start = forms.DateField(label=_("Contract start"), required=False)
    contract_end = forms.DateField(label=_("Contract end"), required=False)
    estimated_value = forms.DecimalField(
        label=_("Estimated value"), min_value=0, max_digits=14, decimal_places=2, required=False
    )
    contract_value = forms.DecimalField(
        label=_("Contract value"), min_value=0, max_digits=14, decimal_places=2, required=False
    )
    currency = forms.ChoiceField(
        label=_("Currency"), choices=[(code, code) for code in CURRENCIES], initial="EUR"
    )
    suppliers = SuppliersField(
        label=_("Suppliers"),
        required=False,
        help_text=_(
            "One a line: name; country code; size (micro, small, medium, large or other). "
            "For example: Auve Tech; EE; small"
        ),
    )
    buyers = forms.ModelMultipleChoiceField(
        label=_("Buyers"),
        queryset=Organisation.objects.order_by("name"),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 8}),
        help_text=_(
            "The organisations that bought it, from the directory; the organisation you share "
            "it for when you choose none. Hold Ctrl (⌘ on a Mac) to choose several."
        ),
        error_messages={"required": _("Choose at least one buyer.")},
    )
    project = forms.ModelChoiceField(
        label=_("Project"),
        queryset=Project.objects.order_by("name"),
        required=False,
        empty_label=_("No project"),
        help_text=_("The project or programme the pilot belongs to, if any."),
    )
    contact_name = forms.CharField(label=_("Contact person"), max_length=150, required=False)
    contact_email = forms.EmailField(label=_("Contact email"), required=False)

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        if user is not None:
            own = Organisation.objects.filter(memberships__user=user).order_by("name")
            self.fields["organisation"].queryset = own
            first_two = list(own[:2])
            if len(first_two) == 1 and not self.is_bound:
                # The usual case: the one organisation shares its own pilot and bought it.
                self.initial.setdefault("organisation", first_two[0].pk)
                self.initial.setdefault("buyers", [first_two[0].pk])
        self.fields["country"].choices = [("", "---------"), *countries]
        for name in (field for field in self.fields if field.endswith(("_date", "_start", "_end"))):
            self.fields[name].widget = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")

    def clean_nuts3(self):
        return self.cleaned_data["nuts3"].strip().upper()

    def clean_cpv_codes(self):
        return [code.strip() for code in self.cleaned_data["cpv_codes"].split(",") if code.strip()]

    def service_arguments(self) -> dict:
        data = self.cleaned_data
        return {
            "organisation": data.get("organisation"),
            "data": {name: data[name] for name in EDITABLE_FIELDS},
            "texts": {
                data["original_language"]: {
                    name: (data[name] or "").replace("\r\n", "\n") for name in TEXT_FIELDS
                }
            },
            "buyers": list(data["buyers"]),
            "themes": data["themes"],
            "suppliers": data["suppliers"],
            "project": data["project"],
        }


def _supplier_line(row: dict) -> str:
    return "; ".join(part for part in (row["name"], row["country"], row["size"]) if part)


def pilot_initial(pilot, revision=None) -> dict:
    """The edit form's starting values: the pilot's, or those of its proposed edit. Texts are in
    the original language; buyers, themes and suppliers come prefetched or from the edit."""
    if revision is None:
        fields = {name: getattr(pilot, name) for name in EDITABLE_FIELDS}
        fields["country"] = str(fields["country"])
        texts = {
            name: getattr(pilot, f"{name}_{pilot.original_language}") or "" for name in TEXT_FIELDS
        }
        relations = {
            "buyers": [item.pk for item in pilot.buyers.all()],
            "themes": [item.code for item in pilot.themes.all()],
            "suppliers": [
                {"name": item.name, "country": str(item.country or ""), "size": item.size}
                for item in pilot.suppliers.all()
            ],
            "project": pilot.project_id,
        }
    else:
        fields, relations = revision.data["fields"], revision.data
        texts = revision.data["texts"].get(fields["original_language"], {})
    cpv_codes = [
        entry.get("code", "") if isinstance(entry, dict) else entry
        for entry in fields.get("cpv_codes") or []
    ]
    return {
        **{name: fields.get(name) for name in EDITABLE_FIELDS if name != "cpv_codes"},
        **{name: texts.get(name, "") for name in TEXT_FIELDS},
        "cpv_codes": ", ".join(code for code in cpv_codes if code),
        "buyers": relations["buyers"],
        "themes": relations["themes"],
        "suppliers": "\n".join(_supplier_line(row) for row in relations["suppliers"]),
        "project": relations["project"],
    }


class PilotEditForm(PilotForm):
    """An edit of a pilot, or of its proposed edit: it starts from their values and keeps the
    organisation the pilot was shared for."""

    def __init__(self, *args, pilot, revision=None, **kwargs):
        kwargs.setdefault("initial", pilot_initial(pilot, revision))
        super().__init__(*args, **kwargs)
        del self.fields["organisation"]
        self.fields["buyers"].required = True
        self.fields["buyers"].help_text = _(
            "The organisations that bought it, from the directory. Hold Ctrl (⌘ on a Mac) to "
            "choose several."
        )

    def service_arguments(self) -> dict:
        arguments = super().service_arguments()
        del arguments["organisation"]
        return arguments


class GoodPracticeForm(forms.Form):
    why_it_worked = forms.CharField(
        label=_("Why it worked"), widget=forms.Textarea(attrs={"rows": 4}), max_length=5000
    )
    how_to_replicate = forms.CharField(
        label=_("How to replicate it"), widget=forms.Textarea(attrs={"rows": 4}), max_length=5000
    )


# The files page: what a form can see; the services check the files by their content and hold
# the rules, so the pages and the API refuse the same things.

DOCUMENT_ACCEPT = ".pdf,.docx,.xlsx,.pptx,.odt,.ods"
IMAGE_ACCEPT = "image/png,image/jpeg,image/webp,image/gif"


class DocumentForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    file = forms.FileField(
        label=_("Document"),
        help_text=_("PDF, DOCX, XLSX, PPTX, ODT or ODS."),
        widget=forms.FileInput(attrs={"accept": DOCUMENT_ACCEPT}),
        error_messages={"required": _("Choose a file to upload.")},
    )


class PhotoDescriptionForm(forms.Form):
    alt_text = forms.CharField(
        label=_("Description for people who cannot see it"),
        max_length=250,
        help_text=_("What the photo shows, in a sentence; not the name of its file."),
        error_messages={
            "required": _("Describe what the photo shows for people who cannot see it.")
        },
    )
    caption = forms.CharField(label=_("Caption"), max_length=250, required=False)


class PhotoForm(PhotoDescriptionForm):
    image = forms.FileField(
        label=_("Photo"),
        help_text=_("PNG, JPEG, WebP or GIF. It is stored without its location and metadata."),
        widget=forms.FileInput(attrs={"accept": IMAGE_ACCEPT}),
        error_messages={"required": _("Choose a photo to upload.")},
    )
    field_order = ["image", "alt_text", "caption"]


class RemoveForm(forms.Form):
    confirm = forms.BooleanField(error_messages={"required": _("Tick the box to confirm.")})

    def __init__(self, *args, name: str, **kwargs):
        super().__init__(*args, **kwargs)
        # Each item on the page has its own box, so its label names the item.
        self.fields["confirm"].label = gettext("Yes, remove “%(name)s”") % {"name": name}
