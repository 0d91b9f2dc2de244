"""Admin over library resources, their files, links and proposed edits, for staff."""

from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from .models import Resource, ResourceFacet, ResourceFile, ResourceLink, ResourceRevision


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


@admin.register(ResourceRevision)
class ResourceRevisionAdmin(admin.ModelAdmin):
    list_display = ["resource", "author", "status", "created_at"]
    list_filter = ["status"]
    raw_id_fields = ["resource", "author"]
