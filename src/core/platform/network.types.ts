/**
 * Connectivity. network.weapp.ts and network.h5.ts each export one `network` of this type, so
 * the two sides cannot drift apart without `tsc` saying so.
 */
export interface NetworkApi {
  /** Reports connectivity now and on every change; returns an unsubscribe. */
  watchOnline(onChange: (online: boolean) => void): () => void;
}
