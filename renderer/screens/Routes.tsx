/** The screen for the current route with the top navigation, and the dialogs the desktop menu opens over any screen. */
import { useRoute } from '../app/router';
import { EditorScreen } from './editor/EditorScreen';
import { ImportScreen } from './import/ImportScreen';
import { LibraryScreen } from './library/LibraryScreen';
import { MenuDialogs } from './MenuDialogs';
import { PrintViewScreen } from './print/PrintView';
import { SettingsScreen } from './settings/SettingsScreen';

export function Routes() {
  return (
    <>
      <Screen />
      <MenuDialogs />
    </>
  );
}

function Screen() {
  const route = useRoute();
  if (route.screen === 'editor') return <EditorScreen key={route.noticeId} noticeId={route.noticeId} />;
  if (route.screen === 'print') return <PrintViewScreen key={route.noticeId} noticeId={route.noticeId} autoPrint={route.autoPrint} />;
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
