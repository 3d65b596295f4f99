import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SettingsSchema } from '../../shared/api';
import { existsOn } from '../../shared/agencies/history';
import { createAgencyMatcher } from '../../shared/agencies/match';
import { AgencyDirectorySchema } from '../../shared/agencies/schema';
import { NoticeSchema, type Notice } from '../../shared/notice/schema';
import { validateNotice } from '../../shared/notice/validate';
import { applySettingsToNotice, COMMITTEE_FORM_ID, defaultSettings, issuerForm } from '../../shared/settings/defaults';

const TEMPLATES_DIR = join(__dirname, '../../resources/templates');
const TemplateFileSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  description: z.string().min(1),
  notice: NoticeSchema,
});

const files = readdirSync(TEMPLATES_DIR).filter((f) => f.endsWith('.json'));
const load = (file: string): unknown => JSON.parse(readFileSync(join(TEMPLATES_DIR, file), 'utf8'));

function allIds(notice: Notice): string[] {
  return notice.body.flatMap((b) => [b.id, ...(b.type === 'task' ? b.subItems.map((s) => s.id) : [])]);
}

describe('built-in templates', () => {
  it('ships the four kinds of meeting', () => {
    expect(files.map((f) => basename(f, '.json')).sort()).toEqual([
      'monthly-session',
      'site-inspection',
      'steering-committee',
      'working-session',
    ]);
  });

  describe.each(files)('%s', (file) => {
    const raw = load(file);
    const parsed = TemplateFileSchema.safeParse(raw);

    it('is a valid template file whose notice validates', () => {
      expect(parsed.error?.issues ?? []).toEqual([]);
      const result = validateNotice((raw as { notice: unknown }).notice);
      expect(result.ok ? [] : result.problems).toEqual([]);
    });

    const template = TemplateFileSchema.parse(raw);
    const notice = template.notice;

    it('has the id of its file name, recorded as the notice template', () => {
      expect(template.id).toBe(basename(file, '.json'));
      expect(notice.templateId).toBe(template.id);
    });

    it('has a Vietnamese name and at least one task', () => {
      expect(template.name).toMatch(/[àáảãạăâđêôơư]/iu);
      expect(notice.body.filter((b) => b.type === 'task').length).toBeGreaterThanOrEqual(1);
    });

    it('has unique block ids, no number or date, and nothing marked to review', () => {
      const ids = allIds(notice);
      expect(new Set(ids).size).toBe(ids.length);
      expect(notice.number).toBeUndefined();
      expect(notice.date).toBeUndefined();
      expect(JSON.stringify(notice)).not.toContain('toReview');
    });

    it("has the Office's header, closing, signature, recipients and archive", () => {
      expect(notice.issuer).toEqual({ parentAgency: 'UBND TỈNH LAI CHÂU', agency: 'VĂN PHÒNG' });
      expect(notice.code).toBe('TB-VP');
      expect(notice.place).toBe('Lai Châu');
      expect(notice.closing).toBe('Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.');
      expect(notice.signature.authorityLines).toEqual(['TL. CHỦ TỊCH', 'KT. CHÁNH VĂN PHÒNG']);
      expect(notice.signature.title).toBe('PHÓ CHÁNH VĂN PHÒNG');
      expect(notice.recipients.length).toBeGreaterThanOrEqual(3);
      expect(notice.recipients).toContain('Lãnh đạo VP UBND tỉnh');
      // Recipients are stored without the printed "- " and ";".
      for (const r of notice.recipients) expect(r).not.toMatch(/^-|;$/u);
      expect(notice.archive).toBe('VT, TH');
    });

    it('opens with the meeting and the transition to the conclusions', () => {
      const first = notice.body[0];
      const second = notice.body[1];
      expect(first?.type).toBe('paragraph');
      expect(second?.type).toBe('paragraph');
      const text = (b: typeof first): string => (b && 'text' in b ? b.text.map((r) => r.text).join('') : '');
      expect(text(first)).toMatch(/^Ngày … tháng … năm …/u);
      expect(text(second)).toMatch(/^Sau khi .*kết luận( như sau)?:$/u);
    });

    it('stays valid with the default settings applied', () => {
      const applied = applySettingsToNotice(notice, defaultSettings());
      expect(validateNotice(applied).ok).toBe(true);
      expect(applied.recipients).toEqual(notice.recipients);
    });
  });

  it('monthly-session has the shape of the sample: assessment, achievements, limitations, tasks, schemes', () => {
    const notice = TemplateFileSchema.parse(load('monthly-session.json')).notice;
    const types = notice.body.map((b) => b.type);
    expect(types.filter((t) => t === 'heading')).toHaveLength(2);
    expect(types.filter((t) => t === 'dash').length).toBeGreaterThanOrEqual(2);
    expect(types).toContain('scheme');
    const texts = notice.body.map((b) => (b.type === 'paragraph' || b.type === 'heading' ? b.text.map((r) => r.text).join('') : ''));
    expect(texts.some((t) => t.startsWith('Tuy nhiên'))).toBe(true);
    expect(texts.some((t) => t.startsWith('Dự báo'))).toBe(true);
    expect(texts).toContain('CÁC ĐỀ ÁN TRÌNH TẠI PHIÊN HỌP');
    const task = notice.body.find((b) => b.type === 'task' && b.subItems.length > 0);
    expect(task?.type === 'task' && task.title.map((r) => r.text).join('')).toBe('Giao Sở Nông nghiệp và Môi trường:');
  });
});

describe('default settings', () => {
  it("are valid settings for Lai Châu's Office", () => {
    const settings = defaultSettings();
    expect(SettingsSchema.safeParse(settings).success).toBe(true);
    expect(settings.issuer).toEqual({ place: 'Lai Châu', archive: 'VT, TH' });
    expect(issuerForm(settings)).toMatchObject({ parentAgency: 'UBND TỈNH LAI CHÂU', agency: 'VĂN PHÒNG', code: 'TB-VP' });
    expect(issuerForm(settings, COMMITTEE_FORM_ID)).toMatchObject({ parentAgency: '', agency: 'ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU', code: 'TB-UBND' });
    for (const form of settings.issuerForms) {
      expect(form.closing).toMatch(/\.\/\.$/u);
      expect(form.signers.some((s) => s.id === form.defaultSignerId)).toBe(true);
    }
    // The Committee signs as every real notice of the corpus, or with a leader's authority.
    expect(issuerForm(settings, COMMITTEE_FORM_ID).signers.map((s) => [...s.authorityLines, s.title])).toEqual([
      ['TL. CHỦ TỊCH', 'KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG'],
      ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
    ]);
    expect(settings.recipientPresets[0]?.recipients).toEqual([
      'Thường trực Tỉnh ủy (b/c)',
      'Thường trực HĐND tỉnh (b/c)',
      'Chủ tịch, các PCT UBND tỉnh',
      'Các sở, ban, ngành tỉnh',
      'UBND các xã, phường',
      'Lãnh đạo VP UBND tỉnh',
    ]);
    expect(settings.recipientPresets[1]!.recipients.length).toBeLessThan(settings.recipientPresets[0]!.recipients.length);
  });

  it('return a fresh object each time', () => {
    const a = defaultSettings();
    a.recipientPresets[0]!.recipients.push('X');
    expect(defaultSettings().recipientPresets[0]!.recipients).not.toContain('X');
  });

  it('apply the issuer profile and default signer to a notice, and a preset when it has no recipients', () => {
    const settings = defaultSettings();
    const committee = issuerForm(settings, COMMITTEE_FORM_ID);
    Object.assign(committee, { parentAgency: '', agency: 'ỦY BAN NHÂN DÂN TỈNH LAI CHÂU', closing: 'Ủy ban nhân dân tỉnh thông báo để các cơ quan biết, thực hiện./.' });
    committee.signers = [{ id: 's1', authorityLines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'], title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn A' }];
    committee.defaultSignerId = 's1';
    settings.defaultIssuerFormId = COMMITTEE_FORM_ID;
    const blank = NoticeSchema.parse({ schemaVersion: 3, issuer: { agency: 'X' }, code: 'X', place: 'X', recipients: [] });
    const applied = applySettingsToNotice(blank, settings);
    expect(applied.issuer).toEqual({ parentAgency: '', agency: 'ỦY BAN NHÂN DÂN TỈNH LAI CHÂU' });
    expect(applied.code).toBe('TB-UBND');
    expect(applied.place).toBe('Lai Châu');
    expect(applied.closing).toBe(committee.closing);
    expect(applied.signature).toEqual({ authorityLines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'], title: 'PHÓ CHỦ TỊCH', signerName: 'Nguyễn Văn A' });
    expect(applied.recipients).toEqual(settings.recipientPresets[0]!.recipients);
    expect(applied.archive).toBe('VT, TH');
    expect(applied.recipients).not.toBe(settings.recipientPresets[0]!.recipients);
  });
});

describe('the built-in templates speak of the structure of 2026', () => {
  const directory = AgencyDirectorySchema.parse(
    JSON.parse(readFileSync(new URL('../../resources/agencies/lai-chau.json', import.meta.url), 'utf8')),
  ).agencies;
  const matcher = createAgencyMatcher(directory);
  const templatesDir = new URL('../../resources/templates/', import.meta.url);

  it('name no district and no agency that ended in 2025', () => {
    for (const file of readdirSync(templatesDir).filter((f) => f.endsWith('.json'))) {
      const text = readFileSync(new URL(file, templatesDir), 'utf8');
      expect(text, file).not.toMatch(/huyện/u);
      for (const mention of matcher.mentions(text)) {
        expect(existsOn(mention.agency, '2026-12-02'), `${file}: ${mention.text}`).toBe(true);
      }
    }
  });
});
