// The map: Natural Earth country borders (world-atlas, drawn offline: no tile server), one marker per event
// coloured by type, clustered. Leaflet, MarkerCluster and topojson-client are loaded as classic scripts.
import { TYPES, typeClass, h, append } from "./dom.js";

let map = null, cluster = null, bordersDrawn = false;

export function ensureMap(container, legend) {
  if (map) { map.invalidateSize(); return map; }
  const L = window.L;
  map = L.map(container, { zoomControl: true, attributionControl: true, worldCopyJump: false, minZoom: 2, maxZoom: 12, preferCanvas: false })
    .setView([33.5, 40], 5);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Borders: Natural Earth (world-atlas) · Places: GeoNames");
  cluster = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40, spiderfyOnMaxZoom: true });
  map.addLayer(cluster);
  drawBorders();
  for (const [name, cls] of TYPES)
    append(legend, h("div", {}, h("span", { class: "swatch t-" + cls }), name));
  return map;
}

async function drawBorders() {
  if (bordersDrawn) return;
  bordersDrawn = true;
  try {
    const res = await fetch("vendor/world-atlas/countries-50m.json");
    const topo = await res.json();
    const countries = window.topojson.feature(topo, topo.objects.countries);
    const layer = window.L.geoJSON(countries, { style: () => ({ className: "country" }), interactive: false });
    layer.addTo(map);
    layer.bringToBack();
    document.getElementById("map").dataset.borders = String(countries.features.length);
  } catch (e) {
    console.error("borders", e);
  }
}

/** Replaces the markers; onClick(event summary) opens its card. Returns the number placed. */
export function showEvents(events, onClick, fit) {
  const L = window.L;
  cluster.clearLayers();
  const markers = [];
  for (const e of events) {
    if (e.latitude == null || e.longitude == null) continue;
    const icon = L.divIcon({ className: "ev-marker " + typeClass(e.eventType), iconSize: [16, 16], html: "" });
    const m = L.marker([e.latitude, e.longitude], { icon, title: `${e.date} · ${e.subEventType} · ${e.location ?? e.locationAr ?? ""}`, keyboard: true });
    m.on("click", () => onClick(e, m));
    m.eventId = e.id;
    markers.push(m);
  }
  cluster.addLayers(markers);
  if (fit && markers.length) {
    const b = L.latLngBounds(markers.map(m => m.getLatLng()));
    map.fitBounds(b.pad(0.6), { maxZoom: 7 });
  }
  return markers.length;
}

/** Opens the cluster holding the marker of this event and selects it (used by links to an event on the map). */
export function focusEvent(id) {
  let found = null;
  cluster.eachLayer(m => { if (m.eventId === id) found = m; });
  if (found) cluster.zoomToShowLayer(found, () => found.fire("click"));
  return !!found;
}
