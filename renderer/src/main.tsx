import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../app/App';
import { prefetchOpeningNotice } from '../app/prefetch';
import { resolveApi } from '../app/transport';
import { Routes } from '../screens/Routes';
import '../styles/app.css';

const api = resolveApi();
if (api) prefetchOpeningNotice(api, window.location.hash);
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
