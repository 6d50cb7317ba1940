// Marsad's web page: hash routes (#/map, #/events, #/event/ID, #/articles, #/article/ID, #/place/NAME, #/claims,
// #/search, #/extract), one filter bar shared by the map and the table. Everything from the API is put into the
// page as text (see dom.js); nothing from an article is ever parsed as HTML.
import { h, append, clear, ar, typeTag, typeClass } from "./dom.js";
import { get, post, query } from "./api.js";
import { ensureMap, showEvents, focusEvent } from "./map.js";

const $ = id => document.getElementById(id);
const FILTERS = ["from", "to", "country", "type", "actor"];
const state = { filters: {}, facets: null, mapKey: null };

function showError(e) {
  const box = $("error");
  box.textContent = e instanceof Error ? e.message : String(e);
  box.hidden = false;
  clearTimeout(showError.t);
  showError.t = setTimeout(() => { box.hidden = true; }, 8000);
}

// ----- routing -----

function parseHash() {
  const raw = location.hash.replace(/^#\/?/, "");
  const [path, qs] = raw.split("?");
  const parts = path.split("/").map(decodeURIComponent);
  return { view: parts[0] || "map", arg: parts.slice(1).join("/"), params: new URLSearchParams(qs || "") };
}

function filtersFrom(params) {
  const f = {};
  for (const k of FILTERS) if (params.get(k)) f[k] = params.get(k);
  return f;
}

function go(view, arg, params) {
  location.hash = "#/" + view + (arg !== undefined && arg !== null ? "/" + encodeURIComponent(arg) : "") + query(params || {});
}

async function route() {
  const { view, arg, params } = parseHash();
  const known = ["map", "events", "event", "articles", "article", "place", "claims", "search", "extract"];
  const v = known.includes(view) ? view : "map";
  for (const s of document.querySelectorAll(".view")) s.classList.toggle("active", s.id === "view-" + v);
  for (const a of document.querySelectorAll("#nav a")) a.classList.toggle("active", a.dataset.view === v || (v === "event" && a.dataset.view === "events") || (v === "article" && a.dataset.view === "articles"));
  $("filters").hidden = !(v === "map" || v === "events");
  if (v === "map" || v === "events") { state.filters = filtersFrom(params); fillFilterForm(); }
  document.body.dataset.view = v;
  try {
    if (v === "map") await mapView(params);
    else if (v === "events") await tableView(params);
    else if (v === "event") await eventView(Number(arg));
    else if (v === "articles") await articlesView(params);
    else if (v === "article") await articleView(Number(arg), params.get("event"));
    else if (v === "place") await placeView(arg);
    else if (v === "claims") await claimsView(params);
    else if (v === "search") await searchView(params);
    else if (v === "extract") extractView();
  } catch (e) { showError(e); }
  document.body.dataset.ready = v;
}

// ----- filters -----

async function loadFacets() {
  const f = await get("/api/facets");
  state.facets = f;
  const country = $("filters").elements.country, type = $("filters").elements.type;
  for (const c of f.countries) append(country, h("option", { value: c.value }, `${c.label ?? c.value} (${c.count})`));
  for (const t of f.eventTypes) append(type, h("option", { value: t.value }, `${t.value} (${t.count})`));
  for (const t of f.subEventTypes) append(type, h("option", { value: t.value }, `  · ${t.value} (${t.count})`));
  const list = $("actor-list");
  for (const a of f.actors) append(list, h("option", { value: a.value }, a.label ?? ""));
  const form = $("filters").elements;
  if (f.firstDate) { form.from.min = form.to.min = f.firstDate; }
  if (f.lastDate) { form.from.max = form.to.max = f.lastDate; }
  $("stats").textContent = `${f.events} events · ${f.articles} articles` + (f.firstDate ? ` · ${f.firstDate} – ${f.lastDate}` : "");
}

function fillFilterForm() {
  const form = $("filters").elements;
  for (const k of FILTERS) form[k].value = state.filters[k] ?? "";
}

function readFilterForm() {
  const form = $("filters").elements, f = {};
  for (const k of FILTERS) { const v = form[k].value.trim(); if (v) f[k] = v; }
  return f;
}

// ----- map -----

async function mapView(params) {
  if (!window.L || !window.L.markerClusterGroup) throw new Error("the map's scripts are missing (vendor/); run scripts/setup");
  ensureMap($("map"), $("legend"));
  const key = JSON.stringify(state.filters);
  if (state.mapKey !== key) {
    const page = await get("/api/events" + query({ ...state.filters, limit: 20000 }));
    const placed = showEvents(page.items, e => openCard(e.id), true);
    $("count").textContent = `${page.total} events · ${placed} on the map`;
    $("map").dataset.markers = String(placed);
    state.mapKey = key;
  }
  // The card opens whether or not the marker can be shown: markercluster's zoom-to-layer callback never fires while
  // another zoom is animating, and an event without coordinates has no marker at all.
  const focus = Number(params.get("event"));
  if (focus) { focusEvent(focus); await openCard(focus); }
}

async function openCard(id) {
  const panel = $("card");
  const detail = await get("/api/events/" + id);
  append(clear(panel), eventCard(detail, true));
}

// ----- event card -----

function eventCard(d, compact) {
  const r = d.record;
  const place = r.geonameid ?? r.location ?? r.location_ar;
  const card = h("article", { class: "event-card", "data-event-id": d.id },
    typeTag(r.event_type, r.sub_event_type),
    h("h3", {}, `${r.actor1 ?? "?"}${r.actor2 ? " vs " + r.actor2 : ""}`),
    h("dl", {},
      h("dt", {}, "Date"), h("dd", {}, r.event_date, r.time_precision > 1 ? ` (precision ${r.time_precision})` : ""),
      h("dt", {}, "Where"), h("dd", {}, place ? h("a", { href: "#/place/" + encodeURIComponent(place), class: "place-link" }, r.location ?? r.location_ar) : "—",
        r.location_ar && r.location ? [" ", ar(r.location_ar)] : null, r.admin1 ? `, ${r.admin1}` : "", r.country ? `, ${r.country}` : "",
        r.latitude != null ? h("span", { class: "muted" }, ` (${r.latitude.toFixed(3)}, ${r.longitude.toFixed(3)})`) : ""),
      h("dt", {}, "Actor 1"), h("dd", {}, r.actor1 ?? "—", r.actor1_ar ? [" ", ar(r.actor1_ar)] : null, r.inter1 != null ? h("span", { class: "muted" }, ` inter ${r.inter1}`) : ""),
      h("dt", {}, "Actor 2"), h("dd", {}, r.actor2 ?? "—", r.actor2_ar ? [" ", ar(r.actor2_ar)] : null, r.inter2 != null ? h("span", { class: "muted" }, ` inter ${r.inter2}`) : ""),
      r.assoc_actor_1 || r.assoc_actor_2 ? [h("dt", {}, "Associated"), h("dd", {}, [r.assoc_actor_1, r.assoc_actor_2].filter(Boolean).join("; "))] : null,
      h("dt", {}, "Fatalities"), h("dd", {}, r.fatalities ?? "not reported"),
      h("dt", {}, "Sources"), h("dd", {}, r.source ?? "—", r.source_scale ? h("span", { class: "muted" }, ` (${r.source_scale})`) : ""),
      h("dt", {}, "According to"), h("dd", {}, r.claim_source ?? "—", r.claim_source_ar ? [" ", ar(r.claim_source_ar)] : null),
      r.partial_control ? [h("dt", {}, "Control"), h("dd", {}, "partial")] : null,
      h("dt", {}, "Confidence"), h("dd", {}, `${Math.round(r.confidence * 100)}% · ${r.rule}`)),
    d.conflicts.length ? h("p", { class: "why" }, `⚠ contradicted by ${d.conflicts.length} other report(s) — `, h("a", { href: "#/place/" + encodeURIComponent(place) }, "see the place")) : null,
    h("h4", {}, `${d.reports.length} report(s)`),
    d.reports.map(rep => h("div", { class: "report" },
      h("div", {}, h("a", { href: `#/article/${rep.articleId}?event=${rep.id}`, class: "article-link" }, `Article ${rep.documentId}`),
        rep.outlet ? ` · ${rep.outlet}` : "", rep.claimSource ? ` · according to ${rep.claimSource}` : ""),
      rep.evidence.slice(0, compact ? 2 : 10).map(s => ar(s.text, "blockquote")).map(b => { if (b) b.classList.add("evidence"); return b; }))),
    compact ? h("p", {}, h("a", { href: "#/event/" + d.id }, "Full record →")) : null);
  return card;
}

async function eventView(id) {
  const d = await get("/api/events/" + id);
  const v = clear($("view-event"));
  append(v, h("p", {}, h("a", { href: "#/events" }, "← events"), " · ", h("a", { href: "#/map" + query({ event: d.id }) }, "show on map")),
    eventCard(d, false));
  if (d.conflicts.length) append(v, h("h3", {}, "Conflicting claims"), d.conflicts.map(claimPair));
  const keys = Object.keys(d.record).filter(k => !["evidence", "field_evidence", "contradicts"].includes(k));
  append(v, h("details", {}, h("summary", {}, "All fields"),
    h("table", { class: "events" }, keys.map(k => h("tr", {}, h("th", {}, k), h("td", {}, d.record[k] === null ? "" : String(d.record[k])))))));
}

// ----- table -----

async function tableView(params) {
  const offset = Number(params.get("offset") || 0), limit = 100;
  const page = await get("/api/events" + query({ ...state.filters, offset, limit }));
  $("count").textContent = `${page.total} events`;
  const v = clear($("view-events"));
  const qs = query(state.filters);
  append(v, h("div", { class: "toolbar" },
    h("span", {}, `${page.total} events`, page.total > limit ? ` · ${offset + 1}–${Math.min(offset + limit, page.total)}` : ""),
    offset > 0 ? h("a", { href: "#/events" + query({ ...state.filters, offset: Math.max(0, offset - limit) }) }, "← previous") : null,
    offset + limit < page.total ? h("a", { href: "#/events" + query({ ...state.filters, offset: offset + limit }) }, "next →") : null,
    h("a", { href: "/api/events.csv" + qs, download: "marsad-events.csv", id: "download-csv" }, "Download ACLED CSV"),
    h("a", { href: "/api/events.geojson" + qs, download: "marsad-events.geojson", id: "download-geojson" }, "Download GeoJSON")));
  const table = h("table", { class: "events", id: "events-table" },
    h("thead", {}, h("tr", {}, ["Date", "Type", "Actor 1", "Actor 2", "Location", "Admin 1", "Country", "Fatalities", "Sources", "According to"].map(c => h("th", {}, c)))));
  const body = h("tbody", {});
  for (const e of page.items) {
    const place = e.location ?? e.locationAr;
    append(body, h("tr", { "data-event-id": e.id, onclick: ev => { if (ev.target.tagName !== "A") go("event", e.id); } },
      h("td", {}, e.date), h("td", {}, typeTag(e.eventType, e.subEventType)),
      h("td", {}, e.actor1 ?? ""), h("td", {}, e.actor2 ?? ""),
      h("td", {}, place ? h("a", { href: "#/place/" + encodeURIComponent(place) }, place) : "", e.locationAr && e.location ? [" ", ar(e.locationAr)] : null),
      h("td", {}, e.admin1 ?? ""), h("td", {}, e.country ?? ""), h("td", {}, e.fatalities ?? ""),
      h("td", {}, e.source ?? "", e.reports > 1 ? h("span", { class: "muted" }, ` (${e.reports})`) : ""), h("td", {}, e.claimSource ?? "")));
  }
  append(table, body);
  append(v, page.items.length ? table : h("p", { class: "muted" }, "No events match the filters."));
}

// ----- articles -----

async function articlesView(params) {
  const offset = Number(params.get("offset") || 0);
  const page = await get("/api/articles" + query({ offset, limit: 50 }));
  const v = clear($("view-articles"));
  append(v, h("div", { class: "toolbar" }, `${page.total} articles`,
    offset > 0 ? h("a", { href: "#/articles" + query({ offset: Math.max(0, offset - 50) }) }, "← previous") : null,
    offset + 50 < page.total ? h("a", { href: "#/articles" + query({ offset: offset + 50 }) }, "next →") : null));
  append(v, h("table", { class: "events" }, h("thead", {}, h("tr", {}, ["Published", "Title", "Outlet", "Events"].map(c => h("th", {}, c)))),
    h("tbody", {}, page.items.map(a => h("tr", { onclick: () => go("article", a.id) },
      h("td", {}, a.published ?? ""), h("td", {}, h("a", { href: "#/article/" + a.id }, ar(a.title ?? a.documentId) ?? a.documentId)),
      h("td", {}, a.outlet ?? ""), h("td", {}, a.events))))));
}

const KINDS = [["actor", "actors"], ["place", "places"], ["date", "dates"], ["number", "numbers"], ["trigger", "triggers"], ["source", "claim sources"]];

/**
 * The text with its recognised spans highlighted. Spans may nest (a number inside a trigger phrase): the text is
 * cut at every span boundary and each piece carries the kinds of every span covering it. Built from text nodes only.
 */
function annotatedText(text, annotations, onPick) {
  const cuts = new Set([0, text.length]);
  for (const a of annotations) { cuts.add(a.start); cuts.add(a.end); }
  const points = [...cuts].filter(p => p >= 0 && p <= text.length).sort((x, y) => x - y);
  const box = h("div", { class: "article-text", lang: "ar", dir: "rtl", id: "article-text" });
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i], e = points[i + 1];
    const piece = text.slice(s, e);
    const covering = annotations.filter(a => a.start <= s && e <= a.end);
    if (!covering.length) { append(box, document.createTextNode(piece)); continue; }
    const kinds = [...new Set(covering.map(a => a.kind))];
    const events = [...new Set(covering.flatMap(a => a.events.map(l => l.eventId)))];
    const mark = h("mark", {
      class: "hl " + kinds.map(k => "hl-" + k).join(" ") + (events.length ? " linked" : ""),
      title: covering.map(a => `${a.kind}: ${a.label}`).join("\n"),
      "data-kinds": kinds.join(" "), "data-events": events.join(" "), "data-start": s, "data-end": e,
      onclick: () => onPick(covering, mark),
    }, piece);
    append(box, mark);
  }
  return box;
}

function spanInfo(covering, events, openEvent) {
  return covering.map(a => h("div", { class: "span-item" },
    h("strong", {}, a.kind), " ", ar(a.text), h("div", { class: "muted" }, a.label),
    a.events.length
      ? h("div", {}, "fed ", a.events.map((l, i) => {
          const ev = events.find(x => x.id === l.eventId);
          return [i ? ", " : "", h("a", { href: "#", class: "fed-link", onclick: e => { e.preventDefault(); openEvent(l.eventId); } },
            `${ev ? ev.subEventType : "event"} #${l.eventId}`), ` as ${l.field}`];
        }))
      : h("div", { class: "muted" }, "fed no event")));
}

function renderArticle(container, a, focusEventId) {
  const events = a.events;
  const info = h("div", { class: "span-info", id: "span-info" }, h("span", { class: "muted" }, "Click a highlighted word to see what it is and which event it fed."));
  const counts = Object.fromEntries(KINDS.map(([k]) => [k, a.annotations.filter(x => x.kind === k || (k === "source" && x.kind === "cue")).length]));
  let textBox;
  const focus = id => {
    for (const m of textBox.querySelectorAll("mark.hl")) m.classList.toggle("focus", (m.dataset.events || "").split(" ").includes(String(id)));
    for (const el of container.querySelectorAll(".event-item")) el.classList.toggle("focus", el.dataset.eventId === String(id));
    const first = textBox.querySelector("mark.focus");
    if (first) first.scrollIntoView({ block: "center" });
  };
  textBox = annotatedText(a.text, a.annotations, covering => append(clear(info), ...spanInfo(covering, events, focus)));
  const kinds = h("div", { class: "kinds" }, KINDS.map(([k, label]) => h("label", {},
    h("input", { type: "checkbox", checked: true, onchange: e => textBox.classList.toggle("hide-" + k, !e.target.checked) }),
    h("mark", { class: "hl hl-" + k }, label), ` ${counts[k]}`)));
  const side = h("aside", { class: "side" }, info, h("h3", {}, `${events.length} event(s)`),
    events.map(e => h("div", { class: "event-item", "data-event-id": e.id },
      typeTag(e.eventType, e.subEventType), h("div", {}, e.date, " · ", e.actor1 ?? "?", e.actor2 ? " vs " + e.actor2 : ""),
      h("div", {}, e.location ?? "", e.fatalities != null ? ` · ${e.fatalities} dead` : "", e.claimSource ? ` · according to ${e.claimSource}` : ""),
      h("div", {}, h("a", { href: "#", onclick: ev => { ev.preventDefault(); focus(e.id); } }, "highlight its words"),
        e.mergedId ? [" · ", h("a", { href: "#/event/" + e.mergedId }, "event card")] : null))));
  append(container, h("div", { class: "article-layout" }, h("div", {}, kinds, textBox), side));
  if (focusEventId) focus(focusEventId);
}

async function articleView(id, focusEventId) {
  const a = await get("/api/articles/" + id);
  const v = clear($("view-article"));
  append(v, h("p", {}, h("a", { href: "#/articles" }, "← articles")),
    h("h2", {}, ar(a.title ?? a.documentId) ?? a.documentId),
    h("p", { class: "muted" }, [a.outlet, a.published, a.documentId].filter(Boolean).join(" · "), " ",
      a.url ? h("a", { href: a.url, rel: "noopener noreferrer", target: "_blank" }, "source") : null),
    a.annotationNote ? h("p", { class: "why" }, a.annotationNote) : null);
  renderArticle(v, a, focusEventId);
}

// ----- place -----

function claimSide(rep) {
  return h("div", { class: "claim-side " + typeClass(rep.eventType) },
    h("strong", {}, rep.claimSource ?? rep.outlet ?? "unattributed"), h("span", { class: "muted" }, ` (${rep.outlet ?? ""}, ${rep.documentId})`),
    h("div", {}, rep.date, " · ", rep.subEventType, rep.partialControl ? " (partial)" : ""),
    h("div", {}, rep.actor1 ?? "?", rep.actor2 ? " vs " + rep.actor2 : ""),
    rep.evidence.length ? (() => { const b = ar(rep.evidence[0].text, "blockquote"); b.classList.add("evidence"); return b; })() : null,
    h("a", { href: `#/article/${rep.articleId}?event=${rep.id}` }, "article"), " · ", h("a", { href: "#/event/" + rep.mergedId }, "event"));
}

function claimPair(p) {
  return h("div", { class: "claims-pair" }, claimSide(p.a), claimSide(p.b),
    h("div", { class: "why" }, `${p.reason} (${p.scope === "cross" ? "across articles" : "within one article"})`));
}

function bars(events) {
  const byMonth = new Map();
  const span = events.length ? (Date.parse(events[events.length - 1].date) - Date.parse(events[0].date)) / 864e5 : 0;
  const keyOf = d => span <= 62 ? d : d.slice(0, 7);
  for (const e of events) {
    const k = keyOf(e.date);
    if (!byMonth.has(k)) byMonth.set(k, []);
    byMonth.get(k).push(e);
  }
  const max = Math.max(1, ...[...byMonth.values()].map(l => l.length));
  return h("div", { class: "bars", id: "place-bars" }, [...byMonth.entries()].map(([k, list]) => h("div", { class: "bar", title: `${k}: ${list.length} event(s)` },
    list.map(e => h("a", { class: "seg " + typeClass(e.eventType), href: "#/event/" + e.id, title: `${e.date} ${e.subEventType}`,
      style: { height: (100 / max) + "px", background: "var(--c)" } })),
    h("span", { class: "lbl" }, k))));
}

async function placeView(place) {
  const p = await get("/api/places/" + encodeURIComponent(place));
  const v = clear($("view-place"));
  append(v, h("h2", {}, p.names.length ? p.names.map((n, i) => [i ? " / " : "", ar(n)]) : place),
    h("p", { class: "muted" }, `${p.events.length} event(s) · ${p.control.length} control period(s) · ${p.claims.length} conflicting pair(s)`));
  append(v, h("h3", {}, "Events over time"), p.events.length ? bars(p.events) : h("p", { class: "muted" }, "No events."));
  append(v, h("h3", {}, "Who held it"),
    p.control.length ? h("div", { class: "timeline", id: "control-timeline" }, p.control.map(c => h("div", { class: "period" + (c.contested ? " contested" : "") },
      h("strong", {}, c.controller), h("div", {}, `${c.start} → ${c.end ?? "latest"}`),
      c.contested ? h("div", { class: "why" }, "contested: " + (c.why ?? "")) : h("div", { class: "muted" }, "held"),
      h("ul", {}, c.reports.map(r => h("li", {}, `${r.date} ${r.accordingTo}: ${r.subType}${r.partial ? " (partial)" : ""}${r.from ? ", from " + r.from : ""}`))))))
      : h("p", { class: "muted" }, "No territorial events reported here."));
  append(v, h("h3", {}, "Contested claims"), p.claims.length ? h("div", { id: "place-claims" }, p.claims.map(claimPair)) : h("p", { class: "muted" }, "No conflicting claims."));
  append(v, h("h3", {}, "Events"), h("table", { class: "events" }, h("tbody", {}, p.events.map(e => h("tr", { onclick: () => go("event", e.id) },
    h("td", {}, e.date), h("td", {}, typeTag(e.eventType, e.subEventType)), h("td", {}, e.actor1 ?? ""), h("td", {}, e.actor2 ?? ""),
    h("td", {}, e.claimSource ?? ""), h("td", {}, e.source ?? "")))))) ;
}

// ----- claims, search, extract -----

async function claimsView(params) {
  const offset = Number(params.get("offset") || 0);
  const page = await get("/api/claims" + query({ place: params.get("place"), from: params.get("from"), offset, limit: 100 }));
  const v = clear($("view-claims"));
  const more = (o) => "#/claims" + query({ place: params.get("place"), from: params.get("from"), offset: o });
  append(v, h("h2", {}, "Conflicting claims"), h("p", { class: "muted" }, `${page.total} pair(s) of reports that cannot both be true`,
      page.total > page.limit ? ` · ${offset + 1}–${Math.min(offset + page.limit, page.total)} ` : "",
      offset > 0 ? h("a", { href: more(Math.max(0, offset - page.limit)) }, "← previous") : null, " ",
      offset + page.limit < page.total ? h("a", { href: more(offset + page.limit) }, "next →") : null),
    page.items.map(claimPair));
}

async function searchView(params) {
  const q = params.get("q") || "";
  const v = clear($("view-search"));
  const input = h("input", { type: "search", name: "q", value: q, placeholder: "words, \"a phrase\", -not", size: 40, lang: "ar", dir: "auto" });
  append(v, h("form", { class: "toolbar", onsubmit: e => { e.preventDefault(); go("search", null, { q: input.value }); } }, input, h("button", { type: "submit" }, "Search")));
  if (!q) return;
  const hits = await get("/api/search" + query({ q, limit: 50 }));
  append(v, h("p", { class: "muted" }, `${hits.length} article(s)`));
  for (const hit of hits) {
    const snip = h("div", { lang: "ar", dir: "rtl", class: "ar" });
    let at = 0;
    for (const r of hit.highlights) { append(snip, hit.snippet.slice(at, r.start), h("mark", {}, hit.snippet.slice(r.start, r.end))); at = r.end; }
    append(snip, hit.snippet.slice(at));
    append(v, h("div", { class: "hit" }, h("a", { href: "#/article/" + hit.articleId }, ar(hit.title ?? hit.documentId) ?? hit.documentId),
      h("span", { class: "muted" }, ` · ${hit.outlet ?? ""} · ${hit.published ?? ""}`), snip));
  }
}

function extractView() {
  const v = $("view-extract");
  if (v.dataset.built) return;
  v.dataset.built = "1";
  const text = h("textarea", { lang: "ar", dir: "rtl", class: "ar", placeholder: "الصق نص الخبر هنا — paste an Arabic news article" });
  const published = h("input", { type: "date" });
  const out = h("div", {});
  const run = async e => {
    e.preventDefault();
    append(clear(out), h("p", { class: "muted" }, "extracting…"));
    try {
      const r = await post("/api/extract", { text: text.value, published: published.value || null });
      append(clear(out), h("p", {}, `${r.records.length} event(s)`));
      renderArticle(out, { text: r.text, annotations: r.annotations, events: r.events }, null);
    } catch (err) { clear(out); showError(err); }
  };
  append(v, h("h2", {}, "Extract events from text"),
    h("form", { onsubmit: run }, text, h("div", { class: "toolbar" }, h("label", {}, "Published ", published), h("button", { type: "submit" }, "Extract"))), out);
}

// ----- start -----

$("filters").addEventListener("submit", e => {
  e.preventDefault();
  const { view } = parseHash();
  go(view === "events" ? "events" : "map", null, readFilterForm());
});
$("reset").addEventListener("click", () => { const { view } = parseHash(); go(view === "events" ? "events" : "map", null, {}); });
window.addEventListener("hashchange", route);
loadFacets().catch(showError).finally(route);
