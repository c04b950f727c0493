"""The core page types: each renders in every language with its own template, and the tree has rules."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page

from imeg.models import ContentPage, FormPage, HomePage, TopicIndexPage, TopicPage
from tests.factories import ContentPageFactory, TopicPageFactory

LANGUAGES = ["de", "en", "fr", "nl"]

# For each page type of the fixture tree: its template, then its URL and title per language.
# The contact form is only in German and English, so French and Dutch show the German title.
PAGES = {
    "HomePage": (
        "imeg/home_page.html",
        {
            "de": ("/de/", "Startseite"),
            "en": ("/en/", "Home"),
            "fr": ("/fr/", "Accueil"),
            "nl": ("/nl/", "Startpagina"),
        },
    ),
    "ContentPage": (
        "imeg/content_page.html",
        {
            "de": ("/de/initiativkreis/", "Initiativkreis"),
            "en": ("/en/network/", "The network"),
            "fr": ("/fr/reseau/", "Le réseau"),
            "nl": ("/nl/netwerk/", "Het netwerk"),
        },
    ),
    "TopicIndexPage": (
        "imeg/topic_index_page.html",
        {
            "de": ("/de/aktivitaeten-themen/themen/", "Themen"),
            "en": ("/en/activities-topics/topics/", "Topics"),
            "fr": ("/fr/activites-themes/themes/", "Thèmes"),
            "nl": ("/nl/activiteiten-themas/themas/", "Thema's"),
        },
    ),
    "TopicPage": (
        "imeg/topic_page.html",
        {
            "de": ("/de/aktivitaeten-themen/themen/mobilitaet/", "Mobilität"),
            "en": ("/en/activities-topics/topics/mobility/", "Mobility"),
            "fr": ("/fr/activites-themes/themes/mobilite/", "Mobilité"),
            "nl": ("/nl/activiteiten-themas/themas/mobiliteit/", "Mobiliteit"),
        },
    ),
    "FormPage": (
        "imeg/form_page.html",
        {
            "de": ("/de/kontakt/", "Kontakt"),
            "en": ("/en/contact/", "Contact"),
            "fr": ("/fr/kontakt/", "Kontakt"),
            "nl": ("/nl/kontakt/", "Kontakt"),
        },
    ),
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_type", PAGES)
def test_every_page_type_renders_in_every_language_with_its_own_template(site_tree, client, page_type, language):
    template, urls = PAGES[page_type]
    url, title = urls[language]

    response = client.get(url)

    assert response.status_code == 200
    assert template in [t.name for t in response.templates]
    html = BeautifulSoup(response.content, "html.parser")
    assert html.html["lang"] == language
    assert html.h1.get_text(strip=True) == title


def test_home_page_can_only_be_created_under_the_root():
    assert HomePage.allowed_parent_page_models() == [Page]


def test_there_is_only_one_home_page(site_tree):
    assert not HomePage.can_create_at(Page.get_first_root_node())


def test_content_pages_live_under_the_home_page_or_other_content_pages(site_tree):
    assert set(ContentPage.allowed_parent_page_models()) == {HomePage, ContentPage}
    assert ContentPage.can_create_at(site_tree.home)
    assert ContentPage.can_create_at(site_tree.network)
    assert not ContentPage.can_create_at(site_tree.topics)
    assert not ContentPage.can_create_at(site_tree.mobility)


def test_topic_pages_can_only_be_created_under_the_topic_index(site_tree):
    assert TopicPage.allowed_parent_page_models() == [TopicIndexPage]
    assert TopicPage.can_create_at(site_tree.topics)
    assert not TopicPage.can_create_at(site_tree.home)
    assert not TopicPage.can_create_at(site_tree.activities)


def test_topic_index_only_takes_topic_pages():
    assert TopicIndexPage.allowed_subpage_models() == [TopicPage]


def test_there_is_only_one_topic_index(site_tree):
    assert not TopicIndexPage.can_create_at(site_tree.network)


def test_topic_and_form_pages_have_no_subpages():
    assert TopicPage.allowed_subpage_models() == []
    assert FormPage.allowed_subpage_models() == []


def test_form_pages_live_under_the_home_page_or_content_pages():
    assert set(FormPage.allowed_parent_page_models()) == {HomePage, ContentPage}


def test_home_page_takes_the_site_sections_but_no_topic_or_home_page():
    allowed = set(HomePage.allowed_subpage_models())
    assert {ContentPage, TopicIndexPage, FormPage} <= allowed
    assert not {HomePage, TopicPage} & allowed


def test_topic_index_lists_only_its_published_topics(site_tree):
    TopicPageFactory(parent=site_tree.topics, title_de="Entwurfsthema", live=False)

    assert list(site_tree.topics.topics()) == [site_tree.mobility, site_tree.monitoring]


def test_topic_index_page_shows_its_topics_in_the_visitors_language(site_tree, client):
    response = client.get("/en/activities-topics/topics/")

    html = BeautifulSoup(response.content, "html.parser")
    links = {a.get_text(strip=True): a["href"] for a in html.select(".card__title a")}
    assert links == {
        "Mobility": "/en/activities-topics/topics/mobility/",
        "Spatial monitoring": "/en/activities-topics/topics/spatial-monitoring/",
    }


def test_content_page_teasers_list_only_published_subpages(site_tree, client):
    ContentPageFactory(parent=site_tree.network, title_de="Noch nicht fertig", live=False)

    response = client.get("/de/initiativkreis/")

    html = BeautifulSoup(response.content, "html.parser")
    assert [a.get_text(strip=True) for a in html.select(".card__title a")] == ["Hintergrund", "Ziele"]


def test_main_menu_lists_the_published_sections_marked_for_menus(site_tree, client):
    ContentPageFactory(parent=site_tree.home, title_de="Entwurf", show_in_menus=True, live=False)

    response = client.get("/en/")

    html = BeautifulSoup(response.content, "html.parser")
    assert [a.get_text(strip=True) for a in html.select("#main-nav .main-nav__link")] == [
        "The network",
        "Activities & topics",
        "Contact",
    ]


def test_breadcrumbs_lead_from_home_to_the_page_in_the_visitors_language(site_tree, client):
    response = client.get("/en/activities-topics/topics/mobility/")

    html = BeautifulSoup(response.content, "html.parser")
    links = html.select(".breadcrumbs a")
    assert [a["href"] for a in links] == ["/en/", "/en/activities-topics/", "/en/activities-topics/topics/"]
    assert [a.get_text(strip=True) for a in links[1:]] == ["Activities & topics", "Topics"]
    assert html.select_one('.breadcrumbs [aria-current="page"]').get_text(strip=True) == "Mobility"


def test_breadcrumbs_show_an_ancestor_renamed_after_they_were_cached(site_tree, client):
    client.get("/en/activities-topics/topics/mobility/")  # the trail is now in the lookup cache
    topics = TopicIndexPage.objects.get()
    topics.title_en = "Our topics"
    topics.save_revision().publish()

    response = client.get("/en/activities-topics/topics/mobility/")

    html = BeautifulSoup(response.content, "html.parser")
    assert [a.get_text(strip=True) for a in html.select(".breadcrumbs a")][2] == "Our topics"
    (trail,) = [s for s in html.select('script[type="application/ld+json"]') if "BreadcrumbList" in s.string]
    assert "Our topics" in trail.string


def test_language_links_follow_a_slug_changed_after_they_were_cached(site_tree, client):
    client.get("/de/aktivitaeten-themen/themen/mobilitaet/")  # the page's translations are now cached
    topic = TopicPage.objects.get(slug_de="mobilitaet")
    topic.slug_en = "transport"
    topic.save_revision().publish()

    html = BeautifulSoup(client.get("/de/aktivitaeten-themen/themen/mobilitaet/").content, "html.parser")
    assert html.select_one('.language-switcher a[hreflang="en"]')["href"] == "/en/activities-topics/topics/transport/"
    assert html.select_one('link[hreflang="en"]')["href"].endswith("/en/activities-topics/topics/transport/")
