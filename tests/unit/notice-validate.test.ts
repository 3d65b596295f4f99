import { describe, expect, it } from 'vitest';
import sample from '../../resources/samples/lai-chau-2020-09.notice.json';
import { describeProblems, validateNotice } from '../../shared/notice/validate';
import { NOTICE_SCHEMA_VERSION } from '../../shared/notice/schema';

const minimal = { schemaVersion: NOTICE_SCHEMA_VERSION, issuer: { agency: 'VĂN PHÒNG' }, code: 'TB-VP', place: 'Lai Châu' };

describe('validateNotice', () => {
  it('accepts a minimal notice and fills the defaults', () => {
    const result = validateNotice(minimal);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.documentType).toBe('THÔNG BÁO');
      expect(result.value.body).toEqual([]);
      expect(result.value.number).toBeUndefined();
    }
  });

  it('accepts the sample notice', () => {
    expect(validateNotice(sample).ok).toBe(true);
  });

  it('names the path of every problem, in Vietnamese', () => {
    const result = validateNotice({
      ...minimal,
      issuer: {},
      code: 5,
      date: '2020-02-31',
      body: [
        { type: 'task', id: 't1', leadAgencies: [{ name: '  ' }], deadline: { kind: 'by-date', date: '2020-13-01' } },
        { type: 'table', id: 'x' },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.problems.map((p) => [p.path, p.message]));
    expect(byPath['issuer.agency']).toBe('Thiếu giá trị bắt buộc');
    expect(byPath['code']).toBe('Cần chuỗi ký tự');
    expect(byPath['date']).toMatch(/Ngày không hợp lệ/);
    expect(byPath['body[0].leadAgencies[0].name']).toMatch(/không được để trống/);
    expect(byPath['body[0].deadline.date']).toMatch(/Ngày không hợp lệ/);
    expect(byPath['body[1].type']).toBeDefined();
    expect(describeProblems(result.problems)).toContain('body[0].leadAgencies[0].name: ');
  });

  it('refuses a document of another schema version', () => {
    const result = validateNotice({ ...minimal, schemaVersion: NOTICE_SCHEMA_VERSION + 1 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.path).toBe('schemaVersion');
  });
});
