from publications.models.documents import PdfInfo, PdfStatus
from publications.models.pages import (
    DatePrecision,
    FileKind,
    PublicationFile,
    PublicationIndexPage,
    PublicationPage,
    PublicationType,
)

__all__ = [
    "DatePrecision",
    "FileKind",
    "PdfInfo",
    "PdfStatus",
    "PublicationFile",
    "PublicationIndexPage",
    "PublicationPage",
    "PublicationType",
]
