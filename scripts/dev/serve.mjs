#!/usr/bin/env node
// Serves the static export in out/ the way a static host does: clean URLs with
// trailing-slash redirects, index.html for folders, the site's own 404 page,
// Brotli/gzip for text, as Vercel sends it (measurements must see the real transfer sizes),
// and exactly the headers vercel.json declares (CSP included), so tests see production's.
import { createReadStream, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.webmanifest': 'application/manifest+json',
};

/**
 * A vercel.json header `source` (path-to-regexp) as a RegExp. Only what vercel.json uses is
 * supported, literal paths and unnamed `(regex)` groups; anything else throws, so a new kind of
 * pattern cannot silently send the wrong headers here.
 */
export function sourcePattern(source) {
  let pattern = '';
  for (const part of source.split(/(\([^()]*\))/)) {
    if (part.startsWith('(')) pattern += part;
    else if (/^[\w\-./~]*$/.test(part)) pattern += part.replace(/[.]/g, '\\.');
    else
      throw new Error(
        `vercel.json: scripts/dev/serve.mjs cannot translate the header source "${source}" (only literal paths and (regex) groups)`,
      );
  }
  return new RegExp(`^${pattern}$`);
}

/** vercel.json's header rules, compiled once: a pattern it cannot translate fails at startup. */
const HEADER_RULES = JSON.parse(readFileSync(new URL('../../vercel.json', import.meta.url), 'utf8')).headers.map(({ source, headers }) => ({
  pattern: sourcePattern(source),
  headers,
}));

/** The headers vercel.json declares for `pathname`; a later rule overrides an earlier one's key. */
function declaredHeaders(pathname) {
  const headers = {};
  for (const rule of HEADER_RULES) {
    if (rule.pattern.test(pathname)) for (const { key, value } of rule.headers) headers[key] = value;
  }
  return headers;
}

async function fileAt(p) {
  try {
    const s = await stat(p);
    return s.isFile() ? s : null;
  } catch {
    return null;
  }
}

/**
 * Brotli quality: 11 (the smallest files, as a host that compresses once sends them) unless
 * $BROTLI_QUALITY says otherwise; the tests ask for a fast 4, since they compress every page once.
 */
const BROTLI_QUALITY = Number(process.env.BROTLI_QUALITY ?? 11);
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.xml', '.txt', '.md', '.svg', '.webmanifest']);
/** Compressed bodies by encoding, file and mtime: each file is compressed once. */
const compressed = new Map();

async function encodedBody(file, mtime, encoding) {
  const key = `${encoding}:${file}:${mtime}`;
  let body = compressed.get(key);
  if (!body) {
    const raw = await readFile(file);
    body =
      encoding === 'br'
        ? brotliCompressSync(raw, {
            params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
          })
        : gzipSync(raw, { level: 9 });
    compressed.set(key, body);
  }
  return body;
}

function pickEncoding(req, file) {
  if (!COMPRESSIBLE.has(path.extname(file))) return null;
  const accepted = String(req.headers['accept-encoding'] ?? '');
  if (/\bbr\b/.test(accepted)) return 'br';
  if (/\bgzip\b/.test(accepted)) return 'gzip';
  return null;
}

async function send(req, res, file, stats, status) {
  const headers = {
    'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    // Revalidate whatever vercel.json does not declare cacheable (content-hashed files).
    'Cache-Control': 'no-cache',
    Vary: 'Accept-Encoding',
    ...declaredHeaders(new URL(req.url ?? '/', 'http://localhost').pathname),
  };
  const encoding = pickEncoding(req, file);
  if (encoding) {
    const body = await encodedBody(file, stats.mtimeMs, encoding);
    res.writeHead(status, { ...headers, 'Content-Encoding': encoding, 'Content-Length': body.length });
    return res.end(req.method === 'HEAD' ? undefined : body);
  }
  res.writeHead(status, { ...headers, 'Content-Length': stats.size });
  if (req.method === 'HEAD') return res.end();
  createReadStream(file).pipe(res);
}

/** A server for the static export in `dir` (default: $OUT_DIR or out/). */
export function createStaticServer(dir = process.env.OUT_DIR ?? 'out') {
  const root = path.resolve(dir);
  return createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end('Bad request');
      return;
    }
    const target = path.join(root, pathname);
    if (!target.startsWith(root)) {
      res.writeHead(403).end('Forbidden');
      return;
    }
    const file = await fileAt(target);
    if (file) return send(req, res, target, file, 200);
    const index = await fileAt(path.join(target, 'index.html'));
    if (index) {
      // trailingSlash: true — /docs/foo is served at /docs/foo/, like the production host.
      if (!pathname.endsWith('/')) {
        res.writeHead(308, { ...declaredHeaders(url.pathname), Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      return send(req, res, path.join(target, 'index.html'), index, 200);
    }
    const notFound = path.join(root, '404.html');
    const page = await fileAt(notFound);
    if (page) return send(req, res, notFound, page, 404);
    res.writeHead(404).end('Not found');
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  createStaticServer().listen(port, host, () =>
    console.log(`Serving ${process.env.OUT_DIR ?? 'out'} on http://${host === '127.0.0.1' ? 'localhost' : host}:${port}`),
  );
}
