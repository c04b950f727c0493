from imeg.models.base import BasePage, RoutableBasePage, related_pages
from imeg.models.contact import FormField, FormPage
from imeg.models.images import CustomImage, CustomRendition
from imeg.models.pages import ContentPage, HomePage, TopicIndexPage, TopicPage
from imeg.models.search import SearchEntry
from imeg.models.site_settings import SiteSettings

__all__ = [
    "BasePage",
    "ContentPage",
    "FormField",
    "FormPage",
    "HomePage",
    "CustomImage",
    "CustomRendition",
    "RoutableBasePage",
    "SearchEntry",
    "SiteSettings",
    "TopicIndexPage",
    "TopicPage",
    "related_pages",
]
