/**
 * What a coordinator weighs up when a group asks to join: whether the person asking has an address at the group's own
 * web domain. The API proves a claim by itself when they do (docs/accounts.md, ListingDomains); what reaches a coordinator
 * usually does not match, and this says so plainly.
 */

/** Hosts where anyone can have an address or a page: a match there proves nothing (the list in the API's ListingDomains.SHARED). */
const OPEN_HOSTS = ['facebook.com', 'instagram.com', 'twitter.com', 'x.com', 'linkedin.com', 'gmail.com', 'googlemail.com',
  'google.com', 'sites.google.com', 'outlook.com', 'hotmail.com', 'hotmail.co.uk', 'live.com', 'live.co.uk', 'yahoo.com',
  'yahoo.co.uk', 'icloud.com', 'aol.com', 'btinternet.com', 'sky.com', 'wordpress.com', 'wixsite.com', 'blogspot.com',
  'squarespace.com', 'weebly.com', 'github.io', 'eventbrite.co.uk', 'eventbrite.com', 'meetup.com', 'nhs.net', 'gov.uk'];

/** The domain of an email address, lower case ('' when it has none). */
export function emailDomain(email: string | undefined): string {
  const at = (email ?? '').trim().lastIndexOf('@');
  return at < 0 ? '' : (email ?? '').trim().slice(at + 1).toLowerCase();
}

/** The host of a web address without "www." ('' when it is not one); "example.org/x" is read as https. */
export function webHost(address: string | undefined): string {
  const text = (address ?? '').trim();
  if (!text) return '';
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
    return url.hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

export type DomainCheck = { kind: 'match' | 'differs' | 'open' | 'unknown'; text: string };

/** Whether the address is at the web address's own domain, in words a coordinator can act on. */
export function domainCheck(email: string | undefined, website: string | undefined): DomainCheck {
  const domain = emailDomain(email);
  const host = webHost(website);
  if (!domain || !host) {
    return { kind: 'unknown', text: host ? `No email address to compare with ${host}.` : 'There is no web address to compare the email address with.' };
  }
  const open = (d: string) => OPEN_HOSTS.some((o) => d === o || d.endsWith(`.${o}`));
  if (open(domain) || open(host)) {
    return { kind: 'open', text: `${open(domain) ? domain : host} is a public service anyone can use: it proves nothing. Check with the group.` };
  }
  if (domain === host) return { kind: 'match', text: `The email address is at ${host}, the group's own web address.` };
  return { kind: 'differs', text: `The email address is at ${domain}; the web address is ${host}. Check with the group before approving.` };
}
