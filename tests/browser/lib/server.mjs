// A static file server on 127.0.0.1 (random port) for the built site: what any static host
// does, with the .wasm MIME type. Logs every request path so tests can assert on them.
// {gzip: true}: .js and .wasm go out compressed (Content-Encoding: gzip), as a compressing
// server sends them. close() ends open connections too: the site is then out of reach.
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {extname, join, normalize} from 'node:path';
import {gzipSync} from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.txt': 'text/plain; charset=utf-8', '.json': 'application/json',
  '.png': 'image/png', '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json',
};

export async function serve(root, {gzip = false} = {}) {
  const requests = [];
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    requests.push(path);
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const compress = gzip && ['.js', '.wasm'].includes(extname(file));
      const body = compress ? gzipSync(await readFile(file)) : await readFile(file);
      res.writeHead(200, {'Content-Type': TYPES[extname(file)] || 'application/octet-stream',
                          'Content-Length': body.length, 'Cache-Control': 'no-store',
                          ...(compress ? {'Content-Encoding': 'gzip'} : {})});
      res.end(body);
    } catch {
      res.writeHead(404, {'Content-Type': 'text/plain'});
      res.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/`;
  const close = () => new Promise((resolve) => {
    server.close(resolve);
    server.closeAllConnections();
  });
  return {url, requests, close};
}
