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
  after(() => stack.dispose());

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
      [`${base}/images/drivers/DRV30001/cab_roof.svg?key=${key}`, {}, 404, 'not_found'],
      [`${base}/images/drivers/DRV00000/driver.svg?key=${key}`, {}, 404, 'not_found'],
      [`${base}/images/drivers/DRV30001/driver.svg`, {}, 401, 'unauthorized'],
      [`${base}/images/drivers/DRV30001/driver.svg?key=ak_forged`, {}, 401, 'unauthorized'],
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
      assertApiError(
        await http(`${base}/images/drivers/DRV30001/driver.svg?key=${key}`),
        401,
        'access_key_expired',
      );
    } finally {
      stack.clock.advance(-(15 * 60 * 1000 + 1000));
    }
  });

  it('serves photos only with a live access key: in the URL it gave, or as x-access-key', async () => {
    const base = stack.urls.webApi;
    const nodeToken = await nodeSignIn(stack, ASHA);
    const key = (
      await http<AccessKeyResponse>(`${base}/getAccessKey`, {
        token: nodeToken,
        body: { client: 'agent-console' },
      })
    ).body.access_key;
    const images = await http<DriverAndCabImagesResponse>(`${base}/getDriverAndCabImages`, {
      headers: { 'x-access-key': key },
      body: { driver_id: 'DRV30001' },
    });
    const url = images.body.images[0].url;
    assert.equal(new URL(url).searchParams.get('key'), key);
    const withHeader = await http(url.replace(/\?.*$/, ''), { headers: { 'x-access-key': key } });
    assert.equal(withHeader.status, 200);
    assert.match(withHeader.headers.get('cache-control') ?? '', /^private/);
    assert.equal((await http(url)).status, 200);
    await http(`${stack.urls.nodeAdmin}/logout`, { method: 'POST', token: nodeToken });
    assertApiError(await http(url), 401, 'unauthorized');
  });
});
