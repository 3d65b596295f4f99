/**
 * The page's first script: it only finds the transport and sends the request for the notice the page opens on, then
 * imports the app (start.tsx). The app's chunks are linked from index.html (electron.vite.config.ts), so they load
 * in parallel with this script, and the notice comes back while they are still being loaded and compiled.
 */
import { prefetchOpeningNotice } from '../app/prefetch';
import { resolveApi } from '../app/transport';

const api = resolveApi();
if (api) prefetchOpeningNotice(api, window.location.hash);
void import('./start').then(({ start }) => start(api));
