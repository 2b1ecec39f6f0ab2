// Whether the build (dist/, web-dist/) is older than the sources, and building the library when
// it is. Shared by `npm start`, the CLI tests that run bin/ndr.js, and the explain benchmark.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The newest modification time of any file under a directory (sources are a few hundred files). */
export function newestMtime(dir) {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    newest = Math.max(newest, st.isDirectory() ? newestMtime(p) : st.mtimeMs);
  }
  return newest;
}

/**
 * True when one of `outputs` (paths under `root`) is missing or older than a file under src/ or
 * package.json: the build must be redone.
 */
export function isBuildStale(root, outputs) {
  const paths = outputs.map((p) => join(root, p));
  if (!paths.every((p) => existsSync(p))) return true;
  const built = Math.min(...paths.map((p) => statSync(p).mtimeMs));
  return newestMtime(join(root, 'src')) > built || statSync(join(root, 'package.json')).mtimeMs > built;
}

/**
 * Compiles the library (tsc -p tsconfig.build.json, into dist/) and bundles the CLI that
 * bin/ndr.js runs (scripts/build-cli.mjs, into dist/cli-bundle/) when `output` (a path under
 * `root`, e.g. dist/cli-bundle/main.js) is stale. Throws when a step fails.
 */
export function ensureLibraryBuilt(root, output) {
  if (!isBuildStale(root, [output])) return;
  const r = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('the library build (tsc -p tsconfig.build.json) failed');
  const b = spawnSync(process.execPath, [join(root, 'scripts/build-cli.mjs')], { cwd: root, stdio: 'inherit' });
  if (b.status !== 0) throw new Error('the CLI bundle (scripts/build-cli.mjs) failed');
}
