import type { Schemas } from '../../common/api-client';

type Check = Schemas['EmailDomainCheck'];

/**
 * What a coordinator weighs up when a group asks to join: whether the person asking has an address at the group's own
 * web domain. The API compares them (accounts.model.ListingDomains, the rule that also proves a claim by itself) and says
 * what it compared; this puts its answer into words a coordinator can act on.
 */
export type DomainCheck = { kind: Check['result']; text: string };

export function domainCheck(check: Check | undefined): DomainCheck {
  const c: Check = check ?? { result: 'unknown' };
  switch (c.result) {
    case 'match':
      return { kind: 'match', text: `The email address is at ${c.web_host}, the group's own web address.` };
    case 'differs':
      return { kind: 'differs', text: `The email address is at ${c.email_domain}; the web address is ${c.web_host}. Check with the group before approving.` };
    case 'shared':
      return { kind: 'shared', text: `${c.shared_host} is a public service anyone can use: it proves nothing. Check with the group.` };
    default:
      return { kind: 'unknown', text: c.web_host ? `No email address to compare with ${c.web_host}.` : 'There is no web address to compare the email address with.' };
  }
}
