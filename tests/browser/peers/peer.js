// Shared by the peer pages: puts the map where the app draws its own (?x=&y=&w=&h=, CSS
// pixels), fetches the bench town's GeoJSON (?town=), lets the page build its map, and
// publishes window.peer (the page's controls) and window.firstMapMs (navigation to the first
// complete map). Offers are coloured by category like the app's default colouring.
const PEER_COLOURS = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', '#999999'];

function peerColour(category) {
  let h = 0;
  for (const c of String(category)) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return PEER_COLOURS[h % PEER_COLOURS.length];
}

// The town's districts (features) and all its offers as {lon, lat, category}. An offer without
// a location of its own stands near its district's middle, spread on a spiral as the app
// spreads it (map_scene.cpp), so the peers draw as many offers as the app.
function peerTown(town) {
  const districts = town.features.filter((f) => f.geometry && f.geometry.type !== 'Point');
  const middles = new Map();
  for (const d of districts) {
    const rings = d.geometry.type === 'Polygon' ? [d.geometry.coordinates[0]] : d.geometry.coordinates.map((p) => p[0]);
    const points = rings.flat();
    const lons = points.map((p) => p[0]);
    const lats = points.map((p) => p[1]);
    middles.set(d.properties.Name, {lon: (Math.min(...lons) + Math.max(...lons)) / 2, lat: (Math.min(...lats) + Math.max(...lats)) / 2, placed: 0});
  }
  const offers = [];
  for (const f of town.features) {
    if (f.properties.Art !== 'Angebot') continue;
    if (f.geometry) {
      offers.push({lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1], category: f.properties.Kategorie});
      continue;
    }
    const m = middles.get(f.properties.Stadtteil);
    if (!m) continue;
    const k = m.placed++;
    const r = 0.0004 * Math.sqrt(k);
    const a = k * 2.39996;
    offers.push({lon: m.lon + r * Math.cos(a) * 1.5, lat: m.lat + r * Math.sin(a), category: f.properties.Kategorie});
  }
  return {districts, offers};
}

async function peerPage(build) {
  const q = new URLSearchParams(location.search);
  const div = document.getElementById('map');
  for (const [key, css] of [['x', 'left'], ['y', 'top'], ['w', 'width'], ['h', 'height']])
    div.style[css] = `${Number(q.get(key))}px`;
  const town = await (await fetch(q.get('town'))).json();
  window.peer = await build(peerTown(town), div);
  window.firstMapMs = performance.now();
}
