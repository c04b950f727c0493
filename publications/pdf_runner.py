"""Running publications/pdf.py on a file in a child process with hard limits, for the upload check and the reading.

Every PDF is opened in a child process that limits its own memory, CPU time and output, and that
the parent kills after a wall-clock timeout: a hostile file can fail, but it cannot hang or exhaust
the web worker or the task worker.
"""

import json
import logging
import subprocess
import sys
from pathlib import Path

from django.conf import settings

logger = logging.getLogger("publications.pipeline")

SCRIPT = str(Path(__file__).with_name("pdf.py"))
DEFAULT_LIMITS = {
    "memory_bytes": 1024 * 1024 * 1024,
    "cpu_seconds": 30,
    "wall_seconds": 60,
    "output_bytes": 64 * 1024 * 1024,
    "max_pages": 3000,
    # Decompressed bytes of all Flate streams together; more is treated as a decompression bomb.
    "inflate_bytes": 768 * 1024 * 1024,
}


class PdfRefused(Exception):
    """The file is no PDF we accept; `code` is a key of publications.upload.MESSAGES."""

    def __init__(self, code):
        super().__init__(code)
        self.code = code


def limits():
    """DEFAULT_LIMITS with those the settings lower or raise (PUBLICATIONS_PDF_LIMITS)."""
    return {**DEFAULT_LIMITS, **settings.PUBLICATIONS_PDF_LIMITS}


def run_child(mode, *arguments):
    """Run publications/pdf.py on a file and return its JSON answer; a crash or timeout is a refusal."""
    current = limits()
    command = [sys.executable, "-I", SCRIPT, mode, *map(str, arguments), json.dumps(current)]
    try:
        completed = subprocess.run(  # noqa: S603 - our own script, arguments are paths
            command, capture_output=True, timeout=current["wall_seconds"], check=False
        )
    except subprocess.TimeoutExpired:
        raise PdfRefused("too_complex") from None
    if completed.returncode != 0:
        # Killed by the CPU or memory limit, or pdfium gave up on the file.
        logger.warning("PDF check ended with %s: %s", completed.returncode, completed.stderr[-500:])
        raise PdfRefused("too_complex")
    try:
        result = json.loads(completed.stdout)
    except ValueError:
        raise PdfRefused("damaged") from None
    if "refused" in result:
        raise PdfRefused(result["refused"])
    return result
