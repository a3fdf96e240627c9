import type express from 'express';

import type { AccessKeyResponse, DriverAndCabImagesResponse } from '../../src/contract';
import { AccessKeyRequestSchema, DriverAndCabImagesRequestSchema } from '../../src/contract';
import { notFound } from '../domain/domain-error';
import { parseInput } from '../domain/input-validation';
import {
  ACCESS_KEY_PARAM,
  nodeOwnerOf,
  requireAccessKey,
  requireNodeToken,
} from './auth-middleware';
import { route } from './http-app';
import { IMAGE_KINDS, type ImageKind, imageCaption, placeholderSvg } from './placeholder-images';
import type { RestDeps } from './rest-deps';

interface DriverImageRow {
  driver_id: string;
  name: string;
  cab_number: string;
}

/** The web API routes under `/third/` (port 4102 in the local profile). */
export function mountWebApiRoutes(app: express.Express, { ctx, sessions }: RestDeps): void {
  const driverById = (driverId: string) =>
    ctx.db
      .prepare('SELECT driver_id, name, cab_number FROM drivers WHERE driver_id = ?')
      .get(driverId.toUpperCase()) as DriverImageRow | undefined;

  route(app, 'post', '/third/getAccessKey', requireNodeToken(sessions), (req, res) => {
    const { client } = parseInput(AccessKeyRequestSchema, req.body);
    const { accessKey, expiresAt } = sessions.issueAccessKey(nodeOwnerOf(res), client);
    const response: AccessKeyResponse = { access_key: accessKey, expires_at: expiresAt };
    res.json(response);
  });

  route(app, 'post', '/third/getDriverAndCabImages', requireAccessKey(sessions), (req, res) => {
    const { driver_id } = parseInput(DriverAndCabImagesRequestSchema, req.body);
    const driver = driverById(driver_id);
    if (!driver) {
      throw notFound('There is no driver with this id.', 'driver_id');
    }
    const base = `${req.protocol}://${req.get('host')}/third/images/drivers/${encodeURIComponent(driver.driver_id)}`;
    const response: DriverAndCabImagesResponse = {
      driver_id: driver.driver_id,
      images: IMAGE_KINDS.map((kind) => ({
        kind,
        url: `${base}/${kind}.svg?${ACCESS_KEY_PARAM}=${encodeURIComponent(String(res.locals['accessKey']))}`,
        caption: imageCaption(kind, driver.name, driver.cab_number),
      })),
    };
    res.json(response);
  });

  // Photos of people need the access key too. An <img> cannot send headers, so the URLs that
  // getDriverAndCabImages gives carry it as `?key=`; they stop working when the key expires or its
  // session is signed out. `x-access-key` is accepted as well.
  route(
    app,
    'get',
    '/third/images/drivers/:driverId/:file',
    requireAccessKey(sessions, { orQuery: true }),
    (req, res) => {
      const driver = driverById(String(req.params['driverId']).slice(0, 40));
      const kind = String(req.params['file']).replace(/\.svg$/, '') as ImageKind;
      if (!driver || !IMAGE_KINDS.includes(kind) || !String(req.params['file']).endsWith('.svg')) {
        throw notFound('There is no such image.');
      }
      res.setHeader('Content-Type', 'image/svg+xml; charset=utf-8');
      res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Cache-Control', 'private, max-age=900');
      res.setHeader('Referrer-Policy', 'no-referrer');
      res.send(placeholderSvg(kind, driver.name, driver.cab_number));
    },
  );
}
