import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { Prisma } from '../../../../prisma/client';

/** A client-generated id of one submission: 8-100 letters, digits, dashes or underscores. */
export const REQUEST_ID = /^[A-Za-z0-9_-]{8,100}$/;

/**
 * The optional `requestId` of an intake's body: the client's id of this filling of the form. The same id
 * again, also at the same moment, answers with the record the first one created, so a double submit or a
 * retry after a lost answer (a 503 says so) creates one record.
 */
export const RequestIdField = () =>
  applyDecorators(
    ApiPropertyOptional({
      description: "The client's id of this submission (8-100 letters, digits, - or _): the same requestId again answers with the record it created",
      example: 'member-3f9a1c2e7b5d4a60',
    }),
    IsOptional(),
    Matches(REQUEST_ID, { message: 'requestId must be 8-100 letters, digits, dashes or underscores' }),
  );

/** Whether a write failed on the unique `requestId` of its table: the same submission got there first. */
export const isRequestIdTaken = (error: unknown): boolean =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002' && JSON.stringify(error.meta ?? {}).includes('requestId');

/**
 * Creates a record once per request id: the record an earlier submission with the same id created, else a
 * new one; when two submissions race, the unique index lets one in and the other answers with its record.
 * Without a request id it simply creates.
 */
export async function createOnce<R>(requestId: string | undefined, find: (requestId: string) => Promise<R | null>, create: () => Promise<R>): Promise<{ record: R; created: boolean }> {
  if (requestId) {
    const earlier = await find(requestId);
    if (earlier) return { record: earlier, created: false };
  }
  try {
    return { record: await create(), created: true };
  } catch (error) {
    if (!requestId || !isRequestIdTaken(error)) throw error;
    const earlier = await find(requestId);
    if (!earlier) throw error;
    return { record: earlier, created: false };
  }
}
