"""Forms of pilots: the list's filters, submitting a pilot, moderation decisions and marking a
good practice."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from ppi4cities.accounts.models import Organisation
from ppi4cities.core.vocabularies import Procedure, ThemeCode
from ppi4cities.library.forms import DecisionForm

from .selectors import PilotFilters
from .services import CURRENCIES
from .vocabularies import Approach, InnovationType, PilotState

__all__ = ["DecisionForm", "GoodPracticeForm", "PilotForm", "filters_from"]


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
    contact_name = forms.CharField(label=_("Contact person"), max_length=150, required=False)
    contact_email = forms.EmailField(label=_("Contact email"), required=False)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = Organisation.objects.filter(
            memberships__user=user
        ).order_by("name")
        self.fields["country"].choices = [("", "---------"), *countries]
        for name in (field for field in self.fields if field.endswith(("_date", "_start", "_end"))):
            self.fields[name].widget = forms.DateInput(attrs={"type": "date"})

    def clean_nuts3(self):
        return self.cleaned_data["nuts3"].strip().upper()

    def clean_cpv_codes(self):
        return [code.strip() for code in self.cleaned_data["cpv_codes"].split(",") if code.strip()]

    def service_arguments(self) -> dict:
        data = self.cleaned_data
        texts = ["title", "summary", "challenge", "solution", "results", "lessons_learned"]
        fields = [
            "original_language",
            "country",
            "city",
            "nuts3",
            "latitude",
            "longitude",
            "state",
            "approach",
            "procedure",
            "innovation_types",
            "cpv_codes",
            "needs_assessment_date",
            "market_consultation_date",
            "tender_date",
            "award_date",
            "contract_start",
            "contract_end",
            "estimated_value",
            "contract_value",
            "currency",
            "contact_name",
            "contact_email",
        ]
        return {
            "organisation": data["organisation"],
            "data": {name: data[name] for name in fields},
            "texts": {
                data["original_language"]: {
                    name: (data[name] or "").replace("\r\n", "\n") for name in texts
                }
            },
            "buyers": [data["organisation"]],
            "themes": data["themes"],
            "suppliers": data["suppliers"],
        }


class GoodPracticeForm(forms.Form):
    why_it_worked = forms.CharField(
        label=_("Why it worked"), widget=forms.Textarea(attrs={"rows": 4}), max_length=5000
    )
    how_to_replicate = forms.CharField(
        label=_("How to replicate it"), widget=forms.Textarea(attrs={"rows": 4}), max_length=5000
    )
