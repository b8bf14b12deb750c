import { api, call } from '../../common/api-client';

export interface Need { code: string; name: string }
let cached: Promise<Need[]> | null = null;

/** The needs taxonomy's top-level terms (the public ORUK read), for choosing the needs of an episode or a referral. */
export function topLevelNeeds(): Promise<Need[]> {
  cached ??= call(api.GET('/oruk/taxonomy_terms', { params: { query: { per_page: 500 } } }))
    .then((page) => (page.contents ?? []).filter((t) => !t.parent_id && t.code).map((t) => ({ code: t.code!, name: t.name ?? t.code! })))
    .catch((e) => { cached = null; throw e; });
  return cached;
}
