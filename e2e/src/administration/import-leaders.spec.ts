import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from '../support/a11y';
import { demoAccount } from '../support/demo-accounts';
import { saveScreenshot } from '../support/screenshots';
import { signIn } from '../support/sign-in';

const HEADER =
  'Medarbejder-ID;Navn;E-mail;Stilling;Lederniveau;Enhed-ID;Leders e-mail;Startdato;Aktiv';

/** A file as Danish Excel saves "CSV (semikolonsepareret)": Windows-1252, CRLF. */
const excelCsv = (lines: string[]) => ({
  name: 'ledere.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from([HEADER, ...lines].join('\r\n') + '\r\n', 'latin1'),
});

test.describe('Administration: import leaders', () => {
  test('an admin previews a file, sees the broken row, fixes it and imports', async ({ page }) => {
    await signIn(page, demoAccount('admin'));
    const units = await (await page.request.get('/api/org-units')).json();
    const unit = units.find((u: { kind: string }) => u.kind === 'enhed').externalId as string;

    await page.goto('/administration');
    await expect(page.getByTestId('admin-section').first()).toBeVisible();
    await expectNoA11yViolations(page);
    await page.goto('/administration/import-ledere');

    await page
      .getByLabel('Vælg fil')
      .setInputFiles(
        excelCsv([
          `E7001;Søren Ærø;soeren.aeroe@ikast-brande.dk;Teamleder;Førstelinjeleder;${unit};morten.jensen@ikast-brande.dk;01-08-2024;ja`,
          `E7002;Uden chef;uden.chef@ikast-brande.dk;Teamleder;Førstelinjeleder;${unit};findes.ikke@ikast-brande.dk;;ja`,
        ]),
      );
    await page.getByRole('button', { name: 'Se forhåndsvisning' }).click();
    await expect(page.getByTestId('import-errors')).toContainText('findes.ikke@ikast-brande.dk');
    await expect(page.getByRole('button', { name: 'Indlæs' })).toBeDisabled();
    await expectNoA11yViolations(page);
    await saveScreenshot(page, 'administration-import-fejl-da');

    await page
      .getByLabel('Vælg fil')
      .setInputFiles(
        excelCsv([
          `E7001;Søren Ærø;soeren.aeroe@ikast-brande.dk;Teamleder;Førstelinjeleder;${unit};morten.jensen@ikast-brande.dk;01-08-2024;ja`,
        ]),
      );
    await page.getByRole('button', { name: 'Se forhåndsvisning' }).click();
    await expect(page.getByTestId('import-summary')).toContainText('1');
    await page.getByRole('button', { name: 'Indlæs' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'indlæst' })).toBeVisible();
    await saveScreenshot(page, 'administration-import-da');
  });
});
