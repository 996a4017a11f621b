/* greatgame report: draws the charts and the network from the JSON blocks in this page.
   Text from the data is only ever set with textContent, never as HTML. */
(function () {
  "use strict";

  function readJson(id) {
    var element = document.getElementById(id);
    return element ? JSON.parse(element.textContent) : null;
  }

  var status = { charts: 0, network: 0, errors: [] };
  window.ggReport = status;

  // A phone-width chart: thin margins, a smaller font, the legend under the plot with
  // room of its own, so the plotting area keeps its height.
  function narrow(layout, data, width) {
    var copy = JSON.parse(JSON.stringify(layout));
    var margin = copy.margin || {};
    copy.margin = { l: Math.min(margin.l || 40, 40), r: Math.min(margin.r || 10, 24),
                    t: margin.t || 30, b: margin.b || 40 };
    copy.font = Object.assign({}, copy.font || {}, { size: 11 });
    var legend = data.filter(function (t) { return t.showlegend !== false && t.name; });
    if (copy.showlegend !== false && legend.length > 1) {
      copy.legend = Object.assign({}, copy.legend || {}, { orientation: "h", x: 0, y: 1.02,
                                                           xanchor: "left", yanchor: "bottom" });
      copy.margin.t = (copy.margin.t || 30) + 60;
      copy.height = (copy.height || 300) + 60;
    }
    if (copy.updatemenus) {
      copy.margin.t += 30;
    }
    copy.width = width;
    return copy;
  }

  function drawCharts(figures) {
    var config = {
      responsive: true,
      displaylogo: false,
      modeBarButtonsToRemove: ["sendDataToCloud", "lasso2d", "select2d"],
    };
    document.querySelectorAll("[data-figure]").forEach(function (div) {
      var figure = figures[div.getAttribute("data-figure")];
      if (!figure) {
        return;
      }
      var layout = figure.layout;
      if (window.innerWidth < 700) {
        layout = narrow(layout, figure.data, div.clientWidth || window.innerWidth - 40);
      }
      try {
        Plotly.newPlot(div, figure.data, layout, config);
        status.charts += 1;
      } catch (error) {
        status.errors.push(String(error));
        console.error("greatgame: chart " + div.id + " failed: " + error);
      }
    });
  }

  function element(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    if (className) {
      node.className = className;
    }
    return node;
  }

  function fmt(value, digits) {
    return value === null || value === undefined ? "\u2014" : Number(value).toFixed(digits);
  }

  function showNode(node, panel) {
    var data = node.data();
    panel.textContent = "";
    panel.className = "small";
    panel.appendChild(element("strong", data.label));
    panel.appendChild(element("div", data.kind + " \u00b7 capability " + fmt(data.capability, 3)));
    if (data.bloc) {
      panel.appendChild(element("div", "bloc " + data.bloc));
    }
    var list = element("ul");
    node.connectedEdges().sort(function (a, b) {
      return Math.abs(b.data("weight")) - Math.abs(a.data("weight"));
    }).forEach(function (edge) {
      var other = edge.source().id() === node.id() ? edge.target() : edge.source();
      var weight = edge.data("weight");
      var item = element("li", (weight >= 0 ? "+" : "") + fmt(weight, 2) + " " + other.data("label"));
      item.className = weight >= 0 ? "pos-w" : "neg-w";
      list.appendChild(item);
    });
    if (list.children.length) {
      panel.appendChild(list);
    } else {
      panel.appendChild(element("div", "no ties", "muted"));
    }
  }

  function drawNetwork(net) {
    var container = document.getElementById("cy");
    if (!container || !net || typeof cytoscape !== "function") {
      return;
    }
    var cy = cytoscape({
      container: container,
      elements: { nodes: net.nodes, edges: net.edges },
      layout: { name: "preset", fit: true, padding: 40 },
      wheelSensitivity: 0.3,
      minZoom: 0.2,
      maxZoom: 4,
      style: [
        {
          selector: "node",
          style: {
            "background-color": "data(colour)",
            width: "data(size)",
            height: "data(size)",
            label: "data(label)",
            "font-size": 13,
            "font-family": "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
            color: "#1d2430",
            "text-valign": "bottom",
            "text-wrap": "wrap",
            "text-max-width": 110,
            "text-margin-y": 4,
            "text-outline-color": "#ffffff",
            "text-outline-width": 2,
            "border-width": 1.5,
            "border-color": "#ffffff",
          },
        },
        {
          selector: "edge",
          style: {
            "line-color": "data(colour)",
            width: "data(width)",
            "line-style": "data(style)",
            "curve-style": "bezier",
            opacity: 0.75,
          },
        },
        { selector: "node:selected", style: { "border-color": "#111111", "border-width": 3 } },
        { selector: "edge.faded, node.faded", style: { opacity: 0.15 } },
      ],
    });
    var panel = document.getElementById("cy-info");
    cy.on("tap", "node", function (event) {
      var node = event.target;
      cy.elements().addClass("faded");
      node.closedNeighborhood().removeClass("faded");
      if (panel) {
        showNode(node, panel);
      }
    });
    cy.on("tap", function (event) {
      if (event.target === cy) {
        cy.elements().removeClass("faded");
      }
    });
    window.ggCy = cy;
    status.network = cy.nodes().length;
  }

  try {
    drawNetwork(readJson("gg-network"));
  } catch (error) {
    status.errors.push(String(error));
    console.error("greatgame: network failed: " + error);
  }
  // Evidence links: open the article's text, highlight the sentence and scroll to it.
  function showSource(id) {
    var target = document.getElementById(id);
    if (!target) {
      return false;
    }
    var mark = target.closest("mark") || target;
    var article = mark.closest("details");
    if (article) {
      article.open = true;
    }
    document.querySelectorAll("mark.hit").forEach(function (m) { m.classList.remove("hit"); });
    mark.classList.add("hit");
    mark.scrollIntoView({ block: "center", behavior: "instant" });
    status.shown = id;
    return true;
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest("a.ev-link, a.open-article");
    if (!link) {
      return;
    }
    var id = link.getAttribute("href").slice(1);
    var target = document.getElementById(id);
    if (target && target.tagName === "DETAILS") {
      target.open = true;
      return;
    }
    if (showSource(id)) {
      event.preventDefault();
      history.replaceState(null, "", "#" + id);
    }
  });
  if (location.hash.indexOf("#src-") === 0) {
    showSource(location.hash.slice(1));
  }

  drawCharts(readJson("gg-figures") || {});
  status.ready = true;
})();
