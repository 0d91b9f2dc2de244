"""Forms of messages: starting a conversation and replying."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .models import MAX_BODY, MAX_PEOPLE, MAX_SUBJECT

# Where a service names a field differently from the form.
SERVICE_FIELDS = {"others": "to", "text": "text", "subject": "subject"}


class RecipientsField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return obj.full_name


class ConversationForm(forms.Form):
    """Recipients are chosen among the people the sender found or was sent with `?to=`."""

    to = RecipientsField(
        label=_("To"),
        queryset=get_user_model().objects.none(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": _("Choose at least one member other than yourself."),
            "invalid_choice": _("There is no member you can message by that name."),
            "invalid_pk_value": _("There is no member you can message by that name."),
        },
    )
    subject = forms.CharField(
        label=_("Subject"),
        max_length=MAX_SUBJECT,
        required=False,
        help_text=_(
            "Optional. A message without a subject to one person continues your conversation "
            "with them."
        ),
    )
    text = forms.CharField(
        label=_("Message"),
        max_length=MAX_BODY,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Markdown works for emphasis, lists and links."),
        error_messages={"required": _("Write a message.")},
    )

    def __init__(self, *args, candidates, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to"].queryset = candidates
        self.fields["to"].help_text = gettext("Up to %(max)d people besides you.") % {
            "max": MAX_PEOPLE - 1
        }

    def clean_to(self):
        people = self.cleaned_data["to"]
        if len(people) > MAX_PEOPLE - 1:
            raise forms.ValidationError(
                gettext("A conversation has at most %(max)d people, you included.")
                % {"max": MAX_PEOPLE}
            )
        return people


class FindMembersForm(forms.Form):
    q = forms.CharField(label=_("Find members by name"), max_length=100, required=False)


class ReplyForm(forms.Form):
    text = forms.CharField(
        label=_("Your reply"),
        max_length=MAX_BODY,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Markdown works for emphasis, lists and links."),
        error_messages={"required": _("Write a message.")},
    )
