const { chromium } = require('@playwright/test');
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  const base = 'http://127.0.0.1:4401';
  const width = Number(process.argv[2]);
  const ctx = await browser.newContext({ viewport: { width, height: 900 }, locale: 'da-DK' });
  const page = await ctx.newPage();
  await page.goto(base + '/log-ind');
  await page.getByLabel(/e-mail/i).fill('camilla.noergaard@ikast-brande.dk');
  await page.getByLabel(/adgangskode/i).fill('Leder-demo-2026');
  await page.getByRole('button', { name: /log ind/i }).click();
  await page.waitForTimeout(1500);
  await page.goto(base + '/min-udviklingsplan/forslag');
  await page.waitForSelector('[data-testid="proposal-status"]', { timeout: 15000 });
  await page.waitForTimeout(800);
  const h = await page.evaluate(() => document.documentElement.scrollHeight);
  const step = 1100;
  for (let y = 0, i = 0; y < h && i < Number(process.argv[3] || 3); y += step, i++) {
    await page.screenshot({ path: `/tmp/wt-proposal/shots/p${width}-${i}.png`, fullPage: true, clip: { x: 0, y, width, height: Math.min(step, h - y) } });
  }
  // keyboard on the budget slider
  const thumb = page.locator('input[matsliderthumb]').first();
  await thumb.focus();
  console.log('focused:', await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120)));
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(200);
  console.log('thumb value', await thumb.inputValue());
  console.log('budget field after 4x ArrowRight:', await page.getByTestId('budget-input').inputValue());
  await page.getByTestId('hours-input').fill('10');
  await page.waitForTimeout(2000);
  console.log('status:', await page.getByTestId('proposal-status').innerText());
  await page.getByTestId('compare').click();
  await page.waitForTimeout(300);
  const diff = page.getByTestId('diff');
  await diff.screenshot({ path: `/tmp/wt-proposal/shots/diff-${width}.png` });
  if (process.argv[4] === 'create') {
    await page.getByTestId('create-plan').click();
    await page.waitForURL(/planer/, { timeout: 10000 });
    console.log('url after create:', page.url());
    await page.goto(base + '/min-udviklingsplan');
    await page.waitForSelector('[data-testid="current-plan"]');
    await page.screenshot({ path: `/tmp/wt-proposal/shots/list-after-${width}.png`, fullPage: true });
  }
  await browser.close();
})().catch((e) => { console.error(e); process.exit(1); });
