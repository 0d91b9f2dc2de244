"""Admin views of questions and answers, for support: read-only, since the services keep
counts, history and the search index in step (moderators act through the report queue)."""

from django.contrib import admin

from .models import Answer, Question


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Question)
class QuestionAdmin(ReadOnlyAdmin):
    list_display = ["title", "author", "status", "answer_count", "created_at", "hidden_at"]
    list_filter = ["status", "is_demo"]
    list_select_related = ["author"]
    search_fields = ["title"]


@admin.register(Answer)
class AnswerAdmin(ReadOnlyAdmin):
    list_display = ["question", "author", "score", "created_at", "hidden_at"]
    list_select_related = ["question", "author"]
