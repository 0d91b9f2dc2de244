"""Forms of the notification centre: the list filter and the email settings per kind."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .kinds import kinds_for
from .models import Frequency


class ListFilterForm(forms.Form):
    show = forms.ChoiceField(
        label=_("Show"),
        choices=[("all", _("All")), ("unread", _("Unread only"))],
        required=False,
    )


class PreferencesForm(forms.Form):
    """One radio group per kind: immediately, daily digest, weekly digest or never."""

    def __init__(self, *args, frequencies: dict[str, str], user, **kwargs):
        super().__init__(*args, **kwargs)
        for code, kind in kinds_for(user).items():
            self.fields[code] = forms.ChoiceField(
                label=kind.name,
                help_text=kind.description,
                choices=Frequency.choices,
                widget=forms.RadioSelect,
                initial=frequencies[code],
            )
