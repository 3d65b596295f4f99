/**
 * Section templates: a part of a notice (the socio-economic summary with its achievement and shortcoming paragraphs
 * and dash bullets, the numbered tasks, the submitted schemes) inserted at the caret into any notice. The built-in
 * ones are the sections of the monthly session template (2026 wording: communes and wards, the merged
 * departments); the user's own are kept in the library. Their blanks are fields like the notice templates'. What
 * is done with a section's blocks (inserting, choosing what to save) is in ./section-blocks.ts, which the editor's
 * first frame loads without the schemas built here.
 */
import { z } from 'zod';
import BUILT_IN_SECTIONS from './built-in-sections.json';
import { BlockSchema } from './schema';

export const SectionTemplateSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1, 'Cần tên mẫu'),
  description: z.string().default(''),
  blocks: z.array(BlockSchema).min(1, 'Mẫu phần cần ít nhất một khối nội dung'),
});
export type SectionTemplate = z.infer<typeof SectionTemplateSchema>;

let builtIn: readonly SectionTemplate[] | undefined;

/** The built-in section templates (validated once, on first use). */
export function builtInSectionTemplates(): readonly SectionTemplate[] {
  builtIn ??= z.array(SectionTemplateSchema).parse(BUILT_IN_SECTIONS);
  return builtIn;
}
