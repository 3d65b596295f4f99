/**
 * The summaries of who does each task and by when: shown for every block away from the caret, following every
 * change, giving way to the controls where the caret is or where they were opened, and without buttons on an issued
 * notice.
 */
import { describe, expect, it } from 'vitest';
import type { Notice } from '../../shared/notice/schema';
import { useApp } from './support/app';
import { skipReason } from './support/browser';
import { caretAtEnd, openEditor, savedNotice } from './support/editor';
import { loadSample, taskBlock } from './support/notices';

function notice(): Notice {
  return {
    ...loadSample(),
    body: [
      taskBlock('nv-1', 'Sở Y tế tăng cường phòng, chống dịch.', {
        leadAgencies: [{ id: 'so-y-te', name: 'Sở Y tế' }],
        deadline: { kind: 'by-date', date: '2020-10-30' },
      }),
      taskBlock('nv-2', 'Rà soát các công trình thủy lợi.', {
        subItems: [{ id: 'nv-2-a', text: [{ text: 'Kiểm tra hồ chứa nước.' }], level: 1, leadAgencies: [], coordinatingAgencies: [] }],
      }),
      {
        id: 'de-an-1',
        type: 'scheme',
        title: [{ text: 'Đề án phát triển du lịch' }],
        conclusion: [{ text: 'Thống nhất thông qua.' }],
        responsibleAgency: { name: 'Sở Văn hóa, Thể thao và Du lịch' },
      },
    ],
  };
}

describe.skipIf(skipReason)('agency and deadline summaries', () => {
  const app = useApp();

  it('shows every block’s summary, follows changes, and gives way to the controls', async () => {
    const record = await app.api.createFromNotice({ notice: notice() });
    const { page } = app;
    await openEditor(app, record.id);
    const summary = (id: string) => page.locator(`[data-block-id="${id}"] > .nb-meta > .nb-meta-view`);

    await expect.poll(() => summary('nv-1').innerText()).toMatch(/Chủ trì:\s*Sở Y tế/);
    expect(await summary('nv-1').innerText()).toContain('Thời hạn:');
    expect(await summary('nv-2').innerText()).toContain('Chưa giao cơ quan, chưa có thời hạn');
    expect(await summary('de-an-1').innerText()).toMatch(/Cơ quan chịu trách nhiệm:\s*Sở Văn hóa, Thể thao và Du lịch/);
    // A sub-item with nothing assigned offers its button only while the caret is in it.
    const subButton = page.locator('[data-block-id="nv-2-a"]').getByRole('button', { name: 'Giao cơ quan, thời hạn cho ý này' });
    expect(await subButton.isVisible()).toBe(false);

    await caretAtEnd(page.locator('[data-block-id="nv-2-a"] .nb-subitem-text'));
    await subButton.waitFor();
    // The task holding the caret shows its controls instead of its summary.
    expect(await summary('nv-2').isVisible()).toBe(false);
    const lead = page.locator('[data-block-id="nv-2"] > .nb-meta').getByRole('combobox', { name: 'Thêm cơ quan chủ trì' });
    await lead.click();
    await page.keyboard.type('Sở Nông nghiệp');
    await page.getByRole('option', { name: /Sở Nông nghiệp và Phát triển nông thôn/ }).first().waitFor();
    await page.keyboard.press('Enter');

    // The caret elsewhere: the summary is back, with the new agency.
    await caretAtEnd(page.locator('[data-block-id="nv-1"] .nb-task-content'));
    await expect.poll(() => summary('nv-2').innerText()).toMatch(/Chủ trì:\s*Sở Nông nghiệp và Phát triển nông thôn/);
    expect(await subButton.isVisible()).toBe(false);

    // Opened with its button, away from the caret; "Xong" closes the controls again.
    await page.locator('[data-block-id="de-an-1"]').getByRole('button', { name: 'Sửa cơ quan, thời hạn' }).click();
    const done = page.locator('[data-block-id="de-an-1"]').getByRole('button', { name: 'Xong' });
    await done.waitFor();
    expect(await summary('de-an-1').isVisible()).toBe(false);
    await done.click();
    await summary('de-an-1').waitFor();
    expect(await page.locator('[data-block-id="de-an-1"] .nb-meta-edit').innerHTML()).toBe('');

    // Issued (once the change is saved): the summaries stay, without buttons or "nothing assigned" notes.
    await savedNotice(app, record.id, (saved) => saved.body.some((block) => block.type === 'task' && block.id === 'nv-2' && block.leadAgencies.length === 1));
    await app.api.issueNotice({ id: record.id, date: '2020-10-05' });
    await page.reload();
    await page.locator('.nb-body[contenteditable="false"]').waitFor();
    await expect.poll(() => summary('nv-2').innerText()).toMatch(/Sở Nông nghiệp và Phát triển nông thôn/);
    expect(await page.getByRole('button', { name: /Sửa cơ quan, thời hạn|Giao cơ quan/ }).count()).toBe(0);
  });
});
