// Figure view: draws the timeline with uPlot. One series per source; each
// point's low–high bounds as a whisker; flagged points ringed in red and
// numbered as in the list of flags. The data comes from the JSON block the
// server rendered into the page (#chart-data).
(function () {
  "use strict";
  var el = document.getElementById("chart");
  var dataEl = document.getElementById("chart-data");
  if (!el || !dataEl || typeof uPlot === "undefined") return;
  var d = JSON.parse(dataEl.textContent);
  if (!d.x || d.x.length === 0) {
    el.textContent = "No dated points to draw.";
    el.dataset.rendered = "empty";
    return;
  }

  var lo = Infinity, hi = -Infinity;
  d.series.forEach(function (s) {
    for (var i = 0; i < d.x.length; i++) {
      if (s.low[i] != null) lo = Math.min(lo, s.low[i]);
      if (s.high[i] != null) hi = Math.max(hi, s.high[i]);
    }
  });
  var pad = Math.max((hi - lo) * 0.1, hi * 0.05, 1);

  function fmt(v) { return v == null ? "–" : v.toLocaleString("en", { maximumFractionDigits: 1 }); }

  var series = [{ label: "Date" }];
  d.series.forEach(function (s) {
    series.push({ label: s.label, stroke: s.color, width: 2, spanGaps: true,
      points: { show: true, size: 8, fill: s.color }, value: function (u, v) { return fmt(v); } });
  });

  // whiskers and flags draw over the plot, in canvas pixels.
  function drawWhiskers(u) {
    var ctx = u.ctx;
    ctx.save();
    ctx.lineWidth = 2 * devicePixelRatio;
    d.series.forEach(function (s, si) {
      if (!u.series[si + 1].show) return;
      ctx.strokeStyle = s.color;
      for (var i = 0; i < d.x.length; i++) {
        if (s.low[i] == null) continue;
        var x = u.valToPos(d.x[i], "x", true);
        if (s.bound[i] === "min" || s.bound[i] === "max") {
          // "at least" points up, "at most" down: an open-ended bound.
          var y = u.valToPos(s.mid[i], "y", true), dir = s.bound[i] === "min" ? -1 : 1;
          var a = 14 * devicePixelRatio, h = 4 * devicePixelRatio;
          ctx.beginPath();
          ctx.moveTo(x, y + dir * 5 * devicePixelRatio); ctx.lineTo(x, y + dir * a);
          ctx.moveTo(x - h, y + dir * (a - h)); ctx.lineTo(x, y + dir * a); ctx.lineTo(x + h, y + dir * (a - h));
          ctx.stroke();
          continue;
        }
        if (s.low[i] === s.high[i]) continue;
        var y1 = u.valToPos(s.low[i], "y", true), y2 = u.valToPos(s.high[i], "y", true);
        var w = 5 * devicePixelRatio;
        ctx.beginPath();
        ctx.moveTo(x, y1); ctx.lineTo(x, y2);
        ctx.moveTo(x - w, y1); ctx.lineTo(x + w, y1);
        ctx.moveTo(x - w, y2); ctx.lineTo(x + w, y2);
        ctx.stroke();
      }
    });
    ctx.strokeStyle = "#a4161a";
    ctx.fillStyle = "#a4161a";
    ctx.font = (11 * devicePixelRatio) + "px system-ui, sans-serif";
    d.flags.forEach(function (f) {
      var x = u.valToPos(f.x, "x", true), y = u.valToPos(f.y, "y", true);
      ctx.beginPath();
      ctx.arc(x, y, 9 * devicePixelRatio, 0, 2 * Math.PI);
      ctx.stroke();
      ctx.fillText(f.label, x + 11 * devicePixelRatio, y - 8 * devicePixelRatio);
    });
    ctx.restore();
  }

  function size() {
    return { width: Math.max(el.clientWidth, 280), height: el.clientWidth < 500 ? 260 : 340 };
  }
  var day = 86400;
  var xmin = d.x[0] - 7 * day, xmax = d.x[d.x.length - 1] + 7 * day;
  var opts = Object.assign(size(), {
    series: series,
    scales: { x: { time: true, range: [xmin, xmax] }, y: { range: [Math.max(0, lo - pad), hi + pad] } },
    // Counts are whole: the y axis steps by 1, 2, 5, 10, 25, … never by halves.
    axes: [{}, { values: function (u, vals) { return vals.map(fmt); }, size: 60,
      incrs: [1, 2, 5, 10, 25, 50, 100, 250, 500, 1e3, 2500, 5e3, 1e4, 25e3, 5e4, 1e5, 25e4, 5e5, 1e6, 1e7, 1e8] }],
    hooks: { draw: [drawWhiskers] },
    legend: { live: true }
  });
  var data = [d.x].concat(d.series.map(function (s) { return s.mid; }));
  var plot = new uPlot(opts, data, el);
  el.dataset.rendered = "true";
  el.dataset.labels = JSON.stringify(d.series.map(function (s) { return s.label; }));
  window.addEventListener("resize", function () { plot.setSize(size()); });
})();
