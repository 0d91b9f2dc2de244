"""Forms of reports and of the moderators' actions. They validate; services write."""

from django import forms
from django.utils.translation import gettext_lazy as _

from ppi4cities.core.honeypot import HoneypotMixin

from .models import NOTE_MAX, Action, Reason
from .services import MAX_REASON, MAX_SUSPENSION_DAYS


class ReportForm(HoneypotMixin, forms.Form):
    reason = forms.ChoiceField(
        label=_("What is wrong with it?"), choices=Reason.choices, widget=forms.RadioSelect
    )
    note = forms.CharField(
        label=_("Anything the moderators should know"),
        required=False,
        max_length=NOTE_MAX,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Optional, up to 1,000 characters. Only the moderators read it."),
    )


class ActionForm(forms.Form):
    """One moderator's action on an item or its author, with the reason the author reads."""

    ACTIONS = [
        ("hide", _("Hide")),
        ("restore", _("Restore")),
        ("dismiss", _("Dismiss the reports")),
        ("warn", _("Warn the author")),
        ("suspend", _("Suspend the author")),
        ("block", _("Block the author")),
        ("unblock", _("Unblock")),
    ]
    action = forms.ChoiceField(label=_("Action"), choices=ACTIONS, widget=forms.RadioSelect)
    reason = forms.CharField(
        label=_("Reason"),
        max_length=MAX_REASON,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("The person concerned reads it, and it stays in the moderation log."),
        error_messages={"required": _("Give the reason; the person concerned reads it.")},
    )
    days = forms.IntegerField(
        label=_("Days of suspension"),
        required=False,
        min_value=1,
        max_value=MAX_SUSPENSION_DAYS,
        help_text=_("For a suspension: 1 to 90 days."),
        error_messages={
            "min_value": _("Suspend for 1 to 90 days."),
            "max_value": _("Suspend for 1 to 90 days."),
        },
    )

    def clean(self):
        cleaned = super().clean()
        if (
            cleaned.get("action") == "suspend"
            and not cleaned.get("days")
            and "days" not in (self.errors)
        ):
            self.add_error("days", _("Suspend for 1 to 90 days."))
        return cleaned


class LogFilterForm(forms.Form):
    action = forms.ChoiceField(
        label=_("Action"), required=False, choices=[("", _("All actions")), *Action.choices]
    )
    moderator = forms.TypedChoiceField(
        label=_("Moderator"), required=False, coerce=int, empty_value=None
    )

    def __init__(self, *args, moderators=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["moderator"].choices = [
            ("", _("All moderators")),
            *((person.pk, person.full_name or person.email) for person in moderators),
        ]
