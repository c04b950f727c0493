# Varnish in front of the IMeG app servers (docs/deployment.md). Varnish 7, VCL 4.1.
#
# Caches what the application marks as shareable, nothing else: an anonymous GET or HEAD whose
# response says `Cache-Control: public` (with `s-maxage`, imeg.page_cache.middleware) and sets no
# cookie. Never the admin or its preview, never POST, never a visitor with a session, CSRF or
# messages cookie. Wagtail's frontend cache (FRONTEND_CACHE_URL) purges exact URLs with PURGE, which
# only the addresses in `purgers` may send.

vcl 4.1;

# nginx's internal listener (deploy/nginx/imeg.conf), which balances the app servers with retries.
backend default {
    .host = "127.0.0.1";
    .port = "8080";
    .connect_timeout = 2s;
    .first_byte_timeout = 60s;
    .probe = {
        .request = "GET /healthz HTTP/1.1" "Host: localhost" "Connection: close";
        .interval = 5s;
        .timeout = 2s;
        .window = 5;
        .threshold = 3;
    }
}

# Who may purge: the app servers and the worker (they send Wagtail's PURGE requests). nginx in front
# refuses PURGE from the outside (deploy/nginx/imeg.conf), since it reaches Varnish from 127.0.0.1.
acl purgers {
    # Add the app servers' and the worker's private addresses here, e.g. "10.0.0.11"; "10.0.0.12";
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        return (purge);
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The admin (ADMIN_PATH, default admin/; change here if it differs) with its previews, the
    # health probes and documents (the serve view checks permissions per request).
    if (req.url ~ "^/(admin|healthz|readyz|documents)(/|$)") {
        return (pass);
    }
    if (req.http.Authorization) {
        return (pass);
    }
    # An editor or a visitor who sent a form: always fresh from the app.
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|csrftoken|messages)=") {
        return (pass);
    }
    # Other cookies mean nothing to the site; without them all visitors share one cached copy.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_response {
    if (bereq.uncacheable) {
        return (deliver);
    }
    # Only what the application explicitly shares; a response that sets a cookie never.
    if (beresp.http.Set-Cookie
        || beresp.http.Cache-Control !~ "(^|,)\s*public"
        || beresp.http.Cache-Control ~ "(private|no-store|no-cache)") {
        # Remember for a short while not to wait for other requests of this URL (hit-for-miss).
        set beresp.uncacheable = true;
        set beresp.ttl = 30s;
        return (deliver);
    }
    # Only complete, successful answers and redirects (`/` to a language, Vary: Accept-Language).
    if (beresp.status != 200 && beresp.status != 301 && beresp.status != 302) {
        set beresp.uncacheable = true;
        set beresp.ttl = 30s;
        return (deliver);
    }
    # Serve a stale copy for a short while if the app servers fail (and while one is fetched).
    set beresp.grace = 1h;
    return (deliver);
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Varnish-Cache = "hit";
    } else {
        set resp.http.X-Varnish-Cache = "miss";
    }
    unset resp.http.Via;
    unset resp.http.X-Varnish;
}
