import { Controller, Get, Injectable, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { loadPolicy } from '../../../../workflows/core/activities/policy-data';
import { PrismaService } from '../database/prisma.service';
import { DEFAULT_QUICK_REPLIES } from './quick-replies-policy';

export { DEFAULT_QUICK_REPLIES, QUICK_REPLIES_POLICY_SCHEMA, type QuickReplies, type QuickReply } from './quick-replies-policy';

export class QuickRepliesQuery {
  @ApiPropertyOptional({ example: 'repair', description: 'Only the replies offered for this process (and those offered for every one)' })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9-]{1,39}$/, { message: 'process must be a process name such as repair or complaint' })
  process?: string;
}

@Injectable()
export class QuickRepliesService {
  constructor(private readonly prisma: PrismaService) {}

  async list(process?: string) {
    const { version, data } = await loadPolicy(this.prisma, 'quick-replies', DEFAULT_QUICK_REPLIES);
    const replies = data.replies.filter((r) => !process || !r.processes.length || r.processes.includes(process));
    return { version, replies };
  }
}

/** The quick replies in force (the latest `quick-replies` policy, or the built-in ones), for a process. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('quick-replies')
export class QuickRepliesController {
  constructor(private readonly quickReplies: QuickRepliesService) {}

  @Get()
  list(@Query() query: QuickRepliesQuery) {
    return this.quickReplies.list(query.process);
  }
}
