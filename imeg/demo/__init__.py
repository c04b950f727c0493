"""The demo site that `manage.py load_demo` builds: texts, generated pictures and the helpers that place them."""
