import { HeaderMap } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Config } from '../config';
import { bearerToken, isCurator } from './auth';

/**
 * Fair share between clients: each client may have RATE_LIMIT_CONCURRENCY requests in flight and
 * spend RATE_LIMIT_COST_PER_SECOND of estimated cost (db hits, src/graphql/cost) per second. Beyond
 * either, it gets 429 RATE_LIMITED with `Retry-After`, before its request reaches Neo4j, and the
 * other clients keep their share of the database.
 *
 * A client is the curation token when a request carries the valid one, otherwise its address (with
 * TRUST_PROXY, the address the proxy saw). Any other bearer token is not an identity: anyone can
 * invent as many as they like. Loopback clients are not limited unless RATE_LIMIT_LOOPBACK is set.
 */

/** Set by the middleware on the request (any incoming value is dropped) to tell the cost plugin who pays. */
export const CLIENT_HEADER = 'x-esg-graph-client';

/** Every request pays this much on top of its estimate: parsing, a transaction, the answer. */
export const REQUEST_BASE_COST = 100;

const LOOPBACK = /^(?:127\.|::1$|::ffff:127\.)/;

function rateLimited(message: string, retryAfterSeconds: number): { message: string; extensions: Record<string, unknown> } {
  return { message, extensions: { code: 'RATE_LIMITED', retryAfterSeconds } };
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

export class FairShare {
  private readonly concurrent: RateLimiterMemory | undefined;
  private readonly costs: RateLimiterMemory | undefined;

  constructor(private readonly config: Pick<Config, 'RATE_LIMIT_CONCURRENCY' | 'RATE_LIMIT_COST_PER_SECOND' | 'RATE_LIMIT_LOOPBACK' | 'CURATION_TOKEN'>) {
    // duration 0: a slot is held until given back, not for a time.
    if (config.RATE_LIMIT_CONCURRENCY > 0) this.concurrent = new RateLimiterMemory({ points: config.RATE_LIMIT_CONCURRENCY, duration: 0 });
    if (config.RATE_LIMIT_COST_PER_SECOND > 0) this.costs = new RateLimiterMemory({ points: config.RATE_LIMIT_COST_PER_SECOND, duration: 1 });
  }

  /** Who pays for a request, or undefined when it is not limited. */
  clientOf(req: Request): string | undefined {
    if (isCurator(this.config, bearerToken(req.headers.authorization))) return 'curator';
    const address = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    if (!this.config.RATE_LIMIT_LOOPBACK && LOOPBACK.test(address)) return undefined;
    return `address ${address}`;
  }

  /**
   * Express middleware: names the client on the request, refuses it at once when the client has
   * spent its cost for this second (before its body is even read), and holds one of its concurrent
   * slots until the answer is sent.
   */
  readonly middleware = (req: Request, res: Response, next: NextFunction): void => {
    delete req.headers[CLIENT_HEADER];
    const client = this.clientOf(req);
    if (client === undefined) return next();
    req.headers[CLIENT_HEADER] = client;
    void this.admit(client, req, res, next);
  };

  private async admit(client: string, _req: Request, res: Response, next: NextFunction): Promise<void> {
    const spent = await this.costs?.get(client);
    if (spent && spent.remainingPoints <= 0) {
      const retry = seconds(spent.msBeforeNext);
      res.setHeader('Retry-After', String(retry));
      res.status(429).json({ errors: [rateLimited(this.costMessage(), retry)] });
      return;
    }
    if (!this.concurrent) return next();
    const limiter = this.concurrent;
    await limiter.consume(client, 1).then(
      () => {
        res.once('close', () => void limiter.reward(client, 1));
        next();
      },
      () => {
        res.setHeader('Retry-After', '1');
        res.status(429).json({ errors: [rateLimited(`Too many requests at once: at most ${this.config.RATE_LIMIT_CONCURRENCY} per client`, 1)] });
      },
    );
  }

  private costMessage(): string {
    return `Too much work asked: at most ${this.config.RATE_LIMIT_COST_PER_SECOND} estimated db hits per second per client`;
  }

  /** Charges a request's estimated cost to its client; throws 429 RATE_LIMITED when the client has spent its share for now. */
  async charge(client: string | undefined, cost: number): Promise<void> {
    if (client === undefined || !this.costs) return;
    const points = Math.min(this.config.RATE_LIMIT_COST_PER_SECOND, REQUEST_BASE_COST + Math.ceil(cost));
    try {
      await this.costs.consume(client, points);
    } catch (err) {
      if (!(err instanceof RateLimiterRes)) throw err;
      const retry = seconds(err.msBeforeNext);
      const body = rateLimited(this.costMessage(), retry);
      throw new GraphQLError(body.message, {
        extensions: { ...body.extensions, http: { status: 429, headers: new HeaderMap([['retry-after', String(retry)]]) } },
      });
    }
  }
}
