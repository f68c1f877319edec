import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CoverageMeasure } from '@lederloeft/contracts';
import { OVERVIEW } from '../testing/overview-fixtures';
import { HeatmapTable } from './heatmap-table';

describe('HeatmapTable', () => {
  let fixture: ComponentFixture<HeatmapTable>;
  let element: HTMLElement;

  async function render(measure: CoverageMeasure = 'met') {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    fixture = TestBed.createComponent(HeatmapTable);
    fixture.componentRef.setInput('overview', OVERVIEW);
    fixture.componentRef.setInput('measure', measure);
    fixture.componentRef.setInput('caption', 'Når målet i Børn og Unge');
    element = fixture.nativeElement as HTMLElement;
    document.body.appendChild(element);
    await fixture.whenStable();
  }
  afterEach(() => element?.remove());

  const text = (node: Element | null | undefined) =>
    node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const rows = () => Array.from(element.querySelectorAll('[data-testid="heatmap-row"]'));
  const cells = (r: Element) => Array.from(r.querySelectorAll('[role="gridcell"]')).map(text);

  it('is a grid with the unit in all first, its own leaders, then each sub-unit', async () => {
    await render();
    const table = element.querySelector('table');
    expect(table?.getAttribute('role')).toBe('grid');
    expect(table?.getAttribute('aria-label')).toBe('Når målet i Børn og Unge');
    expect(rows().map((r) => text(r.querySelector('th')))).toEqual([
      'I alt: Børn og Unge',
      'Ledere direkte i Børn og Unge',
      'Dagtilbud',
      'Skoler',
    ]);
  });

  it('gives each figure its number, a dot meter and n, not colour alone', async () => {
    await render();
    expect(cells(rows()[0])).toEqual([
      '19',
      '53 %, ●●○○ n = 19',
      '84 %, ●●●● n = 19',
      '68 %, ●●●○ n = 19',
    ]);
    const meter = rows()[0].querySelector('.cell__meter');
    expect(meter?.getAttribute('aria-hidden')).toBe('true');
    expect(rows()[0].querySelectorAll('.cell--band-2, .cell--band-4, .cell--band-3')).toHaveLength(
      3,
    );
  });

  it('says why a figure is hidden, "Færre end 5" apart from "Ingen data"', async () => {
    await render('gap');
    expect(cells(rows()[1])).toEqual(['1', '◌ Færre end 5', '◌ Færre end 5', '◌ Færre end 5']);
    expect(cells(rows()[2])[1]).toBe(
      '⊘ Skjult for at beskytter andre'.replace('beskytter', 'beskytte'),
    );
    expect(cells(rows()[3])[2]).toBe('– Ingen data');
  });

  it('switches measure: the projection shows its own figures', async () => {
    await render('projected');
    expect(cells(rows()[0])[1]).toBe('73 %, ●●●○ n = 19');
  });

  it('links only the rows that can be opened (drill-down stops at the limit)', async () => {
    await render();
    const links = Array.from(
      element.querySelectorAll<HTMLAnchorElement>('[data-testid="drill-down"]'),
    );
    expect(links.map(text)).toEqual(['Skoler']);
    expect(links[0].getAttribute('href')).toBe('/?enhed=skoler');
  });

  it('moves the one tab stop with the arrow keys, Home, End and Ctrl+End', async () => {
    await render();
    const table = element.querySelector('table') as HTMLTableElement;
    const focusable = () => Array.from(element.querySelectorAll('[tabindex="0"]'));
    expect(focusable().map((e) => e.getAttribute('data-cell'))).toEqual(['0-0']);
    const press = async (key: string, ctrlKey = false) => {
      table.dispatchEvent(new KeyboardEvent('keydown', { key, ctrlKey, bubbles: true }));
      await fixture.whenStable();
    };
    await press('ArrowRight');
    await press('ArrowRight');
    await press('ArrowDown');
    expect(document.activeElement?.getAttribute('data-cell')).toBe('1-2');
    expect(focusable().map((e) => e.getAttribute('data-cell'))).toEqual(['1-2']);
    await press('End');
    expect(document.activeElement?.getAttribute('data-cell')).toBe('1-4');
    await press('Home');
    expect(document.activeElement?.getAttribute('data-cell')).toBe('1-0');
    await press('End', true);
    expect(document.activeElement?.getAttribute('data-cell')).toBe('3-4');
    await press('ArrowDown');
    expect(document.activeElement?.getAttribute('data-cell')).toBe('3-4');
    // The last row's first cell is a link: Enter then opens the unit.
    await press('Home');
    expect(document.activeElement?.tagName).toBe('A');
  });
});
