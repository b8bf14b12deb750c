import { api, call, type Schemas } from '../../common/api-client';
import { maybeSignedIn, OWN, signOut } from '../../common/auth';
import { clear, h } from '../../common/dom';
import { errorSummary } from '../../common/errors';
import { loading } from '../../common/progress';
import { problemOf } from '../../common/problems';
import { navigate } from '../router';
import { EPISODE_DECLINE, EPISODE_STATUS, longDate, ONWARD_DECLINE, ONWARD_STATUS, TIMEPOINT } from './words';

/** /account: questionnaires to answer, the resident's referrals and what the groups answered, and signing out. */
export async function showAccount(app: HTMLElement): Promise<void> {
  if (!maybeSignedIn()) { navigate('/sign-in?next=/account', true); return; }
  document.title = 'Your account - Signpost';
  clear(app);
  const invitations = h('section', { id: 'invitations', 'aria-labelledby': 'invitations-heading' },
    h('h2', { id: 'invitations-heading', class: 'nhsuk-heading-m' }, 'Questionnaires to answer'), loading('your questionnaires'));
  const referrals = h('section', { id: 'referrals', 'aria-labelledby': 'referrals-heading' },
    h('h2', { id: 'referrals-heading', class: 'nhsuk-heading-m' }, 'Your referrals'), loading('your referrals'));
  const out = h('button', { type: 'button', class: 'nhsuk-button nhsuk-button--secondary', id: 'sign-out' }, 'Sign out');
  out.addEventListener('click', () => void signOut().then(() => navigate('/')));
  app.append(h('h1', {}, 'Your account'), invitations, referrals, out);

  const [mine, invited] = await Promise.allSettled([
    call(api.GET('/me/referrals', { params: { header: OWN } })),
    call(api.GET('/me/outcome-invitations', { params: { header: OWN } })),
  ]);
  if (!maybeSignedIn()) { navigate('/sign-in?next=/account', true); return; }
  fill(invitations, invited, (data) => invitationList(data.invitations));
  fill(referrals, mine, (data) => referralList(data.episodes));
}

function fill<T>(section: HTMLElement, result: PromiseSettledResult<T>, render: (data: T) => Node): void {
  section.querySelector('.sp-loading')?.remove();
  section.append(result.status === 'fulfilled' ? render(result.value) : errorSummary(problemOf(result.reason)));
}

function invitationList(invitations: Schemas['PendingOutcomeInvitation'][]): Node {
  if (!invitations.length) return h('p', {}, 'You have no questionnaires to answer.');
  return h('ul', { class: 'nhsuk-list' }, ...invitations.map((i) => h('li', {},
    h('a', { href: `/questionnaire/${i.id}` }, `${i.measure.name} (${TIMEPOINT[i.timepoint]})`),
    h('span', { class: 'nhsuk-body-s' }, ` — please answer by ${longDate(i.expires_at)}`))));
}

function referralList(episodes: Schemas['Episode'][]): Node {
  if (!episodes.length) {
    return h('p', {}, 'You have not been referred yet. Find a group and choose "Refer yourself" on its page.');
  }
  const sorted = [...episodes].sort((a, b) => b.received_on.localeCompare(a.received_on));
  return h('ul', { class: 'nhsuk-list sp-referrals' }, ...sorted.map((e) => {
    const [status, colour] = EPISODE_STATUS[e.status];
    return h('li', { class: 'nhsuk-card', 'data-id': e.id },
      h('div', { class: 'nhsuk-card__content' },
        h('h3', { class: 'nhsuk-card__heading nhsuk-heading-s' }, `Referral to the social prescribing team, ${longDate(e.received_on)}`),
        h('p', {}, h('strong', { class: `nhsuk-tag ${colour}` }, status)),
        e.decline_reason ? h('p', {}, `Not taken on because ${EPISODE_DECLINE[e.decline_reason]}.`) : null,
        h('p', {}, h('span', { class: 'nhsuk-u-visually-hidden' }, 'What you told us: '), e.reason),
        e.referrals.length
          ? h('div', {}, h('h4', { class: 'nhsuk-heading-xs' }, 'Groups you were referred to'),
            h('ul', { class: 'nhsuk-list' }, ...e.referrals.map((r) => h('li', { 'data-referral': r.id },
              h('strong', {}, r.service_name), `: ${ONWARD_STATUS[r.status]}`,
              r.decline_reason ? ` because ${ONWARD_DECLINE[r.decline_reason]}` : '', '.'))))
          : h('p', { class: 'nhsuk-body-s' }, e.status === 'referred'
            ? 'A link worker will be in touch to talk about what would help.' : 'No groups yet.')));
  }));
}
