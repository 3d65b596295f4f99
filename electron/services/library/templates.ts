/** The templates room: the list, a new draft from a template (with the Office's profile), saving a notice as one. */
import { randomUUID } from 'node:crypto';
import { ApiError, type ApiImplementation, type TemplateSummary } from '../../../shared/api';
import { linkAgenciesByName } from '../../../shared/notice/agency-refs';
import type { Notice } from '../../../shared/notice/schema';
import { applySettingsToNotice } from '../../../shared/settings/defaults';
import { templateStructureChanges } from '../../../shared/notice/template-structure';
import { listAgencyRows } from '../storage/agencies';
import { insertUserTemplate, listTemplateRows, templateRow } from '../storage/templates';
import type { LibraryContext } from './context';
import { createDraft, existingNotice, noticeDocument, parseNoticeJson } from './records';
import { readSettings } from './settings';

export function templatesApi(context: LibraryContext): Pick<ApiImplementation, 'listTemplates' | 'createFromTemplate' | 'saveAsTemplate'> {
  const { db } = context;
  return {
    listTemplates() {
      const rows = listTemplateRows(db);
      const directory = listAgencyRows(db);
      const today = context.today();
      return {
        templates: rows.map((r): TemplateSummary => {
          const template = templateRow(db, r.id);
          const changes = template ? templateStructureChanges(linkAgenciesByName(parseNoticeJson(template.notice_json), directory), today, directory) : [];
          return { id: r.id, name: r.name, description: r.description, builtIn: r.built_in === 1, ...(changes.length > 0 ? { structureChanges: changes } : {}) };
        }),
      };
    },

    createFromTemplate({ templateId }) {
      const template = templateRow(db, templateId);
      if (!template) throw new ApiError('not-found', 'Không tìm thấy mẫu thông báo này.');
      const linked = linkAgenciesByName(parseNoticeJson(template.notice_json), listAgencyRows(db));
      const notice = applySettingsToNotice(linked, readSettings(context));
      return createDraft(context, { ...notice, date: undefined, templateId: template.id });
    },

    saveAsTemplate({ id, name, description }) {
      existingNotice(context, id);
      const templateId = `mau-${randomUUID()}`;
      const notice: Notice = { ...noticeDocument(context, id), number: undefined, date: undefined, templateId };
      context.write(() => insertUserTemplate(db, { id: templateId, name, description, json: JSON.stringify(notice), at: context.timestamp() }));
      return { id: templateId, name, description, builtIn: false };
    },
  };
}
