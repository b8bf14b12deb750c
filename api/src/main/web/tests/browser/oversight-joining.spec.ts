import { expect, test, type APIRequestContext, type TestInfo } from '@playwright/test';
import { expectAccessible, prepare, snap } from './journey';
import { env, latestMail, openFromNav, signInAt } from './oversight';

/** Groups joining Signpost and people invited to it: the coordinator's queues, and invitations by admin, coordinator and group editor. */

const project = (info: TestInfo) => info.project.name.replace(/^oversight-/, '').toUpperCase();
const unique = (what: string, info: TestInfo) => `${what}-${info.project.name}-${Date.now()}@example.org`;

async function signInThroughApi(request: APIRequestContext, username: string): Promise<string> {
  const answer = await request.post('/login', { data: { username, password: env('SIGNPOST_TEST_PASSWORD') } });
  expect(answer.status(), `${username} signs in`).toBe(200);
  return (await answer.json()).access_token as string;
}

async function postAs(request: APIRequestContext, token: string, path: string, data: object): Promise<Record<string, string>> {
  const answer = await request.post(path, { data, headers: { Authorization: `Bearer ${token}` } });
  expect(answer.status(), `POST ${path}: ${await answer.text()}`).toBe(201);
  return answer.json();
}

async function invitationToken(address: string): Promise<string> {
  const mail = await latestMail(address);
  const link = /https?:\/\/\S*\/account\/invitation\?token=([\w\-.~%]+)/.exec(mail);
  expect(link, `an invitation link in:\n${mail}`).not.toBeNull();
  return link![1]!;
}

test('a coordinator approves a group’s sign-up, approves one listing claim and rejects another with a reason', async ({ page, request }, info) => {
  test.setTimeout(300000);
  const problems = await prepare(page);
  const p = project(info);
  // a resident signs their group up, and two residents claim a listing each, through the API (the resident app has no screen for it yet)
  const applicant = env(`SIGNPOST_SIGN_UP_RESIDENT_${p}`);
  const groupName = `Joining walkers ${info.project.name} ${Date.now()}`;
  const signUp = await postAs(request, await signInThroughApi(request, applicant), '/group/sign-ups',
    { name: groupName, website: 'https://www.walkers.example.org', note: 'We meet every Tuesday by the lake.' });
  expect(signUp.status).toBe('pending');
  const claims: Record<string, Record<string, string>> = {};
  for (const which of ['APPROVED', 'REJECTED']) {
    const claimant = env(`SIGNPOST_CLAIMANT_${which}_${p}`);
    claims[which] = await postAs(request, await signInThroughApi(request, claimant), '/group/claims',
      { service_id: env(`SIGNPOST_CLAIMED_SERVICE_${which}_${p}`), note: 'I run this walk.' });
    // the claimant's address is not at the listing's web domain: a coordinator decides
    expect(claims[which]!.status).toBe('pending');
  }

  await signInAt(page, '/console/approvals', env('SIGNPOST_COORDINATOR'), 'Approvals');
  const signUpCard = page.locator(`[data-sign-up="${signUp.id}"]`);
  await expect(signUpCard.getByRole('heading', { name: groupName })).toBeVisible();
  await expect(signUpCard).toContainText(applicant);
  await expect(signUpCard).toContainText('We meet every Tuesday by the lake.');
  // what a coordinator weighs up: the applicant's address is not at the group's web address
  await expect(signUpCard.locator('.sp-domain')).toHaveText(/The email address is at test\.signpost; the web address is walkers\.example\.org/);
  const approvedCard = page.locator(`[data-claim="${claims.APPROVED!.id}"]`);
  const rejectedCard = page.locator(`[data-claim="${claims.REJECTED!.id}"]`);
  await expect(approvedCard).toContainText(env(`SIGNPOST_CLAIMANT_APPROVED_${p}`));
  await expect(approvedCard).toContainText(claims.APPROVED!.service_name!);
  await expect(approvedCard.locator('.sp-domain')).toContainText('walks.example.org');
  await expectAccessible(page, 'approvals with groups joining');
  await snap(page, info, '01-groups-joining');

  await signUpCard.getByRole('button', { name: 'Approve' }).click();
  await expect(page.locator('#approvals-status'))
    .toHaveText(`Approved: ${groupName} is now in the directory and ${applicant} is its group editor.`);
  await expect(signUpCard).toHaveCount(0);

  await approvedCard.getByRole('button', { name: 'Approve' }).click();
  await expect(page.locator('#approvals-status')).toContainText(`Approved: ${env(`SIGNPOST_CLAIMANT_APPROVED_${p}`)} is now a group editor of`);
  await expect(approvedCard).toHaveCount(0);

  const reason = 'We could not reach the group on the phone number in the listing.';
  await rejectedCard.getByLabel('Note to the person who asked (optional)').fill(reason);
  await rejectedCard.getByRole('button', { name: 'Reject' }).click();
  await expect(page.locator('#approvals-status')).toContainText(`Rejected the claim of ${claims.REJECTED!.service_name}`);
  await expect(rejectedCard).toHaveCount(0);
  await expectAccessible(page, 'approvals after deciding');
  await snap(page, info, '02-decided');

  // gone from the queues for good: shown again from the API, none of the three is there
  await openFromNav(page, 'Due for review', 'Listings due for review');
  await openFromNav(page, 'Approvals', 'Approvals');
  await expect(page.locator('#sign-ups')).toContainText('waiting');
  await expect(page.locator('#claims')).toContainText('waiting');
  await expect(page.locator(`[data-sign-up="${signUp.id}"], [data-claim="${claims.APPROVED!.id}"], [data-claim="${claims.REJECTED!.id}"]`)).toHaveCount(0);
  // and the API kept the reason for the applicant
  const coordinator = await signInThroughApi(request, env('SIGNPOST_COORDINATOR'));
  const rejected = await (await request.get('/directory/claims?status=rejected', { headers: { Authorization: `Bearer ${coordinator}` } })).json();
  expect(rejected.find((c: Record<string, string>) => c.id === claims.REJECTED!.id)?.decision_note).toBe(reason);
  expect(problems).toEqual([]);
});

test('an admin invites a link worker, who accepts from the email and signs in to the console', async ({ page }, info) => {
  test.setTimeout(300000);
  const problems = await prepare(page);
  const invited = unique('invited-link-worker', info);
  await signInAt(page, '/console/admin/users', env('SIGNPOST_ADMIN'), 'Users');
  const form = page.locator('#invite-form');
  await expect(form.getByRole('heading', { name: 'Invite a user' })).toBeVisible();
  // an admin may invite to every staff role; residents make their own accounts
  await expect(form.getByRole('radio')).toHaveCount(5);
  await expect(form.getByRole('radio', { name: 'Resident' })).toHaveCount(0);
  await form.getByLabel('Their email address').fill(invited);
  await form.getByRole('radio', { name: 'Link worker' }).check();
  // what a link worker does not have is not asked
  await expect(form.getByLabel('Organisation id')).toBeHidden();
  await form.locator(`input[name="scheme_ids"][value="${env('SIGNPOST_EVAL_SCHEME_ID')}"]`).check();
  await expectAccessible(page, 'invite a user');
  await snap(page, info, '01-invite');
  await form.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.locator('#invite-result')).toContainText(`Invitation sent to ${invited} as link worker in `);
  await expect(page.locator('#invite-result')).toContainText('The link works until');
  await expect(form.getByLabel('Their email address')).toHaveValue('');
  await expectAccessible(page, 'invitation sent');
  await snap(page, info, '02-invited');

  // the invited person opens the emailed link in the resident app and chooses a password
  const token = await invitationToken(invited);
  await page.goto(`/account/invitation?token=${token}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accept your invitation');
  await expectAccessible(page, 'accept an invitation');
  await page.getByLabel('Create a password').fill(env('SIGNPOST_TEST_PASSWORD'));
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your account is ready');
  await snap(page, info, '03-accepted');

  // and is a link worker in the console: their caseload, nothing of an admin's or a coordinator's
  await signInAt(page, '/console', invited, 'What do you want to do?');
  await expect(page.getByRole('link', { name: 'My caseload', exact: true }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: /^(Users|Approvals|Invite a link worker)$/ })).toHaveCount(0);
  await snap(page, info, '04-signed-in');
  expect(problems).toEqual([]);
});

test('a coordinator may invite only link workers, and only into their own schemes', async ({ page }, info) => {
  test.setTimeout(300000);
  const problems = await prepare(page);
  await signInAt(page, '/console/approvals', env('SIGNPOST_COORDINATOR'), 'Approvals');
  await expect(page.getByRole('link', { name: 'Users', exact: true })).toHaveCount(0);
  await openFromNav(page, 'Invite a link worker', 'Invite a link worker');
  const form = page.locator('#invite-form');
  // no choice of role: link worker is the only one a coordinator may invite
  await expect(form.getByRole('radio')).toHaveCount(0);
  await expect(form.locator('#invite-role')).toHaveText('They will be a link worker.');
  // their own scheme only (they belong to one, so it is chosen for them)
  const schemes = form.locator('input[name="scheme_ids"]');
  await expect(schemes).toHaveCount(1);
  await expect(schemes).toHaveValue(env('SIGNPOST_EVAL_SCHEME_ID'));
  await expect(schemes).toBeChecked();
  await expect(form.getByLabel('Organisation id')).toBeHidden();
  await expectAccessible(page, 'invite a link worker');
  await snap(page, info, '01-invite-link-worker');
  const scheme = (await form.locator('label[for="scheme_ids-1"]').textContent())!;
  const invited = unique('coordinators-link-worker', info);
  await form.getByLabel('Their email address').fill(invited);
  await form.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.locator('#invite-result')).toContainText(`Invitation sent to ${invited} as link worker in ${scheme}.`);
  expect(await invitationToken(invited)).not.toBe('');

  // into no scheme at all the API refuses, and says so under the heading
  await form.getByLabel('Their email address').fill(unique('schemeless', info));
  await schemes.uncheck();
  await form.getByRole('button', { name: 'Send invitation' }).click();
  // at the field: the summary links to the schemes, which are marked
  await expect(form.locator('.nhsuk-error-summary a[href="#scheme_ids-1"]')).toBeVisible();
  await expect(form.locator('.nhsuk-form-group--error')).toContainText('Schemes they join');
  await expectAccessible(page, 'invite a link worker refused');
  await snap(page, info, '02-refused');
  expect(problems).toEqual([]);
});

test('a group editor invites another editor of their group', async ({ page }, info) => {
  test.setTimeout(300000);
  const problems = await prepare(page);
  const editor = env(`SIGNPOST_GROUP_EDITOR_${project(info)}`);
  await signInAt(page, '/console/listings', editor, 'My listings');
  await expect(page.getByRole('link', { name: /^(Invite a link worker|Users|Approvals)$/ })).toHaveCount(0);
  await openFromNav(page, 'Invite an editor', 'Invite another editor');
  await expectAccessible(page, 'invite another editor');
  await snap(page, info, '01-invite-editor');

  const fellow = unique('fellow-editor', info);
  await page.getByLabel('Their email address').fill(fellow);
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.locator('#editor-invite-result')).toContainText(`Invitation sent to ${fellow}. The link works until`);
  await expect(page.getByLabel('Their email address')).toHaveValue('');
  await expectAccessible(page, 'editor invited');
  await snap(page, info, '02-editor-invited');
  expect(await invitationToken(fellow)).not.toBe('');

  // someone who already has an account cannot be invited: the API's answer under the heading
  await page.getByLabel('Their email address').fill(editor);
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.locator('.nhsuk-error-summary')).toBeFocused();
  await expect(page.locator('#editor-invite-result')).toBeEmpty();
  await expectAccessible(page, 'editor invitation refused');
  await snap(page, info, '03-refused');
  expect(problems).toEqual([]);
});
