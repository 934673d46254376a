// A server in a child process (restart-durability tests, benchmark): options as JSON in argv[2];
// prints {"ports", "url", "token"} on one line of stdout once listening.
import { startServer, type ServeOptions } from '../index.js';

const opts = JSON.parse(process.argv[2] ?? '{}') as ServeOptions;
const s = await startServer({ ...opts, log: () => undefined });
process.stdout.write(JSON.stringify({ ports: s.ports, url: s.url, token: s.initialToken ?? null }) + '\n');
process.on('SIGTERM', () => {
  void s.close().then(() => process.exit(0));
});
