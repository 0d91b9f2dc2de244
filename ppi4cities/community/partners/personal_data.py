"""Partner search in a person's privacy download: the calls they posted and the interest
they expressed."""

from ppi4cities.accounts.personal_data import when

from .selectors import calls_of_person, interests_of_person


def partners_section(user) -> dict:
    return {
        "partner_calls": [
            {
                "title": call.title,
                "organisation": call.organisation.name,
                "purpose": call.purpose,
                "programme": call.programme,
                "call_name": call.call_name,
                "description": call.description,
                "deadline": call.deadline.isoformat(),
                "status": call.status,
                "hidden": when(call.hidden_at),
                "created": when(call.created_at),
            }
            for call in calls_of_person(user).order_by("pk")
        ],
        "partner_interests": [
            {
                "call": interest.call.title,
                "organisation": interest.organisation.name if interest.organisation else None,
                "message": interest.message,
                "expressed": when(interest.created_at),
            }
            for interest in interests_of_person(user).order_by("pk")
        ],
    }
