import { ApiFailure, type Problem } from './api-client';
import { clear } from './dom';
import { clearFieldErrors, errorSummary, type Fields } from './errors';

export function problemOf(e: unknown): Problem {
  return e instanceof ApiFailure ? e.problem : { title: 'Something went wrong', status: 0, detail: 'Please try again.' };
}

/** Shows a failure as the NHS.UK error summary at the top of the form, with the fields at fault marked; focuses it. */
export function showProblem(into: HTMLElement, form: ParentNode, e: unknown, fields: Fields = {}): void {
  if (e instanceof DOMException && e.name === 'AbortError') return;
  clear(into);
  clearFieldErrors(form);
  const box = errorSummary(problemOf(e), fields);
  into.appendChild(box);
  box.focus();
}
