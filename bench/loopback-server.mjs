// A loopback JSON server in its own process, so the client being measured does not share its event loop.
import { createServer } from 'node:http';

const body = JSON.stringify({ task_id: 'a', task_name: 'n', task_status: 'success', file_id: 'f', file_name: 'x.zip' });
const server = createServer((req, res) => {
  req.resume();
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.send?.({ port: /** @type {import('node:net').AddressInfo} */ (server.address()).port }));
