import { useEffect, useState } from 'react';
import { network } from '../platform/network';

/** Whether the device reports a connection; drives the offline banner. */
export function useOnline(): boolean {
  const [online, setOnline] = useState(true);
  useEffect(() => network.watchOnline(setOnline), []);
  return online;
}
