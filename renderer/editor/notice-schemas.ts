/**
 * The notice's zod schemas (shared/notice/schema.ts) and the built-in section templates they validate, loaded after
 * the editor's first frame: building the schemas takes tens of milliseconds at a cold start, and the first frame
 * validates nothing (its nodes are built from the notice the API sent). They check what reaches the editor from
 * outside its own nodes: node state read back from JSON, the footnotes of a paste, the section templates.
 */
import { useEffect, useState } from 'react';
import { whenIdle } from './idle';

export interface NoticeSchemas {
  schema: typeof import('../../shared/notice/schema');
  sectionTemplates: typeof import('../../shared/notice/section-templates');
}

let loaded: NoticeSchemas | undefined;
let loading: Promise<NoticeSchemas> | undefined;

/** Loads the schemas once; a failed load (the local host stopped) is tried again on the next call. */
export function loadNoticeSchemas(): Promise<NoticeSchemas> {
  loading ??= Promise.all([import('../../shared/notice/schema'), import('../../shared/notice/section-templates')]).then(
    ([schema, sectionTemplates]) => (loaded = { schema, sectionTemplates }),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The schemas if they are loaded already. */
export function loadedNoticeSchemas(): NoticeSchemas | undefined {
  return loaded;
}

/**
 * The schemas, for a value that must be validated now. Nothing in the app reads node state from JSON before they
 * are loaded (its paste waits for them); code that does (tests, tools) awaits loadNoticeSchemas() first.
 */
export function requireNoticeSchemas(): NoticeSchemas {
  if (loaded === undefined) throw new Error('Notice schemas read before loadNoticeSchemas() resolved');
  return loaded;
}

/** The schemas once loaded; they are loaded when the browser is idle after drawing. */
export function useNoticeSchemas(): NoticeSchemas | undefined {
  const [schemas, setSchemas] = useState(loaded);
  useEffect(() => {
    if (schemas !== undefined) return undefined;
    let live = true;
    const cancel = whenIdle(() => {
      loadNoticeSchemas().then(
        (result) => {
          if (live) setSchemas(result);
        },
        // The section list stays as it is; a paste loads them again and reports a failure.
        () => undefined,
      );
    });
    return () => {
      live = false;
      cancel();
    };
  }, [schemas]);
  return schemas;
}
