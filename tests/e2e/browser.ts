// Browser-test support: a real server (in this process, on a free port, demo data) and Debian's
// Chromium driven by playwright-core. Screenshots go to tests/.artifacts/ (git-ignored).
import fs from 'node:fs';
import path from 'node:path';
import assert from 'node:assert/strict';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { createTestApp, DEMO_PASSWORD, type TestApp } from '../support/app.ts';
import { webDist } from '../../server/app.ts';

export const artifacts = path.resolve('tests/.artifacts');

export type E2E = { t: TestApp; url: string; browser: Browser; close: () => Promise<void> };

/** `prices`: also the demo's two years of daily quotes (only the price journey needs them). */
export async function startE2E(opts: { prices?: boolean } = {}): Promise<E2E> {
  if (!fs.existsSync(path.join(webDist, 'index.html'))) throw new Error(`${webDist} is missing: run \`npx vite build\` first (npm test does)`);
  const t = await createTestApp({ seed: 'all', prices: !!opts.prices });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  let browser: Browser;
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  } catch (err) {
    await t.close(); // a browser that cannot start must not leave the server holding the test run open
    throw err;
  }
  fs.mkdirSync(artifacts, { recursive: true });
  return { t, url: `http://127.0.0.1:${port}`, browser, close: async () => { await browser.close(); await t.close(); } };
}

/**
 * A page in a fresh browser context. The journeys run with the browser's "reduce motion" setting on, which the web
 * app follows (no transitions, no chart entry animations): less to render on two cores, nothing moving under a
 * click. `motion: true` keeps the animations (the platform journeys run with them).
 */
export async function newPage(e: E2E, viewport = { width: 1366, height: 768 }, opts: { motion?: boolean } = {}): Promise<Page> {
  const ctx = await e.browser.newContext({ viewport, locale: 'zh-CN', reducedMotion: opts.motion ? 'no-preference' : 'reduce' });
  const page = await ctx.newPage();
  page.setDefaultTimeout(30_000); // the journey shares the machine's two cores with its server and Chromium
  return page;
}

/**
 * Signs `username` in for the page's browser context the way the log-in form does (POST /api/auth/login, whose
 * session cookie the context keeps); the page's next `goto` opens as that user. The form itself is driven by
 * `loginInUi` in the platform journeys; here it would cost every journey a log-in page and a home page (~2.7 s).
 */
export async function login(page: Page, e: E2E, username: string, password = DEMO_PASSWORD): Promise<void> {
  const r = await page.request.post(`${e.url}/api/auth/login`, { data: { username, password } });
  assert.equal(r.status(), 200, `log-in of ${username}: ${await r.text()}`);
  const { user } = (await r.json()) as { user: { mustChangePassword: boolean; mustEnrollTotp: boolean } };
  assert.ok(!user.mustChangePassword && !user.mustEnrollTotp, `${username} is signed in without a pending step`);
}

/** Signs in through the log-in page, as a person does, and waits until the app has left it. */
export async function loginInUi(page: Page, e: E2E, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${e.url}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

/** A picture of the page for a person to look at (nothing is asserted on it), once the last data has painted. */
export async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(200);
  await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: false });
}

/**
 * Picks the option containing `text` from an antd Select (typing `search` first, if given), again until the select
 * shows it: under load a click during the dropdown's opening animation can be lost, and the form then fails with
 * the field still empty. A multiple select's list stays open after the pick.
 */
export async function pickOption(page: Page, field: Locator, text: string, search?: string): Promise<void> {
  const shown = async () => ((await field.evaluate((el) => el.textContent)) ?? '').includes(text);
  for (let attempt = 1; attempt <= 4 && !(await shown()); attempt++) {
    await field.click();
    if (search) await page.keyboard.type(search);
    const option = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: text }).first();
    await option.waitFor();
    await page.waitForTimeout(300);
    await option.click();
    await page.waitForTimeout(300);
  }
  assert.ok(await shown(), `the select shows ${text}`);
}

/**
 * Clicks `target` until `done()` holds (polled for up to 5 s after each click): under load a click on a button
 * of a modal still animating in can be lost, and the page then never moves on.
 */
export async function clickUntil(target: Locator, done: () => Promise<boolean>, what: string): Promise<void> {
  for (let attempt = 1; attempt <= 4; attempt++) {
    if (await done()) return;
    await target.click({ timeout: 10_000 }).catch(() => undefined); // gone already: the poll below decides
    for (let i = 0; i < 20; i++) {
      if (await done()) return;
      await target.page().waitForTimeout(250);
    }
  }
  assert.ok(await done(), what);
}

/**
 * Opens `path` in the web app already loaded in `page` the way its own links do: the router takes the new address
 * without reloading the page (a `goto` parses and starts the whole app again, ~1–2 s on this machine).
 */
export async function visit(page: Page, path: string): Promise<void> {
  await page.evaluate((p) => {
    window.history.pushState(null, '', p);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await page.waitForURL((u) => `${u.pathname}${u.search}` === path);
}
