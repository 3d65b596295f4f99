/** The section templates room: the user's own section templates (the built-in ones ship with the app). */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { ApiError, type ApiImplementation } from '../../../shared/api';
import { upgradeNoticeDocument } from '../../../shared/notice/migrate';
import { BlockSchema, NOTICE_SCHEMA_VERSION } from '../../../shared/notice/schema';
import type { SectionTemplate } from '../../../shared/notice/section-templates';
import {
  deleteSectionTemplate,
  insertSectionTemplate,
  listSectionTemplateRows,
  sectionTemplateRow,
  updateSectionTemplate,
  type SectionTemplateRow,
} from '../storage/section-templates';
import type { LibraryContext } from './context';

const StoredBlocksSchema = z.object({ body: z.array(BlockSchema) });

function fromRow(row: SectionTemplateRow): SectionTemplate {
  // Stored as a notice document of its version: the notice migrations bring the blocks to today's shape.
  const { body } = StoredBlocksSchema.parse(upgradeNoticeDocument(JSON.parse(row.blocks_json)));
  return { id: row.id, name: row.name, description: row.description, blocks: body };
}

export function sectionTemplatesApi(
  context: LibraryContext,
): Pick<ApiImplementation, 'listSectionTemplates' | 'saveSectionTemplate' | 'deleteSectionTemplate'> {
  const { db } = context;
  return {
    listSectionTemplates() {
      return { templates: listSectionTemplateRows(db).map(fromRow) };
    },

    saveSectionTemplate({ id, name, description, blocks }) {
      const row: SectionTemplateRow = {
        id: id ?? `phan-${randomUUID()}`,
        name: name.trim(),
        description,
        blocks_json: JSON.stringify({ schemaVersion: NOTICE_SCHEMA_VERSION, body: blocks }),
      };
      context.write(() => {
        if (id === undefined) insertSectionTemplate(db, row, context.timestamp());
        else if (sectionTemplateRow(db, id)) updateSectionTemplate(db, row, context.timestamp());
        else throw new ApiError('not-found', 'Không tìm thấy mẫu phần này (có thể đã bị xoá).');
      });
      return fromRow(row);
    },

    deleteSectionTemplate({ id }) {
      const deleted = context.write(() => deleteSectionTemplate(db, id));
      if (!deleted) throw new ApiError('not-found', 'Không tìm thấy mẫu phần này (có thể đã bị xoá).');
      return { ok: true as const };
    },
  };
}
