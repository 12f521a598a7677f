#!/usr/bin/env node
// Serves the static export the way static hosts do: `x/` -> `x/index.html`, `x` -> redirect to `x/`,
// a missing path -> 404.html with status 404. Usage: node scripts/serve.mjs [dir] [port] (BASE_PATH honoured).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'out');
const port = Number(process.argv[3] ?? process.env.PORT ?? 3000);
const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.yml': 'text/yaml; charset=utf-8',
  '.atom': 'application/atom+xml',
};

function send(res, status, file, headers = {}) {
  res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
  createReadStream(file).pipe(res);
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let path = decodeURIComponent(url.pathname);
  if (base) {
    if (path !== base && !path.startsWith(`${base}/`)) return notFound(res);
    path = path.slice(base.length) || '/';
  }
  const file = normalize(join(root, path));
  if (!file.startsWith(root)) return notFound(res);
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!path.endsWith('/')) {
      res.writeHead(308, { location: `${base}${path}/${url.search}` });
      return res.end();
    }
    const index = join(file, 'index.html');
    return existsSync(index) ? send(res, 200, index) : notFound(res);
  }
  if (existsSync(file)) return send(res, 200, file);
  if (existsSync(`${file}.html`)) return send(res, 200, `${file}.html`);
  return notFound(res);
});

function notFound(res) {
  const page = join(root, '404.html');
  if (existsSync(page)) return send(res, 404, page);
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('not found');
}

server.listen(port, '127.0.0.1', () => console.log(`serving ${root} at http://localhost:${port}${base}/`));
