"""A trap for form-filling robots on public forms: a field people never see nor reach.

`HoneypotMixin` adds the field `website_url`, rendered inside a wrapper with the `hidden`
attribute (so neither sighted people nor screen readers meet it), out of the tab order and
with autofill off. Robots that fill every field they find fill it too, and the form refuses
the whole submission. Templates render it like any hidden field (`field.is_hidden`).
"""

from django import forms
from django.utils.translation import gettext_lazy as _

FIELD_NAME = "website_url"


class HoneypotInput(forms.TextInput):
    template_name = "core/widgets/honeypot.html"
    # Rendered as-is by the form templates, without a label or help of the form's own.
    is_hidden = True

    def __init__(self):
        super().__init__(attrs={"tabindex": "-1", "autocomplete": "off"})


class HoneypotMixin:
    """Put before the form class: `class ReportForm(HoneypotMixin, forms.Form)`."""

    honeypot_message = _(
        "This form looked as if a program had filled it in, so it was not sent. "
        "Please reload the page and try again."
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[FIELD_NAME] = forms.CharField(
            label=_("Leave this field empty"), required=False, widget=HoneypotInput()
        )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get(FIELD_NAME):
            raise forms.ValidationError(self.honeypot_message, code="honeypot")
        return cleaned
