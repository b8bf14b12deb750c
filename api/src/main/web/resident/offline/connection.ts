import { api } from '../../common/api-client';
import { clear, h } from '../../common/dom';

/** The header the service worker (public/sw.js) puts on an answer it gave from its cache: when that answer was saved. */
const SAVED_AT = 'x-signpost-saved-at';

/**
 * Says so when the phone is offline, and when what is shown was saved earlier (the service worker's copy of the app and
 * of the last searches and listings); registers the service worker that keeps them.
 */
export function watchConnection(): void {
  const banner = document.getElementById('connection');
  if (!banner) return;
  let savedAt: string | null = null;
  const render = () => {
    clear(banner);
    if (navigator.onLine && !savedAt) return;
    const when = savedAt ? new Date(savedAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : null;
    banner.append(h('div', { class: 'nhsuk-inset-text sp-offline' },
      h('span', { class: 'nhsuk-u-visually-hidden' }, 'Information: '),
      // a saved answer is only ever used when the network failed: offline as far as the resident is concerned
      h('p', {}, 'You are offline.',
        when ? ` You are seeing what was saved on ${when}.` : ' You can still see what you looked at before.')));
  };
  window.addEventListener('online', () => { savedAt = null; render(); });
  window.addEventListener('offline', render);
  api.use({
    onResponse({ response }) {
      const saved = response.headers.get(SAVED_AT);
      if (saved !== savedAt) { savedAt = saved; render(); }
      return response;
    },
  });
  render();
  if ('serviceWorker' in navigator && location.protocol !== 'file:') {
    void navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
  }
}
