"""Forms of partner search: they validate what people type (pages and the API alike);
services write."""

from django import forms
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from ppi4cities.accounts.forms import TagsField
from ppi4cities.accounts.models import Organisation, OrganisationKind
from ppi4cities.core.models import Theme
from ppi4cities.core.vocabularies import ThemeCode

from .models import MAX_INTEREST_MESSAGE, PartnerCall, Purpose
from .selectors import STATUS_CLOSED, STATUS_OPEN, CallFilters
from .services import CALL_FIELDS


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class PartnerCallForm(forms.ModelForm):
    organisation = forms.ModelChoiceField(
        label=_("On behalf of"),
        queryset=Organisation.objects.none(),
        empty_label=_("Choose your organisation"),
    )
    partner_kinds = forms.MultipleChoiceField(
        label=_("Types of partner sought"),
        choices=OrganisationKind.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Leave all unticked if any type of organisation may answer."),
    )
    countries = forms.MultipleChoiceField(
        label=_("Countries sought"),
        choices=[],
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 8}),
        help_text=_(
            "Choose several with Ctrl or Cmd. Leave empty if partners may come from any country."
        ),
    )
    themes = forms.ModelMultipleChoiceField(
        label=_("Themes"),
        queryset=Theme.objects.all(),
        to_field_name="code",
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    expertise = TagsField(label=_("Expertise sought"))

    class Meta:
        model = PartnerCall
        fields = CALL_FIELDS
        widgets = {
            "description": forms.Textarea(attrs={"rows": 10}),
            "deadline": DateInput(),
        }

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["countries"].choices = list(countries)
        self.fields["purpose"].choices = [("", _("Choose a purpose")), *Purpose.choices]
        if self.instance.pk:
            del self.fields["organisation"]
            if not self.is_bound:
                call = self.instance
                self.initial.update(
                    partner_kinds=call.partner_kinds,
                    countries=call.countries,
                    themes=list(call.themes.all()),
                    expertise=", ".join(tag.name for tag in call.expertise.all()),
                )
        else:
            self.fields["organisation"].queryset = (
                Organisation.objects.filter(memberships__user=user).order_by("name")
                if user is not None
                else Organisation.objects.none()
            )
            if not self.is_bound:
                self.initial.setdefault("language", getattr(user, "language", "en"))

    def clean_deadline(self):
        deadline = self.cleaned_data["deadline"]
        changed = not self.instance.pk or deadline != self.instance.deadline
        if changed and deadline < timezone.localdate():
            raise forms.ValidationError(_("The deadline cannot be in the past."))
        return deadline

    def service_arguments(self) -> dict:
        data = self.cleaned_data
        return {
            "data": {field: data[field] for field in CALL_FIELDS},
            "partner_kinds": data["partner_kinds"],
            "countries": data["countries"],
            "themes": list(data["themes"]),
            "expertise": data["expertise"],
        }


class CloseForm(forms.Form):
    withdraw = forms.BooleanField(
        label=_("The project will not go ahead: withdraw the call"), required=False
    )


class InterestForm(forms.Form):
    organisation = forms.ModelChoiceField(
        label=_("On behalf of"),
        queryset=Organisation.objects.none(),
        required=False,
        empty_label=_("Myself only"),
    )
    message = forms.CharField(
        label=_("Your message to the caller"),
        max_length=MAX_INTEREST_MESSAGE,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_(
            "Say who you are and what you would bring. It starts a private conversation "
            "with the caller."
        ),
    )

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        if user is not None and user.is_authenticated:
            self.fields["organisation"].queryset = Organisation.objects.filter(
                memberships__user=user
            ).order_by("name")


def _multi(params, name: str, allowed) -> list[str]:
    return [value for value in dict.fromkeys(params.getlist(name)) if value in allowed]


def filters_from(params) -> CallFilters:
    """The valid part of a query string; unknown values are ignored rather than rejected, so
    an old or shortened link still shows something."""
    expertise = [slugify(value, allow_unicode=True) for value in params.getlist("expertise")]
    return CallFilters(
        q=(params.get("q") or "")[:200],
        purposes=_multi(params, "purpose", set(Purpose.values)),
        kinds=_multi(params, "kind", set(OrganisationKind.values)),
        countries=_multi(params, "country", set(countries.countries)),
        themes=_multi(params, "theme", set(ThemeCode.values)),
        expertise=[value for value in dict.fromkeys(expertise) if value][:10],
        status=STATUS_CLOSED if params.get("status") == STATUS_CLOSED else STATUS_OPEN,
    )
