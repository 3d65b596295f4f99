/**
 * The page's first script: it only finds the transport and sends the request for the notice the page opens on, then
 * imports the app (start.tsx). The app's chunks are linked from index.html (electron.vite.config.ts), so they load
 * in parallel with this script, and the notice comes back while they are still being loaded and compiled.
 */
import { prefetchOpeningNotice } from '../app/prefetch';
import { resolveApi } from '../app/transport';

const api = resolveApi();
if (api) prefetchOpeningNotice(api, window.location.hash);
import('./start').then(
  ({ start }) => start(api),
  () => {
    // The app's chunks could not be loaded (the local host stopped, an update replaced the files): say so.
    document.getElementById('root')!.textContent = 'Không tải được ứng dụng. Hãy tải lại trang hoặc mở lại ứng dụng.';
  },
);
