/** The data the app ships in resources/: built-in templates and the seed of the agency directory. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { AgencyDirectorySchema, type Agency } from '../../../shared/agencies/schema';
import { StoredNoticeSchema } from '../../../shared/notice/migrate';
import type { Notice } from '../../../shared/notice/schema';
import { describeProblems, problemsFromZodError } from '../../../shared/notice/validate';

/**
 * The resources/ folder: the nearest one above this module (the source tree, or the built app, whose bundle
 * sits in out/ beside resources/).
 */
export function findResourcesDir(from: string = path.dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'resources');
    if (fs.existsSync(path.join(candidate, 'templates'))) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`No resources/ folder above ${from}`);
  }
}

const TemplateFileSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  description: z.string().default(''),
  notice: StoredNoticeSchema,
});

export interface BuiltInTemplate {
  id: string;
  name: string;
  description: string;
  notice: Notice;
}

function readJson<S extends z.ZodType>(file: string, schema: S): z.output<S> {
  const parsed = schema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file} is not valid:\n${describeProblems(problemsFromZodError(parsed.error))}`);
  return parsed.data;
}

/** Every resources/templates/*.json, in file name order. */
export function loadBuiltInTemplates(resourcesDir: string): BuiltInTemplate[] {
  const dir = path.join(resourcesDir, 'templates');
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const template = readJson(path.join(dir, file), TemplateFileSchema);
      return { ...template, notice: { ...template.notice, templateId: template.id } };
    });
}

/** The province's directory of agencies the library is seeded with on first run. */
export function loadAgencySeed(resourcesDir: string, province = 'lai-chau'): Agency[] {
  return readJson(path.join(resourcesDir, 'agencies', `${province}.json`), AgencyDirectorySchema).agencies;
}
