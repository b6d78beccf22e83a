// The map page (issue 10): the Natural Earth countries, the Viet Nam–China and Viet Nam–Laos border lines and the
// coastlines shipped with the app (lib/world-atlas), drawn by Leaflet, with the province's gates, partners and
// twinned localities as layers. Everything comes from the JSON the page embeds (#map-data): the points, the frame,
// the files' addresses, the optional tile layer and every word shown, in the UI's language. Without this script the
// page keeps its drawing (#map-fallback).
(function () {
    'use strict';

    var VIETNAM = '704';
    var CHINA = '156';
    var LAOS = '418';

    var source = document.getElementById('map-data');
    var box = document.getElementById('map');
    if (!source || !box || !window.L || !window.topojson) {
        return;
    }

    var data = JSON.parse(source.textContent);
    var text = data.text;

    function escapeHtml(value) {
        return String(value).replace(/[&<>"']/g, function (c) { return '&#' + c.charCodeAt(0) + ';'; });
    }

    // The layer control is the legend: a swatch like the markers or lines, then the layer's name.
    function legend(swatch, name) {
        return '<span class="map-swatch map-swatch-' + swatch + '" aria-hidden="true"></span>' + escapeHtml(name);
    }

    box.hidden = false;
    var fallback = document.getElementById('map-fallback');
    if (fallback) {
        fallback.hidden = true;
    }

    var map = L.map(box, { zoomControl: false, minZoom: 2, maxZoom: 16, worldCopyJump: true });
    L.control.zoom({ zoomInTitle: text.zoomIn, zoomOutTitle: text.zoomOut }).addTo(map);
    map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    map.fitBounds(data.fit);

    // Countries and coastlines under the borders and the points; a canvas draws the whole world's shapes quickly.
    map.createPane('countries').style.zIndex = 350;
    var canvas = L.canvas({ pane: 'countries', padding: 0.5 });

    var overlays = {};
    var tiles = null;
    if (data.tiles) {
        tiles = L.tileLayer(data.tiles.url, { attribution: data.tiles.attribution, maxZoom: 19 }).addTo(map);
        overlays[legend('tiles', text.tiles)] = tiles;
    }

    function popup(layer, feature) {
        var content = document.createElement('div');
        content.className = 'map-popup';
        var title = document.createElement('strong');
        var link = document.createElement('a');
        link.href = feature.url;
        link.textContent = feature.name;
        title.appendChild(link);
        content.appendChild(title);
        [feature.detail, feature.kind ? layer.label + ' · ' + feature.kind : layer.label].forEach(function (line) {
            if (line) {
                var p = document.createElement('div');
                p.textContent = line;
                content.appendChild(p);
            }
        });
        return content;
    }

    data.layers.forEach(function (layer) {
        var group = L.featureGroup();
        // A twinned locality sits at its partner's place: it is drawn just left of the partner's marker.
        var anchor = layer.name === 'twinning' ? [17, 7] : [7, 7];
        layer.features.forEach(function (feature) {
            var icon = L.divIcon({
                className: 'map-marker map-marker-' + layer.name,
                iconSize: [14, 14],
                iconAnchor: anchor,
                popupAnchor: [layer.name === 'twinning' ? -10 : 0, -7],
            });
            var marker = L.marker([feature.lat, feature.lon], {
                icon: icon, keyboard: true, title: feature.name, alt: feature.name, riseOnHover: true,
            });
            marker.bindPopup(function () { return popup(layer, feature); });
            if (layer.name === 'borderGate') {
                // The gates are few and the reason for the map: their names stay beside them.
                marker.bindTooltip(escapeHtml(feature.name), {
                    permanent: true, direction: 'right', offset: [8, 0], className: 'map-label',
                });
            }

            group.addLayer(marker);
        });
        group.addTo(map);
        overlays[legend(layer.name, layer.title)] = group;
    });

    var china = L.featureGroup().addTo(map);
    var laos = L.featureGroup().addTo(map);
    overlays[legend('border-cn', text.borderCn)] = china;
    overlays[legend('border-la', text.borderLa)] = laos;
    L.control.layers(null, overlays, { collapsed: false }).addTo(map);

    map.on('popupopen', function (e) {
        var close = e.popup.getElement().querySelector('.leaflet-popup-close-button');
        if (close) {
            close.setAttribute('aria-label', text.close);
            close.title = text.close;
        }

        // Opened from the keyboard (Enter on a marker): the link to the record is the next thing to reach.
        if (document.activeElement && document.activeElement.classList.contains('map-marker')) {
            var link = e.popup.getElement().querySelector('.map-popup a');
            if (link) {
                link.focus();
            }
        }
    });

    function load(url) {
        return fetch(url, { credentials: 'same-origin' }).then(function (response) {
            if (!response.ok) {
                throw new Error(url + ': ' + response.status);
            }

            return response.json();
        });
    }

    load(data.countries).then(function (world) {
        var countries = world.objects.countries;
        L.geoJSON(topojson.feature(world, countries), {
            renderer: canvas,
            interactive: false,
            attribution: '<a href="https://www.naturalearthdata.com/">Natural Earth</a>',
            style: function (country) {
                return {
                    color: '#a9b4be',
                    weight: 0.7,
                    fillColor: country.id === VIETNAM ? '#fbf4dc' : '#eceee4',
                    fillOpacity: tiles ? 0.25 : 1,
                };
            },
        }).addTo(map);

        // The arcs Viet Nam shares with one neighbour: the border line itself, drawn over the countries.
        function border(neighbour) {
            return topojson.mesh(world, countries, function (a, b) {
                return (a.id === VIETNAM && b.id === neighbour) || (a.id === neighbour && b.id === VIETNAM);
            });
        }

        china.addLayer(L.geoJSON(border(CHINA), { className: 'map-border map-border-cn', interactive: false }));
        laos.addLayer(L.geoJSON(border(LAOS), { className: 'map-border map-border-la', interactive: false }));
        return load(data.land);
    }).then(function (land) {
        L.geoJSON(topojson.mesh(land, land.objects.land), {
            renderer: canvas, interactive: false, color: '#4f86b5', weight: 1,
        }).addTo(map);
        box.classList.add('map-ready');
    }).catch(function (error) {
        // The points stay usable without the borders; the reason is for whoever looks at the console.
        console.error(error);
    });
}());
