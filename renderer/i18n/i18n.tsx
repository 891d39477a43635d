import { createContext, useContext, type ReactNode } from 'react';
import type { Language } from '../../shared/model/settings';
import { en } from './en';
import { vi, type Messages } from './vi';

const messagesByLanguage: Record<Language, Messages> = { vi, en };

const MessagesContext = createContext<Messages>(vi);

export function messagesFor(language: Language): Messages {
  return messagesByLanguage[language];
}

/** Provides the interface text of `language` to every `useT()` below it. */
export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  return <MessagesContext.Provider value={messagesByLanguage[language]}>{children}</MessagesContext.Provider>;
}

/** The interface text in the current language: `t.newArticle`, `t.savedAt('10:32')`. */
export function useT(): Messages {
  return useContext(MessagesContext);
}
