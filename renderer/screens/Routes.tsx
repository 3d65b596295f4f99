/** The screen for the current route with the top navigation, and the dialogs the desktop menu opens over any screen. */
import { lazy, Suspense } from 'react';
import { useRoute } from '../app/router';
import { EditorScreen } from './editor/EditorScreen';
import { MenuDialogs } from './MenuDialogs';

// The library, settings, register, import and print screens are loaded when first shown, so opening a notice (the
// cold start the secretary waits on) loads and parses only the editor's code.
const LibraryScreen = lazy(() => import('./library/LibraryScreen').then((module) => ({ default: module.LibraryScreen })));
const SettingsScreen = lazy(() => import('./settings/SettingsScreen').then((module) => ({ default: module.SettingsScreen })));
const RegisterScreen = lazy(() => import('./register/RegisterScreen').then((module) => ({ default: module.RegisterScreen })));
const ImportScreen = lazy(() => import('./import/ImportScreen').then((module) => ({ default: module.ImportScreen })));
const PrintViewScreen = lazy(() => import('./print/PrintView').then((module) => ({ default: module.PrintViewScreen })));
const loading = <p className="screen-loading" role="status">Đang tải…</p>;

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
  if (route.screen === 'print') {
    return (
      <Suspense fallback={loading}>
        <PrintViewScreen
          key={`${route.noticeId}/${route.reviewCopy ?? ''}`}
          noticeId={route.noticeId}
          autoPrint={route.autoPrint}
          reviewCopy={route.reviewCopy}
        />
      </Suspense>
    );
  }
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
          <a href="#/so-dang-ky" aria-current={route.screen === 'register' ? 'page' : undefined}>
            Sổ đăng ký
          </a>
          <a href="#/cai-dat" aria-current={route.screen === 'settings' ? 'page' : undefined}>
            Cài đặt
          </a>
        </nav>
      </header>
      <Suspense fallback={loading}>
        {route.screen === 'settings' ? (
          <SettingsScreen />
        ) : route.screen === 'register' ? (
          <RegisterScreen />
        ) : route.screen === 'import' ? (
          <ImportScreen />
        ) : (
          <LibraryScreen key={String(route.trash)} trash={route.trash} />
        )}
      </Suspense>
    </>
  );
}
