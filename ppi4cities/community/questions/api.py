"""API endpoints of questions and answers (mounted at /api/v1/questions/)."""

from ninja import Router

router = Router(tags=["questions"])
