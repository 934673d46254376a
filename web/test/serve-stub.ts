// Runs the stub server by itself to look at the UI by hand:
//   node web/build.mjs --tests && node web/.build/test/serve-stub.mjs   (Ctrl-C stops it)
// It prints the URL and the token; it listens on 127.0.0.1 only.
import { join } from 'node:path';
import { repoRoot } from './browser.js';
import { startStub, STUB_TOKEN } from './stub-server.js';

const root = repoRoot();
const stub = await startStub({ root, dist: join(root, 'web', 'dist') });
console.log(`stub server: ${stub.url}/  token: ${STUB_TOKEN}`);
process.on('SIGINT', () => void stub.close().then(() => process.exit(0)));
