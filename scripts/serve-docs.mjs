// `npm run docs`: serves generated/docs on http://127.0.0.1:<port> (default 8080; `-- --port N`).
// The pages need nothing else: Redoc's script is shipped beside them and the specs are inlined.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** @type {Record<string, string>} */
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.json': 'application/json' };

/**
 * A static file server for one folder on 127.0.0.1; resolves with the server once it listens.
 * @param {string} root
 * @returns {Promise<import('node:http').Server>}
 */
export function serveDirectory(root, port = 0) {
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = path.join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    // Never serve outside the folder.
    if (!file.startsWith(path.resolve(root) + path.sep) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { port: { type: 'string', default: '8080' } } });
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../generated/docs');
  const server = await serveDirectory(root, Number(values.port));
  console.log(`Taskport API docs on http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}/ (Ctrl-C to stop)`);
}
