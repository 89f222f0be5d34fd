import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../lib/deploy/headers';
import { createStaticServer, sourcePattern } from './serve.mjs';

type Rule = { source: string; headers: { key: string; value: string }[] };
const declared = (JSON.parse(readFileSync('vercel.json', 'utf8')) as { headers: Rule[] }).headers;
const rule = (source: string) => declared.find((r) => r.source === source)?.headers ?? [];

const dir = mkdtempSync(path.join(tmpdir(), 'serve-'));
const server = createStaticServer(dir);
let origin = '';

beforeAll(async () => {
  mkdirSync(path.join(dir, 'docs'));
  writeFileSync(path.join(dir, 'docs', 'index.html'), '<!DOCTYPE html><title>Docs</title>');
  mkdirSync(path.join(dir, '_next', 'static', 'chunks'), { recursive: true });
  writeFileSync(path.join(dir, '_next', 'static', 'chunks', 'a.css'), 'body{}');
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run serve', () => {
  it('sends the headers vercel.json declares for every path on an HTML page, CSP included', async () => {
    const response = await fetch(`${origin}/docs/`);
    expect(response.status).toBe(200);
    for (const { key, value } of rule('/(.*)')) expect(response.headers.get(key), key).toBe(value);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('adds the immutable caching vercel.json declares for /_next/static/ files', async () => {
    const response = await fetch(`${origin}/_next/static/chunks/a.css`);
    expect(response.status).toBe(200);
    for (const { key, value } of [...rule('/(.*)'), ...rule('/_next/static/(.*)')]) expect(response.headers.get(key), key).toBe(value);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('fails loudly on a header source it cannot translate', () => {
    expect(sourcePattern('/js/(.*)').test('/js/site-ABC.js')).toBe(true);
    expect(() => sourcePattern('/docs/:slug*')).toThrow(/cannot translate/);
  });
});
