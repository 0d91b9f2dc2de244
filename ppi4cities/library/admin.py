"""Admin over library resources, their files, links and proposed edits, for staff."""

from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from . import services
from .models import (
    Collection,
    CollectionItem,
    Resource,
    ResourceFacet,
    ResourceFeedback,
    ResourceFile,
    ResourceLink,
    ResourceRevision,
)
from .snapshot import library_changed


class FacetInline(admin.TabularInline):
    model = ResourceFacet
    extra = 0


class FileInline(admin.TabularInline):
    model = ResourceFile
    extra = 0
    readonly_fields = ["content_type", "size"]


class LinkInline(admin.TabularInline):
    model = ResourceLink
    extra = 0


@admin.register(Resource)
class ResourceAdmin(TranslationAdmin):
    list_display = ["title", "kind", "status", "organisation", "year", "published_at", "is_demo"]
    list_filter = ["status", "kind", "is_demo", "licence"]
    search_fields = ["title_en", "external_id"]
    raw_id_fields = ["organisation", "author", "previous_version"]
    readonly_fields = [
        "download_count",
        "useful_count",
        "not_useful_count",
        "created_at",
        "updated_at",
        "submitted_at",
        "published_at",
    ]
    inlines = [FacetInline, FileInline, LinkInline]

    # Edits here bypass the services: tell the search snapshot, as the services do.
    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        library_changed()

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        library_changed()

    def delete_queryset(self, request, queryset):
        super().delete_queryset(request, queryset)
        library_changed()


@admin.register(ResourceRevision)
class ResourceRevisionAdmin(admin.ModelAdmin):
    list_display = ["resource", "author", "status", "created_at"]
    list_filter = ["status"]
    raw_id_fields = ["resource", "author"]


class CollectionItemInline(admin.TabularInline):
    model = CollectionItem
    extra = 0
    fields = ["position", "resource", "note"]
    raw_id_fields = ["resource"]
    ordering = ["position", "pk"]


@admin.register(Collection)
class CollectionAdmin(TranslationAdmin):
    list_display = ["title", "slug", "is_published", "position", "is_demo", "updated_at"]
    list_filter = ["is_published", "is_demo"]
    list_editable = ["position"]
    search_fields = ["title_en", "slug"]
    raw_id_fields = ["created_by"]
    readonly_fields = ["created_at", "updated_at"]
    inlines = [CollectionItemInline]


@admin.register(ResourceFeedback)
class ResourceFeedbackAdmin(admin.ModelAdmin):
    """Answers can be read and removed (an offensive comment, say), never edited here;
    removing goes through the service so that the resource's counters stay exact."""

    list_display = ["resource", "user", "useful", "comment", "updated_at"]
    list_filter = ["useful"]
    search_fields = ["comment", "user__email"]
    list_select_related = ["resource", "user"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def delete_model(self, request, obj):
        services.resource_feedback_withdraw(resource=obj.resource, user=obj.user)

    def delete_queryset(self, request, queryset):
        for feedback in queryset.select_related("resource", "user"):
            self.delete_model(request, feedback)
