import { Module } from '@nestjs/common';
import { GateController } from './gate.controller';
import { GateChecksService, GatePassesService } from './gate.service';

/**
 * The gate (core): passes of every kind and their checks. Processes issue and revoke passes through
 * `passes.ts` (`issuePass`, `revokePass`, `stopPasses`, `liftStop`), never their own copies.
 */
@Module({
  controllers: [GateController],
  providers: [GatePassesService, GateChecksService],
})
export class GateModule {}
