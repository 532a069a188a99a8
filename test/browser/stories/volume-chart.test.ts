import * as stories from '../../../stories/volume-chart.stories.js';
import { axeEveryStory } from './run.js';

axeEveryStory('stories/volume-chart.stories.ts', stories);
