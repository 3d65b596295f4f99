import { createContext, useContext, type ReactNode } from 'react';
import type { Api } from '../../shared/api';

const ApiContext = createContext<Api | null>(null);

/** Gives every screen the one typed API object, whatever transport is behind it. */
export function ApiProvider({ api, children }: { api: Api; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside ApiProvider');
  return api;
}
