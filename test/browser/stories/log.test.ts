import * as stories from '../../../stories/log.stories.js';
import { axeEveryStory } from './run.js';

axeEveryStory('stories/log.stories.ts', stories);
