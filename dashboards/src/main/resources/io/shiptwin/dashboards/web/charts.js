// ECharts is loaded by index.html as a classic script from /vendor/echarts (bundled in the jar).
const charts = new Set();

/** An ECharts instance on `element`; resized with the window and when its view becomes visible. */
export function chart(element, renderer) {
  const existing = window.echarts.getInstanceByDom(element);
  if (existing) return existing;
  const c = window.echarts.init(element, null, {renderer: renderer || "canvas"});
  charts.add(c);
  return c;
}

export function dispose(c) {
  charts.delete(c);
  c.dispose();
}

export function resizeAll() {
  charts.forEach(c => { if (!c.isDisposed()) c.resize(); });
}

window.addEventListener("resize", resizeAll);
