// The single-page app: a hash router over the eight views of issue 6. Views whose data exists are
// modules with show()/hide(); the others are static "arrives with issue N" panels in index.html.
import {el} from "./util.js";
import * as live from "./live.js";
import {resizeAll} from "./charts.js";
import * as flow from "./flow.js";
import * as yard from "./yard.js";
import * as lifecycle from "./lifecycle.js";
import * as inspector from "./inspector.js";
import * as quality from "./quality.js";
import * as whatif from "./whatif.js";
import * as apiview from "./apiview.js";
import * as kpis from "./kpis.js";
import * as eventtime from "./eventtime.js";

const LIVE_VIEWS = {flow, yard, lifecycle, inspector, quality, whatif, api: apiview, kpis, "event-time": eventtime};
const DEFAULT_VIEW = "flow";
let current = null;

/** "#/inspector?id=88.118.8001/EQ-GC-01" -> {view: "inspector", params: URLSearchParams} */
function parseHash() {
  const hash = location.hash.replace(/^#\/?/, "");
  const q = hash.indexOf("?");
  const view = (q < 0 ? hash : hash.substring(0, q)) || DEFAULT_VIEW;
  return {view, params: new URLSearchParams(q < 0 ? "" : hash.substring(q + 1))};
}

function route() {
  let {view, params} = parseHash();
  if (!document.getElementById("view-" + view)) view = DEFAULT_VIEW;
  if (current && current !== view && LIVE_VIEWS[current] && LIVE_VIEWS[current].hide) LIVE_VIEWS[current].hide();
  document.querySelectorAll("main > section").forEach(s => { s.hidden = s.dataset.view !== view; });
  document.querySelectorAll("#nav a").forEach(a => a.classList.toggle("active", a.dataset.nav === view));
  current = view;
  document.body.dataset.view = view;
  if (LIVE_VIEWS[view]) LIVE_VIEWS[view].show(params);
  resizeAll();
}

function renderHealth(health) {
  const box = document.getElementById("health");
  const parts = [el("span", {"id": "health-status"}, "health: " + health.status)];
  Object.entries(health.components).forEach(([name, up]) => {
    parts.push(el("span", {"class": "dot " + (up === "UP" ? "up" : "down"), "data-component": name, "title": up}));
    parts.push(document.createTextNode(name));
  });
  box.replaceChildren(...parts);
}

// Views still waiting for their data are marked in the nav, so nobody mistakes them for finished ones.
document.querySelectorAll("main > section").forEach(s => {
  if (!LIVE_VIEWS[s.dataset.view]) {
    const link = document.querySelector('#nav a[data-nav="' + s.dataset.view + '"]');
    link.classList.add("pending-view");
    link.title = "not built yet: see the panel on the page";
  }
});
Object.values(LIVE_VIEWS).forEach(v => v.init && v.init());
live.on("health", renderHealth);
window.addEventListener("hashchange", route);
live.start();
route();
