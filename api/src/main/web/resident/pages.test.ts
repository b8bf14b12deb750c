import { describe, expect, it } from 'vitest';
import { ANY_PAGE, PAGES, pageAt } from './pages';

const ID = '5B0B7F1E-2f43-4a40-9a52-6f1d5a0f7c11';

describe('the resident pages', () => {
  it('finds the page of an address and the values of its parts', () => {
    expect(pageAt('/')).toEqual({ page: '/', params: {} });
    expect(pageAt(`/listing/${ID}`)).toEqual({ page: '/listing/{id}', params: { id: ID } });
    expect(pageAt(`/refer/${ID}/check`)).toEqual({ page: '/refer/{id}/check', params: { id: ID } });
    expect(pageAt(`/questionnaire/${ID}/3`)).toEqual({ page: '/questionnaire/{id}/{step}', params: { id: ID, step: '3' } });
    expect(pageAt(`/questionnaire/${ID}/done`)?.params.step).toBe('done');
    expect(pageAt('/sign-up/check-your-email')?.page).toBe('/sign-up/check-your-email');
  });

  it('is no page where an id is not a UUID, a step is not one, or the address goes deeper', () => {
    expect(pageAt('/listing/not-a-listing')).toBeUndefined();
    expect(pageAt(`/questionnaire/${ID}/later`)).toBeUndefined();
    expect(pageAt(`/listing/${ID}/deeper`)).toBeUndefined();
    expect(pageAt('/search/suggest')).toBeUndefined();
  });

  it('matches every listed page by its own address', () => {
    for (const page of PAGES) {
      const address = page.replace('{id}', ID).replace('{step}', '2');
      expect(pageAt(address)?.page).toBe(page);
    }
  });
});

describe('any page, as the service worker tests a navigation', () => {
  it('is every page and nothing else', () => {
    const anyPage = new RegExp(ANY_PAGE, 'i');
    for (const page of PAGES) expect(anyPage.test(page.replace('{id}', ID).replace('{step}', 'check'))).toBe(true);
    expect(anyPage.test('/assets/app.js')).toBe(false);
    expect(anyPage.test('/search/services')).toBe(false);
    expect(anyPage.test(`/listing/${ID}/deeper`)).toBe(false);
  });
});
