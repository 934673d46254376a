// The self-contained HTML report (src/render/html.ts) of a real lab scenario: no external URL
// anywhere, renders in Chromium under its own CSP with the sequence diagram visible, and a report
// full of hostile strings runs nothing. Screenshots and the HTML go to test-artifacts/web/.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { analyzeText } from '../../src/analyze.js';
import { renderHtml } from '../../src/render/html.js';
import type { Report } from '../../src/report/build.js';
import { artifacts, cspViolations, launch, pwned, repoRoot, SKIP, watch, type Browser } from './browser.js';
import { HOSTILE } from './stub-server.js';

const root = repoRoot();

async function scenario(dir: string, lang: 'en' | 'ja', files = ['left.log', 'right.log']): Promise<Report> {
  return analyzeText(
    files.map((f) => ({ path: `${dir}/${f}`, data: readFileSync(join(root, 'lab', 'corpus', dir, f)) })),
    { lang },
  );
}

/** src/href attributes pointing anywhere but into the document itself. */
function externalRefs(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/\b(?:src|href|xlink:href|action|poster|srcset)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi)) {
    const v = m[1]!.replace(/^["']|["']$/g, '');
    if (!v.startsWith('#')) out.push(m[0]);
  }
  for (const m of html.matchAll(/url\(\s*["']?([^)"']*)/gi)) if (!m[1]!.startsWith('#') && !m[1]!.startsWith('data:')) out.push(m[0]);
  if (/@import/i.test(html)) out.push('@import');
  return out;
}

void describe('HTML report', () => {
  void it('has no external URL, no script and a CSP that forbids everything but its style sheet', async () => {
    for (const [dir, lang] of [['v2-psk-sw-ls', 'en'], ['v2-ike-dh-sw-sw', 'ja']] as const) {
      const html = renderHtml(await scenario(dir, lang), { lang });
      assert.deepEqual(externalRefs(html), [], dir);
      assert.doesNotMatch(html, /(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i);
      assert.doesNotMatch(html, /<script/i);
      assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;sha256-/);
      assert.match(html, /<svg [^>]*class="seq-svg"/);
    }
  });

  void describe('in Chromium', { skip: SKIP, timeout: 60_000 }, () => {
    let browser: Browser;
    let page: Page;
    let seen: { csp: string[]; errors: string[] };
    const dir = SKIP ? '' : artifacts();
    const requests: string[] = [];

    before(async () => {
      browser = await launch({ width: 1100, height: 900 });
      page = browser.ctx.pages()[0] ?? (await browser.ctx.newPage());
      seen = await watch(page);
      page.on('request', (r) => requests.push(r.url()));
    });
    after(async () => browser?.close());

    void it('renders a lab scenario with the sequence diagram visible, styled under its own CSP', async () => {
      const file = join(dir, 'report-v2-psk-sw-ls.html');
      writeFileSync(file, renderHtml(await scenario('v2-psk-sw-ls', 'en'), { lang: 'en' }));
      await page.goto(pathToFileURL(file).href);
      const svg = await page.waitForSelector('svg.seq-svg');
      const box = await svg.boundingBox();
      assert.ok(box && box.width > 400 && box.height > 150, `diagram has a size (${JSON.stringify(box)})`);
      assert.ok((await page.$$('svg.seq-svg g.seq-msg')).length >= 3);
      // The inline style sheet applied (its hash matches the CSP): a failed badge is red on pink.
      const bg = await page.$eval('.badge.st-failed', (b: Element) => getComputedStyle(b).backgroundColor);
      assert.notEqual(bg, 'rgba(0, 0, 0, 0)', 'styles applied');
      assert.deepEqual(await cspViolations(page), []);
      await page.screenshot({ path: join(dir, 'report-v2-psk-sw-ls.png'), fullPage: true });
      await page.setViewportSize({ width: 390, height: 844 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 1, `fits a phone (overflow ${overflow}px)`);
      await page.screenshot({ path: join(dir, 'report-v2-psk-sw-ls-phone.png'), fullPage: true });
      await page.setViewportSize({ width: 1100, height: 900 });
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: join(dir, 'report-v2-psk-sw-ls-print.png'), fullPage: true });
      await page.emulateMedia({ media: 'screen' });
    });

    void it('renders a Japanese report of a one-sided log', async () => {
      const file = join(dir, 'report-ja-one-sided.html');
      writeFileSync(file, renderHtml(await scenario('v2-noconn-sw-ls', 'ja', ['right.log']), { lang: 'ja' }));
      await page.goto(pathToFileURL(file).href);
      await page.waitForSelector('svg.seq-svg');
      assert.ok(await page.isVisible('.seq-head-inferred'), 'the peer column is inferred');
      await page.screenshot({ path: join(dir, 'report-ja-one-sided.png'), fullPage: true });
    });

    void it('runs nothing from a report whose every string is hostile', async () => {
      const r = await scenario('v2-psk-sw-ls', 'en');
      const poison = (x: unknown): unknown =>
        typeof x === 'string' ? `${x}${HOSTILE}` : Array.isArray(x) ? x.map(poison) : x && typeof x === 'object' ? Object.fromEntries(Object.entries(x).map(([k, v]) => [k, ['status', 'severity', 'event', 'direction'].includes(k) ? v : poison(v)])) : x;
      const hostile = { ...(poison(r) as Report), schema: r.schema, lang: r.lang };
      const file = join(dir, 'report-hostile.html');
      writeFileSync(file, renderHtml(hostile, { lang: 'en' }));
      await page.goto(pathToFileURL(file).href);
      await page.waitForSelector('svg.seq-svg');
      await page.waitForTimeout(200);
      assert.equal(await pwned(page), undefined);
      assert.equal(await page.$$eval('script, img, iframe, [onerror], [onload]', (n) => n.length), 0);
      await page.screenshot({ path: join(dir, 'report-hostile.png'), fullPage: true });
    });

    void it('fetched nothing', () => {
      assert.deepEqual(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:')), []);
      assert.deepEqual(seen.errors, []);
    });
  });
});
