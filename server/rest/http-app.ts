import cors from 'cors';
import { STATUS_CODES, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import express, { type ErrorRequestHandler, type RequestHandler, type Router } from 'express';

import type { ApiErrorBody } from '../../src/contract';
import { TooManyAttempts } from '../auth/login-limiter';
import { DomainError } from '../domain/domain-error';

/** Largest JSON body any endpoint accepts. */
export const BODY_LIMIT = '64kb';

export interface HttpAppOptions {
  corsOrigins: string[];
  log: (line: string) => void;
}

/**
 * An express app that speaks JSON the way every back end of the stack does: CORS for the console's
 * origins, JSON bodies only, and an `ApiErrorBody` for every refusal (never a stack trace).
 */
export function createJsonApp(
  options: HttpAppOptions,
  mount: (app: express.Express) => void,
): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use(
    cors({
      origin: options.corsOrigins,
      methods: ['GET', 'POST', 'OPTIONS'],
      allowedHeaders: ['Authorization', 'Content-Type', 'x-access-key'],
      exposedHeaders: ['Content-Disposition'],
      maxAge: 600,
    }),
  );
  app.use(requireJsonBody);
  app.use(express.json({ limit: BODY_LIMIT, strict: true }));
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  mount(app);
  app.use((req, res) => {
    sendError(res, 404, 'not_found', `There is no ${req.method} ${req.path} here.`);
  });
  app.use(errorHandler(options.log));
  return app;
}

/** Sends an `ApiErrorBody`. */
export function sendError(
  res: express.Response,
  status: number,
  code: string,
  message: string,
  field?: string,
): void {
  const body: ApiErrorBody = { error: field ? { code, message, field } : { code, message } };
  res.status(status).json(body);
}

/** Registers a route and answers 405 for the other methods on its path. */
export function route(
  router: Router | express.Express,
  method: 'get' | 'post',
  path: string,
  ...handlers: RequestHandler[]
): void {
  const entry = router.route(path);
  if (method === 'get') {
    entry.get(...handlers);
  } else {
    entry.post(...handlers);
  }
  entry.all((req, res) => {
    res.setHeader('Allow', method === 'get' ? 'GET, HEAD' : 'POST');
    sendError(res, 405, 'method_not_allowed', `Use ${method.toUpperCase()} for ${req.path}.`);
  });
}

const requireJsonBody: RequestHandler = (req, res, next) => {
  const length = req.headers['content-length'];
  const hasBody =
    req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
  if (hasBody && !req.is('application/json')) {
    sendError(
      res,
      415,
      'unsupported_media_type',
      'Send the request body as JSON with "Content-Type: application/json".',
    );
    return;
  }
  next();
};

interface HttpError {
  status?: number;
  statusCode?: number;
  type?: string;
}

const PARSER_ERRORS: Record<string, { status: number; code: string; message: string }> = {
  'entity.parse.failed': {
    status: 400,
    code: 'malformed_json',
    message: 'The request body is not valid JSON.',
  },
  'entity.too.large': {
    status: 413,
    code: 'payload_too_large',
    message: `The request body is too large: the limit is ${BODY_LIMIT}.`,
  },
  'encoding.unsupported': {
    status: 415,
    code: 'unsupported_encoding',
    message: 'This content encoding is not supported.',
  },
  'charset.unsupported': {
    status: 415,
    code: 'unsupported_charset',
    message: 'Send the body as UTF-8 JSON.',
  },
  'request.aborted': {
    status: 400,
    code: 'request_aborted',
    message: 'The request body was cut short.',
  },
  'request.size.invalid': {
    status: 400,
    code: 'request_size_invalid',
    message: 'The body length does not match Content-Length.',
  },
};

function errorHandler(log: (line: string) => void): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    if (error instanceof DomainError) {
      if (error instanceof TooManyAttempts) {
        res.setHeader('Retry-After', String(error.retryAfterSeconds));
      }
      sendError(res, error.status, error.code, error.message, error.field);
      return;
    }
    const http = (error ?? {}) as HttpError;
    const status = http.status ?? http.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const known = http.type ? PARSER_ERRORS[http.type] : undefined;
      if (known) {
        sendError(res, known.status, known.code, known.message);
      } else {
        sendError(
          res,
          status,
          'bad_request',
          'The request could not be read. Check its URL and body.',
        );
      }
      return;
    }
    log(
      `${req.method} ${req.originalUrl} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    sendError(
      res,
      500,
      'internal_error',
      'Something went wrong on our side. Try again in a moment.',
    );
  };
}

const CLIENT_ERRORS: Record<string, { status: number; code: string; message: string }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    code: 'headers_too_large',
    message: 'The request headers are too large. Send fewer or shorter headers.',
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    code: 'request_timeout',
    message: 'The request took too long to arrive. Send it again.',
  },
};

const NOT_HTTP = {
  status: 400,
  code: 'bad_request',
  message: 'The request could not be read as HTTP/1.1. Check its request line and headers.',
};

/**
 * Answers the errors Node's HTTP parser raises before express sees a request (headers too large,
 * a malformed request line, a request that arrives too slowly) with the same `ApiErrorBody` as
 * every other refusal, as a complete HTTP/1.1 response, then closes the connection.
 */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    const pending = (socket as Duplex & { _httpMessage?: ServerResponse | null })._httpMessage;
    if (error.code === 'ECONNRESET' || !socket.writable || pending?.headersSent) {
      socket.destroy();
      return;
    }
    const { status, code, message } = CLIENT_ERRORS[error.code ?? ''] ?? NOT_HTTP;
    const body = JSON.stringify({ error: { code, message } } satisfies ApiErrorBody);
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'Connection: close\r\n\r\n' +
        body,
    );
  });
}
