import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from '../support/a11y';
import { demoAccount } from '../support/demo-accounts';
import { saveScreenshot } from '../support/screenshots';
import { signIn } from '../support/sign-in';

// Ends before the demo round, so the demo round stays the newest one the other journeys use.
const ROUND = 'Trivselsrunde forår 2026';
const ROUND_OPTION = `${ROUND}, 2. marts 2026 til 29. maj 2026`;
const HEADER = 'Enhed-ID;Spørgsmål-ID;Spørgsmål;Score;Besvarelser';

/** A survey export as Danish Excel saves "CSV (semikolonsepareret)": Windows-1252, CRLF. */
const surveyCsv = (lines: string[]) => ({
  name: 'trivselsmaaling.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from([HEADER, ...lines].join('\r\n') + '\r\n', 'latin1'),
});

test.describe('Administration: assessment rounds and the wellbeing survey', () => {
  test('an admin sets up and opens a round; HR imports the survey and links a question', async ({
    page,
  }) => {
    await signIn(page, demoAccount('admin'));
    await page.goto('/administration');
    await page.getByRole('link', { name: 'Evalueringsrunder' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Evalueringsrunder');
    await expect(page.getByTestId('rounds')).toContainText('Lederevaluering 2026');

    // Nothing is sent until the form is complete.
    const create = page.locator('section', { has: page.locator('#rounds-create-title') });
    await create.getByRole('button', { name: 'Opret runde' }).click();
    await expect(create.getByText('Skriv rundens navn.')).toBeVisible();
    await expect(page.getByLabel('Navn', { exact: true })).toBeFocused();

    await page.getByLabel('Navn', { exact: true }).fill(ROUND);
    await page.getByLabel('Startdato').fill('2026-03-02');
    await page.getByLabel('Slutdato').fill('2026-05-29');
    await create.getByRole('checkbox', { name: 'Medarbejdere' }).uncheck();
    await create.getByRole('checkbox', { name: 'Trivselsmåling' }).check();
    await page.getByLabel('Vægt: Trivselsmåling').fill('2');
    await page.getByLabel('Anonymitetsgrænse (mindste antal besvarelser)').fill('5');
    await create.getByRole('button', { name: 'Opret runde' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'er oprettet og åben' })).toHaveText(
      `Runden »${ROUND}« er oprettet og åben.`,
    );
    const row = page.getByTestId('rounds').getByRole('row', { name: new RegExp(ROUND) });
    await expect(row).toContainText('Trivselsmåling (vægt 2)');
    await expect(row).toContainText('Mindst 5 besvarelser');
    await expect(row).toContainText('Åben');

    // Closing and opening again both ask first.
    await row.getByRole('button', { name: `Luk ${ROUND}` }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText(`Luk »${ROUND}«?`);
    await dialog.getByRole('button', { name: 'Luk' }).click();
    await expect(row).toContainText('Lukket');
    await row.getByRole('button', { name: `Åbn ${ROUND}` }).click();
    await expect(dialog).toContainText(`Åbn »${ROUND}« igen?`);
    await dialog.getByRole('button', { name: 'Åbn' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'er åbnet' })).toHaveText(
      `Runden »${ROUND}« er åbnet.`,
    );
    await expect(row).toContainText('Åben');
    await expectNoA11yViolations(page);
    await saveScreenshot(page, 'administration-evalueringsrunder-da');

    // HR imports the survey into the round.
    await page.getByRole('button', { name: 'Log ud' }).click();
    await expect(page.getByRole('button', { name: 'Log ud' })).toBeHidden();
    await signIn(page, demoAccount('hr'));
    const units = await (await page.request.get('/api/org-units')).json();
    const [first, second] = units
      .filter((u: { kind: string }) => u.kind === 'enhed')
      .map((u: { externalId: string }) => u.externalId) as string[];
    await page.goto('/administration');
    await page.getByRole('link', { name: 'Trivselsmåling' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trivselsmåling');
    await page.getByLabel('Evalueringsrunde').selectOption({ label: ROUND_OPTION });
    await expect(page.getByLabel('Højeste score på målingens skala')).toHaveValue('100');

    await page
      .getByLabel('Vælg fil')
      .setInputFiles(
        surveyCsv([
          `${first};TRIV-07;Min leder giver mig tillid til at løse opgaverne;75;8`,
          `IBK-9999;TRIV-07;Min leder giver mig tillid til at løse opgaverne;140;8`,
        ]),
      );
    await page.getByRole('button', { name: 'Se forhåndsvisning' }).click();
    const errors = page.getByTestId('import-errors');
    await expect(
      errors.getByRole('row', { name: /3 Enhed-ID Ukendt enhed "IBK-9999"/ }),
    ).toBeVisible();
    await expect(errors.getByRole('row', { name: /3 Score/ })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Indlæs' })).toBeDisabled();

    await page
      .getByLabel('Vælg fil')
      .setInputFiles(
        surveyCsv([
          `${first};TRIV-07;Min leder giver mig tillid til at løse opgaverne;75;8`,
          `${first};TRIV-12;Min leder tør gå nye veje;62,5;8`,
          `${second};TRIV-07;Min leder giver mig tillid til at løse opgaverne;80;6`,
          `${second};TRIV-12;Min leder tør gå nye veje;55;6`,
        ]),
      );
    await page.getByRole('button', { name: 'Se forhåndsvisning' }).click();
    const summary = page.getByTestId('import-summary');
    await expect(summary).toContainText('4 rækker i filen');
    await expect(summary).toContainText('2 enheder');
    await expect(page.getByTestId('unmapped-items')).toContainText('TRIV-07, TRIV-12');
    await page.getByRole('button', { name: 'Indlæs' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'indlæst' })).toHaveText(
      'Trivselsmålingen er indlæst. Rækker: 4, enheder: 2, spørgsmål: 2.',
    );

    // The new questions are listed; linking one is saved at once.
    const items = page.getByTestId('survey-items');
    await expect(items.getByRole('row')).toHaveCount(3);
    await page
      .getByLabel('Kompetence for TRIV-07')
      .selectOption({ label: 'Ledelse med handlekraft' });
    await expect(page.getByTestId('survey-item-state-TRIV-07')).toHaveText(
      'Gemt, resultaterne er beregnet igen.',
    );
    await page
      .getByLabel('Kompetence for TRIV-12')
      .selectOption({ label: 'Ledelse med hedekraft' });
    await expect(page.getByTestId('survey-item-state-TRIV-12')).toHaveText(
      'Gemt, resultaterne er beregnet igen.',
    );
    await expectNoA11yViolations(page);
    await saveScreenshot(page, 'administration-trivselsmaaling-da');

    const stored = await (await page.request.get('/api/survey-items')).json();
    expect(stored).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'TRIV-07', competencyKey: 'handlekraft' }),
        expect.objectContaining({ code: 'TRIV-12', competencyKey: 'hedekraft' }),
      ]),
    );
    // After a reload the choices are what the API stored.
    await page.reload();
    await expect(page.getByLabel('Kompetence for TRIV-07')).toHaveValue('handlekraft');
    await expect(page.getByLabel('Kompetence for TRIV-12')).toHaveValue('hedekraft');
  });
});
