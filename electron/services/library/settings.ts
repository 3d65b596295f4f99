/** The settings room: the issuer profile, signers and recipient presets. */
import { ApiError, SettingsSchema, type ApiImplementation, type Settings } from '../../../shared/api';
import { upgradeStoredSettings } from '../../../shared/settings/upgrade';
import { settingsJson, writeSettingsJson } from '../storage/settings';
import type { LibraryContext } from './context';

export function readSettings({ db }: LibraryContext): Settings {
  const json = settingsJson(db);
  if (json === undefined) throw new ApiError('storage', 'Chưa có cấu hình của cơ quan ban hành trong kho dữ liệu.');
  return SettingsSchema.parse(upgradeStoredSettings(JSON.parse(json)));
}

export function settingsApi(context: LibraryContext): Pick<ApiImplementation, 'getSettings' | 'setSettings'> {
  return {
    getSettings: () => readSettings(context),

    setSettings(settings) {
      context.write(() => writeSettingsJson(context.db, JSON.stringify(settings)));
      return settings;
    },
  };
}
