import AddCircleIcon from '@mui/icons-material/AddCircle';
import QueryStatsIcon from '@mui/icons-material/QueryStats';
import SentimentSatisfiedAltIcon from '@mui/icons-material/SentimentSatisfiedAlt';
import type { Area } from '../layout/area';
import { CampaignCreate } from './campaigns/CampaignCreate';
import { CampaignList } from './campaigns/CampaignList';
import { CampaignShow } from './campaigns/CampaignShow';
import { SURVEY_FIGURES_PATH } from './paths';
import { ResponseCreate } from './responses/ResponseCreate';
import { ResponseList } from './responses/ResponseList';
import { SurveyFigures } from './SurveyFigures';

/**
 * Satisfaction surveys (SAT-1), after the repairs in the menu: the campaigns (who was asked, who answered),
 * "Enter an opinion form" for a visit, a call or a paper form, the answers, and the satisfaction figures.
 * The resident's answer page behind an SMS link is not here: it lives outside the signed-in back office
 * (`answer/SurveyAnswerPage`, registered without layout in App.tsx).
 */
export const surveysArea: Area = {
  name: 'surveys',
  resources: [
    { name: 'survey-campaigns', list: CampaignList, show: CampaignShow, create: CampaignCreate, icon: SentimentSatisfiedAltIcon, recordRepresentation: 'name' },
    { name: 'survey-responses', list: ResponseList, create: ResponseCreate },
    { name: 'questionnaires', recordRepresentation: (q) => `${String(q.titleZh)} v${String(q.version)}` },
  ],
  routes: [{ path: SURVEY_FIGURES_PATH, component: SurveyFigures }],
  menu: [
    {
      order: 27,
      entries: [
        { list: 'survey-campaigns' },
        { create: 'survey-responses', label: 'estate.surveys.menu_new_response', icon: AddCircleIcon },
        { page: SURVEY_FIGURES_PATH, label: 'estate.surveys.figures.menu', icon: QueryStatsIcon, resource: 'survey-campaigns' },
      ],
    },
  ],
};
