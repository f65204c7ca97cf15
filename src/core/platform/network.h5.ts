/** Reports connectivity now and on every change; returns an unsubscribe. */
export function watchOnline(onChange: (online: boolean) => void): () => void {
  onChange(navigator.onLine !== false);
  const up = () => onChange(true);
  const down = () => onChange(false);
  window.addEventListener('online', up);
  window.addEventListener('offline', down);
  return () => {
    window.removeEventListener('online', up);
    window.removeEventListener('offline', down);
  };
}
