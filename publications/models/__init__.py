from publications.choices import DatePrecision, FileKind, PublicationType
from publications.models.documents import PdfInfo, PdfStatus
from publications.models.pages import PublicationFile, PublicationIndexPage, PublicationPage

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
