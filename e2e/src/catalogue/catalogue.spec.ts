import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from '../support/a11y';
import { demoAccount } from '../support/demo-accounts';
import { saveScreenshot } from '../support/screenshots';
import { signIn } from '../support/sign-in';

/** The template's columns (GET /api/offers/import-template). */
const COLUMNS = [
  'Kode',
  'Titel',
  'Type',
  'Udbyder',
  'Beskrivelse',
  'Form',
  'Sprog',
  'Sted',
  'Timer',
  'Pris (kr.)',
  'Pris inkl. moms',
  'Vejledende pris',
  'ECTS',
  'Lederniveauer',
  'Forudsætninger',
  'Efter behov',
  'Status',
  'Kontaktperson',
  'Kontakt e-mail',
  'Ledelse med handlekraft',
  'Ledelse med borgerne i centrum',
  'Ledelse på tværs',
  'Ledelse med hedekraft',
  'Adfærd',
  'Forløb start',
  'Forløb slut',
  'Forløb sted',
  'Pladser',
  'Tilmeldingsfrist',
  'Optaget',
  'Venteliste',
] as const;

type Row = Partial<Record<(typeof COLUMNS)[number], string>>;

const TITLE = 'Svære samtaler på tværs af fagområder';

function rows(price: string): Row[] {
  return [
    {
      Kode: 'E2E-SAM-01',
      Titel: TITLE,
      Type: 'Kursus',
      Udbyder: 'Ikast-Brande Kommune, HR',
      Beskrivelse: 'To dage om de svære samtaler med medarbejdere og samarbejdspartnere.',
      Form: 'Fremmøde',
      Sprog: 'Dansk',
      Sted: 'Ikast Rådhus',
      Timer: '14,5',
      'Pris (kr.)': price,
      'Pris inkl. moms': 'Nej',
      'Vejledende pris': 'Ja',
      Lederniveauer: 'Førstelinjeleder, Mellemleder',
      'Efter behov': 'Nej',
      Status: 'Kladde',
      Kontaktperson: 'Mette Kjær Andersen',
      'Kontakt e-mail': 'mette.andersen@ikast-brande.dk',
      'Ledelse med handlekraft': 'Noget',
      'Ledelse på tværs': 'Stærk',
      'Forløb start': '10-05-2027',
      'Forløb slut': '11-05-2027',
      'Forløb sted': 'Ikast Rådhus, mødesal 2',
      Pladser: '20',
      Tilmeldingsfrist: '19-04-2027',
      Optaget: '3',
      Venteliste: '0',
    },
    {
      Kode: 'E2E-SAM-01',
      'Forløb start': '07-09-2027',
      'Forløb slut': '08-09-2027',
      'Forløb sted': 'Brande Bibliotek',
      Pladser: '16',
      Tilmeldingsfrist: '16-08-2027',
      Optaget: '16',
      Venteliste: '2',
    },
    {
      Kode: 'E2E-NET-02',
      Titel: 'Netværk for nye ledere i Børn og Unge',
      Type: 'Netværk',
      Udbyder: 'Ikast-Brande Kommune, HR',
      Form: 'Online',
      Sprog: 'Dansk',
      Timer: '12',
      'Pris (kr.)': '0,00',
      'Pris inkl. moms': 'Nej',
      'Vejledende pris': 'Nej',
      'Efter behov': 'Ja',
      Status: 'Kladde',
      'Ledelse med borgerne i centrum': 'Noget',
    },
  ];
}

/** A file as Danish Excel saves "CSV (semikolonsepareret)": Windows-1252, CRLF. */
function excelCsv(lines: Row[]) {
  const text = [
    COLUMNS.join(';'),
    ...lines.map((row) => COLUMNS.map((c) => row[c] ?? '').join(';')),
  ];
  return {
    name: 'kursuskatalog.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(text.join('\r\n') + '\r\n', 'latin1'),
  };
}

test.describe.serial('Kursuskatalog', () => {
  test('HR imports offers from Danish Excel and fixes an error the preview shows', async ({
    page,
  }) => {
    await signIn(page, demoAccount('hr'));
    await page.getByRole('link', { name: 'Kursuskatalog' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Kursuskatalog' })).toBeVisible();
    await expect(page.getByTestId('catalogue-count')).toContainText('tilbud fundet');
    await expect(page.getByTestId('offer-card').first()).toBeVisible();
    // Filters go in the address: offers that train "Ledelse på tværs" strongly.
    await page.getByLabel('Ledelseskompetence').selectOption({ label: 'Ledelse på tværs' });
    await page.getByLabel('Effekt mindst').selectOption({ label: 'Stærk' });
    await expect(page).toHaveURL(/competency=paa-tvaers&strength=strong/);
    await expect(page.getByTestId('offer-card').first()).toContainText('Stærk');
    await expectNoA11yViolations(page);
    await saveScreenshot(page, 'kursuskatalog-da');

    await page.getByRole('link', { name: 'Importér' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Importér tilbud' })).toBeVisible();
    await expectNoA11yViolations(page);

    // A price with the letter O for a zero: the preview names the row and the column.
    await page.getByLabel('Vælg fil').setInputFiles(excelCsv(rows('4.75O,50')));
    await page.getByRole('button', { name: 'Se forhåndsvisning' }).click();
    const errors = page.getByTestId('import-errors');
    await expect(errors).toBeVisible();
    const priceError = errors.getByRole('row').filter({ hasText: 'Pris (kr.)' });
    await expect(priceError.getByRole('cell').first()).toHaveText('2');
    await expect(priceError).toContainText('4.75O,50');
    await expect(page.getByRole('button', { name: 'Indlæs' })).toBeDisabled();
    await expectNoA11yViolations(page);
    await saveScreenshot(page, 'kursuskatalog-import-da');

    await page.getByLabel('Vælg fil').setInputFiles(excelCsv(rows('4.750,50')));
    await page.getByRole('button', { name: 'Se forhåndsvisning' }).click();
    await expect(page.getByTestId('import-summary')).toContainText('2 nye tilbud');
    await expect(page.getByTestId('import-summary')).toContainText('2 hold');
    await expect(page.getByTestId('import-errors')).toHaveCount(0);
    await page.getByRole('button', { name: 'Indlæs' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Tilbuddene er indlæst' }),
    ).toBeVisible();

    await page.getByRole('link', { name: 'Se kladderne i kataloget' }).click();
    await expect(page).toHaveURL(/status=draft/);
    await expect(page.getByRole('link', { name: TITLE })).toBeVisible();
  });

  test('HR publishes an imported draft and opens it in the editor', async ({ page }) => {
    await signIn(page, demoAccount('hr'));
    await page.goto('/kursuskatalog?status=draft');
    await page.getByRole('link', { name: TITLE }).click();
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    const sessions = page.getByTestId('sessions');
    await expect(sessions.getByRole('row')).toHaveCount(3);
    await expect(sessions).toContainText('10-05-2027 – 11-05-2027');
    await expect(sessions).toContainText('17 af 20');
    await expect(sessions.getByRole('row').nth(2)).toContainText('Fuldt');
    await expect(page.getByText('4.750,50 kr. ekskl. moms')).toBeVisible();
    await page.getByRole('button', { name: 'Udgiv' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText(`Udgiv »${TITLE}«?`);
    await dialog.getByRole('button', { name: 'Udgiv' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'er udgivet' })).toBeVisible();
    await expect(page.getByTestId('offer-manage')).toContainText('Udgivet');
    await expectNoA11yViolations(page);
    await saveScreenshot(page, 'kursuskatalog-tilbud-da');

    await page.getByRole('link', { name: 'Redigér' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Redigér tilbud' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Pris', exact: true })).toHaveValue('4.750,50');
    await expect(
      page.getByRole('group', { name: 'Ledelse på tværs' }).getByRole('radio', { name: 'Stærk' }),
    ).toBeChecked();
    await expectNoA11yViolations(page);
    await saveScreenshot(page, 'kursuskatalog-rediger-da');
  });

  test('HR sees how the catalogue covers the framework', async ({ page }) => {
    await signIn(page, demoAccount('hr'));
    await page.goto('/kursuskatalog');
    await page.getByRole('link', { name: 'Dækning' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Dækning af ledelsesgrundlaget' }),
    ).toBeVisible();
    await expect(page.getByTestId('coverage-table')).toBeVisible();
    await expectNoA11yViolations(page);
    await saveScreenshot(page, 'kursuskatalog-daekning-da');
  });

  test('a leader finds the published offer with a Danish search and opens it', async ({ page }) => {
    await signIn(page, demoAccount('leader'));
    await page.getByRole('link', { name: 'Kursuskatalog' }).click();
    await expect(page.getByTestId('offer-card').first()).toBeVisible();
    // Upper case and æ: the search ignores case, including the Danish letters.
    await page.getByLabel('Søg i kataloget').fill('SVÆRE samtaler');
    await page.getByRole('button', { name: 'Søg', exact: true }).click();
    await expect(page).toHaveURL(/q=SV%C3%86RE/);
    await expect(page.getByTestId('catalogue-count')).toContainText('tilbud fundet');
    // Sorted by relevance: the offer with both words in its title comes first.
    const card = page.getByTestId('offer-card').first();
    await expect(card.getByRole('heading')).toHaveText(TITLE);
    await expect(card).toContainText('Næste hold 10-05-2027, 17 ledige pladser');
    await expect(card).toContainText('Stærk');
    // Leaders see neither drafts nor the tools.
    await expect(page.getByTestId('catalogue-tools')).toHaveCount(0);
    await expectNoA11yViolations(page);

    await card.getByRole('link', { name: TITLE }).click();
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    await expect(page.getByTestId('sessions')).toContainText('Ikast Rådhus, mødesal 2');
    await expect(page.getByTestId('offer-manage')).toHaveCount(0);
    await expectNoA11yViolations(page);

    // The back button returns to the same search.
    await page.goBack();
    await expect(page.getByLabel('Søg i kataloget')).toHaveValue('SVÆRE samtaler');
    await expect(page.getByTestId('offer-card').first().getByRole('heading')).toHaveText(TITLE);
  });
});
