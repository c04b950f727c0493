"""Settings of the task worker that tests/publications/test_worker.py starts: the site's, with test limits."""

from imeg.settings import *  # noqa: F403

# Low enough that a large decompression bomb kills the reading child by its memory limit.
PUBLICATIONS_PDF_LIMITS = {"inflate_bytes": 10**12, "memory_bytes": 256 * 1024 * 1024}
PUBLICATIONS_RETRY_SECONDS = 0
