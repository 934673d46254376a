#!/usr/bin/env node
// The ikescope CLI as `npm run bench` runs it: the same main(), then the process's own CPU time
// and peak resident memory (kernel maxRSS) as one JSON line on stderr.
import { main } from '../dist/cli/main.js';

const code = await main([process.argv[0], 'ikescope', ...process.argv.slice(2)]);
const u = process.resourceUsage();
process.stderr.write(
  `${JSON.stringify({ code, cpuSeconds: +((u.userCPUTime + u.systemCPUTime) / 1e6).toFixed(2), maxRssMB: +(u.maxRSS / 1024).toFixed(1) })}\n`,
);
process.exitCode = code;
