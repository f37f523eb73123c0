import Snackbar from '@mui/material/Snackbar';
import { useCallback, useState, type ReactNode } from 'react';
import { NotifyContext } from '../lib/notify';

interface Message {
  readonly id: number;
  readonly text: string;
}

/** One snackbar for the whole app; a new message replaces the one on screen. */
export function NotifierProvider({ children }: { readonly children: ReactNode }) {
  const [message, setMessage] = useState<Message | null>(null);
  const notify = useCallback((text: string) => setMessage({ id: Date.now(), text }), []);

  return (
    <NotifyContext value={notify}>
      {children}
      <Snackbar
        key={message?.id}
        open={message !== null}
        message={message?.text}
        autoHideDuration={5000}
        onClose={(_event, reason) => {
          if (reason !== 'clickaway') setMessage(null);
        }}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      />
    </NotifyContext>
  );
}
