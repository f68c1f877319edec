import { expect, test } from '@playwright/test';
import * as ExcelJS from 'exceljs';
import { expectNoA11yViolations } from '../support/a11y';
import { demoAccount } from '../support/demo-accounts';
import { saveScreenshot } from '../support/screenshots';
import { signIn } from '../support/sign-in';

/**
 * Overblik: the director reads her area's heatmap, switches to projected coverage, drills
 * into a unit, tries a scenario and downloads the figures; HR reads the demand against the
 * catalogue and opens the offer editor on an unmet gap. Nothing here changes data (the
 * scenario saves nothing), so the other journeys see the demo as it was.
 */
test.describe('Overblik', () => {
  test('the director reads her area, projected coverage and a sub-unit, and downloads it', async ({
    page,
  }) => {
    await signIn(page, demoAccount('director'));
    await page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Overblik' })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overblik: Børn og Unge');
    const grid = page.getByRole('grid', {
      name: /^Når målet i Børn og Unge, Lederevaluering 2026/,
    });
    await expect(grid).toBeVisible();

    // Every shown figure carries its n; the director's own row (one leader) is hidden as
    // "Færre end 5", and the rules tell that apart from "Ingen data".
    const total = grid.getByRole('row', { name: /^I alt: Børn og Unge/ });
    await expect(total.getByRole('gridcell').nth(1)).toContainText(/\d+ %/);
    await expect(total.getByRole('gridcell').nth(1)).toContainText(/n = \d+/);
    const own = grid.getByRole('row', { name: /^Ledere direkte i Børn og Unge/ });
    await expect(own.getByRole('gridcell').nth(1)).toContainText('Færre end 5');
    const rules = page.getByTestId('rules');
    await rules.getByText(/^Sådan læses tallene/).click();
    await expect(
      rules.getByText(/^"Færre end 5": tallet ville bygge på 1 til 5 − 1 ledere/),
    ).toBeVisible();
    await expect(rules.getByText(/^"Ingen data": der er ingen at tælle/)).toBeVisible();

    await expectNoA11yViolations(page);
    await saveScreenshot(page, 'overblik-da');

    // One tab stop; the arrow keys move between the cells.
    await grid.getByRole('gridcell').first().focus();
    await page.keyboard.press('ArrowRight');
    await expect(total.getByRole('gridcell').nth(1)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(own.getByRole('gridcell').nth(1)).toBeFocused();

    // Projected coverage: in the address (so Back returns to it), and in the caption.
    await page.getByRole('radio', { name: 'Forventet dækning' }).check();
    await expect(page).toHaveURL(/maal=projected/);
    await expect(
      page.getByRole('grid', { name: /^Forventet dækning i Børn og Unge/ }),
    ).toBeVisible();
    await expect(page.getByTestId('measure-explanation')).toContainText(
      'godkendte og igangværende planer',
    );
    await expectNoA11yViolations(page);
    await saveScreenshot(page, 'overblik-forventet-da', { fullPage: false });

    // The trend since last round is a table as well as a chart.
    const trend = page.getByRole('table', { name: /Andel der når målet pr. runde/ });
    await expect(trend.getByRole('columnheader', { name: 'Lederevaluering 2025' })).toBeVisible();
    await expect(page.getByText('80 % senest 31-12-2027')).toBeVisible();

    // Drill down into Skoler; the breadcrumb leads back.
    await page.getByRole('link', { name: 'Skoler', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overblik: Skoler');
    await expect(page).toHaveURL(/maal=projected/);
    const breadcrumb = page.getByRole('navigation', { name: 'Brødkrumme' });
    await expect(breadcrumb.getByRole('link', { name: 'Børn og Unge' })).toBeVisible();
    await expectNoA11yViolations(page);
    await saveScreenshot(page, 'overblik-skoler-da');

    // The download holds the same figures, hidden the same way, and no names of leaders.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Hent som Excel (XLSX)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('overblik-skoler-lederevaluering-2026.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await download.path());
    const sheet = book.worksheets.find((s) => s.name.startsWith('Når målet'));
    expect(sheet).toBeDefined();
    const texts: string[] = [];
    sheet?.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts).toContain('I alt: Skoler');
    expect(texts.join(' ')).not.toContain('Sofie Lindberg');

    await breadcrumb.getByRole('link', { name: 'Børn og Unge' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overblik: Børn og Unge');
  });

  test('the director tries a scenario for a unit and sees it beside today', async ({ page }) => {
    // The planner runs for every leader of the unit with a gap and no plan (2 s at most each).
    test.setTimeout(120_000);
    await signIn(page, demoAccount('director'));
    await page.goto('/overblik');
    await page.getByRole('link', { name: 'Skoler', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overblik: Skoler');
    await page.getByRole('link', { name: 'Prøv et scenarie' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hvad nu hvis: Skoler');
    await expectNoA11yViolations(page);

    await page.getByLabel('Budget pr. leder (kr.)').fill('25000');
    await page.getByLabel('Ledelse med hedekraft').selectOption('3');
    await page.getByRole('button', { name: 'Beregn scenariet' }).click();
    const progress = page.getByTestId('scenario-progress');
    await expect(progress).toHaveText(/ledere/);
    await expect(progress).toHaveText(/Færdig: alle \d+ ledere i enheden er gennemgået\./, {
      timeout: 100_000,
    });
    const table = page.getByRole('table', { name: 'Forventet dækning i dag og med scenariet' });
    const total = table.getByRole('row', { name: /^I alt: Skoler/ });
    await expect(total.getByRole('cell').first()).toContainText(/I dag: \d+ %/);
    await expect(total.getByRole('cell').first()).toContainText(/Scenarie: \d+ %/);
    await expectNoA11yViolations(page);
    await saveScreenshot(page, 'overblik-scenarie-da');

    // Nothing was saved: the overview shows the same projected coverage as before.
    await page
      .getByRole('navigation', { name: 'Brødkrumme' })
      .getByRole('link', { name: 'Overblik' })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overblik: Skoler');
  });

  test('HR reads the unmet demand and opens the offer editor prefilled with the gap', async ({
    page,
  }) => {
    await signIn(page, demoAccount('hr'));
    await page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Overblik' })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Overblik: Ikast-Brande Kommune',
    );
    await expectNoA11yViolations(page);
    await page.getByRole('link', { name: 'Efterspørgsel mod kataloget' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Efterspørgsel');

    const unmet = page.getByRole('region', { name: 'Udækket efterspørgsel, største først' });
    const first = unmet.getByRole('row').nth(1);
    await expect(first).toBeVisible();
    await expect(
      page
        .getByRole('table')
        .filter({ has: page.getByRole('columnheader', { name: 'Venteliste' }) })
        .first(),
    ).toBeVisible();
    await expectNoA11yViolations(page);
    await saveScreenshot(page, 'overblik-efterspoergsel-da');

    const link = first.getByRole('link', { name: /^Opret et tilbud/ });
    const href = (await link.getAttribute('href')) ?? '';
    const competency = new URL(href, 'http://x').searchParams.get('kompetence');
    expect(competency).toBeTruthy();
    await link.click();
    await expect(page).toHaveURL(/\/kursuskatalog\/nyt\?kompetence=/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nyt tilbud');
    await expect(page.getByTestId('offer-prefilled')).toContainText('Åbnet fra Overblik');
    await expect(page.locator(`#effect-${competency}-strong`)).toBeChecked();
    await expectNoA11yViolations(page);
  });
});
