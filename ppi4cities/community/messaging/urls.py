"""Addresses of messages."""

from django.urls import path

from . import views

app_name = "messaging"

urlpatterns = [
    path("messages/", views.conversation_list, name="list"),
    path("messages/new/", views.conversation_new, name="new"),
    path("messages/blocked/", views.blocked_list, name="blocked"),
    path("messages/block/<int:user_id>/", views.member_block, name="block"),
    path("messages/unblock/<int:user_id>/", views.member_unblock, name="unblock"),
    path("messages/<int:conversation_id>/", views.conversation_detail, name="conversation"),
    path("messages/<int:conversation_id>/leave/", views.conversation_leave, name="leave"),
]
