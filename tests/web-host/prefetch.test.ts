/** The notice a page opens on is requested before React renders, once, and handed to the editor screen. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, type Api } from '../../shared/api';
import { openLibrary, type Library } from '../../electron/services/library/open';
import { startWebHost, type WebHost } from '../../electron/web-host/server';
import { createHttpApi } from '../../renderer/api/http-client';
import { prefetchOpeningNotice, takeNoticeRequest } from '../../renderer/app/prefetch';

let workDir: string;
let library: Library;
let host: WebHost;
let client: Api;

beforeAll(async () => {
  workDir = mkdtempSync(path.join(tmpdir(), 'thongbao-prefetch-'));
  const rendererDir = path.join(workDir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><html lang="vi"><body></body></html>');
  library = openLibrary({ dataDir: path.join(workDir, 'data') });
  host = await startWebHost({ implementation: library.api, rendererDir });
  client = createHttpApi(host.url.replace(/\/?\?.*$/u, ''), host.token);
});

afterAll(async () => {
  await host.close();
  library.close();
  rmSync(workDir, { recursive: true, force: true });
});

/** The real client, with a record of the notices it was asked for. */
function counting(): { api: Api; asked: string[] } {
  const asked: string[] = [];
  return { asked, api: { ...client, getNotice: (request) => (asked.push(request.id), client.getNotice(request)) } };
}

describe('the opening notice', () => {
  it('is asked for at load and taken over once by the editor screen', async () => {
    const record = await client.createFromTemplate({ templateId: 'monthly-session' });
    const { api, asked } = counting();
    prefetchOpeningNotice(api, `#/thong-bao/${encodeURIComponent(record.id)}`);
    expect(asked).toEqual([record.id]);
    expect((await takeNoticeRequest(api, record.id)).id).toBe(record.id);
    expect(asked).toEqual([record.id]);
    // Opening it again later asks again: the data may have changed.
    expect((await takeNoticeRequest(api, record.id)).id).toBe(record.id);
    expect(asked).toEqual([record.id, record.id]);
  });

  it('is not asked for on other screens, nor used for another notice', async () => {
    const first = await client.createFromTemplate({ templateId: 'monthly-session' });
    const second = await client.createFromTemplate({ templateId: 'site-inspection' });
    const { api, asked } = counting();
    prefetchOpeningNotice(api, '#/');
    prefetchOpeningNotice(api, '#/cai-dat');
    expect(asked).toEqual([]);
    prefetchOpeningNotice(api, `#/thong-bao/${first.id}`);
    expect((await takeNoticeRequest(api, second.id)).id).toBe(second.id);
    expect(asked).toEqual([first.id, second.id]);
  });

  it('hands a failure to the screen that takes it over', async () => {
    const { api } = counting();
    prefetchOpeningNotice(api, '#/thong-bao/khong-co');
    const failure = await takeNoticeRequest(api, 'khong-co').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).code).toBe('not-found');
  });
});
