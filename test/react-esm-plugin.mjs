// web-test-runner plugin: React for browser tests. `react` and `react-dom` ship CommonJS only,
// which the browser cannot import; this bundles both once into one ES module with esbuild (one
// React instance for both) and serves `react` and `react-dom/client` as thin ES modules
// re-exporting its names.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

const PREFIX = '/__react-esm/';
/** Bare specifier → [served file, the bundle's namespace export]. */
const modules = {
  react: ['react', 'React'],
  'react-dom': ['react-dom', 'ReactDOM'],
  'react-dom/client': ['react-dom-client', 'ReactDOMClient'],
};

let bundle;
function bundled() {
  bundle ??= build({
    stdin: {
      contents: Object.entries(modules)
        .map(([specifier, [, namespace]]) => `export * as ${namespace} from '${specifier}';`)
        .join('\n'),
      resolveDir: process.cwd(),
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    write: false,
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0].text);
  return bundle;
}

/**
 * A module re-exporting every name of one of the bundle's namespaces. The names are read in a
 * child process: React logs while loading, and the runner's console proxy rejects that.
 */
function facade(namespace, specifier) {
  const keys = execFileSync(process.execPath, ['-e', `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(specifier)}))))`], { encoding: 'utf8' });
  const names = JSON.parse(keys).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n) && n !== 'default');
  return `import { ${namespace} as ns } from '${PREFIX}bundle.js';\nexport default ns;\nexport const { ${names.join(', ')} } = ns;\n`;
}

export function reactEsmPlugin() {
  return {
    name: 'react-esm',
    resolveImport({ source }) {
      const entry = modules[source];
      return entry ? `${PREFIX}${entry[0]}.js` : undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const file = context.path.slice(PREFIX.length);
      if (file === 'bundle.js') return { body: await bundled(), type: 'js' };
      const entry = Object.entries(modules).find(([, [name]]) => `${name}.js` === file);
      return entry ? { body: facade(entry[1][1], entry[0]), type: 'js' } : undefined;
    },
  };
}
