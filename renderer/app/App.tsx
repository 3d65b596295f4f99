/** The app shell: the API and feedback providers, the top navigation, and the screen for the current route. */
import type { Api } from '../../shared/api';
import { EditorScreen } from '../screens/editor/EditorScreen';
import { ImportScreen } from '../screens/import/ImportScreen';
import { LibraryScreen } from '../screens/library/LibraryScreen';
import { SettingsScreen } from '../screens/settings/SettingsScreen';
import { ApiProvider } from './api-context';
import { FeedbackProvider } from './feedback';
import { MenuCommands } from './MenuCommands';
import { useRoute } from './router';

export function App({ api }: { api: Api }) {
  return (
    <ApiProvider api={api}>
      <FeedbackProvider>
        <Screens />
        <MenuCommands />
      </FeedbackProvider>
    </ApiProvider>
  );
}

function Screens() {
  const route = useRoute();
  if (route.screen === 'editor') return <EditorScreen key={route.noticeId} noticeId={route.noticeId} />;
  return (
    <>
      <header className="app-header">
        <a className="app-name" href="#/">
          ThongBao Studio
        </a>
        <nav aria-label="Điều hướng chính">
          <a href="#/" aria-current={route.screen === 'library' ? 'page' : undefined}>
            Thư viện
          </a>
          <a href="#/cai-dat" aria-current={route.screen === 'settings' ? 'page' : undefined}>
            Cài đặt
          </a>
        </nav>
      </header>
      {route.screen === 'settings' ? (
        <SettingsScreen />
      ) : route.screen === 'import' ? (
        <ImportScreen />
      ) : (
        <LibraryScreen key={String(route.trash)} trash={route.trash} />
      )}
    </>
  );
}
