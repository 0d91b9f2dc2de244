"""API endpoints of messages (mounted at /api/v1/messages/)."""

from ninja import Router

router = Router(tags=["messaging"])
