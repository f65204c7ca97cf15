import type { TaskKey } from '../../shared/api/applications';

/** Today's date in Beijing (UTC+8, no daylight saving), YYYY-MM-DD. */
export function beijingToday(now: number = Date.now()): string {
  return new Date(now + 8 * 3600_000).toISOString().slice(0, 10);
}

/**
 * A server message for a path. The server names form fields `form.<section>.<field>` (problems)
 * and may name them without the prefix; both are looked up.
 */
export function errorAt(errors: Record<string, string>, path: string): string | undefined {
  return errors[`form.${path}`] ?? errors[path];
}

/** Which task a problem's path belongs to, so the error summary can link to it. */
export function taskOfPath(path: string): TaskKey {
  if (path.startsWith('materials')) return 'materials';
  if (path.startsWith('delivery')) return 'delivery';
  if (path.startsWith('applicant')) return 'applicant';
  if (path.startsWith('situation')) return 'situation';
  return 'form';
}
