/** The app itself, imported by main.tsx once the opening notice's request is on its way. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Api } from '../../shared/api';
import { App } from '../app/App';
import { Routes } from '../screens/Routes';
import '../styles/app.css';

export function start(api: Api | undefined): void {
  const root = createRoot(document.getElementById('root')!);
  root.render(
    api ? (
      <StrictMode>
        <App api={api}>
          <Routes />
        </App>
      </StrictMode>
    ) : (
      <main className="screen">
        <h1>Không có mã truy cập</h1>
        <p>Hãy mở ứng dụng bằng đúng địa chỉ mà lệnh “npm run web” in ra (địa chỉ có chứa mã truy cập của lần chạy này).</p>
      </main>
    ),
  );
}
