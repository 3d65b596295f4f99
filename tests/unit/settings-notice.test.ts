/**
 * The one mapping of settings onto a notice: new drafts from a template and imported notices take the same
 * fields, and the archive line is the issuer's ("Lưu: VT, <drafting unit>", Decree 30) whatever the recipients.
 */
import { describe, expect, it } from 'vitest';
import { NoticeSchema } from '../../shared/notice/schema';
import { applySettingsToNotice, defaultSettings, noticeFieldsFromSettings } from '../../shared/settings/defaults';
import { parseNoticeText } from '../../shared/import/parse-notice-text';

/** Settings whose recipient preset keeps a different archive line from the issuer's. */
function settingsWithPresetArchive() {
  const settings = defaultSettings();
  settings.issuer = { ...settings.issuer, archive: 'VT, TH' };
  settings.recipientPresets = settings.recipientPresets.map((preset) => ({ ...preset, archive: 'VT, KGVX' }));
  return settings;
}

const blank = (recipients: string[]) =>
  NoticeSchema.parse({ schemaVersion: 3, issuer: { agency: 'X' }, code: 'X', place: 'X', recipients, archive: 'VT' });

describe('settings onto a notice', () => {
  it("gives a draft from a template the issuer's archive line, whether the recipients come from the template or a preset", () => {
    const settings = settingsWithPresetArchive();
    expect(applySettingsToNotice(blank(['Sở Y tế']), settings).archive).toBe('VT, TH');
    expect(applySettingsToNotice(blank([]), settings).archive).toBe('VT, TH');
  });

  it("gives an imported notice that states no archive line the issuer's", () => {
    const settings = settingsWithPresetArchive();
    const { notice } = parseNoticeText('THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh tại buổi làm việc\nNội dung kết luận.', {
      directory: [],
      defaults: noticeFieldsFromSettings(settings),
    });
    expect(notice.archive).toBe('VT, TH');
  });

  it('gives a template and an import the same profile fields', () => {
    const settings = settingsWithPresetArchive();
    const fields = noticeFieldsFromSettings(settings);
    const applied = applySettingsToNotice(blank([]), settings);
    expect({ ...applied, body: undefined }).toMatchObject({ ...fields });
  });
});
