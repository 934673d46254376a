// Test helper: Debian's Chromium driven by playwright-core. Never downloads a browser: the
// executable is /usr/bin/chromium (apt-get install -y chromium) and tests skip without it.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pw from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';

export const CHROMIUM = process.env.IKESCOPE_CHROMIUM ?? '/usr/bin/chromium';

/** Reason to skip the browser tests, or false when Chromium is there. */
export const SKIP: string | false = existsSync(CHROMIUM)
  ? false
  : `Chromium not found at ${CHROMIUM} (apt-get install -y chromium); browser tests skipped`;

/** The repository root (tests run bundled from web/.build/test). */
export function repoRoot(): string {
  let d = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(d, 'package.json')) && existsSync(join(d, 'web'))) return d;
    d = dirname(d);
  }
  return process.cwd();
}

export function artifacts(): string {
  const dir = join(repoRoot(), 'test-artifacts', 'web');
  mkdirSync(dir, { recursive: true });
  return dir;
}

export interface Browser {
  ctx: BrowserContext;
  close(): Promise<void>;
}

export async function launch(viewport = { width: 1280, height: 860 }): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'ikescope-chromium-'));
  const ctx = await pw.chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
    viewport,
    timeout: 30_000,
  });
  ctx.setDefaultTimeout(10_000);
  return {
    ctx,
    close: async () => {
      await ctx.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Collect CSP violations, console errors and uncaught errors of a page, and a flag a payload would set. */
export async function watch(page: Page): Promise<{ csp: string[]; errors: string[] }> {
  const out = { csp: [] as string[], errors: [] as string[] };
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { __csp?: string[] };
      (w.__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on('pageerror', (e) => out.errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') out.errors.push(m.text());
  });
  return out;
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}

export async function pwned(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
}
