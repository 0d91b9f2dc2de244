// The map of pilots: Leaflet over country shapes shipped with the platform (world-atlas), pins
// and groups from /pilots/map.geojson for the part of the map in view, usable with a keyboard
// and announced to screen readers. Without JavaScript the page links to the list instead.
(function () {
  "use strict";

  var DEFAULT_VIEW = { zoom: 4, lat: 59.0, lon: 20.0 };
  var MIN_ZOOM = 2;
  var MAX_ZOOM = 18;
  var PAN_PIXELS = 80;
  var DEBOUNCE_MS = 250;
  // Parameters of the page that are not filters of the pilots.
  var NOT_FILTERS = ["page", "bbox", "zoom"];

  function format(text, values) {
    return text.replace(/%\((\w+)\)s/g, function (match, name) {
      return name in values ? String(values[name]) : match;
    });
  }

  function readView() {
    var match = /(?:^#|&)map=(\d{1,2})\/(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)/.exec(window.location.hash);
    if (!match) { return DEFAULT_VIEW; }
    var zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, parseInt(match[1], 10)));
    var lat = Math.min(85, Math.max(-85, parseFloat(match[2])));
    var lon = Math.min(180, Math.max(-180, parseFloat(match[3])));
    return { zoom: zoom, lat: lat, lon: lon };
  }

  function viewHash(map) {
    var center = map.getCenter();
    return "#map=" + map.getZoom() + "/" + center.lat.toFixed(4) + "/" + center.lng.toFixed(4);
  }

  function filterParams() {
    var params = new URLSearchParams(window.location.search);
    NOT_FILTERS.forEach(function (name) { params.delete(name); });
    return params;
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text) { node.textContent = text; }
    return node;
  }

  function init(container) {
    var data = container.dataset;
    var status = document.getElementById("pilots-map-status");
    var form = document.getElementById("pilots-map-form");
    var view = readView();

    container.textContent = "";
    container.classList.add("pilots-map__canvas--ready");
    var map = L.map(container, {
      center: [view.lat, view.lon],
      zoom: view.zoom,
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      zoomControl: false,
      keyboardPanDelta: PAN_PIXELS,
      worldCopyJump: true,
    });
    // A named region: screen readers announce it, and the description says how to use it.
    container.setAttribute("role", "region");
    container.setAttribute("aria-label", data.labelMap);
    container.setAttribute("aria-describedby", "pilots-map-help");
    L.control.zoom({ zoomInTitle: data.labelZoomIn, zoomOutTitle: data.labelZoomOut }).addTo(map);
    map.attributionControl.addAttribution(data.basemapAttribution);

    var basemapRequested = false;
    // Country shapes are drawn once the first pins are on the map: decoding and drawing them
    // takes the main thread for a moment, and the pins are what people came for. One canvas
    // draws the shapes faster than hundreds of SVG paths.
    function drawBasemap() {
      if (basemapRequested) { return; }
      basemapRequested = true;
      if (data.tileUrl) {
        L.tileLayer(data.tileUrl, { attribution: data.tileAttribution, maxZoom: MAX_ZOOM }).addTo(map);
        return;
      }
      fetch(data.countriesUrl)
        .then(function (response) { return response.json(); })
        .then(function (world) {
          L.geoJSON(topojson.feature(world, world.objects.countries), {
            interactive: false,
            renderer: L.canvas({ padding: 0.5 }),
            style: { color: "#7a8794", weight: 1, fillColor: "#e9edf1", fillOpacity: 1 },
          }).addTo(map).bringToBack();
        })
        .catch(function () { /* The pins still show on the plain background. */ });
    }

    var markers = {};
    var request = null;
    var timer = null;
    var focusNear = null;
    // Set when new filters were applied: the next announcement says how many match them.
    var filtersChanged = false;
    var filtering = null;
    var filterTimer = null;

    function announce(text) {
      // Emptied first so the same count is read again after a new load.
      status.textContent = "";
      window.setTimeout(function () { status.textContent = text; }, 50);
    }

    function pilotLabel(properties) {
      var parts = [properties.title, properties.city, data["state" + properties.state.charAt(0).toUpperCase() + properties.state.slice(1)] || properties.state];
      if (properties.good_practice) { parts.push(data.labelGoodPractice); }
      return parts.filter(Boolean).join(", ");
    }

    function popupContent(properties) {
      var box = element("div", "pilots-map__popup");
      box.appendChild(element("h3", "pilots-map__popup-title", properties.title));
      var state = data["state" + properties.state.charAt(0).toUpperCase() + properties.state.slice(1)] || properties.state;
      var facts = [properties.city, state];
      if (properties.good_practice) { facts.push(data.labelGoodPractice); }
      box.appendChild(element("p", "", facts.filter(Boolean).join(" · ")));
      var link = element("a", "pilots-map__popup-link", data.labelOpen);
      link.href = properties.url;
      box.appendChild(element("p")).appendChild(link);
      return box;
    }

    function keyOf(feature) {
      var properties = feature.properties;
      if (properties.cluster) {
        return "c" + feature.geometry.coordinates.join(",") + ":" + properties.count;
      }
      return "p" + properties.id;
    }

    function makeMarker(feature, key) {
      var properties = feature.properties;
      var coordinates = feature.geometry.coordinates;
      var latlng = L.latLng(coordinates[1], coordinates[0]);
      var cluster = !!properties.cluster;
      var label = cluster ? format(data.labelCluster, { count: properties.count }) : pilotLabel(properties);
      var icon = L.divIcon({
        className: cluster ? "pilots-map__cluster" : "pilots-map__pin" + (properties.good_practice ? " pilots-map__pin--good" : ""),
        html: cluster ? '<span aria-hidden="true">' + Number(properties.count) + "</span>" : "",
        iconSize: cluster ? [40, 40] : [22, 22],
      });
      var marker = L.marker(latlng, { icon: icon, keyboard: true, riseOnHover: true });
      marker.pilotKey = key;
      marker.on("add", function () {
        var node = marker.getElement();
        node.setAttribute("aria-label", label);
        node.setAttribute("role", "button");
        if (!cluster) { node.setAttribute("aria-haspopup", "dialog"); }
      });
      if (cluster) {
        marker.on("click", function () { zoomInto(latlng); });
      } else {
        // Built once: a function would rebuild it on every update and drop the focused link.
        marker.bindPopup(popupContent(properties), { autoPan: true, maxWidth: 280 });
      }
      return marker;
    }

    function zoomInto(latlng) {
      focusNear = latlng;
      map.setView(latlng, Math.min(MAX_ZOOM, map.getZoom() + 2));
    }

    function readingOrder(a, b) {
      // Top to bottom, then left to right, as the pins appear on screen.
      var pa = map.latLngToContainerPoint(a.getLatLng());
      var pb = map.latLngToContainerPoint(b.getLatLng());
      return Math.round(pa.y / 10) - Math.round(pb.y / 10) || pa.x - pb.x;
    }

    function show(collection) {
      var active = document.activeElement;
      var focusedKey = null;
      Object.keys(markers).forEach(function (key) {
        if (markers[key].getElement() === active) { focusedKey = key; }
      });
      var next = {};
      var total = 0;
      collection.features.forEach(function (feature) {
        var key = keyOf(feature);
        total += feature.properties.cluster ? feature.properties.count : 1;
        next[key] = markers[key] || makeMarker(feature, key);
      });
      Object.keys(markers).forEach(function (key) {
        if (!next[key]) { map.removeLayer(markers[key]); }
      });
      markers = next;
      var ordered = Object.keys(markers).map(function (key) { return markers[key]; });
      ordered.forEach(function (marker) { if (!map.hasLayer(marker)) { marker.addTo(map); } });
      ordered.sort(readingOrder);
      // Put the pins in reading order for Tab without moving the focused one (moving it would lose focus).
      var pane = map.getPane("markerPane");
      var fixed = focusedKey && markers[focusedKey] ? markers[focusedKey].getElement() : null;
      var passed = false;
      ordered.forEach(function (marker) {
        var node = marker.getElement();
        if (node === fixed) { passed = true; return; }
        if (fixed && !passed) { pane.insertBefore(node, fixed); } else { pane.appendChild(node); }
      });
      if (focusNear) {
        var nearest = null;
        ordered.forEach(function (marker) {
          if (!nearest || marker.getLatLng().distanceTo(focusNear) < nearest.getLatLng().distanceTo(focusNear)) {
            nearest = marker;
          }
        });
        focusNear = null;
        if (nearest) { nearest.getElement().focus(); } else { container.focus(); }
      } else if (active && active.classList && active.classList.contains("leaflet-marker-icon") && !document.contains(active)) {
        // The focused pin left the map: keep focus on the map rather than losing it.
        container.focus();
      }
      var text = format(data.labelCount, { count: total });
      if (filtersChanged) {
        filtersChanged = false;
        var count = document.getElementById("pilots-count");
        if (count) { text = count.textContent.trim() + " " + text; }
      }
      announce(text);
    }

    function load() {
      if (request) { request.abort(); }
      request = new AbortController();
      var bounds = map.getBounds();
      var west = Math.max(-180, bounds.getWest());
      var east = Math.min(180, bounds.getEast());
      if (west >= east) { west = -180; east = 180; }
      var params = filterParams();
      params.set("bbox", [west, Math.max(-90, bounds.getSouth()), east, Math.min(90, bounds.getNorth())].map(function (n) { return n.toFixed(5); }).join(","));
      params.set("zoom", String(map.getZoom()));
      container.setAttribute("aria-busy", "true");
      fetch(data.geojsonUrl + "?" + params.toString(), { signal: request.signal, headers: { Accept: "application/geo+json" } })
        .then(function (response) {
          if (!response.ok) { throw new Error(String(response.status)); }
          return response.json();
        })
        .then(function (collection) {
          container.removeAttribute("aria-busy");
          show(collection);
          drawBasemap();
        })
        .catch(function (error) {
          if (error.name === "AbortError") { return; }
          container.removeAttribute("aria-busy");
          announce(data.labelError);
          drawBasemap();
        });
    }

    function remember() {
      var hash = viewHash(map);
      window.history.replaceState(null, "", window.location.pathname + window.location.search + hash);
      // Filtering again, or going to the list and back, keeps the part of the map in view.
      if (form) { form.action = form.action.split("#")[0] + hash; }
    }

    // Filters apply as they change: the address, the count, the filters' own counts and the
    // list link follow, and the map reloads the pins; the page itself stays, with the focus.
    function refreshFilters(url) {
      if (filtering) { filtering.abort(); }
      filtering = new AbortController();
      container.setAttribute("aria-busy", "true");
      fetch(url, { signal: filtering.signal, headers: { Accept: "text/html" } })
        .then(function (response) {
          if (!response.ok) { throw new Error(String(response.status)); }
          return response.text();
        })
        .then(function (html) {
          var fresh = new DOMParser().parseFromString(html, "text/html");
          var focused = document.activeElement && document.activeElement.id;
          ["pilots-facets", "pilots-count"].forEach(function (id) {
            var current = document.getElementById(id);
            var replacement = fresh.getElementById(id);
            if (current && replacement) { current.replaceWith(document.importNode(replacement, true)); }
          });
          var listLink = fresh.getElementById("pilots-list-link");
          if (listLink) { document.getElementById("pilots-list-link").href = listLink.getAttribute("href"); }
          if (focused && !document.getElementById(focused)) {
            var facets = document.getElementById("pilots-facets");
            facets.setAttribute("tabindex", "-1");
            facets.focus();
          } else if (focused && document.activeElement.id !== focused) {
            document.getElementById(focused).focus();
          }
          filtersChanged = true;
          load();
        })
        .catch(function (error) {
          if (error.name === "AbortError") { return; }
          container.removeAttribute("aria-busy");
          announce(data.labelError);
        });
    }

    function applyFilters() {
      var params = new URLSearchParams();
      new FormData(form).forEach(function (value, name) { if (value !== "") { params.append(name, value); } });
      var query = params.toString();
      var url = window.location.pathname + (query ? "?" + query : "");
      window.history.pushState(null, "", url + viewHash(map));
      refreshFilters(url);
    }

    if (form) {
      form.addEventListener("change", function () {
        window.clearTimeout(filterTimer);
        filterTimer = window.setTimeout(applyFilters, DEBOUNCE_MS);
      });
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        window.clearTimeout(filterTimer);
        applyFilters();
      });
      form.addEventListener("click", function (event) {
        var clear = event.target.closest && event.target.closest("[data-clear-filters]");
        if (!clear) { return; }
        event.preventDefault();
        form.querySelectorAll("input[type=checkbox]").forEach(function (box) { box.checked = false; });
        applyFilters();
      });
      // Back and Forward restore the filters of that address.
      window.addEventListener("popstate", function () {
        refreshFilters(window.location.pathname + window.location.search);
      });
    }

    map.on("moveend", function () {
      remember();
      window.clearTimeout(timer);
      timer = window.setTimeout(load, DEBOUNCE_MS);
    });

    // The pin whose details are open gets focus back when they close.
    var opener = null;
    map.on("popupopen", function (event) {
      opener = event.popup._source || null;
      var node = event.popup.getElement();
      var close = node.querySelector(".leaflet-popup-close-button");
      if (close) { close.setAttribute("aria-label", data.labelClose); close.setAttribute("title", data.labelClose); }
      node.setAttribute("role", "dialog");
      node.setAttribute("aria-label", opener ? opener.getElement().getAttribute("aria-label") : "");
      var link = node.querySelector(".pilots-map__popup-link");
      if (link) { link.focus({ preventScroll: true }); }
    });
    map.on("popupclose", function () {
      var active = document.activeElement;
      var lost = !active || active === document.body || !document.contains(active) || container.querySelector(".leaflet-popup") === null;
      if (opener && opener.getElement() && (lost || active.closest(".leaflet-popup"))) {
        opener.getElement().focus();
      } else if (lost) {
        container.focus();
      }
      opener = null;
    });

    // Keys on a focused pin: Enter or Space opens it, arrows pan, + and − zoom, Escape closes.
    container.addEventListener("keydown", function (event) {
      var onMarker = event.target.classList && event.target.classList.contains("leaflet-marker-icon");
      var key = event.key;
      if (key === "Escape") {
        if (map._popup && map.hasLayer(map._popup)) {
          event.preventDefault();
          map.closePopup();
        }
        return;
      }
      if (!onMarker) { return; }
      var marker = null;
      Object.keys(markers).forEach(function (k) { if (markers[k].getElement() === event.target) { marker = markers[k]; } });
      if (!marker) { return; }
      var moves = { ArrowLeft: [-PAN_PIXELS, 0], ArrowRight: [PAN_PIXELS, 0], ArrowUp: [0, -PAN_PIXELS], ArrowDown: [0, PAN_PIXELS] };
      if (key === "Enter" || key === " " || key === "Spacebar") {
        event.preventDefault();
        event.stopPropagation();
        // A pin's click toggles its details; a group's click zooms into it.
        marker.fire("click", { latlng: marker.getLatLng() });
      } else if (moves[key]) {
        event.preventDefault();
        map.panBy(moves[key]);
      } else if (key === "+" || key === "=") {
        event.preventDefault();
        zoomInto(marker.getLatLng());
      } else if (key === "-" || key === "_") {
        event.preventDefault();
        map.zoomOut();
      }
    });

    remember();
    load();
  }

  document.addEventListener("DOMContentLoaded", function () {
    var container = document.getElementById("pilots-map");
    if (container && window.L && window.topojson) { init(container); }
  });
})();
