import { h } from '../../common/dom';
import { button, showFailure } from '../oversight/ui';

export type Decision = 'approve' | 'reject';

/**
 * What every item waiting on a coordinator ends with (a held change, a sign-up, a claim): an optional note, where
 * problems are shown, and Approve / Reject named by the item's title. While the decision is sent both buttons are
 * disabled and the wait is announced; a refusal is shown at the note (or above the buttons) and both come back.
 *
 * @param id      the item's element id: the title is `${id}-title`, the note `${id}-note`
 * @param wording the note's label and hint
 * @param send    sends the decision with the trimmed note ('' when none)
 * @param done    after the decision was taken (the caller removes the item and says what happened)
 */
export function decisionControls(id: string, wording: { label: string; hint: string },
  send: (how: Decision, note: string) => Promise<unknown>, done: (how: Decision) => void): HTMLElement[] {
  const noteId = `${id}-note`;
  const note = h('textarea', { class: 'nhsuk-textarea', id: noteId, name: 'note', rows: 2, maxlength: 1000, 'aria-describedby': `${noteId}-hint` });
  const problems = h('div', {});
  const approve = button('Approve', { 'aria-describedby': `${id}-title` });
  const reject = button('Reject', { 'aria-describedby': `${id}-title` }, true);
  const decide = async (how: Decision) => {
    approve.disabled = true;
    reject.disabled = true;
    problems.replaceChildren(h('p', { role: 'status' }, how === 'approve' ? 'Approving…' : 'Rejecting…'));
    try {
      await send(how, note.value.trim());
      done(how);
    } catch (e) {
      approve.disabled = false;
      reject.disabled = false;
      showFailure(problems, e, { note: { id: noteId, label: 'Note' } });
    }
  };
  approve.addEventListener('click', () => void decide('approve'));
  reject.addEventListener('click', () => void decide('reject'));
  return [
    h('div', { class: 'nhsuk-form-group' },
      h('label', { class: 'nhsuk-label', for: noteId }, wording.label),
      h('div', { class: 'nhsuk-hint', id: `${noteId}-hint` }, wording.hint),
      note),
    problems,
    h('div', { class: 'nhsuk-button-group' }, approve, reject),
  ];
}
