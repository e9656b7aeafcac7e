// API: the endpoints as the OpenAPI document describes them.
import {el, getJson} from "./util.js";

let loaded = false;

export function show() {
  if (loaded) return;
  getJson("/api/openapi.json").then(doc => {
    loaded = true;
    const rows = [];
    Object.entries(doc.paths).forEach(([path, ops]) => {
      Object.entries(ops).forEach(([method, op]) => {
        const tr = el("tr", {"data-path": path, "data-method": method});
        tr.appendChild(el("td", {}, method.toUpperCase()));
        const cell = el("td", {});
        if (path.includes("{") || method !== "get") cell.appendChild(el("code", {}, path));
        else cell.appendChild(el("a", {"href": path}, path));
        tr.appendChild(cell);
        tr.appendChild(el("td", {}, op.summary || ""));
        rows.push(tr);
      });
    });
    document.querySelector("#api-endpoints tbody").replaceChildren(...rows);
  }).catch(e => {
    document.querySelector("#api-endpoints tbody").replaceChildren(el("tr", {}, e.message));
  });
}
