// Fetching the JSON API; errors become exceptions with the server's message (problem details).
export async function get(path) {
  const res = await fetch(path, { headers: { accept: "application/json" } });
  return read(res);
}

export async function post(path, body, type = "application/json") {
  const res = await fetch(path, { method: "POST", headers: { "content-type": type, accept: "application/json" },
    body: type === "application/json" ? JSON.stringify(body) : body });
  return read(res);
}

async function read(res) {
  const text = await res.text();
  let data = null;
  try { data = text ? JSON.parse(text) : null; } catch { /* not JSON */ }
  if (!res.ok) throw new Error((data && (data.detail || data.title)) || `${res.status} ${res.statusText}`);
  return data;
}

export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== "") q.set(k, v);
  const s = q.toString();
  return s ? "?" + s : "";
}
