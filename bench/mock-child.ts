/**
 * The mock server in its own process, for bench/load.ts: the client being measured does not share
 * its event loop (or heap) with the server. Forked with `--import tsx`; reports `{ url }` over IPC
 * and stops on the message 'stop' or when the parent goes away.
 */
import { startMockServer } from '../src/apps/mock/index.js';

const server = await startMockServer({
  // One task that is already done: every request is a complete, realistic 200.
  scenarios: [{ service: 'hss', id: 'load-1', outcome: 'succeeded', advance: { afterPolls: 0 } }],
});

async function stop(): Promise<void> {
  await server.close();
  process.exit(0);
}

process.on('message', (message) => {
  if (message === 'stop') void stop();
});
process.on('disconnect', () => void stop());
process.send?.({ url: server.url });
