from imeg.models.base import BasePage, RoutableBasePage
from imeg.models.contact import FormField, FormPage
from imeg.models.images import CustomImage, CustomRendition
from imeg.models.links import BrokenInternalLink, ExternalLink, LinkProblem
from imeg.models.pages import ContentPage, HomePage, TopicIndexPage, TopicPage
from imeg.models.search import SearchEntry
from imeg.models.site_settings import SiteSettings
from imeg.translations.models import TranslationSource, TranslationStatus

__all__ = [
    "BasePage",
    "BrokenInternalLink",
    "ContentPage",
    "FormField",
    "FormPage",
    "HomePage",
    "LinkProblem",
    "CustomImage",
    "CustomRendition",
    "ExternalLink",
    "RoutableBasePage",
    "SearchEntry",
    "SiteSettings",
    "TopicIndexPage",
    "TopicPage",
    "TranslationSource",
    "TranslationStatus",
]
