/**
 * The one mapping of settings onto a notice: new drafts from a template and imported notices take the same
 * fields, and the archive line is the issuer's ("Lưu: VT, <drafting unit>", Decree 30) whatever the recipients.
 */
import { describe, expect, it } from 'vitest';
import { NoticeSchema } from '../../shared/notice/schema';
import { SettingsSchema } from '../../shared/api';
import {
  applySettingsToNotice,
  COMMITTEE_FORM_ID,
  defaultSettings,
  issuerForm,
  issuerFormOfNotice,
  noticeFieldsFromIssuerForm,
  noticeFieldsFromSettings,
  OFFICE_FORM_ID,
} from '../../shared/settings/defaults';
import { upgradeStoredSettings } from '../../shared/settings/upgrade';
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

describe('issuer forms', () => {
  it('read settings stored before the forms as the Office form with its signers, and add the Committee form', () => {
    const old = {
      issuer: { parentAgency: 'UBND TỈNH LAI CHÂU', agency: 'VĂN PHÒNG', code: 'TB-VP', place: 'Lai Châu', closing: 'Câu kết./.', archive: 'VT, TH' },
      author: 'Văn phòng',
      signers: [{ id: 'a', authorityLines: ['TL. CHỦ TỊCH'], title: 'CHÁNH VĂN PHÒNG', name: 'Nguyễn Văn B' }],
      defaultSignerId: 'a',
      recipientPresets: [],
    };
    const settings = SettingsSchema.parse(upgradeStoredSettings(old));
    expect(settings.issuer).toEqual({ place: 'Lai Châu', archive: 'VT, TH' });
    expect(settings.issuerForms.map((f) => f.code)).toEqual(['TB-VP', 'TB-UBND']);
    expect(issuerForm(settings)).toMatchObject({ id: OFFICE_FORM_ID, closing: 'Câu kết./.', signers: old.signers, defaultSignerId: 'a' });
    expect(upgradeStoredSettings(settings)).toBe(settings);
  });

  it('give a notice the header, code, closing and chosen signature of a form', () => {
    const settings = defaultSettings();
    const committee = issuerForm(settings, COMMITTEE_FORM_ID);
    const leader = noticeFieldsFromIssuerForm(committee, 'ubnd-pho-chu-tich');
    expect(leader).toMatchObject({
      issuer: { parentAgency: '', agency: 'ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU' },
      code: 'TB-UBND',
      signature: { authorityLines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'], title: 'PHÓ CHỦ TỊCH' },
    });
    expect(noticeFieldsFromIssuerForm(committee).signature?.authorityLines).toEqual(['TL. CHỦ TỊCH', 'KT. CHÁNH VĂN PHÒNG']);
    const notice = { ...blank([]), ...leader };
    expect(issuerFormOfNotice(settings.issuerForms, notice)?.id).toBe(COMMITTEE_FORM_ID);
    expect(issuerFormOfNotice(settings.issuerForms, { ...notice, code: 'tb-vp' })?.id).toBe(OFFICE_FORM_ID);
    expect(issuerFormOfNotice(settings.issuerForms, { ...notice, code: 'TB-SYT' })).toBeUndefined();
  });
});
