import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from '../support/a11y';
import { demoAccount } from '../support/demo-accounts';
import { saveScreenshot } from '../support/screenshots';
import { signIn } from '../support/sign-in';

// Publishing changes what every page shows, so playwright.config.ts runs this spec last.

const ORIGINAL =
  'Sætte en ramme for hvornår medarbejderen har kompetence til at handle, og hvornår medarbejderen skal trække på dig som leder.';
const CHANGED =
  'Sætte en tydelig ramme for, hvornår medarbejderen selv kan handle, og hvornår medarbejderen skal trække på dig som leder.';

test.describe('Administration: edit a draft of the leadership foundation', () => {
  test('an admin edits a behaviour in the browser, fixes an error, publishes, and leaders see it', async ({
    page,
  }) => {
    // A long journey over a page with some 200 fields, checked by axe twice.
    test.setTimeout(120_000);
    await signIn(page, demoAccount('admin'));
    await page.goto('/administration/ledelsesgrundlag');
    await page.getByRole('button', { name: 'Ny kladde' }).click();
    await expect(page.getByRole('status').filter({ hasText: /er oprettet/ })).toBeVisible();
    await page.getByRole('link', { name: /^Rediger kladden/ }).click();

    await expect(page).toHaveURL(/\/administration\/ledelsesgrundlag\/[0-9a-f-]+\/rediger$/);
    // The whole foundation becomes one form: allow a slow machine time to lay it out.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Rediger kladde: udgave \d+/, {
      timeout: 15_000,
    });
    const competency = page.getByTestId('competency-borgerne-i-centrum');
    const behaviour = competency.getByLabel('Eksempel 2 (sætter rammen), Dansk');
    await expect(behaviour).toHaveValue(ORIGINAL);
    await expect(page.getByTestId('draft-status')).toHaveText('Ingen ændringer endnu.');

    // Change one behaviour's Danish text and save.
    await behaviour.fill(CHANGED);
    await expect(page.getByTestId('draft-status')).toHaveText(
      'Du har ændringer, der ikke er gemt.',
    );
    const save = page.getByRole('button', { name: 'Gem kladde' }).first();
    await save.click();
    await expect(page.getByTestId('draft-status')).toHaveText(/Gemt kl\. \d\d[.:]\d\d\./);
    await expect(page.getByTestId('draft-changes')).toContainText('1 tekst ændret');
    await page.setViewportSize({ width: 1280, height: 1000 });
    await save.blur();
    await page.mouse.move(0, 0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await expectNoA11yViolations(page);
    await saveScreenshot(page, 'administration-rediger-kladde-da', { fullPage: false });

    // Empty a required text: the save stops and says which field.
    const summary = competency.getByLabel('Resumé, Dansk');
    const summaryText = await summary.inputValue();
    await summary.fill('');
    await save.click();
    const errors = page.getByTestId('draft-errors');
    await expect(errors).toBeFocused();
    await expect(errors).toContainText(
      'Ledelse med borgerne i centrum › Resumé, dansk: Skriv teksten på dansk.',
    );
    await expect(summary).toHaveAccessibleDescription('Skriv teksten på dansk.');
    await expectNoA11yViolations(page);
    await errors.getByRole('link').click();
    await expect(summary).toBeFocused();

    // Fix it and save again.
    await summary.fill(summaryText);
    await save.click();
    await expect(errors).toBeHidden();
    await expect(page.getByTestId('draft-status')).toHaveText(/Gemt kl\./);

    // Publish with the same confirmation as on the editions page.
    await page.getByRole('button', { name: /^Udgiv udgave \d+$/ }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('En udgivet udgave kan aldrig ændres.');
    await dialog.getByRole('button', { name: 'Udgiv', exact: true }).click();
    const published = page.getByTestId('draft-published');
    await expect(published).toContainText('er nu det gældende ledelsesgrundlag');
    await expectNoA11yViolations(page);

    // Everyone now reads the changed text.
    await published.getByRole('link', { name: 'Se ledelsesgrundlaget' }).click();
    await page.getByRole('link', { name: 'Ledelse med borgerne i centrum' }).click();
    const frame = page.getByTestId('behaviours-frame');
    await expect(frame).toContainText(CHANGED);
    await expect(frame).not.toContainText(ORIGINAL);
  });
});
