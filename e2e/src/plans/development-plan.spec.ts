import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoA11yViolations } from '../support/a11y';
import { demoAccount } from '../support/demo-accounts';
import { saveScreenshot } from '../support/screenshots';
import { signIn } from '../support/sign-in';

/**
 * The journey of issue 5: a leader gets a plan proposal, changes the budget and sees the
 * difference, makes a plan of it, writes the SMART goals and submits; the direct manager
 * approves from the inbox; the leader downloads the plan as a PDF.
 */
test.describe('Development plan: proposal, submission, approval, PDF', () => {
  test.describe.configure({ mode: 'serial' });
  const leader = demoAccount('leader');
  const manager = demoAccount('manager');
  let planUrl = '';

  async function signOut(page: Page): Promise<void> {
    await page.getByRole('button', { name: 'Log ud' }).click();
    await expect(page.getByRole('link', { name: 'Log ind' })).toBeVisible();
  }

  test('a leader gets a proposal, changes the budget, makes a plan of it and submits', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await signIn(page, leader);
    await page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', {
        name: 'Min udviklingsplan',
      })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Min udviklingsplan');
    await page.getByRole('link', { name: /Få et forslag/ }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Forslag til udviklingsplan');
    const status = page.getByTestId('proposal-status');
    await expect(status).toHaveText(
      'Den bedste plan inden for dine rammer (beregnet og efterprøvet)',
      { timeout: 20_000 },
    );
    await expect(page.getByRole('heading', { name: 'Dine gab nu og efter planen' })).toBeVisible();
    await expect(page.getByText(/Budget brugt: .* af 20\.000 kr\./)).toBeVisible();

    // A bigger budget re-proposes by itself; the previous proposal can be compared.
    await page.getByLabel('Budget (kr.)', { exact: true }).fill('45000');
    await expect(page.getByText(/Budget brugt: .* af 45\.000 kr\./)).toBeVisible({
      timeout: 20_000,
    });
    await expect(status).toHaveText(
      'Den bedste plan inden for dine rammer (beregnet og efterprøvet)',
    );
    await page.getByTestId('compare').click();
    await expect(page.getByRole('heading', { name: 'Forskel fra forrige forslag' })).toBeVisible();
    await expectNoA11yViolations(page);
    await saveScreenshot(page, 'min-udviklingsplan-forslag-da');

    await page.getByTestId('create-plan').click();
    await page.waitForURL(/\/planer\/[0-9a-f-]{36}$/);
    planUrl = new URL(page.url()).pathname;
    await expect(page.getByTestId('plan-status')).toHaveText('Kladde');
    await expect(page.getByTestId('plan-item').first()).toBeVisible();

    // Every competency the activities work on needs a SMART goal before submission.
    const missing = page.getByTestId('goals-missing');
    for (let i = 0; i < 4 && (await missing.count()) > 0; i++) {
      await page.getByRole('button', { name: 'Tilføj mål' }).click();
      const dialog = page.getByRole('dialog');
      await dialog
        .getByLabel('Hvad bliver anderledes')
        .fill('Mine medarbejdere oplever, at deres idéer bliver hørt og afprøvet.');
      await dialog
        .getByLabel('Sådan ses eller måles det')
        .fill('Mindst to nye idéer pr. personalemøde, noteret i referatet.');
      await dialog.getByRole('checkbox').first().check();
      await dialog.getByRole('button', { name: 'Gem' }).click();
      await expect(dialog).toBeHidden();
    }
    await expect(missing).toHaveCount(0);
    await expect(page.getByTestId('plan-goal').first()).toBeVisible();

    await page.getByRole('button', { name: 'Send til godkendelse' }).click();
    await expect(page.getByTestId('plan-status')).toHaveText('Sendt til godkendelse');
    await expect(page.getByTestId('plan-feedback')).toContainText(/sendt/i);
    await signOut(page);
  });

  test('the manager approves the plan from the inbox', async ({ page }) => {
    await signIn(page, manager);
    await page.goto('/mit-team');
    await page.getByRole('link', { name: /Planer til godkendelse/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Planer til godkendelse');
    const row = page.getByRole('row', { name: new RegExp(leader.name) });
    await expect(row).toBeVisible();
    await expectNoA11yViolations(page);
    await saveScreenshot(page, 'planer-godkendelse-da');

    await row.getByRole('link').first().click();
    await expect(page).toHaveURL(new RegExp(`${planUrl}$`));
    await expect(page.getByTestId('plan-status')).toHaveText('Sendt til godkendelse');
    await page.getByRole('button', { name: 'Godkend' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Kommentar (valgfri)').fill('God plan. Vi følger op i marts.');
    await dialog.getByRole('button', { name: 'Godkend' }).click();
    await expect(page.getByTestId('plan-status')).toHaveText('Godkendt');
    await expect(page.getByTestId('manager-comment')).toContainText('Vi følger op i marts.');
    await signOut(page);
  });

  test('the leader sees the approval and downloads the plan as a PDF', async ({ page }) => {
    await signIn(page, leader);
    await page.goto('/min-udviklingsplan');
    await expect(page.getByText('Godkendt').first()).toBeVisible();
    await expectNoA11yViolations(page);
    await saveScreenshot(page, 'min-udviklingsplan-da');

    await page.goto(planUrl);
    await expect(page.getByTestId('plan-status')).toHaveText('Godkendt');
    await expectNoA11yViolations(page);
    await saveScreenshot(page, 'plan-da');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Hent som PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^udviklingsplan-camilla-n.+\.pdf$/);
    const pdf = readFileSync(await download.path());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(3000);
  });
});
