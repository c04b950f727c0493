"""`{% cachedfragment %}`: rendered parts of a page (its body, the footer) kept until the content changes.

    {% load fragment_tags %}
    {% cachedfragment "body" page.pk %}…{% endcachedfragment %}

The key is the name, the values after it, the host and the active language, under the data token
of `imeg.lookup_cache`: saving or deleting any page, image, document, setting, site or view
restriction replaces the token, so no fragment outlives a change of what it shows. Previews and
FRAGMENT_CACHE=0 render every time. Use it only for parts that depend on nothing else: not on the
user, the query string or the time.
"""

import hashlib

from django import template
from django.conf import settings
from django.utils import translation

from imeg import lookup_cache

register = template.Library()


class CachedFragmentNode(template.Node):
    def __init__(self, nodelist, name, vary_on):
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on

    def render(self, context):
        request = context.get("request")
        if not settings.FRAGMENT_CACHE_ENABLED or request is None or getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        values = [str(self.name.resolve(context))] + [str(value.resolve(context)) for value in self.vary_on]
        values += [request.get_host(), translation.get_language()]
        digest = hashlib.sha256("\x1f".join(values).encode()).hexdigest()[:32]
        return lookup_cache.cached(f"fragment:{digest}", lambda: self.nodelist.render(context))


@register.tag
def cachedfragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(f"{bits[0]} needs a name, e.g. {{% {bits[0]} 'body' page.pk %}}")
    nodelist = parser.parse(("endcachedfragment",))
    parser.delete_first_token()
    name, *vary_on = (parser.compile_filter(bit) for bit in bits[1:])
    return CachedFragmentNode(nodelist, name, vary_on)
