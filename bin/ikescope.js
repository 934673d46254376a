#!/usr/bin/env node
// Entry point of the `ikescope` command (the compiled CLI lives in dist/).
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv);
