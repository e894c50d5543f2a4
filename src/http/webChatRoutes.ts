// The demo store page with Web Chat: `/` (public/index.html), `/webchat.js`
// (botframework-webchat's UMD bundle from node_modules), `/static/<file>`
// (public/*.css, *.svg, *.png) and `/favicon.ico`. Files are read once, lazily.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Request, Response, Server } from 'restify';

/** Options of `mountWebChat`. */
export interface WebChatOptions {
  /** Folder holding index.html and static assets (default: `<project>/public`). */
  publicDir?: string;
  /** Path of Web Chat's `dist/webchat.js` (default: resolved from node_modules). */
  webChatJs?: string;
}

interface Asset {
  body: Buffer;
  etag: string;
  headers: Record<string, string>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const STATIC_NAME = /^[a-z0-9][a-z0-9-]*\.(css|svg|png)$/;

/** `dist/webchat.js` of botframework-webchat (its package `exports` hide dist/, so walk up from main). */
export function resolveWebChatJs(): string {
  return path.join(path.dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');
}

/** The nearest folder above this file holding package.json (works from src/ and dist/src/). */
function projectRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

/** CSP allowing only this origin, plus the page's own inline scripts by hash (Web Chat needs inline styles). */
function contentSecurityPolicy(html: string): string {
  const hashes = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
    (m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`,
  );
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:", // product images may live on a CDN
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function loadAsset(file: string, cacheControl: string): Asset {
  const body = fs.readFileSync(file);
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  const headers: Record<string, string> = {
    'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'cache-control': cacheControl,
    'x-content-type-options': 'nosniff',
  };
  if (file.endsWith('.html'))
    headers['content-security-policy'] = contentSecurityPolicy(body.toString('utf8'));
  return { body, etag, headers };
}

function sendAsset(req: Request, res: Response, asset: Asset): void {
  for (const [name, value] of Object.entries(asset.headers)) res.header(name, value);
  res.header('etag', asset.etag);
  if (req.header('if-none-match') === asset.etag) {
    res.sendRaw(304, Buffer.alloc(0));
    return;
  }
  res.sendRaw(200, asset.body);
}

/** Registers the store page, the Web Chat bundle and static assets on `server`. */
export function mountWebChat(server: Server, options: WebChatOptions = {}): void {
  const publicDir = path.resolve(options.publicDir ?? path.join(projectRoot(), 'public'));
  const cache = new Map<string, Asset>();
  const cached = (file: string, cacheControl: string): Asset => {
    let asset = cache.get(file);
    if (!asset) cache.set(file, (asset = loadAsset(file, cacheControl)));
    return asset;
  };
  const notFound = (res: Response): void => {
    res.send(404, { error: { code: 'NotFound', message: 'not found' } });
  };

  server.get('/', async function indexPage(req: Request, res: Response) {
    sendAsset(req, res, cached(path.join(publicDir, 'index.html'), 'no-cache'));
  });

  server.get('/webchat.js', async function webChatBundle(req: Request, res: Response) {
    sendAsset(req, res, cached(options.webChatJs ?? resolveWebChatJs(), 'public, max-age=86400'));
  });

  server.get('/static/:name', async function staticAsset(req: Request, res: Response) {
    const name = String(req.params.name);
    const file = path.join(publicDir, name);
    if (!STATIC_NAME.test(name) || path.dirname(file) !== publicDir || !fs.existsSync(file))
      return notFound(res);
    sendAsset(req, res, cached(file, 'no-cache'));
  });

  server.get('/favicon.ico', async function favicon(_req: Request, res: Response) {
    res.header('cache-control', 'public, max-age=86400');
    res.send(204);
  });
}
