/**
 * Export and import as the desktop shell does them, with the real library and real files; only the dialogs are
 * replaced (a function that records the default path it was given and answers like the user would).
 */
import fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import { writeFileAtomic } from '../../electron/services/files/atomic-write';
import { defaultExportPath, exportDocxToFile, safeFileName, withDocxExtension } from '../../electron/main/export-docx';
import { openDesktopFiles } from '../../electron/main/desktop-files';
import { importFromFileDialog } from '../../electron/main/import-dialog';
import { openPreferences, PREFERENCES_FILE } from '../../electron/main/preferences';
import { SAMPLE_TEXT_PATH as SAMPLE_TEXT } from '../import/helpers';
import { call, openTestLibrary, sampleNotice, tempDir } from '../library/helpers';
import { issuerForm } from '../../shared/settings/defaults';

function documentXml(file: string): string {
  const part = unzipSync(fs.readFileSync(file))['word/document.xml'];
  if (!part) throw new Error(`${file} has no word/document.xml`);
  return strFromU8(part);
}

async function setUp() {
  const library = openTestLibrary();
  const created = await call(library, 'createFromNotice', { notice: { ...sampleNotice(), number: undefined } });
  const documents = tempDir('thongbao-documents-');
  const preferences = openPreferences(library.dataDir);
  const asked: string[] = [];
  let answer: (defaultPath: string) => string | undefined = (p) => p;
  const options = {
    implementation: library.api,
    preferences,
    fallbackFolder: documents,
    chooseSavePath: async (defaultPath: string) => {
      asked.push(defaultPath);
      return answer(defaultPath);
    },
  };
  return { library, id: created.id, documents, asked, options, answerWith: (f: typeof answer) => (answer = f) };
}

describe('exportDocxToFile', () => {
  it('offers the meeting-date name in Documents first, writes a real .docx, then offers the last folder used', async () => {
    const { id, documents, asked, options, library, answerWith } = await setUp();
    const meeting = sampleNotice().meeting.date;
    const first = await exportDocxToFile({ id }, options);
    expect(asked[0]).toBe(path.join(documents, `TB-${meeting}.docx`));
    expect(first).toEqual({ fileName: `TB-${meeting}.docx`, savedPath: asked[0] });
    expect(documentXml(asked[0] as string)).toContain('THÔNG BÁO');

    const elsewhere = tempDir('thongbao-elsewhere-');
    answerWith(() => path.join(elsewhere, 'ban sao'));
    const second = await exportDocxToFile({ id }, options);
    expect(second.savedPath).toBe(path.join(elsewhere, 'ban sao.docx'));
    expect(fs.existsSync(path.join(elsewhere, 'ban sao.docx'))).toBe(true);

    // Issued: the register number joins the name; the dialog opens where the last file went (also after a restart).
    await call(library, 'issueNotice', { id, date: '2020-10-05' });
    answerWith(() => undefined);
    const reopened = { ...options, preferences: openPreferences(library.dataDir) };
    expect(await exportDocxToFile({ id }, reopened)).toEqual({ fileName: 'TB-01-2020-10-05.docx', cancelled: true });
    expect(asked[2]).toBe(path.join(elsewhere, 'TB-01-2020-10-05.docx'));
    expect(JSON.parse(fs.readFileSync(path.join(library.dataDir, PREFERENCES_FILE), 'utf8'))).toEqual({ lastExportFolder: elsewhere });
  });

  it('writes nothing when the user cancels', async () => {
    const { id, documents, options, answerWith } = await setUp();
    answerWith(() => undefined);
    expect(await exportDocxToFile({ id }, options)).toMatchObject({ cancelled: true });
    expect(fs.readdirSync(documents)).toEqual([]);
  });

  it('reports a locked target in Vietnamese, keeps the previous file, and leaves the notice unchanged', async () => {
    const { id, documents, options, library } = await setUp();
    const target = path.join(documents, 'TB-open-in-word.docx');
    fs.writeFileSync(target, 'the copy open in Word');
    const before = await call(library, 'getNotice', { id });
    const lockedWrite: typeof writeFileAtomic = (file, data) =>
      writeFileAtomic(file, data, {
        platform: 'win32',
        retryDelayMs: 1,
        fs: { ...fsp, rename: async () => Promise.reject(Object.assign(new Error('EBUSY'), { code: 'EBUSY' })) },
      });
    const error = await exportDocxToFile({ id }, { ...options, chooseSavePath: async () => target, write: lockedWrite }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'file', message: expect.stringContaining('đang mở trong Word') });
    expect(fs.readFileSync(target, 'utf8')).toBe('the copy open in Word');
    expect(fs.readdirSync(documents)).toEqual(['TB-open-in-word.docx']);
    expect(await call(library, 'getNotice', { id })).toEqual(before);
    // Nothing was saved, so the folder is not remembered either.
    expect(options.preferences.get().lastExportFolder).toBeUndefined();
  });

  it('refuses an unknown notice with the library error', async () => {
    const { options, asked } = await setUp();
    await expect(exportDocxToFile({ id: 'nope' }, options)).rejects.toMatchObject({ code: 'not-found' });
    expect(asked).toEqual([]);
  });
});

describe('export file names', () => {
  it('keeps names Windows accepts and adds the extension a dialog may drop', () => {
    expect(safeFileName('TB-05-2020-10-05.docx')).toBe('TB-05-2020-10-05.docx');
    expect(safeFileName('TB:05/2020?.docx')).toBe('TB-05-2020-.docx');
    expect(safeFileName('...')).toBe('thong-bao.docx');
    expect(defaultExportPath('TB-2020-10-05.docx', undefined, '/home/u/Documents')).toBe(path.join('/home/u/Documents', 'TB-2020-10-05.docx'));
    expect(defaultExportPath('TB-2020-10-05.docx', '/srv/x', '/home/u/Documents')).toBe(path.join('/srv/x', 'TB-2020-10-05.docx'));
    expect(withDocxExtension('/a/b')).toBe('/a/b.docx');
    expect(withDocxExtension('/a/B.DOCX')).toBe('/a/B.DOCX');
  });

  it('ignores a damaged preferences file', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, PREFERENCES_FILE), '{"lastExportFolder": 42');
    expect(openPreferences(dir).get()).toEqual({});
    fs.writeFileSync(path.join(dir, PREFERENCES_FILE), '{"lastExportFolder": "relative/folder"}');
    expect(openPreferences(dir).get()).toEqual({});
  });
});

describe('importFromFileDialog', () => {
  it('parses the chosen file with the library agencies and the Office settings, and remembers the folder', async () => {
    const library = openTestLibrary();
    const preferences = openPreferences(library.dataDir);
    const offered: string[] = [];
    const result = await importFromFileDialog({
      implementation: library.api,
      preferences,
      fallbackFolder: '/home/u/Documents',
      chooseFile: async (folder) => {
        offered.push(folder);
        return SAMPLE_TEXT;
      },
    });
    expect(offered).toEqual(['/home/u/Documents']);
    if (result.cancelled) throw new Error('expected an import');
    expect(result.fileName).toBe('lai-chau-2020-09-ket-luan.txt');
    expect(result.result.notice.body.filter((block) => block.type === 'task').length).toBeGreaterThan(5);
    expect(result.result.notice.code).toBe(issuerForm(await call(library, 'getSettings', {})).code);
    expect(preferences.get().lastImportFolder).toBe(path.dirname(SAMPLE_TEXT));
    expect(await call(library, 'listNotices', {})).toMatchObject({ total: 0 });
  });

  it('answers cancelled, and turns an unreadable file into a Vietnamese file error', async () => {
    const library = openTestLibrary();
    const options = { implementation: library.api, preferences: openPreferences(library.dataDir), fallbackFolder: '/tmp' };
    expect(await importFromFileDialog({ ...options, chooseFile: async () => undefined })).toEqual({ cancelled: true });
    const empty = path.join(tempDir(), 'trống.txt');
    fs.writeFileSync(empty, '   \n');
    await expect(importFromFileDialog({ ...options, chooseFile: async () => empty })).rejects.toMatchObject({ code: 'file' });
    await expect(importFromFileDialog({ ...options, chooseFile: async () => path.join(tempDir(), 'không có.docx') })).rejects.toMatchObject({
      code: 'file',
      message: expect.stringContaining('không tìm thấy tệp'),
    });
  });
});

describe('openDesktopFiles', () => {
  it('remembers the export folder and the import folder together, across a restart', async () => {
    const library = openTestLibrary();
    const { id } = await call(library, 'createFromNotice', { notice: sampleNotice() });
    const exportFolder = tempDir('thongbao-exports-');
    const offered: string[] = [];
    const dialogs = {
      chooseSavePath: async (defaultPath: string) => {
        offered.push(defaultPath);
        return path.join(exportFolder, 'TB.docx');
      },
      chooseFile: async (defaultFolder: string) => {
        offered.push(defaultFolder);
        return SAMPLE_TEXT;
      },
      choosePdfPath: async () => undefined,
    };
    const printViewToPdf = async () => new Uint8Array();
    const open = () =>
      openDesktopFiles({ implementation: library.api, dataDir: library.dataDir, fallbackFolder: '/home/u/Documents', dialogs, printViewToPdf });

    const files = open();
    expect(await files.exportToFile({ id })).toMatchObject({ savedPath: path.join(exportFolder, 'TB.docx') });
    expect(await files.importFromFile()).toMatchObject({ cancelled: false });

    // The app restarts: both dialogs open where they were last used.
    offered.length = 0;
    const restarted = open();
    await restarted.exportToFile({ id });
    await restarted.importFromFile();
    expect(offered).toEqual([path.join(exportFolder, path.basename(offered[0] as string)), path.dirname(SAMPLE_TEXT)]);
    expect(JSON.parse(fs.readFileSync(path.join(library.dataDir, PREFERENCES_FILE), 'utf8'))).toEqual({
      lastExportFolder: exportFolder,
      lastImportFolder: path.dirname(SAMPLE_TEXT),
    });
  });
});

describe('exportPdfToFile (the desktop channel of "Xuất PDF")', () => {
  it('prints the print view where LibreOffice is absent, saves the PDF where the user chose, and says which route', async () => {
    // A machine without LibreOffice: no usual place, nothing on PATH.
    const library = openTestLibrary({ pdf: { search: { platform: 'linux', env: { PATH: '' }, isFile: () => false, listDir: () => [] } } });
    const { id } = await call(library, 'createFromNotice', { notice: sampleNotice() });
    const folder = tempDir('thongbao-pdf-');
    const printed: string[] = [];
    const files = openDesktopFiles({
      implementation: library.api,
      dataDir: library.dataDir,
      fallbackFolder: folder,
      dialogs: {
        chooseSavePath: async () => undefined,
        chooseFile: async () => undefined,
        choosePdfPath: async (defaultPath: string) => path.join(path.dirname(defaultPath), 'ban ky so'),
      },
      // Electron's printToPDF cannot run here: the shell's printing is stood in for by bytes it would return.
      printViewToPdf: async (noticeId) => {
        printed.push(noticeId);
        return new TextEncoder().encode('%PDF-1.7\n%%EOF\n');
      },
    });
    const saved = await files.exportPdfToFile({ id });
    expect(saved).toEqual({ fileName: 'ban ky so.pdf', savedPath: path.join(folder, 'ban ky so.pdf'), route: 'print-view' });
    expect(printed).toEqual([`#/ban-in/${id}`]);
    expect(fs.readFileSync(path.join(folder, 'ban ky so.pdf'), 'utf8')).toMatch(/^%PDF-/u);
  });
});

describe('exportReviewCopyToFile (the desktop channel of "Xuất bản dự thảo")', () => {
  it('without LibreOffice prints the recorded copy\'s print view to PDF and saves it atomically; a cancelled save keeps the copy', async () => {
    const library = openTestLibrary({ pdf: { search: { platform: 'linux', env: { PATH: '' }, isFile: () => false, listDir: () => [] } } });
    const { id } = await call(library, 'createFromNotice', { notice: sampleNotice() });
    const folder = tempDir('thongbao-review-pdf-');
    const printed: string[] = [];
    const offered: string[] = [];
    let answer: (defaultPath: string) => string | undefined = (defaultPath) => defaultPath;
    const writes: string[] = [];
    const files = openDesktopFiles({
      implementation: library.api,
      dataDir: library.dataDir,
      fallbackFolder: folder,
      dialogs: {
        chooseSavePath: async (defaultPath: string) => defaultPath,
        chooseFile: async () => undefined,
        choosePdfPath: async (defaultPath: string) => {
          offered.push(defaultPath);
          return answer(defaultPath);
        },
      },
      // Electron's printToPDF cannot run here: the shell's printing is stood in for by bytes it would return.
      printViewToPdf: async (hash) => {
        printed.push(hash);
        return new TextEncoder().encode('%PDF-1.7\n%%EOF\n');
      },
      write: async (target, bytes) => {
        writes.push(target);
        await writeFileAtomic(target, bytes);
      },
    });

    const first = await files.exportReviewCopyToFile({ id, sentTo: 'Đ/c Chánh Văn phòng', format: 'pdf' });
    const firstPath = path.join(folder, 'TB-2020-09-30-du-thao-1.pdf');
    expect(first).toEqual({ fileName: path.basename(firstPath), savedPath: firstPath, copyNumber: 1, revisionId: expect.any(Number), route: 'print-view' });
    expect(printed).toEqual([`#/ban-in/${id}/du-thao/1`]);
    expect(writes).toEqual([firstPath]);
    expect(fs.readFileSync(firstPath, 'utf8')).toMatch(/^%PDF-/u);
    expect(fs.readdirSync(folder)).toEqual([path.basename(firstPath)]);

    // The user closes the save dialog: copy 2 is made and recorded all the same (its print view prints it again);
    // the next copy is 3, with no gap and no double count.
    answer = () => undefined;
    const second = await files.exportReviewCopyToFile({ id, sentTo: 'Đ/c Phó Chủ tịch UBND tỉnh', format: 'pdf' });
    expect(second).toMatchObject({ cancelled: true, copyNumber: 2, route: 'print-view' });
    expect(writes).toHaveLength(1);
    answer = (defaultPath) => defaultPath;
    const docx = await files.exportReviewCopyToFile({ id, sentTo: 'Đ/c Chủ tịch', format: 'docx' });
    expect(docx).toMatchObject({ copyNumber: 3, fileName: 'TB-2020-09-30-du-thao-3.docx' });
    expect(documentXml(docx.savedPath as string)).toContain('DỰ THẢO LẦN 3');
    expect(printed).toEqual([`#/ban-in/${id}/du-thao/1`, `#/ban-in/${id}/du-thao/2`]);
    const history = await call(library, 'listRevisions', { id });
    expect(history.reviewCopies.map(({ copyNumber, sentTo, format }) => ({ copyNumber, sentTo, format }))).toEqual([
      { copyNumber: 1, sentTo: 'Đ/c Chánh Văn phòng', format: 'pdf' },
      { copyNumber: 2, sentTo: 'Đ/c Phó Chủ tịch UBND tỉnh', format: 'pdf' },
      { copyNumber: 3, sentTo: 'Đ/c Chủ tịch', format: 'docx' },
    ]);
    expect(offered[0]).toBe(firstPath);
  });
});
