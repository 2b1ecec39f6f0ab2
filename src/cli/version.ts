/**
 * The package's version, read once from package.json (two folders up from both src/cli and
 * dist/cli), for `ndr --version` and the server's /healthz. Node only.
 */
import { readFileSync } from 'node:fs';

/**
 * The `version` field of ndrkit's package.json, or `0.0.0` when it cannot be read.
 * @example packageVersion() // '0.1.0'
 */
export function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}
