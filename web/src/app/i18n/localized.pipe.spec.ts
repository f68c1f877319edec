import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { LanguageService } from './language.service';
import { LocalizedPipe } from './localized.pipe';
import { TranslatePipe } from './translate.pipe';

@Component({
  imports: [LocalizedPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<h1>{{ title | localized }}</h1>
    <p>{{ 'competency.behaviourCount' | t: { count: 3 } }}</p>`,
})
class Host {
  readonly title = { da: 'Ledelse på tværs', en: 'Leadership across boundaries' };
}

describe('localized and t pipes', () => {
  beforeEach(() => localStorage.clear());

  it('render the current language and follow a switch in an OnPush, zoneless view', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('h1')?.textContent).toBe('Ledelse på tværs');
    expect(element.querySelector('p')?.textContent).toBe('3 eksempler på adfærd');

    TestBed.inject(LanguageService).set('en');
    await fixture.whenStable();
    expect(element.querySelector('h1')?.textContent).toBe('Leadership across boundaries');
    expect(element.querySelector('p')?.textContent).toBe('3 examples of behaviour');
  });

  it('render an absent text as empty', () => {
    expect(TestBed.runInInjectionContext(() => new LocalizedPipe()).transform(undefined)).toBe('');
  });
});
