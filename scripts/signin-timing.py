#!/usr/bin/env python3
"""Measures how long a failed sign-in takes for an unknown email, a known account with a wrong password, a
throttled (account, address) pair and an invited account that has no password yet. Not a test: run it against a
running app and copy the table into the README.

  ASPNETCORE_ENVIRONMENT=Production RateLimits__SignInPerMinute=10000 \
  Admin__Email=admin@example.com Admin__Password='timing admin passphrase' \
  dotnet src/OutsourcingAdvisor.Web/bin/Release/net10.0/OutsourcingAdvisor.Web.dll --urls http://127.0.0.1:8080
  python3 scripts/signin-timing.py http://127.0.0.1:8080 [rounds]
"""
import http.cookiejar, re, statistics, sys, time, urllib.parse, urllib.request

BASE = sys.argv[1].rstrip("/") if len(sys.argv) > 1 else "http://127.0.0.1:8080"
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 40
ADMIN, ADMIN_PW = "admin@example.com", "timing admin passphrase"

class LoopbackPolicy(http.cookiejar.DefaultCookiePolicy):
    # The app marks its session cookie Secure; like browsers on 127.0.0.1, send it over plain HTTP to loopback.
    def return_ok_secure(self, cookie, request): return True

def session():
    jar = http.cookiejar.CookieJar(policy=LoopbackPolicy())
    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *a, **k): return None
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)

def token(opener, path):
    html = opener.open(BASE + path, timeout=30).read().decode()
    return re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', html).group(1)

def post(opener, path, fields):
    data = urllib.parse.urlencode(fields).encode()
    try:
        return opener.open(urllib.request.Request(BASE + path, data=data), timeout=30).status
    except urllib.error.HTTPError as e:
        return e.code

def sign_in(opener, email, password):
    fields = {"Input.Email": email, "Input.Password": password, "__RequestVerificationToken": token(opener, "/account/signin")}
    start = time.perf_counter()
    status = post(opener, "/account/signin", fields)
    return time.perf_counter() - start, status

admin = session()
assert sign_in(admin, ADMIN, ADMIN_PW)[1] == 302, "configure Admin__Email / Admin__Password as in the docstring"
invited = f"invited-{int(time.time())}@example.com"
post(admin, "/admin/invite", {"Email": invited, "Name": "Invited", "Role": "consultant", "__RequestVerificationToken": token(admin, "/admin")})

cases = {
    "unknown email": ("nobody-%d@example.com", "wrong password"),
    "known account, wrong password": (ADMIN, "wrong password"),
    "throttled account and address": (ADMIN, "wrong password"),  # after the limit below
    "invited, no password yet": (invited, "wrong password"),
}
# Round-robin over the cases, so load from anything else on the machine falls on all of them alike.
clients = {name: session() for name in cases}
for _ in range(6): sign_in(clients["throttled account and address"], ADMIN, "wrong password")  # past the 5-try limit
results = {name: [] for name in cases}
for i in range(ROUNDS):
    for name, (email, password) in cases.items():
        e = email % i if "%d" in email else email
        elapsed, status = sign_in(clients[name], e, password)
        assert status == 200, (name, status)
        if i >= 5: results[name].append(elapsed * 1000)  # the first rounds warm up the JIT and connections

base = statistics.median(results["unknown email"])
print(f"| case | median ms | p90 ms | vs unknown |")
print(f"| --- | ---: | ---: | ---: |")
for name, t in results.items():
    med = statistics.median(t)
    p90 = statistics.quantiles(t, n=10)[-1]
    print(f"| {name} | {med:.1f} | {p90:.1f} | {med / base * 100:.0f}% |")
