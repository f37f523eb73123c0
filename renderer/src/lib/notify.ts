import { createContext, useContext } from 'react';

/** Shows a short success message in the app's snackbar. */
export type Notify = (message: string) => void;

export const NotifyContext = createContext<Notify>(() => {
  // Outside the provider (isolated component tests) a message has nowhere to go.
});

export function useNotify(): Notify {
  return useContext(NotifyContext);
}
