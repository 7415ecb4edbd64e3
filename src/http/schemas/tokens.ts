/** The documented shapes of the token endpoints; the secret appears only in the creation answer. */
import { z } from 'zod';
import { type TokenInfo, TokenRole } from '../../tokens/tokens.js';
import type { Same } from './common.js';

export const TokenOut = z
  .object({
    id: z.string(),
    name: z.string(),
    role: TokenRole,
    prefix: z.string().meta({ description: 'The first characters of the token, to recognise it' }),
    createdAt: z.string(),
    createdBy: z.string(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'Token' });

const documented: Same<z.output<typeof TokenOut>, TokenInfo> = true;
void documented;

export const CreatedTokenOut = TokenOut.extend({
  token: z.string().meta({ description: 'The secret: shown once, stored only as a hash' }),
}).meta({ id: 'CreatedToken' });

export const TokenListOut = z
  .object({ items: z.array(TokenOut), nextCursor: z.null() })
  .meta({ id: 'TokenList' });
