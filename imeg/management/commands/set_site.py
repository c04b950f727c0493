"""Give the default Wagtail Site the public address, from which every absolute URL is built."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

from imeg.checks import HTTPS_PORT, LOOPBACK_HOSTS, address_from_url


class Command(BaseCommand):
    help = (
        "Setzt Hostname und Port der Standard-Website (Wagtail-Site), aus denen kanonische URLs, hreflang, "
        "Sitemaps, robots.txt und Feeds gebaut werden. Ohne Angaben gelten Host und Port aus "
        "WAGTAILADMIN_BASE_URL (https → Port 443)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--hostname", help="öffentlicher Hostname, z. B. www.example.org")
        parser.add_argument("--port", type=int, help="Port; 443 für https (Standard bei --hostname: 443)")
        parser.add_argument("--site-name", help="Name der Website im Admin (bleibt sonst, wie er ist)")

    def handle(self, *args, hostname=None, port=None, site_name=None, **options):
        if hostname is None:
            try:
                hostname, default_port = address_from_url(settings.WAGTAILADMIN_BASE_URL)
            except ValueError as error:
                raise CommandError(f"WAGTAILADMIN_BASE_URL: {error}; --hostname angeben.") from error
            if hostname.lower() in LOOPBACK_HOSTS:
                raise CommandError(
                    f"WAGTAILADMIN_BASE_URL ist {settings.WAGTAILADMIN_BASE_URL}, keine öffentliche Adresse: "
                    "WAGTAILADMIN_BASE_URL setzen oder --hostname angeben."
                )
            port = default_port if port is None else port
        hostname = hostname.strip().lower()
        port = HTTPS_PORT if port is None else port
        if not hostname or "/" in hostname or ":" in hostname:
            raise CommandError(f"{hostname!r} ist kein Hostname (ohne Schema, Port und Pfad angeben).")
        if not 0 < port < 65536:
            raise CommandError(f"{port} ist kein Port.")
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            raise CommandError("Es gibt keine Standard-Website; zuerst migrate ausführen.")
        if Site.objects.exclude(pk=site.pk).filter(hostname=hostname, port=port).exists():
            raise CommandError(f"Eine andere Website hat schon {hostname}:{port}.")
        site.hostname, site.port = hostname, port
        if site_name:
            site.site_name = site_name
        site.save()
        self.stdout.write(self.style.SUCCESS(f"Standard-Website: {site.root_url}/"))
        if port not in (80, HTTPS_PORT):
            self.stdout.write(
                self.style.WARNING(f"Wagtail baut für Port {port} http-Adressen ({site.root_url}); 443 ist https.")
            )
