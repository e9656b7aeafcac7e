// Small helpers shared by the views. DOM is built with textContent: values come from the data path
// and are never parsed as HTML.

export function el(tag, attrs, text) {
  const e = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => { if (v !== undefined && v !== null) e.setAttribute(k, v); });
  if (text !== undefined && text !== null) e.textContent = text;
  return e;
}

/** For ECharts tooltip formatters, whose strings are HTML: names from the data are escaped. */
export function esc(text) {
  return String(text).replace(/[&<>"']/g, c => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"})[c]);
}

export function fmt(n) {
  if (n === null || n === undefined || Number.isNaN(n)) return "–";
  return Math.abs(n) >= 100 ? n.toFixed(0) : n.toFixed(2);
}

export function fmtCount(n) {
  if (n === null || n === undefined) return "–";
  return n < 0 ? "n/a" : n.toLocaleString("en-US");
}

/** GET a JSON resource; resolves to {ok, status, body} so callers can show the server's error message. */
export async function fetchJson(path) {
  const response = await fetch(path, {cache: "no-store"});
  let body = null;
  try { body = await response.json(); } catch (e) { body = null; }
  return {ok: response.ok, status: response.status, body};
}

export async function getJson(path) {
  const r = await fetchJson(path);
  if (!r.ok) throw new Error(path + ": HTTP " + r.status + (r.body && r.body.error ? " " + r.body.error : ""));
  return r.body;
}

/** The identifier's '/' stays literal in the path: /api/equipment/88.118.8001/EQ-GC-01 */
export function equipmentPath(id) {
  return identifierPath("/api/equipment/", id);
}

/** "/api/resolve/" + "88.118.8001/EQ-GC-01", each segment encoded, the '/' kept. */
export function identifierPath(prefix, id) {
  return prefix + id.split("/").map(encodeURIComponent).join("/");
}

/** POST a body; resolves to {ok, status, body} like fetchJson. */
export async function postJson(path, body, contentType) {
  const response = await fetch(path, {method: "POST", cache: "no-store",
    headers: {"Content-Type": contentType || "application/json"},
    body: typeof body === "string" ? body : JSON.stringify(body)});
  let parsed = null;
  try { parsed = await response.json(); } catch (e) { parsed = null; }
  return {ok: response.ok, status: response.status, body: parsed};
}
