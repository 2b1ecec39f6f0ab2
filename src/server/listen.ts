/**
 * Starts the HTTP server on Node (via @hono/node-server) and stops it cleanly.
 */
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { AppOptions } from './app.js';
import { createApp } from './app.js';
import { DEFAULT_HOST, DEFAULT_PORT } from './defaults.js';

export { DEFAULT_HOST, DEFAULT_PORT };

/**
 * A whole request, body included, must arrive within this time: slow-drip clients cannot hold
 * connections open for ever.
 */
const REQUEST_TIMEOUT_MS = 60_000;

/** Options of {@link startServer}. */
export interface ServerOptions extends AppOptions {
  /** 0 picks a free port. */
  readonly port?: number;
  readonly host?: string;
}

/** A running server. */
export interface RunningServer {
  /** e.g. `http://127.0.0.1:8025`. */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/**
 * Starts serving the API and the page.
 *
 * @example
 * ```ts
 * const server = await startServer({ port: 0 });
 * await fetch(`${server.url}/healthz`);
 * await server.close();
 * ```
 */
export function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const app = createApp(options);
  const host = options.host ?? DEFAULT_HOST;
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port ?? DEFAULT_PORT, hostname: host }) as Server;
    server.requestTimeout = REQUEST_TIMEOUT_MS;
    server.once('error', reject);
    server.once('listening', () => {
      const { port } = server.address() as AddressInfo;
      const shown = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shown}:${port}`,
        port,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((err) => (err ? fail(err) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}
