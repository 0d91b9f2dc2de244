"""The server process freezes its lasting heap at start-up and after its first requests."""

import gc

from django.core.signals import request_finished

from ppi4cities.core.heap import freeze_after_warm_up


def test_the_heap_is_frozen_at_start_up_and_again_after_the_warm_up_requests():
    gc.unfreeze()
    try:  # the receiver is called as request_finished calls it
        receiver = freeze_after_warm_up(requests=2)
        frozen_at_start = gc.get_freeze_count()
        assert frozen_at_start > 0
        lasting = [[n] for n in range(1000)]  # built by a first request, kept by the process
        receiver(sender=None)
        assert gc.get_freeze_count() == frozen_at_start
        receiver(sender=None)
        assert gc.get_freeze_count() >= frozen_at_start + len(lasting)
        assert not request_finished.disconnect(receiver)  # done: no longer counting
    finally:
        gc.unfreeze()
