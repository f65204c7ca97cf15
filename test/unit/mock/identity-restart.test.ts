/**
 * Sessions and addresses survive a SIGKILL: the real CLI with a temp data folder; sign in by
 * SMS, add an address, kill -9, start again: the same token works and the address is there.
 */
import type { Address } from '../../../src/shared/api/identity';
import { killCli, mockCliPerTest } from '../../support/mock-cli';
import { Api } from '../../support/api-client';

const cli = mockCliPerTest('mock-identity-');

it('keeps the session and the address through SIGKILL and a restart', async () => {
  const first = await cli.start();
  const { client } = await new Api(first.url).sms('13800138000');
  const added = await client.post<Address>('/me/addresses', { recipient: '王五', phone: '13800138000', divisionCode: '500243106200', detail: '光辉村五组12号' });
  expect(added.status).toBe(200);
  await killCli(first);

  const second = await cli.start();
  const again = new Api(second.url, client.token);
  expect((await again.get('/me')).status).toBe(200);
  expect((await again.get<Address[]>('/me/addresses')).body).toEqual([added.body]);
  // the personas were seeded once, not again
  expect((await new Api(second.url).get<unknown[]>('/session/personas')).body).toHaveLength(4);
}, 120_000);
