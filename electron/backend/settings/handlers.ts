import type { MethodHandlers } from '../handler-types';
import type { SettingsService } from './settings-service';

/** The settings methods of the contract. */
export function settingsHandlers(settings: SettingsService) {
  return {
    'settings.get': () => settings.get(),
    'settings.update': ({ changes }) => settings.update(changes),
  } satisfies MethodHandlers;
}
