#!/bin/sh
# The public reports read by real consumers (docs/cli.md, "Markdown and HTML reports"):
# the Markdown report rendered by cmark-gfm (the renderer of GitHub), the HTML report
# rendered by headless Chromium at a desktop's and a phone's width. Pages: the report
# of tests/golden/check_format_html (hostile names), of the bundled examples, and the
# unit tests' sample portfolio (`test_report_public --sample`: shares, bounds, groups,
# goals). For each: the Markdown's tables come out as tables and nothing from the facts
# as markup or a link; the page holds no address that leaves it, makes no network
# request (Chromium's net log, every host unresolvable; a control page that does load
# an image shows the check would see it), is not blank (pixel counts of the PNG, and
# the chart's bar colour on the portfolio page), and shows its figures (the DOM).
# Screenshots stay in build/browser/ to look at.
# Needs: chromium, cmark-gfm, Debian's python3 with python3-pil (`make browser-deps`,
# run by `make test`, installs them). A missing tool is a failure, never a skip.
# Usage: sh tests/browser.sh   (JQLC=path/to/jqlc, SAMPLE=path/to/test_report_public)
set -u
root=$(pwd)
JQLC=${JQLC:-$root/jqlc}
case $JQLC in /*) ;; *) JQLC=$root/$JQLC ;; esac
SAMPLE=${SAMPLE:-$root/build/tests/test_report_public}
case $SAMPLE in /*) ;; *) SAMPLE=$root/$SAMPLE ;; esac
OUT=${OUT:-build/browser}
PY=/usr/bin/python3 # Debian's, which python3-pil extends (not a python3 of one's own)
export LC_ALL=C NO_COLOR=1
unset JQL_PATH JQL_STDLIB
pass=0 fail=0

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $1: $2"; }

missing=""
command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
command -v cmark-gfm >/dev/null 2>&1 || missing="$missing cmark-gfm"
"$PY" -c 'import PIL' >/dev/null 2>&1 || missing="$missing python3-pil"
if [ -n "$missing" ]; then
  echo "browser: FAILED: missing$missing (Debian packages; 'make browser-deps' installs them)"
  echo "browser: 0 passed, 1 failed"
  exit 1
fi

rm -rf "$OUT" && mkdir -p "$OUT" || exit 1
OUT=$(cd "$OUT" && pwd)

# ---- the pages ----
g=$root/tests/golden/check_format_html
(cd "$g" && "$JQLC" check --as-of 2026-11-23 -r r.jq --format html a.facts) \
  >"$OUT/hostile.html" 2>/dev/null
(cd "$g" && "$JQLC" check --as-of 2026-11-23 -r r.jq --format markdown a.facts) \
  >"$OUT/hostile.md" 2>/dev/null
"$JQLC" check --as-of 2026-11-23 -r examples/county/standards --format html examples/*.facts \
  >"$OUT/examples.html" 2>/dev/null
"$JQLC" check --as-of 2026-11-23 -r examples/county/standards --format markdown \
  examples/*.facts >"$OUT/examples.md" 2>/dev/null
"$SAMPLE" --sample "$OUT" || bad sample "$SAMPLE --sample failed"
printf '%s\n' '<!DOCTYPE html><html><body><p>control</p>' \
  '<img src="http://example.invalid/a.png"><img src="https://example.invalid/b.png">' \
  '</body></html>' >"$OUT/control.html"

# ---- Markdown through cmark-gfm ----
# md NAME PATTERN...: rendered; as many <table>s as delimiter rows; no link and no raw
# HTML from the text; each PATTERN (grep -F) in the rendered HTML.
md() {
  name=$1
  shift
  cmark-gfm -e table -e autolink -e strikethrough -e tagfilter "$OUT/$name.md" \
    >"$OUT/$name.md.html" || { bad "$name.md" "cmark-gfm failed"; return; }
  want=$(grep -c '^|---' "$OUT/$name.md")
  got=$(grep -c '<table>' "$OUT/$name.md.html")
  if [ "$want" -gt 0 ] && [ "$want" = "$got" ]; then ok; else
    bad "$name.md" "$want tables written, $got rendered as <table>"; fi
  if grep -qiE '<a |<script|<b>|<em>|<del>|<img' "$OUT/$name.md.html"; then
    bad "$name.md" "markup or a link from the text: $(grep -oiE '<(a|script|b|em|del|img)[ >][^<]*' \
      "$OUT/$name.md.html" | head -3)"
  else ok; fi
  for p in "$@"; do
    if grep -qF -- "$p" "$OUT/$name.md.html"; then ok; else bad "$name.md" "no '$p'"; fi
  done
}
hostile='&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; *Co* | [l](http://e.x) $1 $2'
md hostile "<h3>$hostile — fail</h3>" \
  '<td>Pay: a wage *above* the floor (version 2026.1)</td>' \
  'advice: Raise the wage to &lt;min_wage&gt; &amp; publish it'
md examples '<h3>Example Community Hospital — fail</h3>' '<td>employers</td>'
md sample '<td>71.4% (62.5–75.0%)</td>' '<td>n/a (0.0–100.0%)</td>' '<td>hidden</td>' \
  '<td>63.1% (60.1–64.8%)</td>' '<strong>undecided</strong>'

# ---- HTML in Chromium ----
chrome() { # chrome PAGE WIDTH: screenshot, net log; every host unresolvable
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --disable-default-apps --disable-extensions --host-resolver-rules='MAP * ~NOTFOUND' \
    --log-net-log="$OUT/$1.$2.netlog.json" --window-size="$2,2400" \
    --screenshot="$OUT/$1.$2.png" "file://$OUT/$1.html" >"$OUT/$1.$2.log" 2>&1
}

# The requests the page made (not Chromium's own, whose initiator is no origin): one
# line per URL that is not file: or data:.
page_requests() {
  "$PY" - "$1" <<'EOF'
import json, sys
text = open(sys.argv[1], encoding="utf-8", errors="replace").read().rstrip()
try:
    log = json.loads(text)
except ValueError:  # a log cut short at exit: close the events list
    log = json.loads(text.rstrip(",") + "]}")
types = {v: k for k, v in log["constants"]["logEventTypes"].items()}
for ev in log.get("events", []):
    p = ev.get("params") or {}
    url = p.get("url", "")
    if types.get(ev.get("type")) != "URL_REQUEST_START_JOB" or not url:
        continue
    if url.startswith(("file:", "data:")) or p.get("initiator") == "not an origin":
        continue
    print(url)
EOF
}

# Not blank: enough pixels that are not the background, in enough colours; with
# COLOUR=R,G,B, at least 3000 pixels of the chart's bar colour.
pixels() {
  "$PY" - "$1" "${COLOUR:-}" <<'EOF'
import sys
from PIL import Image
im = Image.open(sys.argv[1]).convert("RGB")
w, h = im.size
px = list(im.getdata())
ink = sum(1 for p in px if sum(p) < 720)
colours = len(set(px))
bar = 0
if sys.argv[2]:
    want = tuple(int(c) for c in sys.argv[2].split(","))
    bar = sum(1 for p in px if all(abs(a - b) <= 8 for a, b in zip(p, want)))
print(w, h, ink, colours, bar)
ok = ink > w * h // 100 and colours >= 8 and (not sys.argv[2] or bar >= 3000)
sys.exit(0 if ok else 1)
EOF
}

# html NAME PATTERN...: no address that leaves the page; at 1280 and 390 pixels wide a
# screenshot that is not blank, and no request; each PATTERN (grep -F) in the DOM, with
# no <script> element in it.
html() {
  name=$1
  shift
  f=$OUT/$name.html
  away='(src|href|action|poster|data)="?(https?:|//|ftp:)|url\(|@import'
  loads='<(script|link|img|iframe|object|embed)[ >]'
  if grep -qiE "$away|$loads" "$f"; then
    bad "$name.html" "an address or a loading element: $(grep -oiE "$away|$loads" "$f" | head -3)"
  else ok; fi
  for w in 1280 390; do
    chrome "$name" "$w"
    if [ -s "$OUT/$name.$w.png" ] && s=$(pixels "$OUT/$name.$w.png"); then ok; else
      bad "$name.html" "blank or missing screenshot at ${w}px (size, ink, colours, bar: ${s:-none})"; fi
    reqs=$(page_requests "$OUT/$name.$w.netlog.json" 2>&1)
    if [ -z "$reqs" ]; then ok; else bad "$name.html" "requests at ${w}px: $reqs"; fi
  done
  chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --host-resolver-rules='MAP * ~NOTFOUND' --dump-dom "file://$f" >"$OUT/$name.dom.html" \
    2>"$OUT/$name.dom.log"
  if grep -qi '<script' "$OUT/$name.dom.html"; then bad "$name.html" "a <script> element in the DOM"
  elif [ ! -s "$OUT/$name.dom.html" ]; then bad "$name.html" "no DOM"
  else ok; fi
  for p in "$@"; do
    if grep -qF -- "$p" "$OUT/$name.dom.html"; then ok; else bad "$name.html" "DOM has no '$p'"; fi
  done
}

# the check sees a page's requests: the control page loads two images
chrome control 800
reqs=$(page_requests "$OUT/control.800.netlog.json" 2>&1)
case $reqs in
  *http://example.invalid/a.png*https://example.invalid/b.png*) ok ;;
  *) bad control "the net log check did not see the control page's two requests: $reqs" ;;
esac

html hostile '&lt;script&gt;alert("x")&lt;/script&gt; &amp; *Co* | [l](http://e.x) $1 $2' \
  'Broken &lt;U+202E&gt; Ltd&lt;U+000A&gt;next' '<td class="n">3</td>'
html examples 'Example Community Hospital' '<span class="badge untested">untested</span>'
COLOUR=31,95,168 html sample '<span class="val">71.4% (62.5–75.0%)</span>' \
  '<span class="val">n/a (0.0–100.0%)</span>' 'aria-label="quality_jobs: 63.1% (60.1–64.8%)"' \
  '<strong>83.3%</strong>' 'too few employers to show'

echo "browser: $pass passed, $fail failed (screenshots in $OUT)"
[ "$fail" -eq 0 ]
