"""What every demo loader shares: the reserved domain of the demo accounts and how to find one."""

DEMO_DOMAIN = "demo.ppi4cities.eu"


def demo_person(handle: str):
    """The demo account `handle@demo.ppi4cities.eu`, or None (never a real account)."""
    from .models import User

    return User.objects.filter(email=f"{handle}@{DEMO_DOMAIN}", is_demo=True).first()
