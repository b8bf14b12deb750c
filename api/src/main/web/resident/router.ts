/** In-app moves between screens (history.pushState), so the access token held in memory survives the move. */
let render: () => void = () => undefined;

/** Screens that hold answers in memory (a referral, a questionnaire): their own links move within the app, never reload. */
const IN_MEMORY = /^\/(refer|questionnaire)\//;

export function onRoute(handler: () => void): void {
  render = handler;
  window.addEventListener('popstate', () => render());
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a');
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const url = new URL(link.href, location.href);
    if (url.origin !== location.origin || link.target || !IN_MEMORY.test(url.pathname) || !IN_MEMORY.test(location.pathname)) return;
    event.preventDefault();
    navigate(url.pathname + url.search);
  });
}

export function navigate(path: string, replace = false): void {
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  window.scrollTo(0, 0);
  render();
  // the new screen's heading takes focus, so a screen reader hears that the page changed
  const heading = document.querySelector<HTMLElement>('#app h1');
  if (heading) {
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
  }
}
