/**
 * Builds the unpacked extension into packages/extension/dist: bundles the worker (ESM), the content
 * script (IIFE) and the pages with esbuild, writes manifest.json and managed_schema.json, copies
 * the precompiled rules (packages/rules/dist/compiled.json) to dist/rules/compiled.json, and writes
 * them as the bundled engine loads them to dist/rules/loaded.pack (src/lib/pack.ts), which the
 * worker reads at start without parsing or building tables.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { compileRules, serializeCompiled } from '@vigil/engine';
import * as esbuild from 'esbuild';
import { pack } from '../src/lib/pack.js';
import { buildManifest, managedSchema } from '../src/manifest.js';
import { loadRules } from '../src/worker/engine-adapter.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist');
const src = path.join(root, 'src');
const compiledRules = path.resolve(root, '../rules/dist/compiled.json');

/** The compiled-rules format of the engine being bundled (from a tiny empty rule set). */
const engineFormat = serializeCompiled(compileRules({ version: 'probe', rules: [] })).format;
const formatOf = (file: string): unknown => {
  try {
    return (JSON.parse(fs.readFileSync(file, 'utf8')) as { format?: unknown }).format;
  } catch {
    return undefined;
  }
};
if (fs.existsSync(compiledRules) && formatOf(compiledRules) !== engineFormat) {
  // The rules were compiled by another engine build than the one bundled here (the engine changed
  // since `npm run build -w @vigil/rules`): compile them again with the rules package's own script.
  console.warn(
    `extension build: ${compiledRules} has format ${formatOf(compiledRules)}, the engine wants ${engineFormat}; rebuilding it`,
  );
  execFileSync(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', path.resolve(root, '../rules/src/build.ts')],
    {
      stdio: 'inherit',
    },
  );
}
const rulesFile = fs.existsSync(compiledRules) ? compiledRules : path.join(root, 'scripts/dev-rules.json');
if (rulesFile !== compiledRules) {
  console.warn(`extension build: ${compiledRules} is missing; bundling the development stand-in rules`);
}
/**
 * Identifies the bundled engine (its source, as bundled), so a worker never uses rules another
 * engine build loaded (their in-memory form is the engine's own business).
 */
const engineSrc = path.resolve(root, '../engine/src');
const engineHash = createHash('sha256');
for (const file of (fs.readdirSync(engineSrc, { recursive: true }) as string[]).sort()) {
  const full = path.join(engineSrc, file);
  if (fs.statSync(full).isFile()) engineHash.update(file).update(fs.readFileSync(full));
}
const engineBuild = engineHash.digest('hex').slice(0, 16);
const loadedPack = pack(loadRules(JSON.parse(fs.readFileSync(rulesFile, 'utf8'))));
const packagedRules = createHash('sha256').update(loadedPack).digest('hex').slice(0, 16);

const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };

fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(path.join(out, 'rules'), { recursive: true });
fs.mkdirSync(path.join(out, 'icons'), { recursive: true });

const common: esbuild.BuildOptions = {
  bundle: true,
  target: 'chrome120',
  conditions: ['source'],
  minify: true,
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  define: {
    'process.env.NODE_ENV': '"production"',
    __VIGIL_ENGINE_BUILD__: JSON.stringify(engineBuild),
    __VIGIL_PACKAGED_RULES__: JSON.stringify(packagedRules),
  },
};

await Promise.all([
  esbuild.build({
    ...common,
    entryPoints: { worker: path.join(src, 'worker/index.ts') },
    format: 'iife',
    outdir: out,
    // When the worker's script began to run (before the bundled modules' own set-up), for its stats.
    banner: { js: 'globalThis.__vigilEvalStart=performance.now();' },
  }),
  esbuild.build({
    ...common,
    entryPoints: { content: path.join(src, 'content/main.ts') },
    format: 'iife',
    outdir: out,
  }),
  esbuild.build({
    ...common,
    entryPoints: { setup: path.join(src, 'pages/setup.ts'), aup: path.join(src, 'pages/aup.ts') },
    format: 'esm',
    outdir: out,
  }),
]);

for (const file of ['setup.html', 'aup.html', 'pages.css']) {
  fs.copyFileSync(path.join(src, 'pages', file), path.join(out, file));
}

fs.writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify(buildManifest(pkg.version), null, 2)}\n`);
fs.writeFileSync(path.join(out, 'managed_schema.json'), `${JSON.stringify(managedSchema, null, 2)}\n`);

fs.copyFileSync(rulesFile, path.join(out, 'rules/compiled.json'));
fs.writeFileSync(path.join(out, 'rules/loaded.pack'), loadedPack);

for (const size of [16, 48, 128]) fs.writeFileSync(path.join(out, `icons/${size}.png`), icon(size));

console.log(`extension built: ${path.relative(process.cwd(), out) || out}`);

/** A plain round icon (a blue disc with a white ring), so the build needs no binary assets. */
function icon(size: number): Buffer {
  const rows: Buffer[] = [];
  const c = (size - 1) / 2;
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const d = Math.hypot(x - c, y - c) / (size / 2);
      const rgba = d > 1 ? [0, 0, 0, 0] : d > 0.55 && d < 0.7 ? [255, 255, 255, 255] : [36, 89, 200, 255];
      row.set(rgba, 1 + x * 4);
    }
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
