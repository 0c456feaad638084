// Idle timeout on the client side too: when the server has not been contacted for the session's
// idle minutes, ask it whether the session is still alive (another tab may have kept it); if not,
// the session is dropped and the gate sends the user to the log-in page, so no data stays on screen.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { lastServerContact } from '../api/client.ts';
import { endSession, fetchMe, meKey } from './session.ts';

export function useIdleLogout(idleMinutes: number): void {
  const client = useQueryClient();
  useEffect(() => {
    if (!idleMinutes || idleMinutes <= 0) return;
    const limit = idleMinutes * 60_000;
    const timer = setInterval(async () => {
      if (Date.now() - lastServerContact() < limit) return;
      try {
        const me = await fetchMe();
        if (me) client.setQueryData(meKey, me);
        else endSession(client, 'auth.session_expired');
      } catch {
        /* server unreachable: try again at the next tick */
      }
    }, 30_000);
    return () => clearInterval(timer);
  }, [idleMinutes, client]);
}
