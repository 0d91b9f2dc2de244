"""Admin for staff: questionnaires and their versions, edited until answered, then read-only;
assessments and rounds, read-only (staff read results here and nowhere else)."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import (
    TranslationAdmin,
    TranslationStackedInline,
    TranslationTabularInline,
)

from . import services
from .models import (
    Answer,
    Assessment,
    Dimension,
    Questionnaire,
    QuestionnaireVersion,
    Round,
    RoundInvitation,
    ScaleOption,
    Statement,
)


def _version_of(obj):
    if isinstance(obj, QuestionnaireVersion):
        return obj
    return getattr(obj, "version", None)


class FrozenWhenAnswered:
    """Adding, changing and deleting stop once the version (of the object, or of the parent
    object of an inline) has been answered; the models refuse it too."""

    def _editable(self, obj) -> bool:
        version = _version_of(obj)
        return version is None or not version.is_answered()

    def has_add_permission(self, request, obj=None):
        return super().has_add_permission(request, obj) and self._editable(obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self._editable(obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self._editable(obj)


class FrozenModelAdmin(FrozenWhenAnswered):
    # A model admin's add permission has no object.
    def has_add_permission(self, request):
        return super(FrozenWhenAnswered, self).has_add_permission(request)


class VersionInline(admin.TabularInline):
    """A list of the versions; each is edited on its own page."""

    model = QuestionnaireVersion
    extra = 0
    fields = ["number", "published_at", "notes"]
    readonly_fields = fields
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Questionnaire)
class QuestionnaireAdmin(TranslationAdmin):
    list_display = ["name", "slug"]
    search_fields = ["slug", "name_en"]
    inlines = [VersionInline]


class ScaleOptionInline(FrozenWhenAnswered, TranslationTabularInline):
    model = ScaleOption
    extra = 0
    fields = ["value", "label", "position"]


class DimensionInline(FrozenWhenAnswered, TranslationTabularInline):
    model = Dimension
    extra = 0
    fields = ["position", "code", "name", "weight"]
    show_change_link = True


@admin.register(QuestionnaireVersion)
class QuestionnaireVersionAdmin(FrozenModelAdmin, admin.ModelAdmin):
    list_display = ["questionnaire", "number", "published_at", "created_at"]
    list_filter = ["questionnaire"]
    readonly_fields = ["published_at", "created_at"]
    inlines = [ScaleOptionInline, DimensionInline]
    actions = ["publish", "copy"]

    @admin.action(description=_("Publish the selected drafts"))
    def publish(self, request, queryset):
        for version in queryset:
            try:
                services.questionnaire_version_publish(version=version, actor=request.user)
            except ValidationError as error:
                self.message_user(request, f"{version}: {' '.join(error.messages)}", messages.ERROR)
            except PermissionDenied as error:
                self.message_user(request, str(error), messages.ERROR)
            else:
                self.message_user(request, _("%(version)s published.") % {"version": version})

    @admin.action(description=_("Make an editable copy (a new draft version)"))
    def copy(self, request, queryset):
        for version in queryset:
            try:
                draft = services.questionnaire_version_copy(version=version, actor=request.user)
            except PermissionDenied as error:
                self.message_user(request, str(error), messages.ERROR)
            else:
                self.message_user(request, _("%(version)s created.") % {"version": draft})


class StatementInline(FrozenWhenAnswered, TranslationStackedInline):
    model = Statement
    extra = 0
    fields = ["position", "code", "text", "guidance", "weight", "in_short"]


@admin.register(Dimension)
class DimensionAdmin(FrozenModelAdmin, TranslationAdmin):
    list_display = ["name", "code", "version", "position", "weight"]
    list_filter = ["version__questionnaire", "version"]
    list_select_related = ["version__questionnaire"]
    search_fields = ["code", "name_en"]
    inlines = [StatementInline]


class AnswerInline(admin.TabularInline):
    model = Answer
    extra = 0
    fields = ["statement", "value", "not_applicable", "updated_at"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Assessment)
class AssessmentAdmin(admin.ModelAdmin):
    """Answers are the person's own: staff may read and delete them, never change them."""

    list_display = ["pk", "version", "variant", "user", "organisation", "status", "started_at"]
    list_filter = ["status", "variant", "version"]
    list_select_related = ["version__questionnaire", "user", "organisation"]
    search_fields = ["user__email", "organisation__name"]
    inlines = [AnswerInline]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Round)
class RoundAdmin(admin.ModelAdmin):
    list_display = ["title", "organisation", "version", "started_at", "closed_at"]
    list_select_related = ["organisation", "version__questionnaire"]
    search_fields = ["title", "organisation__name"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(RoundInvitation)
class RoundInvitationAdmin(admin.ModelAdmin):
    """Read-only: invitations are made and withdrawn on the round page, which sends the emails."""

    list_display = ["round", "user", "invited_by", "invited_at"]
    list_select_related = ["round", "user", "invited_by"]
    search_fields = ["round__title", "user__full_name", "user__email"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
