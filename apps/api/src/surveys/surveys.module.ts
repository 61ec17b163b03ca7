import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { CampaignsController, CampaignsService } from './campaigns';
import { SurveyFiguresController, SurveyFiguresService } from './figures';
import { PublicRateLimit, PublicSurveysController } from './public';
import { QuestionnairesController, QuestionnairesService } from './questionnaires';
import { ResponsesController, ResponsesService } from './responses';

/** Satisfaction surveys (SAT-1): questionnaires, campaigns, responses, the public answer page's endpoint and the figures. */
@Module({
  imports: [CasesModule],
  controllers: [QuestionnairesController, CampaignsController, ResponsesController, PublicSurveysController, SurveyFiguresController],
  providers: [QuestionnairesService, CampaignsService, ResponsesService, PublicRateLimit, SurveyFiguresService],
})
export class SurveysModule {}
