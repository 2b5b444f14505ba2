// @ts-check
/**
 * Start-up of the pipeline's tools, which costs more than their work on a small change:
 * - V8 code cache for CommonJS packages (TypeScript twice, ts-morph, Spectral, Redocly's older copy):
 *   compiled code is kept in .cache/v8/ and reused while the file is unchanged. Node 22 has this
 *   built in (module.enableCompileCache); Node 20 gets the same through the CommonJS compile hook.
 * - `import ts from 'typescript'` loaded through require (./typescript-hook.mjs): Node would otherwise
 *   scan TypeScript's 9 MB CommonJS source for export names on every run (~1 s), uncached.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import Module from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

const NODE_MODULES = `${path.sep}node_modules${path.sep}`;

/**
 * Installs both for this thread (a worker thread calls it again for its own module system).
 * @param {string} repo
 */
export function loadToolsFast(repo) {
  const dir = path.join(repo, '.cache', 'v8', `${process.version}-${process.arch}`);
  /** @type {{ enableCompileCache?: (dir: string) => unknown }} */
  const builtIn = /** @type {any} */ (Module);
  if (builtIn.enableCompileCache) builtIn.enableCompileCache(dir);
  else installCompileHook(dir);
  Module.register('./typescript-hook.mjs', import.meta.url);
}

/** @param {string} dir */
function installCompileHook(dir) {
  /** @type {{ prototype: { _compile: (this: NodeJS.Module, content: string, filename: string, format?: string) => unknown }, wrap: (code: string) => string }} */
  const internals = /** @type {any} */ (Module);
  const original = internals.prototype._compile;
  if (/** @type {{ codeCached?: boolean }} */ (original).codeCached) return;
  mkdirSync(dir, { recursive: true });
  /** @param {NodeJS.Module} module @param {string} content @param {string} filename */
  const compile = (module, content, filename) => {
    const stat = statSync(filename);
    const file = path.join(dir, createHash('sha1').update(`${filename}\0${stat.size}\0${stat.mtimeMs}`).digest('hex'));
    let cachedData;
    try {
      cachedData = readFileSync(file);
    } catch {
      cachedData = undefined;
    }
    let script;
    try {
      script = new vm.Script(internals.wrap(content), { filename, cachedData, importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER });
    } catch {
      // Not a CommonJS script after all (ES syntax found by Node's own detection): Node handles it.
      return original.call(module, content, filename);
    }
    const wrapper = script.runInThisContext({ displayErrors: true });
    const result = wrapper.call(module.exports, module.exports, Module.createRequire(filename), module, filename, path.dirname(filename));
    if (!cachedData || script.cachedDataRejected) {
      // Written after the module ran, so the functions its start-up compiled are in the cache too.
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, script.createCachedData());
      renameSync(temporary, file);
    }
    return result;
  };
  internals.prototype._compile = Object.assign(
    /** @this {NodeJS.Module} @param {string} content @param {string} filename @param {string} [format] */
    function (content, filename, format) {
      // Only the installed packages' CommonJS: they do not change between runs, the repository's own
      // files do; an ES module required (`format` 'module', Node 20.19+) is Node's to compile.
      const commonJs = (format === undefined || format === 'commonjs') && /\.c?js$/.test(filename) && filename.includes(NODE_MODULES);
      return commonJs ? compile(this, content, filename) : original.call(this, content, filename, format);
    },
    { codeCached: true },
  );
}
