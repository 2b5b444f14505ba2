// A loopback file server in its own process, so the client being measured does not share its event loop.
// GET: `?bytes=N` (default: the first argument) deterministic bytes (one 64 KiB pattern repeated, nothing stored) with a
// Content-Disposition name; POST: the body is counted and dropped, answered 202 with a task id.
import { createServer } from 'node:http';

const pattern = Buffer.alloc(64 * 1024);
for (let i = 0; i < pattern.length; i++) pattern[i] = (i * 31 + 7) & 0xff;

const server = createServer((req, res) => {
  if (req.method === 'POST') {
    let received = 0;
    req.on('data', (chunk) => (received += chunk.length));
    req.on('end', () => {
      const body = JSON.stringify({ value: `import-${received}` });
      res.writeHead(202, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    });
    return;
  }
  req.resume();
  const total = Number(new URL(req.url ?? '/', 'http://127.0.0.1').searchParams.get('bytes') ?? process.argv[2] ?? pattern.length);
  res.writeHead(200, { 'content-type': 'application/zip', 'content-length': total, 'content-disposition': 'attachment; filename="export.zip"' });
  let sent = 0;
  const pump = () => {
    while (sent < total) {
      const chunk = total - sent >= pattern.length ? pattern : pattern.subarray(0, total - sent);
      sent += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    res.end();
  };
  pump();
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.send?.({ port: /** @type {import('node:net').AddressInfo} */ (server.address()).port }));
