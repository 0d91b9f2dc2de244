"""Keeping the garbage collector's full collections short in long-running server processes.

A web process holds a large, lasting heap: Django's code, the URL resolvers, compiled
templates and translation catalogues, most of them built on the first requests. A full
collection walks every object on it: on the 2-core benchmark machine 80 ms after start-up and
150 ms once the main pages have been served, a pause that lands on whichever request happens
to be running. `gc.freeze()` moves what exists to a permanent generation that collections
skip: once at start-up, and once more after the first requests have built the rest (after a
collection, so that no garbage is frozen with it). Only the WSGI entry point uses it.
"""

import gc

from django.core.signals import request_finished

WARM_UP_REQUESTS = 100


def freeze_after_warm_up(requests: int = WARM_UP_REQUESTS):
    """Freeze the heap now, and again when this process has served `requests` requests.
    Returns the receiver (connected to `request_finished`)."""
    gc.freeze()
    served = 0

    def count(**_kwargs):
        nonlocal served
        served += 1
        if served >= requests:
            request_finished.disconnect(count)
            # Runs after the response has been sent (the server closes it first).
            gc.collect()
            gc.freeze()

    request_finished.connect(count, weak=False)
    return count
