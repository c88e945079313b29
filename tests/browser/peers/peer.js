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

async function peerPage(build) {
  const q = new URLSearchParams(location.search);
  const div = document.getElementById('map');
  for (const [key, css] of [['x', 'left'], ['y', 'top'], ['w', 'width'], ['h', 'height']])
    div.style[css] = `${Number(q.get(key))}px`;
  const town = await (await fetch(q.get('town'))).json();
  window.peer = await build(town, div);
  window.firstMapMs = performance.now();
}
