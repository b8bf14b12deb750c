import { describe, expect, it } from 'vitest';
import { domainCheck } from './joining';

describe('what a coordinator is told about who asks', () => {
  it('says whether the address is at the group’s own domain, naming both', () => {
    expect(domainCheck({ result: 'match', email_domain: 'walks.example.org', web_host: 'walks.example.org' }).text)
      .toBe("The email address is at walks.example.org, the group's own web address.");
    const differs = domainCheck({ result: 'differs', email_domain: 'example.com', web_host: 'walks.example.org' });
    expect(differs.kind).toBe('differs');
    expect(differs.text).toContain('example.com');
    expect(differs.text).toContain('walks.example.org');
  });

  it('names the host anyone can use, which proves nothing', () => {
    const shared = domainCheck({ result: 'shared', email_domain: 'gmail.com', web_host: 'walks.example.org', shared_host: 'gmail.com' });
    expect(shared.kind).toBe('shared');
    expect(shared.text).toMatch(/^gmail\.com is a public service anyone can use/);
  });

  it('says when there is nothing to compare, also when the API said nothing', () => {
    expect(domainCheck({ result: 'unknown', web_host: 'walks.example.org' }).text).toContain('walks.example.org');
    expect(domainCheck(undefined)).toEqual({ kind: 'unknown', text: 'There is no web address to compare the email address with.' });
  });
});
