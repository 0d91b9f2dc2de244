"""Forms of the self-assessment's pages: starting one, answering a step, one answer at a time."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from ppi4cities.accounts.models import Organisation

from .models import Variant

NOT_APPLICABLE = "na"


def field_name(statement) -> str:
    return f"s{statement.pk}"


def parse_answer(raw: str) -> tuple[int | None, bool] | None:
    """A posted answer as (value, not_applicable); None when nothing was chosen. Whether the
    value is on the scale is the service's to say."""
    raw = (raw or "").strip()
    if not raw:
        return None
    if raw == NOT_APPLICABLE:
        return None, True
    try:
        return int(raw), False
    except ValueError:
        raise forms.ValidationError(
            _("Choose a point of the scale or “Not applicable”."), code="invalid"
        ) from None


class StartForm(forms.Form):
    variant = forms.ChoiceField(choices=Variant.choices)
    organisation = forms.ModelChoiceField(
        label=_("Who is assessed"),
        queryset=Organisation.objects.none(),
        required=False,
        empty_label=_("Myself"),
    )

    def __init__(self, *args, organisations=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = Organisation.objects.filter(
            pk__in=[organisation.pk for organisation in organisations]
        )


class StepForm(forms.Form):
    """One radio group per statement of the step; a group left empty stays unanswered."""

    def __init__(self, *args, statements, scale, answers, **kwargs):
        super().__init__(*args, **kwargs)
        self.statements = statements
        choices = [(str(option.value), option.shown_label) for option in scale]
        choices.append((NOT_APPLICABLE, _("Not applicable")))
        for statement in statements:
            answer = answers.get(statement.pk)
            initial = None
            if answer is not None:
                initial = NOT_APPLICABLE if answer.not_applicable else str(answer.value)
            self.fields[field_name(statement)] = forms.ChoiceField(
                label=statement.shown_text,
                choices=choices,
                required=False,
                initial=initial,
                widget=forms.RadioSelect,
            )

    def answers(self) -> list[tuple]:
        """(statement, value, not_applicable) for each statement given an answer."""
        chosen = []
        for statement in self.statements:
            parsed = parse_answer(self.cleaned_data.get(field_name(statement)))
            if parsed is not None:
                chosen.append((statement, *parsed))
        return chosen

    def bound_statements(self) -> list[tuple]:
        """(statement, bound field) in order, for the template."""
        return [(statement, self[field_name(statement)]) for statement in self.statements]


class AnswerForm(forms.Form):
    """One answer, as the step page posts it when a choice changes."""

    statement = forms.IntegerField(min_value=1)

    def clean(self):
        cleaned = super().clean()
        if "statement" in cleaned:
            raw = self.data.get(f"s{cleaned['statement']}", "")
            cleaned["answer"] = parse_answer(raw)
            if cleaned["answer"] is None:
                raise forms.ValidationError(
                    _("Choose a point of the scale or “Not applicable”."), code="required"
                )
        return cleaned


class RoundStartForm(forms.Form):
    organisation = forms.ModelChoiceField(
        label=_("Organisation"),
        queryset=Organisation.objects.none(),
        error_messages={
            "required": _("Choose the organisation the round is for."),
            "invalid_choice": _("You can start a round only for an organisation you administer."),
        },
    )
    title = forms.CharField(label=_("Title (optional)"), max_length=200, required=False)
    users = forms.ModelMultipleChoiceField(
        label=_("Select colleagues to invite"),
        queryset=get_user_model().objects.none(),
        required=False,
        error_messages={"invalid_choice": _("Choose colleagues from the list.")},
    )

    def __init__(self, *args, organisations=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = Organisation.objects.filter(
            pk__in=[organisation.pk for organisation in organisations]
        )
        # Whether a colleague belongs to the chosen organisation is the service's to say.
        self.fields["users"].queryset = (
            get_user_model()
            .objects.filter(
                memberships__organisation__in=[organisation.pk for organisation in organisations]
            )
            .distinct()
        )


class RoundInviteForm(forms.Form):
    users = forms.ModelMultipleChoiceField(
        label=_("Invite more colleagues"),
        queryset=get_user_model().objects.none(),
        error_messages={
            "required": _("Select at least one colleague to invite."),
            "invalid_choice": _("Choose colleagues from the list."),
        },
    )

    def __init__(self, *args, candidates=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["users"].queryset = get_user_model().objects.filter(
            pk__in=[person.pk for person in candidates]
        )


class PeerContactForm(forms.Form):
    contactable = forms.TypedChoiceField(
        choices=[("1", "1"), ("0", "0")], coerce=lambda value: value == "1"
    )
