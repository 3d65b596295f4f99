import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin, Rollup } from 'vite';
import { metaContentSecurityPolicy } from './shared/security/csp';

/** The page's <meta> policy, from the one policy the servers send too (shared/security/csp.ts). */
export function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'thongbao-csp-meta',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: metaContentSecurityPolicy() }, injectTo: 'head-prepend' },
    ],
  };
}

/**
 * Links the app's chunks and styles from index.html: the entry (renderer/src/main.tsx) only sends the opening
 * notice's request and then imports the app (renderer/src/start.tsx), which the browser has been fetching meanwhile.
 */
export function linkAppChunks(): Plugin {
  return {
    name: 'thongbao-link-app-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const chunks = Object.values(bundle ?? {}).filter((output): output is Rollup.OutputChunk => output.type === 'chunk');
        const app = chunks.find((chunk) => chunk.facadeModuleId?.replaceAll('\\', '/').endsWith('/renderer/src/start.tsx'));
        if (!app) throw new Error('renderer/src/start.tsx is not a chunk of its own: the page would load the app after its entry');
        const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const reach = (from: Rollup.OutputChunk, into: Set<Rollup.OutputChunk>): Set<Rollup.OutputChunk> => {
          if (into.has(from)) return into;
          into.add(from);
          for (const name of from.imports) {
            const imported = byName.get(name);
            if (imported) reach(imported, into);
          }
          return into;
        };
        // What the entry imports statically, Vite links already.
        const linked = new Set<Rollup.OutputChunk>();
        for (const entry of chunks.filter((chunk) => chunk.isEntry)) reach(entry, linked);
        const appChunks = [...reach(app, new Set())];
        const scripts = appChunks.filter((chunk) => !linked.has(chunk)).map((chunk) => chunk.fileName);
        const styles = new Set(appChunks.flatMap((chunk) => [...(chunk.viteMetadata?.importedCss ?? [])]));
        return [
          ...[...styles].map((href) => ({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: true, href: `./${href}` }, injectTo: 'head' as const })),
          ...scripts.map((href) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${href}` }, injectTo: 'head' as const })),
        ];
      },
    },
  };
}

// Builds the three parts of the app into out/: main and preload (Node side) and the renderer (browser).
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        // The import worker is its own bundle beside the main process's (services/import/run-import-worker.ts).
        input: { index: resolve(__dirname, 'electron/main/index.ts'), 'import-worker': resolve(__dirname, 'electron/services/import/import-worker.ts') },
        external: ['better-sqlite3'],
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can only require('electron'): one self-contained CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [contentSecurityPolicyMeta(), linkAppChunks(), react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      emptyOutDir: true,
      // electron-vite leaves the renderer unminified by default; minified, the editor opens several times faster.
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
