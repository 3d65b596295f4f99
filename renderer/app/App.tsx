/** The app shell: the API and the feedback (messages, dialogs) around the screens, which renderer/src/main.tsx gives it. */
import type { ReactNode } from 'react';
import type { Api } from '../../shared/api';
import { ApiProvider } from './api-context';
import { FeedbackProvider } from './feedback';

export function App({ api, children }: { api: Api; children: ReactNode }) {
  return (
    <ApiProvider api={api}>
      <FeedbackProvider>{children}</FeedbackProvider>
    </ApiProvider>
  );
}
