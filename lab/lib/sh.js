// Process helpers for the lab: every command runs asynchronously (the in-process syslog
// listeners must keep accepting while we wait) and every wait has a time limit.
import { spawn } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';

/** Runs a command to completion; resolves { code, stdout, stderr }. Never rejects on exit code. */
export function run(cmd, args, { timeoutMs = 30_000, input, env } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'], env: env ?? process.env });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr, signal });
    });
    if (input !== undefined) child.stdin.end(input);
    else child.stdin.end();
  });
}

/** Like run() but throws with the command's stderr when it exits non-zero. */
export async function must(cmd, args, opts) {
  const r = await run(cmd, args, opts);
  if (r.code !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} failed (${r.code}): ${(r.stderr || r.stdout).trim()}`);
  }
  return r;
}

/** Starts a long-running process whose output goes to a file; returns the ChildProcess. */
export function background(cmd, args, outFile, { env } = {}) {
  const fd = openSync(outFile, 'a');
  const child = spawn(cmd, args, { stdio: ['ignore', fd, fd], env: env ?? process.env, detached: true });
  closeSync(fd);
  child.exitPromise = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  child.on('error', () => {});
  return child;
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Sends a signal to one process we started; ignores processes that are already gone. */
export function signal(pid, sig) {
  try {
    process.kill(pid, sig);
    return true;
  } catch {
    return false;
  }
}
