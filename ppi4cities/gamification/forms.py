"""Forms of the progress, journey and leaderboard pages."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from ppi4cities.accounts.models import Organisation

from .journey import STEPS


class AppearForm(forms.Form):
    """Whether to appear on the leaderboard."""

    appear = forms.TypedChoiceField(
        label=_("Appear on the leaderboard"),
        choices=[("yes", _("Yes")), ("no", _("No"))],
        coerce=lambda value: value == "yes",
    )


class StepForm(forms.Form):
    step = forms.ChoiceField(label=_("Milestone"), choices=[(s.code, s.name) for s in STEPS])


class ConfirmStepForm(StepForm):
    note = forms.CharField(
        label=_("Note (optional)"),
        required=False,
        max_length=500,
        help_text=_("How the organisation reached this milestone, for example a date or event."),
    )


class LeaderboardForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Rank people or organisations"),
        choices=[("person", _("People")), ("organisation", _("Organisations"))],
        required=False,
    )
    country = forms.ChoiceField(label=_("Country"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The countries of the platform's organisations, rather than every country there is.
        present = set(
            Organisation.objects.exclude(country="").values_list("country", flat=True).distinct()
        )
        self.fields["country"].choices = [("", _("All countries"))] + [
            (country.code, country.name) for country in countries if country.code in present
        ]
