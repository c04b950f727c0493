"""Where the admin keeps uploaded exports, zips and a run's results: a folder outside MEDIA_ROOT.

The files hold the whole old site, drafts and private posts included, so they never get a public
URL: `url()` refuses, and the admin's views hand them out to superusers only. The folder is read
when a file is opened (settings.WORDPRESS_IMPORT_ROOT), so tests and the worker can point it elsewhere.
"""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils.deconstruct import deconstructible


@deconstructible
class PrivateImportStorage(FileSystemStorage):
    @property
    def base_location(self):
        return str(settings.WORDPRESS_IMPORT_ROOT)

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError("Files of the WordPress import have no public URL.")


private_storage = PrivateImportStorage()
