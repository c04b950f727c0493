"""Reading what a page's <head> tells search engines and social networks."""

from bs4 import BeautifulSoup


class Head:
    """The SEO-relevant parts of a page's <head>."""

    def __init__(self, response):
        self.soup = BeautifulSoup(response.content, "html.parser")
        head = self.soup.head

        def meta(attribute):
            values = {}
            for tag in head.find_all("meta", attrs={attribute: True}):
                values.setdefault(tag[attribute], []).append(tag["content"])
            return values

        self.names = meta("name")
        self.properties = meta("property")
        canonical = head.select('link[rel="canonical"]')
        self.canonical = [link["href"] for link in canonical]
        self.alternates = {link["hreflang"]: link["href"] for link in head.select('link[rel="alternate"][hreflang]')}
        self.scripts = [script.string for script in head.select('script[type="application/ld+json"]')]

    def name(self, key):
        (value,) = self.names[key]
        return value

    def property(self, key):
        (value,) = self.properties[key]
        return value
