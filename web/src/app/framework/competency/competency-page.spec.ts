import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter } from '@angular/router';
import { ME_URL } from '../../auth/data-access/auth-api';
import { AuthStore } from '../../auth/data-access/auth-store';
import { LEADER_ME, UNAUTHORIZED, UNAUTHORIZED_BODY } from '../../auth/testing/me-fixture';
import { LanguageService } from '../../i18n/language.service';
import { PageTitleService } from '../../shell/page-title.service';
import { CURRENT_FRAMEWORK_URL } from '../data-access/framework-api';
import { interpretationsUrl } from '../data-access/interpretations-api';
import { FRAMEWORK_FIXTURE } from '../testing/framework-fixture';
import { INTERPRETATIONS_FIXTURE } from '../testing/interpretations-fixture';
import { CompetencyPage } from './competency-page';

describe('CompetencyPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function render(key: string) {
    const fixture = TestBed.createComponent(CompetencyPage);
    fixture.componentRef.setInput('key', key);
    await fixture.whenStable();
    http.expectOne(CURRENT_FRAMEWORK_URL).flush(FRAMEWORK_FIXTURE);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  function items(root: HTMLElement, testId: string): string[] {
    return Array.from(root.querySelectorAll(`[data-testid="${testId}"] li`)).map(
      (li) => li.textContent?.trim() ?? '',
    );
  }

  it('shows the title, description paragraphs and the Fordi sentence', async () => {
    const { element } = await render('borgerne-i-centrum');
    const h1s = element.querySelectorAll('h1');
    expect(h1s).toHaveLength(1);
    expect(h1s[0].textContent?.trim()).toBe('Ledelse med borgerne i centrum');
    expect(element.textContent).toContain('Resumé af Ledelse med borgerne i centrum.');
    const prose = Array.from(element.querySelectorAll('.ll-prose p')).map((p) => p.textContent);
    expect(prose).toEqual([
      'Første afsnit om borgerne-i-centrum.',
      'Andet afsnit om borgerne-i-centrum.',
    ]);
    expect(element.querySelector('.ll-because')?.textContent?.trim()).toBe(
      'Fordi: Fordi-sætning for borgerne-i-centrum.',
    );
    expect(element.textContent).toContain('Ledelseskompetence 2 af 4');
  });

  it('leaves out a blank "Fordi" sentence and blank lead-ins (another municipality may have none)', async () => {
    const fixture = TestBed.createComponent(CompetencyPage);
    fixture.componentRef.setInput('key', 'handlekraft');
    await fixture.whenStable();
    const blank = { da: '', en: '' };
    const framework: typeof FRAMEWORK_FIXTURE = JSON.parse(JSON.stringify(FRAMEWORK_FIXTURE));
    Object.assign(framework.competencies[0], {
      because: blank,
      frameIntro: blank,
      personalIntro: blank,
    });
    http.expectOne(CURRENT_FRAMEWORK_URL).flush(framework);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('.ll-because')).toBeNull();
    expect(element.querySelectorAll('.behaviour-section > p')).toHaveLength(0);
    expect(items(element, 'behaviours-frame').length).toBeGreaterThan(0);
  });

  it('groups the behaviours into "set the frame" and "personal behaviour"', async () => {
    const { element } = await render('borgerne-i-centrum');
    expect(items(element, 'behaviours-frame')).toEqual([
      'Adfærd 1 i borgerne-i-centrum (frame)',
      'Adfærd 3 i borgerne-i-centrum (frame)',
    ]);
    expect(items(element, 'behaviours-personal')).toEqual([
      'Adfærd 2 i borgerne-i-centrum (personal)',
      'Adfærd 4 i borgerne-i-centrum (personal)',
      'Adfærd 5 i borgerne-i-centrum (personal)',
    ]);
    const headings = Array.from(element.querySelectorAll('h2')).map((h) => h.textContent?.trim());
    expect(headings).toEqual(['Sådan sætter du rammen', 'Din personlige adfærd', 'Dogmer']);
    expect(items(element, 'dogmas')).toEqual([
      'Vi finder løsninger sammen.',
      'Vi har et servicegen.',
    ]);
  });

  it('leaves out the dogma section when the competency has none', async () => {
    const { element } = await render('handlekraft');
    expect(element.querySelector('[data-testid="dogmas"]')).toBeNull();
    expect(items(element, 'behaviours-frame')).toHaveLength(2);
    expect(items(element, 'behaviours-personal')).toHaveLength(1);
  });

  it('links back to the overview and to the previous and next competencies', async () => {
    const { element } = await render('borgerne-i-centrum');
    const breadcrumb = element.querySelector('.ll-breadcrumb a');
    expect(breadcrumb?.getAttribute('href')).toBe('/ledelsesgrundlag');
    const pager = Array.from(element.querySelectorAll('.pager a')).map((a) => [
      a.querySelector('.pager__direction')?.textContent?.trim(),
      a.querySelector('.pager__title')?.textContent?.trim(),
      a.getAttribute('href'),
    ]);
    expect(pager).toEqual([
      ['Forrige:', 'Ledelse med handlekraft', '/ledelsesgrundlag/handlekraft'],
      ['Næste:', 'Ledelse på tværs', '/ledelsesgrundlag/paa-tvaers'],
    ]);
  });

  it('has no previous link on the first competency and no next link on the last', async () => {
    const first = await render('handlekraft');
    expect(first.element.querySelectorAll('.pager a')).toHaveLength(1);
    expect(first.element.querySelector('.pager__link--next')).not.toBeNull();
  });

  it('shows a friendly not-found message for an unknown key', async () => {
    const { element } = await render('findes-ikke');
    expect(element.querySelector('h1')?.textContent?.trim()).toBe('Kompetencen findes ikke');
    expect(element.textContent).toContain('»findes-ikke«');
    expect(element.querySelector('a')?.getAttribute('href')).toBe('/ledelsesgrundlag');
    expect(element.querySelector('[data-testid="behaviours-frame"]')).toBeNull();
  });

  it('follows the language and puts the competency in the document title', async () => {
    TestBed.inject(PageTitleService).setSection('nav.framework');
    const { fixture, element } = await render('hedekraft');
    const title = TestBed.inject(Title);
    expect(title.getTitle()).toBe('Ledelse med hedekraft · Ledelsesgrundlaget · Lederløft');

    TestBed.inject(LanguageService).set('en');
    await fixture.whenStable();
    expect(element.querySelector('h1')?.textContent?.trim()).toBe('Leadership with heath spirit');
    expect(element.querySelector('h2')?.textContent?.trim()).toBe('How you set the frame');
    expect(title.getTitle()).toBe(
      'Leadership with heath spirit · Leadership foundation · Lederløft',
    );

    fixture.destroy();
    TestBed.tick();
    expect(title.getTitle()).toBe('Leadership foundation · Lederløft');
  });

  describe('local interpretations', () => {
    function notes(root: Element | null): string[] {
      return Array.from(root?.querySelectorAll('[data-testid="local-interpretation"]') ?? []).map(
        (note) =>
          Array.from(note.querySelectorAll('p'))
            .map((p) => p.textContent?.trim())
            .join(' '),
      );
    }

    async function signIn(me: typeof LEADER_ME | null): Promise<void> {
      const known = TestBed.inject(AuthStore).init();
      const request = http.expectOne(ME_URL);
      if (me) {
        request.flush(me);
      } else {
        request.flush(UNAUTHORIZED_BODY, UNAUTHORIZED);
      }
      await known;
    }

    it("shows a leader's interpretations under the competency and under each behaviour", async () => {
      await signIn(LEADER_ME);
      const fixture = TestBed.createComponent(CompetencyPage);
      fixture.componentRef.setInput('key', 'borgerne-i-centrum');
      await fixture.whenStable();
      http.expectOne(CURRENT_FRAMEWORK_URL).flush(FRAMEWORK_FIXTURE);
      http.expectOne(interpretationsUrl(LEADER_ME.leaderId ?? '')).flush(INTERPRETATIONS_FIXTURE);
      await fixture.whenStable();
      const element = fixture.nativeElement as HTMLElement;

      const competencyNotes = Array.from(
        element.querySelectorAll('.ll-page > [data-testid="local-interpretation"]'),
      );
      expect(competencyNotes).toHaveLength(1);
      expect(competencyNotes[0].getAttribute('role')).toBe('note');
      expect(notes(element.querySelector('.ll-page'))[0]).toBe(
        'Fortolkning i Børn og Unge Hos os betyder det familien i centrum.',
      );

      const personal = element.querySelectorAll('[data-testid="behaviours-personal"] li');
      expect(notes(personal[0])).toEqual([
        'Fortolkning i Børn og Unge Vi spørger barnet først.',
        'Fortolkning i Dagtilbud Forældrene er med fra start.',
      ]);
      expect(notes(personal[1])).toEqual([]);
      expect(notes(element.querySelector('[data-testid="behaviours-frame"]'))).toEqual([]);

      TestBed.inject(LanguageService).set('en');
      await fixture.whenStable();
      expect(notes(personal[0])).toEqual([
        // A blank English text falls back to the Danish one.
        'Interpretation in Børn og Unge Vi spørger barnet først.',
        'Interpretation in Dagtilbud Parents take part from the start.',
      ]);
    });

    it('shows no notes and makes no request for an anonymous visitor', async () => {
      await signIn(null);
      const { element } = await render('borgerne-i-centrum');
      http.expectNone(interpretationsUrl(LEADER_ME.leaderId ?? ''));
      expect(element.querySelector('[data-testid="local-interpretation"]')).toBeNull();
      expect(items(element, 'behaviours-personal')[0]).toBe(
        'Adfærd 2 i borgerne-i-centrum (personal)',
      );
    });
  });
});
