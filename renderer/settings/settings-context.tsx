import { createContext, useContext } from 'react';
import { defaultSettings, type Settings } from '../../shared/model/settings';

/** The user's settings as last loaded or saved; app.tsx provides them. */
export const SettingsContext = createContext<Settings>(defaultSettings);

/** The current settings (language, tone style, length limits). */
export function useSettings(): Settings {
  return useContext(SettingsContext);
}
