"""The core of the demo site: home page, network, border regions, activities, contact and legal pages."""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, Site

from imeg.demo.builder import Later, localized
from imeg.demo.content import activities, border_regions, contact, home, legal, network
from imeg.models import ContentPage, FormField, FormPage, HomePage, SiteSettings, TopicIndexPage, TopicPage
from imeg.translation_utils import LANGUAGE_CODES

PAGE_FIELDS = ("title", "slug", "seo_title", "search_description", "intro", "thank_you_text", "subject")
STREAM_FIELDS = ("body", "teasers")


def build_site(builder):
    """Build the core sections of the demo site; apps add theirs through the `imeg_demo_content` hook."""
    for data in home.IMAGES:
        builder.generated_image(
            data["key"],
            data["title"],
            kind=data["kind"],
            size=data.get("size", (1600, 1000)),
            palette=data.get("palette"),
            alt=data["alt"],
            caption=data["caption"],
        )
    home_page = build_page(builder, prepare_root(), HomePage, home.HOME)
    use_as_default_site(builder, home_page)
    remove_welcome_page(builder)

    build_section(builder, home_page, network.SECTION, network.CHILDREN)
    build_section(builder, home_page, border_regions.SECTION, border_regions.CHILDREN)
    activities_page = build_section(builder, home_page, activities.SECTION, [])
    topic_index = build_page(builder, activities_page, TopicIndexPage, activities.TOPIC_INDEX, show_in_menus=True)
    for data in activities.TOPICS:
        build_page(builder, topic_index, TopicPage, data, show_in_menus=True)

    build_contact_page(builder, home_page)
    for data in legal.LEGAL_PAGES:
        build_page(builder, home_page, ContentPage, data, show_in_menus=False)
    build_site_settings(builder, home_page)


def build_page(builder, parent, model, data, **extra):
    """Find or create the page described by a content dict (see imeg.demo.content)."""
    fields = {name: data[name] for name in PAGE_FIELDS if name in data}
    if "image" in data:
        fields["image"] = builder.image(data["image"])
    for name in STREAM_FIELDS:
        if data.get(name):
            fields[name] = builder.stream(data["key"], data[name])
    return builder.get_or_create_page(parent, model, data["key"], **fields, **extra)


def build_section(builder, parent, section, children):
    page = build_page(builder, parent, ContentPage, section, show_in_menus=True)
    for data in children:
        build_page(builder, page, ContentPage, data, show_in_menus=True)
    return page


def build_contact_page(builder, parent):
    form_fields = [
        FormField(
            sort_order=index,
            clean_name=field["name"],
            field_type=field["type"],
            required=field["required"],
            **localized(**{name: field[name] for name in ("label", "help_text") if name in field}),
        )
        for index, field in enumerate(contact.CONTACT["form_fields"])
    ]
    return build_page(
        builder,
        parent,
        FormPage,
        contact.CONTACT,
        show_in_menus=True,
        form_fields=form_fields,
        privacy_page=Later(lambda: builder.page(legal.PRIVACY_KEY)),
    )


def prepare_root():
    """The tree's root page, with the per-language URL paths its children's paths are built from."""
    root = Page.get_first_root_node()
    if not root.url_path_de:
        # Wagtail's migration creates the root before modeltranslation adds its language columns.
        Page.objects.filter(pk=root.pk).update(
            title_de="Root", slug_de="root", **{f"url_path_{code}": "/" for code in LANGUAGE_CODES}
        )
        root = Page.get_first_root_node()
    return root


def use_as_default_site(builder, home_page):
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, site_name="IMeG", root_page=home_page, is_default_site=True)
        builder.created("Website", "localhost:80")
    elif site.root_page_id != home_page.pk:
        site.root_page = home_page
        site.site_name = site.site_name or "IMeG"
        site.save()
        builder.log(f"  ~ Website: {site.hostname}:{site.port} zeigt auf die Startseite")


def remove_welcome_page(builder):
    """Delete Wagtail's "Welcome to your new Wagtail site!" page, which our home page replaces."""
    plain_page = ContentType.objects.get_for_model(Page)
    for page in Page.objects.filter(depth=2, content_type=plain_page, numchild=0):
        if not Site.objects.filter(root_page=page).exists():
            page.delete()
            builder.log("  - Seite entfernt: Willkommensseite von Wagtail")


def build_site_settings(builder, home_page):
    site = Site.objects.filter(root_page=home_page).order_by("-is_default_site", "pk").first()
    settings = SiteSettings.for_site(site)
    if settings.email or settings.footer_links:
        return  # set up before, by an earlier run or an editor: leave it alone
    data = home.SETTINGS
    values = localized(organisation_name=data["organisation_name"], address=data["address"])
    values.update({name: data[name] for name in ("short_name", "email", "phone", "contact_email")})
    for name, value in values.items():
        setattr(settings, name, value)
    settings.logo = builder.image("logo")
    settings.default_share_image = builder.image("share")
    settings.social_links = [
        {"type": "link", "value": {"platform": platform, "url": url}} for platform, url in data["social_links"]
    ]
    settings.footer_links = [
        {"type": "link", "value": {"page": builder.page(key).pk, "text": ""}} for key in data["footer_links"]
    ]
    settings.save()
    builder.created("Einstellungen", f"Website-Einstellungen für {site.hostname}")
