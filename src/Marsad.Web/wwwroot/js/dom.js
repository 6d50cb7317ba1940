// Building DOM from data without ever parsing it as HTML: text goes in as text nodes, attributes through
// setAttribute, and links only to this site (hash routes, /api/…) or http(s) URLs. Article text is untrusted.

const SAFE_URL = /^(#|\/(?!\/)|https?:\/\/)/i;

export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") el.className = v;
    else if (k === "text") el.textContent = v;
    else if (k.startsWith("on") && typeof v === "function") el.addEventListener(k.slice(2), v);
    else if (k === "href" || k === "src") { if (SAFE_URL.test(String(v))) el.setAttribute(k, String(v)); }
    else if (k === "style" && typeof v === "object") Object.assign(el.style, v);
    else if (k === "dataset") Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  append(el, ...children);
  return el;
}

/** Like Element.append, but skips null/undefined/false (which the DOM would print as "null") and flattens arrays. */
export function append(el, ...children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

export function clear(el) { el.replaceChildren(); return el; }

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;

/** Text that may be Arabic: right-to-left and in the Arabic font when it is, isolated from the text around it. */
export function ar(text, tag = "span") {
  if (text === null || text === undefined || text === "") return null;
  const isAr = ARABIC.test(text);
  return h(tag, isAr ? { lang: "ar", dir: "rtl", class: "ar" } : { dir: "auto" }, text);
}

export const TYPES = [
  ["Battles", "battles"], ["Explosions/Remote violence", "explosions"], ["Violence against civilians", "vac"],
  ["Protests", "protests"], ["Riots", "riots"], ["Strategic developments", "strategic"],
];

export function typeClass(type) {
  const t = TYPES.find(([name]) => name === type);
  return "t-" + (t ? t[1] : "strategic");
}

export function typeTag(type, sub) {
  return h("span", { class: "type-tag " + typeClass(type) }, sub ? `${type} · ${sub}` : type);
}
