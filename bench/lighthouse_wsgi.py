"""The site as in production for `make lighthouse`, plus its media files, which nginx serves in production."""

from django.conf import settings
from whitenoise import WhiteNoise

from imeg.wsgi import application as site

application = WhiteNoise(site, root=settings.MEDIA_ROOT, prefix=settings.MEDIA_URL, max_age=3600)
