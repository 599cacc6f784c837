import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from '@formatjs/icu-messageformat-parser';
import { build, type ImportKind, type Metafile, type Plugin } from 'esbuild';
import tabCy from '../src/i18n/catalogues/tab.cy';
import tabEn from '../src/i18n/catalogues/tab.en';

/**
 * Bundles the Teams tab (tab/main.tsx) into dist/tab/: minified production React, ES modules
 * split so the library, configuration and page views load on demand, content-hashed file names,
 * PDF.js's worker copied beside them as it ships, and an index.html that loads the entry. Beside
 * it, dist/tab-server/render.js renders the home view on the service (tab/ssr/server.tsx) from the
 * same sources, so its markup hydrates exactly.
 */

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', 'tab');
const serverOutfile = join(root, 'dist', 'tab-server', 'render.js');

const CATALOGUE_FILE = /[\\/]src[\\/]i18n[\\/]catalogues[\\/][a-z]+\.(en|cy)\.ts$/;

/**
 * Ships the message catalogues to the browser parsed ahead of time (a message without
 * placeholders stays text), and leaves the ICU parser out of the bundle: the tab formats
 * messages but never parses one.
 */
const parsedCatalogues: Plugin = {
  name: 'parsed-catalogues',
  setup(builder) {
    builder.onResolve({ filter: /^@formatjs\/icu-messageformat-parser$/ }, () => ({
      path: createRequire(import.meta.url).resolve(
        '@formatjs/icu-messageformat-parser/no-parser.js',
      ),
    }));
    builder.onLoad({ filter: CATALOGUE_FILE }, async (args) => {
      const loaded = (await import(pathToFileURL(args.path).href)) as {
        default: { messages: Record<string, string> };
      };
      const catalogue = loaded.default;
      const messages = Object.fromEntries(
        Object.entries(catalogue.messages).map(([key, message]) => [
          key,
          /[{<]/.test(message) ? parse(message) : message,
        ]),
      );
      return { contents: `export default ${JSON.stringify({ ...catalogue, messages })};` };
    });
  },
};

/** Fluent UI's barrel package, whose own dependencies the tab's rewritten imports resolve to. */
const fluentBarrelDir = dirname(
  createRequire(import.meta.url).resolve('@fluentui/react-components/package.json'),
);

/** Every export of Fluent UI's barrel (`@fluentui/react-components`): its name there → its package and name there. */
async function fluentBarrelExports(): Promise<Map<string, { from: string; name: string }>> {
  const index = await readFile(join(fluentBarrelDir, 'lib', 'index.js'), 'utf8');
  const exports = new Map<string, { from: string; name: string }>();
  const uncommented = index.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '');
  for (const match of uncommented.matchAll(/export\s*\{([^}]*)\}\s*from\s*["']([^"']+)["']/g)) {
    for (const specifier of match[1]!.split(',')) {
      const [name, alias] = specifier.trim().split(/\s+as\s+/);
      if (name) exports.set(alias ?? name, { from: match[2]!, name });
    }
  }
  return exports;
}

/**
 * Rewrites the tab's imports from Fluent UI's barrel into imports from the packages behind it.
 * esbuild assigns a module to the first script when that script can reach it, and the barrel
 * reaches every Fluent package: without this, whatever the charts (loaded on demand) share with
 * the barrel would load with the tab's first script.
 */
function fluentLeafImports(exports: Map<string, { from: string; name: string }>): Plugin {
  return {
    name: 'fluent-leaf-imports',
    setup(builder) {
      builder.onResolve({ filter: /^fluent-leaf:/ }, (args) =>
        builder.resolve(args.path.slice('fluent-leaf:'.length), {
          kind: args.kind,
          resolveDir: fluentBarrelDir,
        }),
      );
      builder.onLoad({ filter: /[\\/]tab[\\/].*\.tsx?$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        const contents = source.replace(
          /import\s*\{([^}]*)\}\s*from\s*'@fluentui\/react-components';/g,
          (_statement, list: string) => {
            const byPackage = new Map<string, string[]>();
            for (const raw of list.split(',').map((specifier) => specifier.trim())) {
              if (raw === '') continue;
              const typeOnly = raw.startsWith('type ');
              const [name, alias] = raw.replace(/^type\s+/, '').split(/\s+as\s+/) as [
                string,
                string?,
              ];
              if (typeOnly) continue;
              const leaf = exports.get(name);
              if (!leaf)
                throw new Error(
                  `${args.path}: ${name} is not exported by @fluentui/react-components`,
                );
              const local = alias ?? name;
              byPackage.set(leaf.from, [
                ...(byPackage.get(leaf.from) ?? []),
                leaf.name === local ? local : `${leaf.name} as ${local}`,
              ]);
            }
            return [...byPackage]
              .map(([from, names]) => `import { ${names.join(', ')} } from 'fluent-leaf:${from}';`)
              .join(' ');
          },
        );
        return { contents, loader: args.path.endsWith('x') ? 'tsx' : 'ts' };
      });
    },
  };
}

/**
 * What the charts share with the rest of the tab: React, the style renderer, and Fluent's
 * contexts, theme and utilities. Every other package they use, they bring their own copy of.
 */
const SHARED_WITH_CHARTS =
  /[\\/]node_modules[\\/](react|react-dom|scheduler|@griffel[\\/][^\\/]+|@fluentui[\\/](react-shared-contexts|react-utilities|react-theme|tokens|react-provider))[\\/]/;

/**
 * Gives the charts (loaded on demand) their own copy of the Fluent packages they use beyond the
 * shared ones. esbuild places a whole file in the first script when the first script uses any
 * of it, and the charts use more of Fluent's focus management (tabster) and positioning than the
 * tab does: without copies of their own, all of it would load with the tab's first script.
 * Tabster keeps one instance per window, so two copies share it.
 */
const chartsOwnCopies: Plugin = {
  name: 'charts-own-copies',
  setup(builder) {
    const ownCopy = async (path: string, resolveDir: string, kind: ImportKind) => {
      const resolved = await builder.resolve(path, { resolveDir, kind });
      if (
        resolved.errors.length > 0 ||
        !/[\\/]node_modules[\\/]/.test(resolved.path) ||
        SHARED_WITH_CHARTS.test(resolved.path)
      )
        return resolved;
      return { path: resolved.path, namespace: 'charts-copy' };
    };
    builder.onResolve({ filter: /^[^./]/ }, (args) =>
      /[\\/]node_modules[\\/]@fluentui[\\/]react-charts[\\/]/.test(args.importer)
        ? ownCopy(args.path, args.resolveDir, args.kind)
        : undefined,
    );
    builder.onResolve({ filter: /.*/, namespace: 'charts-copy' }, (args) =>
      ownCopy(args.path, args.resolveDir, args.kind),
    );
    builder.onLoad({ filter: /.*/, namespace: 'charts-copy' }, async (args) => ({
      contents: await readFile(args.path, 'utf8'),
      loader: 'js',
      resolveDir: dirname(args.path),
    }));
  },
};

/**
 * Copies PDF.js's worker (legacy build, as the page view uses) into dist/tab under a name with
 * its content's hash; returns its path within dist/tab. It runs as a module worker, from the
 * tab's own origin.
 */
async function copyPdfWorker(): Promise<string> {
  const source = createRequire(import.meta.url).resolve(
    'pdfjs-dist/legacy/build/pdf.worker.min.mjs',
  );
  const worker = await readFile(source);
  const hash = createHash('sha256').update(worker).digest('hex').slice(0, 10);
  const file = `chunks/pdf.worker-${hash}.js`;
  await mkdir(join(outdir, 'chunks'), { recursive: true });
  await writeFile(join(outdir, file), worker);
  return file;
}

/** What a build produced: the entry's URL path and the files it needs before first render. */
export interface TabBuild {
  entry: string;
  /** Output paths (relative to dist/tab) loaded before the first render: the entry and its static imports. */
  initialFiles: string[];
}

/** The entry file and every chunk it imports statically, relative to dist/tab. */
function initialFilesOf(metafile: Metafile, entryOutput: string): string[] {
  const seen = new Set<string>();
  const visit = (output: string): void => {
    if (seen.has(output)) return;
    seen.add(output);
    for (const imported of metafile.outputs[output]?.imports ?? []) {
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
    }
  };
  visit(entryOutput);
  return [...seen].map((output) => relative(outdir, join(root, output)));
}

/**
 * Removes files of earlier builds only after the new index.html is in place, so a service
 * serving dist/tab meanwhile never points at a missing file.
 */
async function removeStaleFiles(outputs: string[], copied: string[]): Promise<void> {
  const current = new Set(outputs.map((output) => join(root, output)));
  for (const file of copied) current.add(join(outdir, file));
  current.add(join(outdir, 'index.html'));
  const entries = await readdir(outdir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    const file = join(entry.parentPath, entry.name);
    if (entry.isFile() && !current.has(file)) await rm(file, { force: true });
  }
}

/**
 * Builds dist/tab-server/render.js for Node: one ES module with React and Fluent UI bundled in
 * (CommonJS dependencies get a `require`). The host code and teams-js are never part of it.
 */
async function buildServerRender(): Promise<void> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['tab/ssr/server.tsx'],
    outfile: serverOutfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: ['node20'],
    jsx: 'automatic',
    tsconfig: 'tab/tsconfig.json',
    define: { 'process.env.NODE_ENV': '"production"' },
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  });
  const teamsJs = Object.keys(result.metafile.inputs).find((input) =>
    input.includes('@microsoft/teams-js'),
  );
  if (teamsJs) throw new Error(`the server render must not bundle teams-js (${teamsJs})`);
}

/** Builds dist/tab and returns the entry and its initial files. */
export async function buildTab(): Promise<TabBuild> {
  await buildServerRender();
  const pdfWorker = await copyPdfWorker();
  const fluentExports = await fluentBarrelExports();
  const result = await build({
    absWorkingDir: root,
    entryPoints: { main: 'tab/main.tsx' },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    sourcemap: false,
    target: ['es2022'],
    platform: 'browser',
    jsx: 'automatic',
    tsconfig: 'tab/tsconfig.json',
    entryNames: '[name]-[hash]',
    chunkNames: 'chunks/[name]-[hash]',
    define: {
      'process.env.NODE_ENV': '"production"',
      PDF_WORKER_URL: JSON.stringify(`/${pdfWorker}`),
    },
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
    plugins: [parsedCatalogues, fluentLeafImports(fluentExports), chartsOwnCopies],
  });
  const entryOutput = Object.keys(result.metafile.outputs).find(
    (output) => result.metafile.outputs[output]?.entryPoint === 'tab/main.tsx',
  );
  if (!entryOutput) throw new Error('esbuild produced no entry for tab/main.tsx');
  const entry = relative(outdir, join(root, entryOutput));
  const template = await readFile(join(root, 'tab', 'index.html'), 'utf8');
  const initialFiles = initialFilesOf(result.metafile, entryOutput);
  const preloads = initialFiles
    .filter((file) => file !== entry)
    .map((file) => `<link rel="modulepreload" href="/${file}" />`)
    .join('\n    ');
  const noScript =
    `<p>${tabEn.messages['page.noScript']}</p>` +
    `<p lang="cy">${tabCy.messages['page.noScript']}</p>`;
  const html = template
    .replace('/main.js', `/${entry}`)
    .replace('</head>', `  ${preloads}\n  </head>`)
    .replace('<!-- ltl:noscript -->', noScript);
  await mkdir(outdir, { recursive: true });
  await writeFile(join(outdir, 'index.html'), html);
  await removeStaleFiles(Object.keys(result.metafile.outputs), [pdfWorker]);
  return { entry, initialFiles };
}

if (process.argv[1] && basename(process.argv[1]) === 'build-tab.ts') {
  const built = await buildTab();
  console.log(
    `tab built: dist/tab/${built.entry} (+${built.initialFiles.length - 1} initial chunks)`,
  );
}
