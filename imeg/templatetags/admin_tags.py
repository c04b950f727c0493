"""The admin shows this site's name and logo in place of Wagtail's."""

from django import template
from django.conf import settings

from imeg.models import SiteSettings

register = template.Library()


@register.simple_tag(takes_context=True)
def admin_site_name(context, short=False):
    """The organisation's (short) name from the site settings, or WAGTAIL_SITE_NAME before there are any."""
    request = context.get("request")
    try:
        site_settings = SiteSettings.for_request(request)
    except (AttributeError, SiteSettings.DoesNotExist):  # no request, or no site at all yet
        return settings.WAGTAIL_SITE_NAME
    return (site_settings.short_name if short else site_settings.organisation_name) or settings.WAGTAIL_SITE_NAME
