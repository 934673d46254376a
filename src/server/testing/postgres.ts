// PostgreSQL for the tests: IKESCOPE_TEST_PG (a connection URL) when set (CI sets it from
// scripts/ci-postgres.sh); else a throwaway cluster started here when PostgreSQL's binaries are
// installed (initdb and pg_ctl, run as the postgres user when this process is root); else none,
// and the PostgreSQL half of the suite is skipped.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestPostgres {
  url: string;
  stop(): void;
}

function binDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

export async function testPostgres(): Promise<TestPostgres | undefined> {
  const env = process.env.IKESCOPE_TEST_PG;
  if (env) return { url: env, stop: () => undefined };
  const bin = binDir();
  if (!bin) return undefined;
  const root = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]): void => {
    if (root) execFileSync('runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args], { stdio: 'ignore', timeout: 60_000 });
    else execFileSync(join(bin, cmd), args, { stdio: 'ignore', timeout: 60_000 });
  };
  const dir = mkdtempSync(join(tmpdir(), 'ikescope-pg-'));
  try {
    if (root) {
      chmodSync(dir, 0o777);
      execFileSync('chown', ['postgres', dir]);
    }
    const data = join(dir, 'data');
    run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
    const port = await freePort();
    run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-t', '30', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      stop: () => {
        try {
          if (root) spawnSync('runuser', ['-u', 'postgres', '--', join(bin, 'pg_ctl'), '-D', data, '-m', 'immediate', 'stop'], { stdio: 'ignore', timeout: 30_000 });
          else spawnSync(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop'], { stdio: 'ignore', timeout: 30_000 });
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      },
    };
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return undefined;
  }
}
