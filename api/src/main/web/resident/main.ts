import 'nhsuk-frontend/dist/nhsuk/nhsuk-frontend.min.css';
import './resident.css';
import { byId } from '../common/dom';
import { showListing } from './listing/listing-page';
import { showSearch } from './search/search-page';

/** The resident app's routes: / (search) and /listing/{service_id}; the server answers both with this shell. */
function route(): void {
  document.body.classList.add('js-enabled', 'nhsuk-frontend-supported');
  const app = byId('app');
  const listing = /^\/listing\/([0-9a-f-]{36})\/?$/i.exec(location.pathname);
  if (listing?.[1]) {
    void showListing(app, listing[1], new URLSearchParams(location.search));
  } else {
    showSearch(app);
  }
}

window.addEventListener('popstate', route);
route();
