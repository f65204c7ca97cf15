/**
 * Where the sign-in page sends the citizen afterwards. Only the app's own page routes are
 * accepted (no other origin, no scheme): a crafted link cannot send anyone elsewhere. Taro's
 * own bookkeeping parameter (stamp) is dropped. Routes carry ids only (src/routes.ts).
 */
export function returnTargetOf(route: string | undefined): string | undefined {
  if (!route) return undefined;
  const [path, query = ''] = route.split('?');
  if (!/^\/(pages|packages)\/[\w/-]+$/.test(path)) return undefined;
  const kept = query
    .split('&')
    .filter((pair) => pair && !pair.startsWith('stamp=') && !pair.startsWith('$taroTimestamp='))
    .join('&');
  return kept ? `${path}?${kept}` : path;
}
