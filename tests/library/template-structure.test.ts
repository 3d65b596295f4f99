/** Templates are tied to the structure they assume: one written for 2020 warns after the 2025 reorganisation. */
import { describe, expect, it } from 'vitest';
import { call, openTestLibrary, sampleNotice, testClock } from './helpers';

describe('the structure a template assumes', () => {
  it('warns of a template from the 2020 structure used in December 2026, not of the built-in ones', async () => {
    const library = openTestLibrary({ now: testClock('2026-12-02T02:00:00.000Z').now });
    const old = await call(library, 'createFromNotice', { notice: sampleNotice() });
    const saved = await call(library, 'saveAsTemplate', { id: old.id, name: 'Phiên họp tháng (mẫu 2020)' });
    const { templates } = await call(library, 'listTemplates', {});
    const builtIn = templates.filter((t) => t.builtIn);
    expect(builtIn.length).toBeGreaterThanOrEqual(4);
    for (const template of builtIn) expect(template.structureChanges, template.id).toBeUndefined();
    const changes = templates.find((t) => t.id === saved.id)?.structureChanges ?? [];
    expect(changes).toContain('Sở Kế hoạch và Đầu tư đã hợp nhất vào Sở Tài chính từ 01/3/2025');
    expect(changes.some((c) => c.includes('01/7/2025'))).toBe(true);
  });

  it('does not warn of the same template used before the changes', async () => {
    const library = openTestLibrary({ now: testClock('2021-01-04T02:00:00.000Z').now });
    const old = await call(library, 'createFromNotice', { notice: sampleNotice() });
    const saved = await call(library, 'saveAsTemplate', { id: old.id, name: 'Phiên họp tháng (mẫu 2020)' });
    const { templates } = await call(library, 'listTemplates', {});
    expect(templates.find((t) => t.id === saved.id)?.structureChanges).toBeUndefined();
  });
});
