import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import type { AccessKeyResponse, DriverAndCabImagesResponse } from '../../src/contract';
import {
  ASHA,
  assertApiError,
  expectRefusals,
  http,
  nodeSignIn,
  startTestStack,
  type TestStack,
} from './harness';

describe('web API', () => {
  let stack: TestStack;
  let token: string;
  before(async () => {
    stack = await startTestStack();
    token = await nodeSignIn(stack, ASHA);
  });
  after(async () => {
    await stack.dispose();
  });

  it('issues an access key for a node session and lists driver and cab images that load', async () => {
    const key = await http<AccessKeyResponse>(`${stack.urls.webApi}/getAccessKey`, {
      token,
      body: { client: 'agent-console' },
    });
    assert.equal(key.status, 200);
    assert.ok(Date.parse(key.body.expires_at) - stack.clock.now().getTime() <= 15 * 60 * 1000);
    const images = await http<DriverAndCabImagesResponse>(
      `${stack.urls.webApi}/getDriverAndCabImages`,
      {
        headers: { 'x-access-key': key.body.access_key },
        body: { driver_id: 'DRV30001' },
      },
    );
    assert.equal(images.status, 200);
    assert.deepEqual(
      images.body.images.map((image) => image.kind),
      ['driver', 'cab_front', 'cab_back', 'cab_interior'],
    );
    for (const image of images.body.images) {
      assert.match(image.url, /^http:\/\//);
      const file = await http(image.url);
      assert.equal(file.status, 200);
      assert.match(file.headers.get('content-type') ?? '', /^image\/svg\+xml/);
      assert.match(String(file.body), /^<\?xml[\s\S]*<svg[\s\S]*<\/svg>\s*$/);
    }
  });

  it('refuses bad input and expired keys', async () => {
    const base = stack.urls.webApi;
    const key = (
      await http<AccessKeyResponse>(`${base}/getAccessKey`, {
        token,
        body: { client: 'agent-console' },
      })
    ).body.access_key;
    await expectRefusals(stack, [
      [`${base}/getAccessKey`, { body: { client: 'x' } }, 401, 'unauthorized'],
      [`${base}/getAccessKey`, { token, body: { client: '' } }, 400, 'validation_failed', 'client'],
      [
        `${base}/getAccessKey`,
        { token, body: { client: ['a'] } },
        400,
        'validation_failed',
        'client',
      ],
      [`${base}/getDriverAndCabImages`, { body: { driver_id: 'DRV30001' } }, 401, 'unauthorized'],
      [
        `${base}/getDriverAndCabImages`,
        { headers: { 'x-access-key': 'ak_forged' }, body: { driver_id: 'DRV30001' } },
        401,
        'unauthorized',
      ],
      [
        `${base}/getDriverAndCabImages`,
        { token, body: { driver_id: 'DRV30001' } },
        401,
        'unauthorized',
      ],
      [
        `${base}/getDriverAndCabImages`,
        { headers: { 'x-access-key': key }, body: {} },
        400,
        'validation_failed',
        'driver_id',
      ],
      [
        `${base}/getDriverAndCabImages`,
        { headers: { 'x-access-key': key }, body: { driver_id: 'DRV00000' } },
        404,
        'not_found',
      ],
      [`${base}/images/drivers/DRV30001/cab_roof.svg`, {}, 404, 'not_found'],
      [`${base}/images/drivers/DRV00000/driver.svg`, {}, 404, 'not_found'],
    ]);
    stack.clock.advance(15 * 60 * 1000 + 1000);
    try {
      assertApiError(
        await http(`${base}/getDriverAndCabImages`, {
          headers: { 'x-access-key': key },
          body: { driver_id: 'DRV30001' },
        }),
        401,
        'access_key_expired',
      );
    } finally {
      stack.clock.advance(-(15 * 60 * 1000 + 1000));
    }
  });
});
