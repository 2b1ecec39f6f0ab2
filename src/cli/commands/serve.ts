/**
 * `ndr serve`: serves the web page and the HTTP API on http://localhost:8025 (PORT or --port
 * to change; --host or NDR_HOST to listen elsewhere than loopback). The server (Hono and the
 * whole library) is imported only when the command runs.
 */
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { packageVersion } from '../version.js';
import { DEFAULT_HOST, DEFAULT_PORT } from '../../server/defaults.js';
import type { RunningServer } from '../../server/listen.js';

function parsePort(value: string | undefined): number | null {
  if (value === undefined || value === '') return DEFAULT_PORT;
  if (!/^\d{1,5}$/.test(value)) return null;
  const port = Number(value);
  return port <= 65535 ? port : null;
}

/** Registers `ndr serve`. Resolves only when the server stops (SIGINT/SIGTERM). */
export function registerServe(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description('Serve the web page and the HTTP API (default http://localhost:8025)')
    .option('-p, --port <port>', `port to listen on (env PORT; default ${DEFAULT_PORT}; 0 picks a free one)`)
    .option('--host <host>', `interface to listen on (env NDR_HOST; default ${DEFAULT_HOST}, loopback only)`)
    .action(async (opts: { port?: string; host?: string }) => {
      const port = parsePort(opts.port ?? ctx.env['PORT']);
      if (port === null) {
        ctx.stderr.write(`ndr serve: invalid port ${JSON.stringify(opts.port ?? ctx.env['PORT'])}; use 0-65535\n`);
        ctx.exitCode = EXIT.usage;
        return;
      }
      const host = opts.host ?? (ctx.env['NDR_HOST'] || DEFAULT_HOST);
      let server: RunningServer;
      try {
        const { startServer } = await import('../../server/listen.js');
        server = await startServer({ port, host, version: packageVersion() });
      } catch (err) {
        const code = (err as { code?: string }).code;
        const why = code === 'EADDRINUSE' ? `port ${port} is in use (set PORT to another)` : String((err as Error).message ?? err);
        ctx.stderr.write(`ndr serve: cannot listen on ${host}:${port}: ${why}\n`);
        ctx.exitCode = EXIT.software;
        return;
      }
      const shown = host === DEFAULT_HOST ? `http://localhost:${server.port}` : server.url;
      ctx.stdout.write(`ndrkit is serving on ${shown}  (API: ${shown}/api/openapi.json; Ctrl+C to stop)\n`);
      await new Promise<void>((resolve) => {
        const stop = (): void => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void server.close().then(resolve, resolve);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}
