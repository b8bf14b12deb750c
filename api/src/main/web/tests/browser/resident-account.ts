import { expect, type APIRequestContext, type Locator, type Page, type TestInfo } from '@playwright/test';

/** Who the journeys sign in as: made by the JUnit runner (ResidentJourneysInChromiumTest) on the real server. */
interface Accounts {
  password: string; linkWorker: string; schemeId: string; residents: Record<string, string>;
  /** A listing the "walking" search finds first, and an editor of the group that runs it. */
  serviceId: string; organisationId: string; groupEditor: string;
}

export function accounts(): Accounts {
  const raw = process.env.SIGNPOST_JOURNEY_ACCOUNTS;
  if (!raw) throw new Error('SIGNPOST_JOURNEY_ACCOUNTS is not set: run the journeys through ResidentJourneysInChromiumTest');
  return JSON.parse(raw) as Accounts;
}

export function residentFor(info: TestInfo, journey: string): string {
  const username = accounts().residents[`${info.project.name}-${journey}`];
  if (!username) throw new Error(`no resident account for ${info.project.name}-${journey}`);
  return username;
}

export const POSTCODE = 'S60 1AE';

/** A listing the search shows for "walking" near the postcode (every listing residents can find takes self-referrals). */
export async function walkingListing(request: APIRequestContext): Promise<{ id: string; name: string }> {
  const answer = await request.get(`/search/services?q=walking&postcode=${encodeURIComponent(POSTCODE)}&limit=5&facets=false`);
  expect(answer.ok()).toBe(true);
  const hit = (await answer.json()).results[0];
  return { id: hit.service_id, name: hit.name };
}

async function tokenOf(request: APIRequestContext, username: string): Promise<string> {
  const login = await request.post('/login', { data: { username, password: accounts().password } });
  expect(login.ok(), await login.text()).toBe(true);
  return (await login.json()).access_token as string;
}

async function send(request: APIRequestContext, token: string, purpose: string, path: string, data: object): Promise<any> {
  const answer = await request.post(path, { headers: { Authorization: `Bearer ${token}`, 'X-Purpose-Of-Use': purpose }, data });
  expect(answer.ok(), `${path}: ${await answer.text()}`).toBe(true);
  return answer.status() === 204 ? null : answer.json();
}

/**
 * Through the API, as staff would: the link worker accepts the resident's self-referral, records their consent to share
 * with the group, refers them on to the group's listing and sends it; the group's editor says yes.
 */
export async function referOnAndGroupAccepts(request: APIRequestContext, episodeId: string): Promise<void> {
  const { linkWorker, groupEditor, serviceId, organisationId } = accounts();
  const lw = await tokenOf(request, linkWorker);
  const got = await request.get(`/episodes/${episodeId}`, { headers: { Authorization: `Bearer ${lw}`, 'X-Purpose-Of-Use': 'DIRECT_CARE' } });
  expect(got.ok(), await got.text()).toBe(true);
  const episode = await got.json();
  await send(request, lw, 'DIRECT_CARE', `/episodes/${episodeId}/transitions`, { to: 'accepted', version: episode.version });
  await send(request, lw, 'DIRECT_CARE', `/residents/${episode.resident_id}/consents`, { kind: 'share_with_provider', organisation_id: organisationId });
  const draft = await send(request, lw, 'DIRECT_CARE', `/episodes/${episodeId}/referrals`, { service_id: serviceId, need: episode.needs[0].code });
  const sent = await send(request, lw, 'DIRECT_CARE', `/referrals/${draft.id}/transitions`, { to: 'sent', version: draft.version });
  const ge = await tokenOf(request, groupEditor);
  await send(request, ge, 'REFERRAL_MANAGEMENT', `/referrals/${draft.id}/transitions`, { to: 'accepted', version: sent.version });
}

/** The link worker takes the resident's self-referral on (outcomes are recorded on an accepted episode). */
export async function acceptEpisode(request: APIRequestContext, episodeId: string): Promise<void> {
  const lw = await tokenOf(request, accounts().linkWorker);
  const got = await request.get(`/episodes/${episodeId}`, { headers: { Authorization: `Bearer ${lw}`, 'X-Purpose-Of-Use': 'DIRECT_CARE' } });
  await send(request, lw, 'DIRECT_CARE', `/episodes/${episodeId}/transitions`, { to: 'accepted', version: (await got.json()).version });
}

/** The link worker signs in through the API and invites the resident's episode to answer a measure. */
export async function invite(request: APIRequestContext, episodeId: string, measureId: string): Promise<void> {
  const { linkWorker, password } = accounts();
  const login = await request.post('/login', { data: { username: linkWorker, password } });
  expect(login.ok(), await login.text()).toBe(true);
  const token = (await login.json()).access_token as string;
  const invited = await request.post(`/episodes/${episodeId}/outcome-invitations`, {
    headers: { Authorization: `Bearer ${token}`, 'X-Purpose-Of-Use': 'DIRECT_CARE' },
    data: { measure_id: measureId, timepoint: 'baseline' },
  });
  expect(invited.status(), await invited.text()).toBe(201);
}

/** A measure's definition as the API gives it (the wording the questionnaire must use), read as the link worker. */
export async function measure(request: APIRequestContext, id: string): Promise<{ name: string; items: { id: string; text: string; min: number; max: number }[] }> {
  const { linkWorker, password } = accounts();
  const token = (await (await request.post('/login', { data: { username: linkWorker, password } })).json()).access_token as string;
  const answer = await request.get(`/measures/${id}`, { headers: { Authorization: `Bearer ${token}` } });
  expect(answer.ok()).toBe(true);
  return answer.json();
}

/** Presses Tab until the element has focus (keyboard-only journeys): fails if it is not reachable within `limit` presses. */
export async function tabTo(page: Page, target: Locator, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, 'reachable with the Tab key').toBeFocused();
}

/** Nothing of the sign-in is kept where other pages or a later visitor could read it: no access token in any storage. */
export async function expectNoAccessTokenStored(page: Page, accessToken: string): Promise<void> {
  const stored = await page.evaluate(() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, cookie: document.cookie }));
  expect(stored).not.toContain(accessToken);
  expect(stored).not.toContain(accessToken.split('.')[1]!);
  expect(await page.evaluate(() => Object.keys(localStorage).length)).toBe(0);
}
