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
      try {
        Plotly.newPlot(div, figure.data, figure.layout, config);
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
  drawCharts(readJson("gg-figures") || {});
  status.ready = true;
})();
