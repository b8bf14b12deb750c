/** In-app moves between screens (history.pushState), so the access token held in memory survives the move. */
let render: () => void = () => undefined;

export function onRoute(handler: () => void): void {
  render = handler;
  window.addEventListener('popstate', () => render());
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
