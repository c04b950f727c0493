import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

PATHS = ["/de/", "/de/initiativkreis/", "/en/activities-topics/topics/", "/de/aktivitaeten-themen/themen/mobilitaet/", "/de/kontakt/"]

def test_dump(site_tree, client):
    out = []
    for path in PATHS:
        client.get(path)
        with CaptureQueriesContext(connection) as ctx:
            r = client.get(path)
        out.append(f"=== {path} {r.status_code} {len(ctx)}")
        for q in ctx.captured_queries:
            out.append("   " + q["sql"][:400])
    open("/tmp/perf_queries.txt", "w").write("\n".join(out))
