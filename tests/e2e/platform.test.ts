// Browser journey of the platform: a wrong password shows the error; the system admin logs in,
// creates an org unit and sees it in the list; the audit admin sees the entry; XSS renders as text; the
// app follows the browser's reduce-motion setting.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { login, loginInUi, newPage, shot, startE2E, type E2E } from './browser.ts';

let e: E2E;
before(async () => { e = await startE2E(); });
after(async () => { await e?.close(); });

describe('platform in Chromium', () => {
  it('shows a clear error for a wrong password', async () => {
    const page = await newPage(e, undefined, { motion: true });
    await page.goto(`${e.url}/login`);
    await page.getByTestId('login-username').fill('staff');
    await page.getByTestId('login-password').fill('Wrong-pass1');
    await page.getByTestId('login-submit').click();
    const err = page.getByTestId('login-error');
    await err.waitFor();
    assert.match(await err.innerText(), /用户名或密码错误/);
    assert.equal(await err.getAttribute('data-code'), 'auth.invalid_credentials');
    await shot(page, 'login-error');
    await page.context().close();
  });

  it('creates an org unit, sees it in the list, and the audit admin sees the entry', async () => {
    const page = await newPage(e, undefined, { motion: true });
    await loginInUi(page, e, 'sysadmin');
    await page.goto(`${e.url}/admin/orgs`);
    await page.getByTestId('org-tree').waitFor();
    await page.getByTestId('org-create').click();
    await page.getByTestId('org-form-code').fill('T-E2E');
    // A name with markup must be stored and shown as text, never run.
    await page.getByTestId('org-form-name').fill('测试街道<img src=x onerror="window.__xss=1">');
    // Pick until the select shows the choice: under load a click during the dropdown's animation can be lost.
    const kindShown = () => page.evaluate(() => !!document.querySelector('[data-testid="org-form-kind"]')?.textContent?.includes('镇乡街道'));
    for (let attempt = 1; attempt <= 4 && !(await kindShown()); attempt++) {
      await page.getByTestId('org-form-kind').click();
      const option = page.locator('.ant-select-dropdown:visible').getByTitle('镇乡街道').first();
      await option.waitFor();
      await page.waitForTimeout(300);
      await option.click();
      await page.waitForTimeout(300);
    }
    assert.ok(await kindShown(), 'the kind 镇乡街道 is chosen');
    // Wait for the server's answer (and say what it was) before looking for the row in the refreshed tree;
    // a submit click lost under load is clicked again when no request went out within 5 s.
    const posted = page.waitForResponse((r) => r.url().endsWith('/api/orgs') && r.request().method() === 'POST');
    await page.getByTestId('org-form-submit').click();
    const first = await Promise.race([posted, new Promise<null>((r) => setTimeout(() => r(null), 5_000))]);
    if (!first) await page.getByTestId('org-form-submit').click();
    const created = await posted;
    assert.equal(created.status(), 201, await created.text());
    await page.getByTestId('org-row-T-E2E').waitFor();
    assert.match(await page.getByTestId('org-row-T-E2E').innerText(), /测试街道<img/);
    assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
    await shot(page, 'orgs');
    await page.context().close();

    const audit = await newPage(e);
    await login(audit, e, 'auditor');
    await audit.goto(`${e.url}/audit?action=org.create`);
    await audit.getByTestId('audit-table').waitFor();
    await audit.getByText('org.create').first().waitFor();
    assert.match(await audit.getByTestId('audit-table').innerText(), /sysadmin/);
    await audit.getByTestId('audit-verify').click();
    await audit.getByTestId('audit-verify-result').waitFor();
    assert.equal(await audit.getByTestId('audit-verify-result').getAttribute('data-ok'), 'true');
    await shot(audit, 'audit');
    await audit.context().close();
  });

  it("follows the browser's reduce-motion setting: the drawer slides in without it and appears at once with it", async () => {
    const seen: Record<string, { duration: string; motions: string[] }> = {};
    for (const motion of [true, false]) {
      const page = await newPage(e, undefined, { motion });
      await login(page, e, 'sysadmin');
      await page.goto(`${e.url}/admin/orgs`);
      await page.getByTestId('org-tree').waitFor();
      // Every class the drawer's mask and panel take while opening (antd names its transitions *-motion-*).
      await page.evaluate(() => {
        const w = window as unknown as { __motions: string[] };
        w.__motions = [];
        // (no named functions in here: the test runner's transform would wrap them in a helper the page lacks)
        new MutationObserver((ms) => {
          for (const m of ms) {
            for (const el of [m.target, ...Array.from(m.addedNodes)]) {
              const c = (el as Element).className;
              if (typeof c === 'string' && /ant-drawer-(mask|panel)-motion/.test(c)) w.__motions.push(c);
            }
          }
        }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
      });
      await page.getByTestId('org-create').click();
      await page.getByTestId('org-form-code').waitFor();
      await page.waitForTimeout(500);
      seen[motion ? 'motion' : 'reduced'] = await page.evaluate(() => ({
        duration: getComputedStyle(document.querySelector('[class*="css-var-"]')!).getPropertyValue('--ant-motion-duration-mid').trim(),
        motions: (window as unknown as { __motions: string[] }).__motions,
      }));
      await page.context().close();
    }
    assert.notEqual(seen.motion.duration, '0s', 'transitions take time by default');
    assert.ok(seen.motion.motions.length > 0, 'the drawer slides in by default');
    assert.equal(seen.reduced.duration, '0s', 'no transition time with reduce motion');
    assert.deepEqual(seen.reduced.motions, [], 'the drawer appears without a transition with reduce motion');
  });

  it('is usable on a phone: the log-in page and the home page fit 375 px', async () => {
    const page = await newPage(e, { width: 375, height: 812 }, { motion: true });
    await loginInUi(page, e, 'leader');
    await page.getByTestId('welcome').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `horizontal overflow ${overflow}px`);
    await shot(page, 'home-phone');
    await page.context().close();
  });
});
