"""What search engines and sharing see: page metadata (`metadata`), sitemaps and robots.txt (`sitemaps`, `views`)."""
