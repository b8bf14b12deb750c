import { api, ApiFailure, call, type Schemas } from '../../common/api-client';
import { maybeSignedIn, OWN } from '../../common/auth';
import { clear, h } from '../../common/dom';
import { errorSummary } from '../../common/errors';
import { busyAs, radios, valueOf } from '../../common/forms';
import { loading } from '../../common/progress';
import { problemOf, showProblem } from '../../common/problems';
import { longDate, TIMEPOINT } from '../account/words';
import { navigate } from '../router';
import { answerChoices } from './choices';

type Invitation = Schemas['PendingOutcomeInvitation'];

/** Answers so far, per invitation, in memory only (a reload starts again; nothing is sent until the end). */
const answers = new Map<string, Record<string, number>>();
let cached: Invitation | null = null;

/**
 * /questionnaire/{id}/{n}: one question a screen (GOV.UK "one thing per page"; on a phone the whole screen), with the
 * measure's own wording and answer range as the API gives them; then /check (change any answer), then send once
 * (POST /me/outcome-invitations/{id}/answers) and /done.
 */
export async function showQuestionnaire(app: HTMLElement, id: string, step: string): Promise<void> {
  if (!maybeSignedIn()) { navigate(`/sign-in?next=/questionnaire/${id}`, true); return; }
  if (step === 'done') { done(app); return; }
  let invitation = cached?.id === id ? cached : null;
  if (!invitation) {
    clear(app);
    app.append(loading('the questionnaire'));
    try {
      const data = await call(api.GET('/me/outcome-invitations', { params: { header: OWN } }));
      invitation = data.invitations.find((i) => i.id === id) ?? null;
    } catch (e) {
      clear(app);
      app.append(h('h1', {}, 'Questionnaire'), errorSummary(problemOf(e)));
      return;
    }
    if (!invitation) {
      clear(app);
      document.title = 'Questionnaire not found - Signpost';
      app.append(h('h1', {}, 'This questionnaire is not waiting for an answer'),
        h('p', {}, 'It may have been answered already, or it has expired.'), h('p', {}, h('a', { href: '/account' }, 'Go to your account')));
      return;
    }
    cached = invitation;
  }
  const mine = answers.get(id) ?? {};
  answers.set(id, mine);
  const items = invitation.measure.items;
  if (step === 'check') {
    const first = items.findIndex((i) => mine[i.id] === undefined);
    if (first >= 0) { navigate(`/questionnaire/${id}/${first + 1}`, true); return; }
    checkAnswers(app, invitation, mine);
    return;
  }
  const n = Math.min(Math.max(1, Number(step) || 1), items.length);
  question(app, invitation, n, mine);
}

function question(app: HTMLElement, invitation: Invitation, n: number, mine: Record<string, number>): void {
  const items = invitation.measure.items;
  const item = items[n - 1]!;
  document.title = `Question ${n} of ${items.length}: ${invitation.measure.name} - Signpost`;
  clear(app);
  const errors = h('div');
  const button = h('button', { type: 'submit', class: 'nhsuk-button', id: 'next' }, n === items.length ? 'Continue' : 'Next question');
  const form = h('form', { novalidate: true, id: 'question-form' },
    h('span', { class: 'nhsuk-caption-l', id: 'progress' }, `${invitation.measure.name}: question ${n} of ${items.length}`),
    radios('answer', item.text, answerChoices(item), mine[item.id] === undefined ? undefined : String(mine[item.id]), { large: true,
      hint: item.max - item.min >= 4 ? `Choose a number from ${item.min} to ${item.max}` : undefined }),
    button);
  app.append(
    h('div', { class: 'nhsuk-back-link-container' }, h('a', { class: 'nhsuk-back-link', href: n > 1 ? `/questionnaire/${invitation.id}/${n - 1}` : '/account' },
      n > 1 ? 'Previous question' : 'Back to your account')),
    errors, form);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = valueOf(form, 'answer');
    if (chosen === '') {
      showProblem(errors, form, new ApiFailure({ title: 'There is a problem', status: 400, errors: [{ field: 'answer', detail: 'Choose an answer' }] }),
        { answer: { id: 'answer', label: '' } });
      return;
    }
    mine[item.id] = Number(chosen);
    // on the first pass, the next question; after changing an answer from the check page, back to it
    const allAnswered = items.every((i) => mine[i.id] !== undefined);
    navigate(`/questionnaire/${invitation.id}/${allAnswered ? 'check' : n + 1}`);
  });
}

function checkAnswers(app: HTMLElement, invitation: Invitation, mine: Record<string, number>): void {
  document.title = `Check your answers: ${invitation.measure.name} - Signpost`;
  clear(app);
  const errors = h('div');
  const send = h('button', { type: 'submit', class: 'nhsuk-button', id: 'send' }, 'Send answers');
  const form = h('form', { novalidate: true }, send);
  app.append(errors, h('h1', {}, 'Check your answers'),
    h('p', {}, `${invitation.measure.name}, ${TIMEPOINT[invitation.timepoint]}. Please send by ${longDate(invitation.expires_at)}.`),
    h('dl', { class: 'nhsuk-summary-list', id: 'answers' }, ...invitation.measure.items.map((item, k) => {
      const label = answerChoices(item).find(([v]) => v === String(mine[item.id]))?.[1] ?? String(mine[item.id]);
      return h('div', { class: 'nhsuk-summary-list__row' },
        h('dt', { class: 'nhsuk-summary-list__key' }, item.text),
        h('dd', { class: 'nhsuk-summary-list__value' }, label),
        h('dd', { class: 'nhsuk-summary-list__actions' }, h('a', { href: `/questionnaire/${invitation.id}/${k + 1}` }, 'Change',
          h('span', { class: 'nhsuk-u-visually-hidden' }, ` your answer to question ${k + 1}`))));
    })),
    form);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void busyAs(send, 'Sending…', async () => {
      try {
        await call(api.POST('/me/outcome-invitations/{invitation_id}/answers', {
          params: { path: { invitation_id: invitation.id }, header: OWN }, body: { answers: mine },
        }));
        answers.delete(invitation.id);
        cached = null;
        navigate(`/questionnaire/${invitation.id}/done`, true);
      } catch (e) {
        showProblem(errors, app, e);
      }
    });
  });
}

function done(app: HTMLElement): void {
  document.title = 'Answers sent - Signpost';
  clear(app);
  app.append(h('div', { class: 'nhsuk-panel', id: 'answers-sent' },
    h('h1', { class: 'nhsuk-panel__title' }, 'Answers sent'),
    h('div', { class: 'nhsuk-panel__body' }, 'Thank you. Your link worker can see them.')),
  h('p', {}, h('a', { href: '/account' }, 'Back to your account')));
}
