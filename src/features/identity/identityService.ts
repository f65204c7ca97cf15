import { call } from '../../core/http/client';
import { signOutLocally, startSession } from '../../core/session/session';
import type { AddressInput, FamilyMemberInput, PersonaId, RealNameRequest, RevealableField, SessionGrant } from '../../shared/api/identity';

/** The session a sign-in answered starts here; the token goes nowhere else (core/session). */
function begin(grant: SessionGrant): SessionGrant {
  startSession(grant.token);
  return grant;
}

/**
 * Typed calls for identity (IdentityApi): sign-in, the citizen's own profile and records.
 * Sign-in calls never try to recover a session themselves: a refusal there is the answer.
 */
export const identityService = {
  personas: () => call('GET /session/personas'),
  signInAsPersona: (persona: PersonaId) => call('POST /session/demo', { body: { persona } }, { recoverSession: false }).then(begin),
  sendSmsCode: (phone: string) => call('POST /session/sms-code', { body: { phone } }, { recoverSession: false }),
  signInWithSms: (phone: string, code: string) => call('POST /session/sms', { body: { phone, code } }, { recoverSession: false }).then(begin),
  /** Ends the session here even when the server cannot be reached: the device forgets the token. */
  async signOut(): Promise<void> {
    try {
      await call('DELETE /session', undefined, { recoverSession: false });
    } catch {
      // the token is dropped below either way; the server's session times out on its own
    } finally {
      signOutLocally();
    }
  },
  async deleteAccount(): Promise<void> {
    await call('DELETE /me', { body: { confirm: '注销' } });
    signOutLocally();
  },
  me: () => call('GET /me'),
  reveal: (field: RevealableField) => call('POST /me/reveal', { body: { field } }),
  startRealName: (input: RealNameRequest) => call('POST /me/real-name', { body: input }),
  faceCheck: (verificationId: string, liveness: 'passed' | 'failed') => call('POST /me/real-name/face', { body: { verificationId, liveness } }),
  certificates: () => call('GET /me/certificates'),
  certificate: (id: string) => call('GET /me/certificates/:id', { params: { id } }),
  dataUse: (cursor?: string) => call('GET /me/data-use', { query: { limit: 20, cursor } }),
  addresses: () => call('GET /me/addresses'),
  saveAddress: (input: AddressInput, id?: string) =>
    id ? call('PUT /me/addresses/:id', { params: { id }, body: input }) : call('POST /me/addresses', { body: input }),
  deleteAddress: (id: string) => call('DELETE /me/addresses/:id', { params: { id } }),
  family: () => call('GET /me/family'),
  addFamilyMember: (input: FamilyMemberInput) => call('POST /me/family', { body: input }),
  deleteFamilyMember: (id: string) => call('DELETE /me/family/:id', { params: { id } }),
  /** dev only: the SMS the mock did not really send */
  outbox: () => call('GET /dev/outbox', undefined, { retries: 0 }),
};
