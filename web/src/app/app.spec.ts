import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { Router, TitleStrategy, provideRouter } from '@angular/router';
import { App } from './app';
import { FrameworkStore } from './framework/data-access/framework-store';
import { CURRENT_FRAMEWORK_URL } from './framework/data-access/framework-api';
import { FRAMEWORK_FIXTURE } from './framework/testing/framework-fixture';
import { titleKey } from './i18n/title-key';
import { PageTitleStrategy } from './shell/page-title.strategy';

@Component({ template: '<h1>Stub</h1>' })
class StubPage {}

describe('App shell', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'ledelsesgrundlag', title: titleKey('nav.framework'), component: StubPage },
          { path: '**', title: titleKey('notFound.title'), component: StubPage },
        ]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: TitleStrategy, useClass: PageTitleStrategy },
      ],
    });
  });

  async function render() {
    const fixture = TestBed.createComponent(App);
    await TestBed.inject(Router).navigateByUrl('/ledelsesgrundlag');
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  function button(root: HTMLElement, name: string): HTMLButtonElement {
    const found = Array.from(root.querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === name,
    );
    if (!found) {
      throw new Error(`No button "${name}"`);
    }
    return found;
  }

  it('has a skip link, the landmarks and the product name', async () => {
    const { element } = await render();
    const skip = element.querySelector('a.ll-skip-link');
    expect(skip?.textContent?.trim()).toBe('Spring til indhold');
    expect(skip?.getAttribute('href')).toBe('#main');
    expect(element.querySelector('header')).not.toBeNull();
    expect(element.querySelector('nav#main-nav')?.getAttribute('aria-label')).toBe('Hovedmenu');
    expect(element.querySelector('main#main')).not.toBeNull();
    expect(element.querySelector('footer')).not.toBeNull();
    expect(element.querySelector('.brand')?.textContent).toContain('Lederløft');
  });

  it('links the areas an anonymous visitor may open, and nothing is "Kommer snart" any more', async () => {
    const { element } = await render();
    const nav = element.querySelector('#main-nav') as HTMLElement;
    const links = Array.from(nav.querySelectorAll('a'));
    expect(links.map((a) => a.textContent?.trim())).toEqual([
      'Ledelsesgrundlaget',
      'Min udvikling',
      'Min udviklingsplan',
    ]);
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/ledelsesgrundlag',
      '/min-udvikling',
      '/min-udviklingsplan',
    ]);
    expect(links[0].getAttribute('aria-current')).toBe('page');
    expect(links[1].getAttribute('aria-current')).toBeNull();
    expect(nav.querySelectorAll('.main-nav__item--soon')).toHaveLength(0);
    // Administration is only for administrators, HR and directors, Overblik for them and
    // managers, and the catalogue for signed-in people: an anonymous visitor sees none.
    expect(nav.textContent).not.toContain('Administration');
    expect(nav.textContent).not.toContain('Overblik');
    expect(nav.textContent).not.toContain('Kursuskatalog');
  });

  it('switches language with pressed-state buttons and updates the page and title', async () => {
    const { fixture, element } = await render();
    const title = TestBed.inject(Title);
    expect(title.getTitle()).toBe('Ledelsesgrundlaget · Lederløft');
    expect(button(element, 'Dansk').getAttribute('aria-pressed')).toBe('true');
    expect(button(element, 'English').getAttribute('aria-pressed')).toBe('false');
    expect(button(element, 'English').getAttribute('lang')).toBe('en');

    button(element, 'English').click();
    await fixture.whenStable();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('lederloeft.lang')).toBe('en');
    expect(button(element, 'English').getAttribute('aria-pressed')).toBe('true');
    expect(button(element, 'Dansk').getAttribute('aria-pressed')).toBe('false');
    expect(element.querySelector('a.ll-skip-link')?.textContent?.trim()).toBe('Skip to content');
    expect(element.querySelector('#main-nav a')?.textContent?.trim()).toBe('Leadership foundation');
    expect(title.getTitle()).toBe('Leadership foundation · Lederløft');
  });

  it('opens and closes the menu on narrow screens, and closes it after navigating', async () => {
    const { fixture, element } = await render();
    const toggle = button(element, 'Menu');
    const nav = element.querySelector('#main-nav') as HTMLElement;
    expect(toggle.getAttribute('aria-controls')).toBe('main-nav');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');

    toggle.click();
    await fixture.whenStable();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(nav.classList).toContain('main-nav--open');

    await TestBed.inject(Router).navigateByUrl('/et-andet-sted');
    await fixture.whenStable();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(TestBed.inject(Title).getTitle()).toBe('Siden findes ikke · Lederløft');
  });

  it('shows the owner municipality once the framework is loaded', async () => {
    const { fixture, element } = await render();
    expect(element.querySelector('.site-header__owner')?.textContent?.trim()).toBe('');
    TestBed.inject(FrameworkStore).load();
    TestBed.inject(HttpTestingController).expectOne(CURRENT_FRAMEWORK_URL).flush(FRAMEWORK_FIXTURE);
    await fixture.whenStable();
    expect(element.querySelector('.site-header__owner')?.textContent?.trim()).toBe(
      'Ikast-Brande Kommune',
    );
    expect(element.querySelector('footer')?.textContent).toContain(
      'Indhold: Ledelsesgrundlag for Ikast-Brande Kommune, udgave 1.',
    );
  });

  it('moves focus to the main content from the skip link', async () => {
    const { element } = await render();
    document.body.appendChild(element);
    const main = element.querySelector('main') as HTMLElement;
    main.scrollIntoView = jest.fn();
    const click = new MouseEvent('click', { cancelable: true });
    element.querySelector('a.ll-skip-link')?.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(main);
    element.remove();
  });
});
