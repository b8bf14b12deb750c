import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectAccessible, prepare, snap } from './journey';

// The console's journeys against the real server with the dev seeds (demo users, the demo scheme: DemoUsers, DemoScheme).
// The runner passes the demo password; the tokens live in the page's memory, so the journeys move by links, never reloads.
const PASSWORD = process.env.SIGNPOST_DEMO_PASSWORD ?? '';
const LINK_WORKER = 'link-worker@demo.signpost';
const GROUP = 'group-editor@demo.signpost';

async function signIn(page: Page, username: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in to the Signpost console');
  await page.getByLabel('Email address').fill(username);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('#signed-in-as')).toHaveText(username);
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in to the Signpost console');
}

async function choosePurpose(page: Page, label: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your purpose');
  await page.getByLabel(label).check();
  await page.getByRole('button', { name: 'Continue' }).click();
}

/**
 * A verified listing of the demo group's own that link workers can refer to (found through the API as the group), confirmed as current by
 * the group first: the seed directory's review dates are old, and a listing nobody confirmed for a year is hidden.
 */
async function groupListing(request: APIRequestContext): Promise<{ id: string; name: string }> {
  const login = await request.post('/login', { data: { username: GROUP, password: PASSWORD } });
  expect(login.ok(), 'the demo group editor signs in (dev seeds)').toBeTruthy();
  const auth = { Authorization: `Bearer ${(await login.json()).access_token as string}` };
  const page = await (await request.get('/directory/services?per_page=50', { headers: auth })).json();
  // one that takes referrals from link workers (a self-referral-only listing refuses them; the route is on the listing itself)
  const candidates = (page.items as { id: string; name: string; verification: string; deleted: boolean; status: string }[])
    .filter((s) => s.verification === 'verified' && !s.deleted && s.status === 'active');
  let listing: { id: string; name: string } | undefined;
  let current: Awaited<ReturnType<APIRequestContext['get']>> | undefined;
  for (const candidate of candidates) {
    current = await request.get(`/directory/services/${candidate.id}`, { headers: auth });
    if (((await current.json()) as { referral_route?: string }).referral_route !== 'self_referral') { listing = candidate; break; }
  }
  expect(listing, 'the demo group has a verified listing that link workers can refer to').toBeTruthy();
  expect((await request.post(`/directory/services/${listing!.id}/confirm`, { headers: { ...auth, 'If-Match': current!.headers()['etag']! } })).ok()).toBeTruthy();
  await request.post('/logout', { headers: auth });
  return listing!;
}

test('a link worker records a resident, a conversation and a plan and refers them; the group accepts and marks attended; the link worker sees it; the group edits its listing', async ({ page, request }, info) => {
  test.setTimeout(400_000);
  expect(PASSWORD, 'SIGNPOST_DEMO_PASSWORD (set by the runner)').not.toBe('');
  const problems = await prepare(page);
  const listing = await groupListing(request);
  const family = `Journey${Math.random().toString(36).replace(/[^a-z]/g, '').slice(0, 8)}`;

  // -- the link worker
  await page.goto('/console/');
  await expectAccessible(page, 'sign-in');
  await snap(page, info, '01-sign-in');
  await signIn(page, LINK_WORKER);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What do you want to do?');
  await expect(page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'My caseload' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'My listings' })).toHaveCount(0);
  await expectAccessible(page, 'home');
  await snap(page, info, '02-home');

  await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'My caseload' }).click();
  await expectAccessible(page, 'purpose chooser');
  await snap(page, info, '03-purpose');
  await choosePurpose(page, 'Direct care');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My caseload');
  await expect(page.locator('#caseload-board')).toBeVisible();
  await expect(page.locator('#current-purpose')).toContainText('Direct care');
  await expectAccessible(page, 'caseload');
  await snap(page, info, '04-caseload');

  await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Find a resident' }).click();
  await page.getByRole('link', { name: 'Record a new resident' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Record a new resident');
  // a seeded resident's name and date of birth: the duplicate warning comes before anything is saved
  await page.getByLabel('First name').fill('Ada');
  await page.getByLabel('Last name').fill('Demo');
  await page.getByLabel('Date of birth').fill('1948-03-14');
  await page.getByLabel('Postcode').fill('S60 1AE');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('#duplicate-warning')).toContainText('This may be someone already recorded');
  await expect(page.locator('#duplicate-warning').getByRole('link', { name: 'Ada Demo' }).first()).toBeVisible();
  await expectAccessible(page, 'duplicate warning');
  await snap(page, info, '05-duplicate-warning');

  await page.getByLabel('First name').fill('Jo');
  await page.getByLabel('Last name').fill(family);
  await page.getByLabel('Date of birth').fill('1970-05-06');
  await page.getByRole('button', { name: /Continue|Save as a new resident/ }).click();
  // the API's field error, at the field: phone is how they like to be contacted, and no number was given
  await expect(page.locator('.nhsuk-error-summary')).toContainText('Phone');
  await expect(page.locator('#phone-error')).toBeVisible();
  await expectAccessible(page, 'field error');
  await snap(page, info, '05b-field-error');
  await page.locator('#phone').fill('01632 960123');
  await page.getByRole('button', { name: /Continue|Save as a new resident/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Jo ${family}`);
  await expect(page.getByRole('status').filter({ hasText: 'is recorded' })).toBeVisible();
  await expectAccessible(page, 'resident');
  await snap(page, info, '06-resident');

  await page.getByLabel('Reason for the referral').fill('Feels isolated since moving to the area');
  await page.locator('#needs-1').check();
  await page.getByLabel(/agreed to be referred/).check();
  await page.getByRole('button', { name: 'Refer into the service' }).click();
  await expect(page.getByRole('button', { name: 'Accept into the service' })).toBeVisible();
  await page.getByRole('button', { name: 'Accept into the service' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Episode accepted' })).toBeVisible();
  await expect(page.locator('#coded-events')).toContainText('871731000000106');
  const episodeUrl = new URL(page.url()).pathname;

  await page.getByLabel('What matters to them').fill('Getting out of the house and meeting people');
  await page.getByRole('button', { name: 'Record the conversation' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Conversation recorded' })).toBeVisible();
  await expect(page.locator('#conversation-list')).toContainText('meeting people');

  await page.getByLabel('What they want to achieve').fill('Go to a group once a week');
  await page.getByLabel('Next review date').fill('2030-01-15');
  await page.getByRole('button', { name: 'Write the plan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Plan saved' })).toBeVisible();
  await expect(page.locator('#plan-goals')).toContainText('Go to a group once a week');
  await expectAccessible(page, 'episode');
  await snap(page, info, '07-episode');

  await page.getByRole('link', { name: 'Find a service and refer' }).click();
  await page.getByLabel('What are you looking for?').fill(listing.name);
  await page.getByLabel('Near postcode').fill('');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const hit = page.locator('.sp-result').filter({ has: page.getByRole('heading', { name: listing.name }) }).first();
  await expect(hit).toBeVisible();
  await expect(hit.locator('.sp-flags')).toContainText(/places|Places/);
  await hit.getByRole('button', { name: 'Refer' }).click();
  const consent = hit.getByLabel(/agreed to share their name/);
  if (await consent.count()) await consent.check();
  const override = hit.getByLabel('Why refer although there are no places free?');
  if (await override.count()) await override.fill('Urgent: isolated and low mood');
  await expectAccessible(page, 'search and refer');
  await snap(page, info, '08-refer');
  await hit.getByRole('button', { name: 'Send referral' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Referral sent' })).toBeVisible();
  await expect(page.locator('.sp-timeline')).toContainText('Sent by link-worker@demo.signpost');
  const referralUrl = new URL(page.url()).pathname;
  await expectAccessible(page, 'referral sent');
  await snap(page, info, '09-referral-sent');
  await signOut(page);

  // -- the group
  await signIn(page, GROUP);
  await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Referrals to us' }).click();
  await choosePurpose(page, 'Managing referrals');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Referrals to us');
  await expectAccessible(page, 'inbox');
  await snap(page, info, '10-inbox');
  await page.locator('#inbox').getByRole('link', { name: `Jo ${family}` }).first().click();
  await expect(new URL(page.url()).pathname).toBe(referralUrl);
  await expect(page.locator('#shared-details')).toContainText('Sent');
  await page.getByRole('button', { name: 'Accept' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Accepted' })).toBeVisible();
  await page.getByRole('button', { name: 'They came' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Recorded that they came' })).toBeVisible();
  await expectAccessible(page, 'group referral');
  await snap(page, info, '11-group-referral');
  await signOut(page);

  // -- the link worker, from a link (as a notification email would give): sign in, then the page asked for
  await page.goto(episodeUrl);
  await signIn(page, LINK_WORKER);
  await choosePurpose(page, 'Direct care');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Jo ${family}`);
  const timeline = page.locator('#referrals');
  await expect(timeline).toContainText(listing.name);
  await expect(timeline).toContainText('Accepted by group-editor@demo.signpost');
  await expect(timeline).toContainText('Attended by group-editor@demo.signpost');
  await snap(page, info, '12-link-worker-timeline');
  await signOut(page);

  // -- the group edits its listing: a held field waits for a coordinator
  await signIn(page, GROUP);
  await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'My listings' }).click();
  await expect(page.locator('#listings')).toBeVisible();
  await expectAccessible(page, 'my listings');
  await snap(page, info, '13-listings');
  await page.locator('#listings').getByRole('link', { name: listing.name }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(listing.name);
  await page.locator('#review-policy summary').click();
  await page.getByLabel(/^Description/).fill(`Updated by the group in the console journey ${family}.`);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'waits for a coordinator' })).toContainText('Description');
  await expect(page.locator('#pending')).toContainText('Description');
  await expectAccessible(page, 'listing edited');
  await snap(page, info, '14-listing-held');

  await page.getByRole('link', { name: 'See the history of changes' }).click();
  await expect(page.locator('#history')).toBeVisible();
  await expectAccessible(page, 'listing history');
  await snap(page, info, '15-history');
  expect(problems).toEqual([]);
});

test('a role sees only its own screens, and an address for another role says so', async ({ page }, info) => {
  expect(PASSWORD).not.toBe('');
  const problems = await prepare(page);
  await page.goto('/console/inbox');
  await signIn(page, LINK_WORKER);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not available to your role');
  await expectAccessible(page, 'not for your role');
  await snap(page, info, '1-not-for-role');
  await page.getByRole('link', { name: 'the console home page' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What do you want to do?');
  await signOut(page);

  await page.getByLabel('Email address').fill(GROUP);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('.nhsuk-error-summary')).toContainText('Your email address or password is not right');
  await expectAccessible(page, 'sign-in error');
  await snap(page, info, '2-sign-in-error');
  expect(problems).toEqual([]);
});
