import createClient from 'openapi-fetch';
import type { components, paths } from '../generated/signpost';

export type Schemas = components['schemas'];
/** RFC 9457 problem details; `type` defaults to about:blank, so the app's own problems leave it out. */
export type Problem = Omit<Schemas['Problem'], 'type'> & { type?: string };

/** The one typed client for the Signpost contract (same origin by default; VITE_SIGNPOST_API_URL for another host). */
export const api = createClient<paths>({ baseUrl: import.meta.env.VITE_SIGNPOST_API_URL ?? '' });

/** What went wrong, in words a resident can act on: a problem+json from the API, or the network. */
export class ApiFailure extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
  }
}

export function networkProblem(): Problem {
  return {
    title: 'We could not reach Signpost',
    status: 0,
    detail: 'Check you are connected to the internet, then try again.',
  };
}

/** Unwraps an openapi-fetch answer: the data, or an ApiFailure carrying the problem (never a raw status). */
export async function call<T>(request: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let answer: { data?: T; error?: unknown; response: Response };
  try {
    answer = await request;
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiFailure(networkProblem());
  }
  if (answer.data !== undefined && answer.response.ok) return answer.data;
  throw new ApiFailure(asProblem(answer.error, answer.response.status));
}

export function asProblem(body: unknown, status: number): Problem {
  if (body && typeof body === 'object' && 'title' in body) {
    return body as Problem;
  }
  if (status === 503) {
    return { title: 'Search is busy', status, detail: 'Please try again in a minute.' };
  }
  if (status === 404) {
    return { title: 'Page not found', status, detail: 'It may have been removed. Search again to find what is on.' };
  }
  return { title: 'Something went wrong', status, detail: 'Please try again. If it keeps happening, try again later.' };
}
