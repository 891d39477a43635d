import { createContext, useContext } from 'react';
import { defaultSettings, type Settings } from '../../shared/model/settings';

/** The user's settings as last loaded or saved; app.tsx provides them. */
export const SettingsContext = createContext<Settings>(defaultSettings);

/** The current settings (language, tone style, length limits). */
export function useSettings(): Settings {
  return useContext(SettingsContext);
}

/** Changes some settings and saves them (app.tsx's `changeSettings`); a no-op outside the app. */
export const SettingsChangeContext = createContext<(changes: Partial<Settings>) => Promise<void> | void>(() => undefined);

/** The function that changes and saves settings, for controls outside Cài đặt (Bỏ qua từ này). */
export function useChangeSettings(): (changes: Partial<Settings>) => Promise<void> | void {
  return useContext(SettingsChangeContext);
}
