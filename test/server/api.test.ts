// The HTTP API over real HTTP on loopback: each endpoint, bad input, the size limits, the
// security headers and the static page. The analyses are the library's own.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { startServer } from '../../src/server/listen.js';
import type { RunningServer } from '../../src/server/listen.js';
import { EXPLAIN_MAX_BYTES, PARSE_MAX_BYTES } from '../../src/server/limits.js';

// Response bodies are probed field by field; a typed mirror of each would only repeat src/types.ts.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

let server: RunningServer;
let webRoot: string;
const logged: unknown[] = [];

before(async () => {
  webRoot = mkdtempSync(join(tmpdir(), 'ndrkit-web-'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>ndrkit</title>');
  writeFileSync(join(webRoot, 'app.js'), 'console.log(1)');
  server = await startServer({ port: 0, host: '127.0.0.1', webRoot, version: '9.9.9', log: (e) => logged.push(e) });
});

after(async () => {
  await server.close();
  rmSync(webRoot, { recursive: true, force: true });
});

async function call(path: string, init: RequestInit = {}): Promise<{ status: number; headers: Headers; json: Json; text: string }> {
  const res = await fetch(`${server.url}${path}`, init);
  const text = await res.text();
  let json: unknown = null;
  if ((res.headers.get('content-type') ?? '').includes('json')) json = JSON.parse(text);
  return { status: res.status, headers: res.headers, json, text };
}

function assertError(r: { status: number; json: Json; text: string }, status: number, code: string): void {
  assert.equal(r.status, status, r.text);
  assert.equal(r.json?.error?.code, code, r.text);
  assert.equal(typeof r.json.error.message, 'string');
  assert.doesNotMatch(r.text, /\bat .*\.(?:ts|js):\d+/, 'no stack trace in an error body');
}

describe('service endpoints', () => {
  test('GET /healthz answers ok with the version', async () => {
    const r = await call('/healthz');
    assert.equal(r.status, 200);
    assert.deepEqual(r.json, { status: 'ok', version: '9.9.9' });
  });

  test('GET /api/openapi.json is an OpenAPI 3.1 document describing the three endpoints', async () => {
    const r = await call('/api/openapi.json');
    assert.equal(r.status, 200);
    assert.equal(r.json.openapi, '3.1.0');
    for (const p of ['/api/explain', '/api/parse', '/api/headers']) assert.ok(r.json.paths[p]?.post, `${p} is described`);
    assert.ok(r.json.components.schemas.DeliveryRecord.properties.recipient);
    // Every $ref resolves inside the document.
    const refs = r.text.match(/"#\/components\/[^"]+"/g) ?? [];
    assert.ok(refs.length > 10);
    for (const ref of refs) {
      const parts = ref.slice(3, -1).split('/');
      let node: Json = r.json;
      for (const p of parts) node = node?.[p];
      assert.ok(node !== undefined, `${ref} resolves`);
    }
  });

  test('every response carries the security headers, errors included', async () => {
    for (const path of ['/', '/healthz', '/api/nope', '/missing']) {
      const r = await call(path);
      const csp = r.headers.get('content-security-policy') ?? '';
      assert.match(csp, /default-src 'self'/, path);
      assert.match(csp, /frame-ancestors 'none'/, path);
      assert.match(csp, /script-src 'self'(;|$)/, path);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, path);
      assert.match(csp, /require-trusted-types-for 'script'/, path);
      assert.equal(r.headers.get('x-content-type-options'), 'nosniff', path);
      assert.equal(r.headers.get('referrer-policy'), 'no-referrer', path);
    }
  });

  test('the page is served with its type and an ETag; unknown paths are 404', async () => {
    const r = await call('/');
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type') ?? '', /text\/html/);
    const etag = r.headers.get('etag');
    assert.ok(etag);
    const again = await fetch(`${server.url}/index.html`, { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
    assert.match((await call('/app.js')).headers.get('content-type') ?? '', /javascript/);
    assert.equal((await call('/../package.json')).status, 404);
    assert.equal((await call('/%2e%2e/package.json')).status, 404);
    assert.equal((await call('/missing.js')).status, 404);
  });

  test('unknown API paths are a JSON 404; wrong methods a JSON 405', async () => {
    assertError(await call('/api/nope', { method: 'POST', body: 'x' }), 404, 'ERR_NOT_FOUND');
    assertError(await call('/api/explain'), 405, 'ERR_METHOD_NOT_ALLOWED');
    assertError(await call('/api/parse', { method: 'PUT', body: 'x' }), 405, 'ERR_METHOD_NOT_ALLOWED');
  });
});

describe('bad input gives a clear JSON 4xx', () => {
  for (const path of ['/api/explain', '/api/headers', '/api/parse']) {
    test(`${path}: empty body`, async () => {
      assertError(await call(path, { method: 'POST', body: '', headers: { 'Content-Type': 'text/plain' } }), 400, 'ERR_EMPTY_INPUT');
      assertError(await call(path, { method: 'POST', body: '  \r\n ', headers: { 'Content-Type': 'text/plain' } }), 400, 'ERR_EMPTY_INPUT');
    });
    test(`${path}: malformed JSON and wrong JSON shapes`, async () => {
      const json = { 'Content-Type': 'application/json' };
      assertError(await call(path, { method: 'POST', body: '{"input":', headers: json }), 400, 'ERR_BAD_JSON');
      assertError(await call(path, { method: 'POST', body: '[1]', headers: json }), 400, 'ERR_INVALID_INPUT');
      const r = await call(path, { method: 'POST', body: '{"input": 42}', headers: json });
      assertError(r, 400, 'ERR_INVALID_INPUT');
      assert.equal(r.json.error.field, 'input');
      assertError(await call(path, { method: 'POST', body: '{"input": ""}', headers: json }), 400, 'ERR_EMPTY_INPUT');
    });
    test(`${path}: unsupported media type`, async () => {
      assertError(await call(path, { method: 'POST', body: '<x/>', headers: { 'Content-Type': 'application/xml' } }), 415, 'ERR_UNSUPPORTED_MEDIA_TYPE');
    });
  }

  test('/api/explain and /api/headers refuse binary input', async () => {
    for (const path of ['/api/explain', '/api/headers']) {
      assertError(await call(path, { method: 'POST', body: 'PK\u0003\u0004\u0000\u0000binary', headers: { 'Content-Type': 'text/plain' } }), 400, 'ERR_BINARY_INPUT');
    }
  });

  test('/api/parse: a multipart form without files', async () => {
    const form = new FormData();
    form.append('note', '');
    assertError(await call('/api/parse', { method: 'POST', body: form }), 400, 'ERR_EMPTY_INPUT');
    assertError(
      await call('/api/parse', { method: 'POST', body: '--x\r\nbroken', headers: { 'Content-Type': 'multipart/form-data; boundary=zzz' } }),
      400,
      'ERR_INVALID_INPUT',
    );
  });
});

describe('size limits', () => {
  test('/api/explain refuses a body over its limit with 413, announced length or not', async () => {
    const body = 'x'.repeat(EXPLAIN_MAX_BYTES + 1);
    assertError(await call('/api/explain', { method: 'POST', body, headers: { 'Content-Type': 'text/plain' } }), 413, 'ERR_TOO_LARGE');
    // Chunked (no Content-Length): the limit holds while the body streams in.
    const stream = new ReadableStream<Uint8Array>({
      start(ctl) {
        const chunk = new TextEncoder().encode('y'.repeat(64 * 1024));
        for (let i = 0; i < EXPLAIN_MAX_BYTES / chunk.length + 2; i++) ctl.enqueue(chunk);
        ctl.close();
      },
    });
    const r = await call('/api/explain', { method: 'POST', body: stream, headers: { 'Content-Type': 'text/plain' }, duplex: 'half' } as RequestInit);
    assertError(r, 413, 'ERR_TOO_LARGE');
  });

  test('/api/parse refuses a body over 25 MiB with 413 before reading it', async () => {
    // node:http rather than fetch: the server answers at once and closes, while the client is
    // still writing, and fetch reports that as a network error instead of showing the answer.
    const body = Buffer.alloc(PARSE_MAX_BYTES + 1024, 0x61);
    const r = await new Promise<{ status: number; json: Json; text: string }>((resolve, reject) => {
      const req = request(`${server.url}/api/parse`, { method: 'POST', headers: { 'Content-Type': 'message/rfc822', 'Content-Length': body.length } }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text), text }));
      });
      req.on('error', (err) => (err as NodeJS.ErrnoException).code === 'EPIPE' || (err as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : reject(err));
      req.end(body);
    });
    assertError(r, 413, 'ERR_TOO_LARGE');
  });
});

test('no internal error was logged by any of the above', () => {
  assert.deepEqual(logged, []);
});

// The analyses themselves, the library's own.
const SEED_NDR = [
  'Delivery has failed to these recipients or groups:',
  'ronald@contoso.com',
  'Diagnostic information for administrators:',
  'Generating server: alpineskihouse.com',
  'ronald@contoso.com',
  'mail.contoso.com #<exchange.contoso.com #5.7.1 smtp;530 5.7.1 Client was not authenticated> #SMTP#',
].join('\n');

const seed = readFileSync(new URL('../fixtures/seed/exchange-online-ndr-reference.md', import.meta.url), 'utf8');
const dmarcAt = seed.indexOf('SPF/DKIM Failures');
const dmarcStart = seed.indexOf('\n', seed.indexOf('```', dmarcAt)) + 1;
const SEED_DMARC = seed.slice(dmarcStart, seed.indexOf('```', dmarcStart));

describe('analyses', () => {
  test('POST /api/explain (text and JSON) returns the ExplainResult', async () => {
    const a = await call('/api/explain', { method: 'POST', body: '550 5.1.1 User unknown', headers: { 'Content-Type': 'text/plain' } });
    assert.equal(a.status, 200, a.text);
    assert.equal(a.json.input, '550 5.1.1 User unknown');
    assert.ok(a.json.codes.some((c: { enhanced: string }) => c.enhanced === '5.1.1'));
    assert.ok(a.json.matches.length > 0);
    const b = await call('/api/explain', { method: 'POST', body: JSON.stringify({ input: SEED_NDR }), headers: { 'Content-Type': 'application/json' } });
    assert.equal(b.status, 200, b.text);
    assert.ok(b.json.codes.some((c: { enhanced: string }) => c.enhanced === '5.7.1'));
  });

  test('POST /api/headers returns the HeaderAnalysis, the same as `ndr headers --json`', async () => {
    const r = await call('/api/headers', { method: 'POST', body: SEED_DMARC, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.auth.spf.result, 'none');
    assert.equal(r.json.auth.dmarc.result, 'fail');
    assert.equal(r.json.auth.compauth.result, 'fail');
    assert.ok(r.json.findings.some((f: { id: string }) => f.id === 'dmarc-fail'));
    const viaJson = await call('/api/headers', { method: 'POST', body: JSON.stringify({ input: SEED_DMARC }), headers: { 'Content-Type': 'application/json' } });
    assert.deepEqual(viaJson.json, r.json);
  });

  test('POST /api/explain: the library refuses input over its own limit with 413', async () => {
    const r = await call('/api/explain', { method: 'POST', body: '5'.repeat(EXPLAIN_MAX_BYTES - 10), headers: { 'Content-Type': 'text/plain' } });
    assert.ok(r.status === 200 || r.status === 413, r.text);
    if (r.status === 413) assert.equal(r.json.error.code, 'ERR_TOO_LARGE');
  });

  test('POST /api/parse returns the records, the same as `ndr parse --json`, for one message or several', async () => {
    const eml = (f: string): Uint8Array<ArrayBuffer> => new Uint8Array(readFileSync(new URL(`../fixtures/sisimai/eml/${f}`, import.meta.url)));
    const one = await call('/api/parse?file=a.eml', { method: 'POST', body: eml('lhost-postfix-02.eml'), headers: { 'Content-Type': 'message/rfc822' } });
    assert.equal(one.status, 200, one.text);
    assert.deepEqual(one.json.map((r: { recipient: string }) => r.recipient), ['filtered@example.co.jp', 'userunknown@example.co.jp']);
    assert.equal(one.json[0].file, 'a.eml');
    const form = new FormData();
    form.append('m1', new Blob([eml('lhost-postfix-02.eml')]), 'postfix.eml');
    form.append('m2', new Blob([eml('lhost-exim-02.eml')]), 'exim.eml');
    form.append('m3', new Blob(['Subject: hello\r\n\r\nnot a bounce\r\n']), 'hello.eml');
    const many = await call('/api/parse', { method: 'POST', body: form });
    assert.equal(many.status, 200, many.text);
    assert.deepEqual(many.json.map((r: { file: string }) => r.file), ['postfix.eml', 'postfix.eml', 'exim.eml', 'exim.eml', 'hello.eml']);
    assert.equal(many.json[4].kind, 'not-bounce');
  });
});
