import { ApiFailure, asProblem, networkProblem } from '../../common/api-client';
import { staff } from '../session';
import type { Progress } from './download';

let authorization: string | null = null;
// The session's middleware sets the bearer token on every request of the typed client; this one, registered after it,
// notes it, so an upload (which needs XMLHttpRequest: fetch reports no upload progress) carries the same sign-in.
staff.use({
  onRequest({ request }) {
    authorization = request.headers.get('Authorization');
    return request;
  },
});

/** The current Authorization header, renewed first if the access token is about to expire (a cheap GET /me does that). */
async function currentAuthorization(): Promise<string | null> {
  await staff.GET('/me');
  return authorization;
}

/**
 * POSTs a multipart form with XMLHttpRequest so the bar can show the upload (`upload.onprogress`), then the server's
 * work ("processing") until the answer. Answers the parsed JSON, or throws an ApiFailure with the problem.
 */
export async function uploadWithProgress<T>(url: string, form: FormData, onUpload: (p: Progress) => void, onProcessing: () => void): Promise<T> {
  const auth = await currentAuthorization();
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${import.meta.env.VITE_SIGNPOST_API_URL ?? ''}${url}`);
    if (auth) xhr.setRequestHeader('Authorization', auth);
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.upload.onprogress = (e) => onUpload({ loaded: e.loaded, total: e.lengthComputable ? e.total : undefined });
    xhr.upload.onload = () => onProcessing();
    xhr.onerror = () => reject(new ApiFailure(networkProblem()));
    xhr.onload = () => {
      let body: unknown;
      try { body = JSON.parse(xhr.responseText); } catch { body = undefined; }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else reject(new ApiFailure(asProblem(body, xhr.status)));
    };
    xhr.send(form);
  });
}
