// Links into the task list with filters, keeping the year (a dashboard click reproduces as a URL).
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { withQuery, type Query } from '../../../api/client.ts';

export function useTaskListLink(year: number) {
  const navigate = useNavigate();
  return useCallback((filters: Query) => void navigate(withQuery('/plan/tasks', { year, ...filters })), [navigate, year]);
}
