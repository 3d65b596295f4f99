import { useEffect, useState } from 'react';

/** The screens, addressed by the URL hash so the query string (the web host's token) stays untouched. */
export type Route =
  | { screen: 'library'; trash: boolean }
  | { screen: 'editor'; noticeId: string }
  | { screen: 'settings' }
  | { screen: 'import' }
  | { screen: 'register' }
  /**
   * The notice laid out for printing; `autoPrint` opens the print dialog once it is ready. With `reviewCopy`, the
   * recorded review copy n of the notice (its revision, marked "DỰ THẢO LẦN n").
   */
  | { screen: 'print'; noticeId: string; autoPrint: boolean; reviewCopy?: number };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  const notice = /^\/thong-bao\/([^/]+)$/.exec(path);
  if (notice?.[1]) return { screen: 'editor', noticeId: decodeURIComponent(notice[1]) };
  const print = /^\/ban-in\/([^/]+)(?:\/du-thao\/([1-9]\d{0,5}))?(\/in)?$/.exec(path);
  if (print?.[1]) {
    const noticeId = decodeURIComponent(print[1]);
    const autoPrint = print[3] !== undefined;
    return print[2] === undefined ? { screen: 'print', noticeId, autoPrint } : { screen: 'print', noticeId, autoPrint, reviewCopy: Number(print[2]) };
  }
  if (path === '/cai-dat') return { screen: 'settings' };
  if (path === '/nhap') return { screen: 'import' };
  if (path === '/so-dang-ky') return { screen: 'register' };
  return { screen: 'library', trash: path === '/thung-rac' };
}

export function routeHash(route: Route): string {
  switch (route.screen) {
    case 'editor':
      return `#/thong-bao/${encodeURIComponent(route.noticeId)}`;
    case 'print':
      return `#/ban-in/${encodeURIComponent(route.noticeId)}${route.reviewCopy === undefined ? '' : `/du-thao/${route.reviewCopy}`}${route.autoPrint ? '/in' : ''}`;
    case 'settings':
      return '#/cai-dat';
    case 'import':
      return '#/nhap';
    case 'register':
      return '#/so-dang-ky';
    case 'library':
      return route.trash ? '#/thung-rac' : '#/';
  }
}

export function navigate(route: Route): void {
  window.location.hash = routeHash(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
