import { describe, expect, it } from 'vitest';
import { domainCheck, emailDomain, webHost } from './joining';

describe('what a coordinator is told about who asks', () => {
  it('reads the domain of an address and the host of a web address', () => {
    expect(emailDomain('Pat@Walks.Example.org')).toBe('walks.example.org');
    expect(emailDomain('no-at-sign')).toBe('');
    expect(webHost('https://www.walks.example.org/tuesday')).toBe('walks.example.org');
    expect(webHost('walks.example.org/tuesday')).toBe('walks.example.org');
    expect(webHost('')).toBe('');
    expect(webHost('http://')).toBe('');
  });

  it('says whether the address is at the group’s own domain', () => {
    expect(domainCheck('pat@walks.example.org', 'https://www.walks.example.org').kind).toBe('match');
    const differs = domainCheck('pat@example.com', 'https://walks.example.org/tuesday');
    expect(differs.kind).toBe('differs');
    expect(differs.text).toContain('example.com');
    expect(differs.text).toContain('walks.example.org');
  });

  it('never counts a free mail or social host as proof', () => {
    expect(domainCheck('walkers@gmail.com', 'https://gmail.com').kind).toBe('open');
    expect(domainCheck('pat@walks.example.org', 'https://www.facebook.com/walkers').kind).toBe('open');
  });

  it('says when there is nothing to compare', () => {
    expect(domainCheck('pat@example.org', undefined).kind).toBe('unknown');
    expect(domainCheck(undefined, 'https://walks.example.org').text).toContain('walks.example.org');
  });
});
