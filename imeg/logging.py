"""Log formatting: one JSON object per line, for the request log (`imeg.request`); quieter security noise."""

import datetime
import json
import logging

# Attributes every LogRecord has; anything else on a record came from `extra=` and is logged as a field.
_RECORD_ATTRIBUTES = set(vars(logging.makeLogRecord({}))) | {"message", "asctime"}


class JsonFormatter(logging.Formatter):
    """Time, level, logger, message and the record's `extra` fields as one JSON line."""

    def format(self, record):
        created = datetime.datetime.fromtimestamp(record.created, tz=datetime.UTC)
        entry = {
            "time": created.isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        entry.update((key, value) for key, value in vars(record).items() if key not in _RECORD_ATTRIBUTES)
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


class InfoWithoutTraceback(logging.Filter):
    """Turns a logger's records into one INFO line without traceback (LOGGING: django.security.DisallowedHost).

    Django logs every request for a host not in ALLOWED_HOSTS at ERROR with a traceback: scanners
    sending made-up Host headers would fill the log and hide real errors. The request still gets
    the 400 page; LOG_LEVEL=WARNING hides these lines altogether.
    """

    def filter(self, record):
        record.levelno, record.levelname = logging.INFO, logging.getLevelName(logging.INFO)
        record.exc_info = record.exc_text = record.stack_info = None
        return logging.getLogger().isEnabledFor(logging.INFO)
